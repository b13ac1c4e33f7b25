/** Providers around the app: the store, the run actions, the sensitivity analyses, optimisations and household import. */
import type { App as AppServices } from '../app/start';
import { HouseholdsProvider, OptimiseProvider, RunActionsProvider, SensitivityProvider } from '../app/services';
import { StoreProvider } from '../state/context';
import { useLayoutEffect, useRef } from 'react';
import { useApp } from '../state/context';
import { App } from './App';

/**
 * The app, drawn afresh when the language or number scale changes: every
 * label, chart and table is rebuilt in the new language and direction (chart
 * code formats outside React's reach, so a re-render alone would miss some).
 * View state lives in the store and survives; focus returns to the control
 * that had it (the switch just used).
 */
function LocalisedApp() {
  const language = useApp((s) => s.language);
  const scale = useApp((s) => s.numberScale);
  const locale = `${language}-${scale}`;
  const shown = useRef(locale);
  const focusedId = useRef<string | null>(null);
  // Read while the old screen is still in the document: which control the change came from.
  if (shown.current !== locale) focusedId.current = document.activeElement?.id || null;
  useLayoutEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    if (focusedId.current) document.getElementById(focusedId.current)?.focus({ preventScroll: true });
  }, [locale]);
  return <App key={locale} />;
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
