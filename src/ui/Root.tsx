/** Providers around the app: the store, the run actions, the sensitivity analyses, optimisations and household import. */
import type { App as AppServices } from '../app/start';
import { HouseholdsProvider, OptimiseProvider, RunActionsProvider, SensitivityProvider } from '../app/services';
import { StoreProvider } from '../state/context';
import { useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { useApp } from '../state/context';
import { App } from './App';
import { applyDocumentLocale, applyLocale } from '../i18n/index';

/**
 * The app, drawn afresh when the language or number scale changes: every
 * label, chart and table is rebuilt in the new language and direction (chart
 * code formats outside React's reach, so a re-render alone would miss some).
 * The new screen is drawn in a transition, which React renders in slices
 * between the browser's other work, and messages and number formats follow
 * the screen being drawn (in the browser app, only here: app/locale.ts).
 * Until the new screen is ready the old one stays as it is, rather than
 * being drawn again in the new language first (a 70–80 ms task, traced,
 * when it was); no component re-renders on a language change by itself
 * (i18n/index.ts). The page's lang and dir change, and the notices are
 * reworded, once the new screen is in the document. View state lives in the
 * store and survives; focus returns to the control that had it (the switch
 * just used).
 */
function LocalisedApp() {
  const language = useApp((s) => s.language);
  const scale = useApp((s) => s.numberScale);
  const rewordNotices = useApp((s) => s.rewordNotices);
  const shownLanguage = useDeferredValue(language);
  const shownScale = useDeferredValue(scale);
  const locale = `${shownLanguage}-${shownScale}`;
  // Messages and number formats follow the screen this render draws: applied here, a no-op when they already do.
  // Every render, not only a new locale's: a render of a new screen may be dropped for a newer change back to the
  // old one (a reader stepping through the switch's options), which is then drawn with no new locale at all.
  applyLocale(shownLanguage, shownScale, null);
  const shown = useRef(locale);
  const focusedId = useRef<string | null>(null);
  // Read while the old screen is still in the document: which control the change came from.
  if (shown.current !== locale) focusedId.current = document.activeElement?.id || null;
  useLayoutEffect(() => {
    if (shown.current === locale) return;
    const languageChanged = !shown.current.startsWith(`${shownLanguage}-`);
    shown.current = locale;
    applyDocumentLocale(document, shownLanguage);
    if (languageChanged) rewordNotices();
    if (focusedId.current) document.getElementById(focusedId.current)?.focus({ preventScroll: true });
  }, [locale, shownLanguage, rewordNotices]);
  // The same element while the locale stands, so that the change's first (urgent) render, which still shows the
  // old locale, leaves the old screen alone instead of drawing it again.
  return useMemo(() => <App key={locale} />, [locale]);
}

export function Root({ app }: { app: Pick<AppServices, 'store' | 'actions' | 'sensitivity'> & Partial<Pick<AppServices, 'households' | 'optimise'>> }) {
  return (
    <StoreProvider store={app.store}>
      <RunActionsProvider actions={app.actions}>
        <SensitivityProvider actions={app.sensitivity}>
          <OptimiseProvider actions={app.optimise ?? null}>
            <HouseholdsProvider actions={app.households ?? null}>
              <LocalisedApp />
            </HouseholdsProvider>
          </OptimiseProvider>
        </SensitivityProvider>
      </RunActionsProvider>
    </StoreProvider>
  );
}
