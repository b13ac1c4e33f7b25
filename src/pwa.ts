/**
 * Offline use: register the service worker that vite-plugin-pwa builds
 * (it precaches the app and its worker chunks), in production builds only,
 * so the dev server's hot reload is never served from a cache.
 */
export function registerServiceWorker(after: Promise<void> = Promise.resolve()): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A new build waits (registerType: 'prompt') until every tab of the app is closed, or until the user takes it up
  // from the notice it puts up (newVersion, ui/Notices); a failure only costs offline use.
  void after
    .then(() => import('virtual:pwa-register'))
    .then(({ registerSW }) => {
      update = registerSW({
        immediate: true,
        onNeedRefresh: () => {
          offers += 1;
          listeners.forEach((f) => f());
        },
      });
    });
}

let update: ((reloadPage?: boolean) => Promise<void>) | null = null;
/** How many times a new version has been found waiting on this page (each offered anew, even after a dismissal). */
let offers = 0;
const listeners = new Set<() => void>();

/**
 * A new version of the app installed and waiting (ui/Notices offers it). reload(): the new version takes over and
 * the page reloads into it (vite-plugin-pwa's updateSW(true)); the workspace is saved as the page goes (main.tsx,
 * on pagehide). Every tab of the app that was told of the new version reloads with it.
 */
export const newVersion = {
  subscribe(f: () => void): () => void {
    listeners.add(f);
    return () => void listeners.delete(f);
  },
  offers: (): number => offers,
  reload: (): Promise<void> => update?.(true) ?? Promise.resolve(),
};

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
