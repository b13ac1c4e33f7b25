/**
 * Offline use: register the service worker that vite-plugin-pwa builds
 * (it precaches the app and its worker chunks), in production builds only,
 * so the dev server's hot reload is never served from a cache.
 */
export function registerServiceWorker(after: Promise<void> = Promise.resolve()): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A new build takes over on the next load (registerType: 'autoUpdate'); a failure only costs offline use.
  void after.then(() => import('virtual:pwa-register')).then(({ registerSW }) => registerSW({ immediate: true }));
}

/**
 * Resolves once no run is in progress (the first comparison has finished,
 * failed or been stopped), or after `atMostMs`. The first visit's precache
 * downloads and stores every file of the app: done while the first
 * comparison computes, it took a second of the CPU the simulation needs.
 */
export function runsSettled(store: { getState(): { runs: Record<string, { status: string }> }; subscribe(f: () => void): () => void }, atMostMs = 30_000): Promise<void> {
  return new Promise((resolve) => {
    const settled = () => {
      const runs = Object.values(store.getState().runs);
      return runs.length > 0 && runs.every((r) => r.status !== 'running');
    };
    if (settled()) return resolve();
    const timer = setTimeout(done, atMostMs);
    const unsubscribe = store.subscribe(() => {
      if (settled()) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
  });
}
