/**
 * Offline use: register the service worker that vite-plugin-pwa builds
 * (it precaches the app and its worker chunks), in production builds only,
 * so the dev server's hot reload is never served from a cache.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A new build takes over on the next load (registerType: 'autoUpdate'); a failure only costs offline use.
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}
