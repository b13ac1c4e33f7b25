import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserPool, createBrowserStats } from './run/browser';
import { startApp } from './app/start';
import { indexedDbDatasetStore, memoryDatasetStore } from './app/datasetStore';
import { createWorkerParser } from './run/households/parser';
import { watchShareLinks } from './app/openShared';
import { Root } from './ui/Root';
import { registerServiceWorker, runsSettled } from './pwa';
import { warmTextMeasure } from './ui/charts/plot/wrap';
import { TICK } from './ui/charts/axis';
import { loadUrduFaces, warmResultFonts } from './ui/fontWarmUp';
import { applyDocumentLocale } from './i18n/index';
import './ui/styles.css';
// After styles.css, where these rules stood before they got a file of their own.
import './ui/editor/editor.css';
import './ui/topbar.css';
// After styles.css, where these rules stood before they got a file of their own.
import './ui/tables.css';
// Urdu's Nastaliq font (Arabic-script glyphs only, regular and bold) and the rules that use it.
import '@fontsource/noto-nastaliq-urdu/arabic-400.css';
import '@fontsource/noto-nastaliq-urdu/arabic-700.css';
import './ui/urdu.css';
// The same font for Urdu typed into an English screen (a scenario's name), for Arabic-script letters only.
import './ui/arabicScript.css';

// Timeline marks read by the end-to-end test that reports time to first picture.
performance.mark('app-start');

/**
 * The rest of start-up in tasks of its own, so that none blocks the page for
 * long: evaluating the modules above is one task; the first number formatted
 * loads the browser's locale data (25–40 ms in Chromium, measured) in
 * another; restoring the saved work in a third; starting the first runs in
 * tasks of their own (app/connectRuns, app/connectProgrammeRuns); looking up
 * the results' fonts (ui/fontWarmUp) in one task a text style.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
await nextTask();
(0).toLocaleString('en');
await nextTask();

const pool = createBrowserPool({
  onWorkerReplaced: (info) => {
    // Reported in the status line; the pool has already replaced the worker and retries its work.
    app.store.getState().noteWorkerReplaced();
    console.warn(`simulation worker replaced: ${info.cause}`);
  },
});
const app = startApp(
  pool,
  {
    storage: window.localStorage,
    storageEvents: window,
    // A statistics worker that dies is replaced, and the pool computes again the replications it held (run/stats).
    stats: createBrowserStats({
      runner: pool,
      onWorkerReplaced: (info) => {
        app.store.getState().noteWorkerReplaced();
        console.warn(`statistics worker replaced: ${info.cause}`);
      },
    }),
    // Imported household data: kept in IndexedDB (for this page only where a browser has none), parsed in a worker.
    datasets: typeof indexedDB !== 'undefined' ? indexedDbDatasetStore() : memoryDatasetStore(),
    parser: createWorkerParser(),
    // A change of language is applied as the new screen is drawn (ui/Root), not before.
    localeByUi: true,
  },
);
applyDocumentLocale(document, app.store.getState().language);

// A shared link opens beside the saved work just restored, now and whenever the fragment changes.
watchShareLinks(app.store, window);
const settled = runsSettled(app.store);
registerServiceWorker(settled);
// Urdu's faces once the runs are done, so that a switch to Urdu lays the page out once (ui/fontWarmUp).
void settled.then(() => loadUrduFaces(document)).catch((e: unknown) => console.warn('loading Urdu’s faces failed:', e));

// Chart labels are measured at these sizes (ticks and legends); the first measurement at each is slow.
warmTextMeasure([TICK.fontSize, 13]);

// Work typed in the last moment before closing the page is saved too.
window.addEventListener('pagehide', () => app.flush());

// The results' fonts, looked up one style a task while the first worker loads, not once both cores are busy.
// Not awaited: the first screen renders meanwhile. Only a head start on the fonts: the app draws without it.
warmResultFonts(document, nextTask).catch((e: unknown) => console.warn('looking up the results’ fonts at start-up failed:', e));

// A transition, so React renders the first screen in slices that yield to the browser rather than in one long task.
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root app={app} />
    </StrictMode>,
  );
});
