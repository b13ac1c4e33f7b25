/** Providers around the app: the store, the run actions, the sensitivity analyses, optimisations and household import. */
import type { App as AppServices } from '../app/start';
import { HouseholdsProvider, OptimiseProvider, RunActionsProvider, SensitivityProvider } from '../app/services';
import { StoreProvider } from '../state/context';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useApp } from '../state/context';
import { App } from './App';
import { ImportDialog } from './households/ImportDialog';
import { MemoryProvider, redrawForLocale } from './memory';
import { focusByApp, holdPlaces, placesOf, type Place } from './place';
import { applyDocumentLocale, applyLocale } from '../i18n/index';

/**
 * The app, drawn afresh when the language or number scale changes: every
 * label, chart and table is rebuilt in the new language and direction (chart
 * code formats outside React's reach, so a re-render alone would miss some).
 * The change is applied in a task of its own, in one step: the locale
 * (messages, number formats; in the browser app only here, app/locale.ts),
 * then the new screen rendered and committed at once (flushSync), so no
 * render ever mixes the old screen with the new locale (messages and number
 * formats are global). The change event itself only records the choice: the
 * old screen is not drawn again in the new language first (a 70–80 ms task,
 * traced, when it was), and no component re-renders on a language change by
 * itself (i18n/index.ts). The page's lang and dir change, and the notices are
 * reworded, with the new screen. View state lives in the store and survives,
 * as do the reader's choices in each view (ui/memory) and their place in each
 * scrolled part (ui/place); focus returns to the control that had it (the
 * switch just used).
 */
function LocalisedApp() {
  const language = useApp((s) => s.language);
  const scale = useApp((s) => s.numberScale);
  const rewordNotices = useApp((s) => s.rewordNotices);
  // The locale on screen, which follows the store's choice in the task below.
  const [shown, setShown] = useState({ language, scale });
  const locale = `${shown.language}-${shown.scale}`;
  const committed = useRef(locale);
  const focusedId = useRef<string | null>(null);
  const places = useRef<Place[]>([]);
  const release = useRef(() => {});
  useEffect(() => () => release.current(), []);
  useEffect(() => {
    if (language === shown.language && scale === shown.scale) return;
    const timer = setTimeout(() => {
      // Read while the old screen is still in the document: which control the change came from.
      focusedId.current = document.activeElement?.id || null;
      places.current = placesOf(document);
      applyLocale(language, scale, null);
      // What the old screen keeps for the new (ui/memory useKeptAcrossRedraw) is not forgotten as it leaves.
      redrawForLocale(() => flushSync(() => setShown({ language, scale })));
    }, 0);
    // Changed back (or again) before the task ran: nothing to do, or the newer change's task instead.
    return () => clearTimeout(timer);
  }, [language, scale, shown]);
  useLayoutEffect(() => {
    if (committed.current === locale) return;
    const languageChanged = !committed.current.startsWith(`${shown.language}-`);
    committed.current = locale;
    applyDocumentLocale(document, shown.language);
    if (languageChanged) rewordNotices();
    release.current();
    release.current = holdPlaces(document, places.current);
    places.current = [];
    // The app's own focus, which leaves the place held (focus the reader moves elsewhere lets it go).
    if (focusedId.current) focusByApp(document.getElementById(focusedId.current), { preventScroll: true });
  }, [locale, shown, rewordNotices]);
  // The same element while the locale on screen stands, so that a render of this component for the change (or
  // for anything else) leaves the screen alone instead of drawing it again.
  const app = useMemo(() => <App key={locale} />, [locale]);
  // The import dialog is not drawn afresh with the app: it holds what the reader has done in it (the file read, its
  // summary or why it could not be read, the id typed), which a new screen had lost, the dialog opened anew. It is
  // drawn again with this component's render for the new locale instead, in the same commit as the new screen.
  return (
    <>
      {app}
      <ImportDialog />
    </>
  );
}

export function Root({ app }: { app: Pick<AppServices, 'store' | 'actions' | 'sensitivity'> & Partial<Pick<AppServices, 'households' | 'optimise'>> }) {
  return (
    <StoreProvider store={app.store}>
      <RunActionsProvider actions={app.actions}>
        <SensitivityProvider actions={app.sensitivity}>
          <OptimiseProvider actions={app.optimise ?? null}>
            <HouseholdsProvider actions={app.households ?? null}>
              <MemoryProvider>
                <LocalisedApp />
              </MemoryProvider>
            </HouseholdsProvider>
          </OptimiseProvider>
        </SensitivityProvider>
      </RunActionsProvider>
    </StoreProvider>
  );
}
