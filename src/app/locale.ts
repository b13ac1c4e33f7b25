/**
 * The reader's language and number scale: restored at start from the
 * browser's storage (a damaged value is ignored, with a notice), applied to
 * messages, number formatting and the page's direction whenever the store's
 * choice changes (in the browser app, by ui/Root as it draws the new screen:
 * `byUi`), and saved. Kept apart from the workspace: a language is the
 * reader's, not the scenarios'.
 */
import { applyLocale, i18n } from '../i18n/index';
import { isLanguage } from '../i18n/languages';
import { savedTextReason } from '../i18n/errorReasons';
import { NUMBER_SCALES, type NumberScale } from '../i18n/numbers';
import type { AppStore } from '../state/store';
import type { KeyValueStorage } from './persistence';

export const LOCALE_KEY = 'poverty-policy-simulator.locale';

const isScale = (x: unknown): x is NumberScale => NUMBER_SCALES.includes(x as NumberScale);

/**
 * Restore the choice saved as `text`; when it cannot be, why, worded when shown (in the language on screen, after a
 * change too): a text that is not JSON is said in the reader's language with the browser's words after it
 * (i18n/errorReasons), where the browser's sentence alone had stood, and had stayed in the language of the start.
 */
function restoreChoice(store: AppStore, text: string): (() => string) | null {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch (e) {
    return () => savedTextReason(text, e);
  }
  const { language, scale } = (saved ?? {}) as { language?: unknown; scale?: unknown };
  if (!isLanguage(language) || !isScale(scale)) return () => i18n.t('common:notices.localeUnknown');
  store.setState({ language, numberScale: scale });
  return null;
}

/**
 * Returns `stop`. Without storage the choice still applies, for this visit only. `doc` is the page whose lang
 * and dir follow the choice (the global document by default). With `byUi`, a change is only saved: the UI
 * applies it (messages, number formatting, the notices' wording, the page's lang and dir) as it draws the new
 * screen (ui/Root), and the page's lang and dir at start are the caller's to set (main.tsx).
 */
export function connectLocale(store: AppStore, storage?: KeyValueStorage, doc?: Document, byUi = false): () => void {
  if (storage) {
    let text: string | null = null;
    try {
      text = storage.getItem(LOCALE_KEY);
    } catch {
      // Storage unavailable: the workspace's restore reports it once; English is the default here.
    }
    if (text !== null) {
      const reason = restoreChoice(store, text);
      if (reason) store.getState().addNotice(() => i18n.t('common:notices.localeUnreadable', { reason: reason() }));
    }
  }
  const st = store.getState();
  applyLocale(st.language, st.numberScale, byUi ? null : doc);
  return store.subscribe((next, prev) => {
    if (next.language === prev.language && next.numberScale === prev.numberScale) return;
    if (!byUi) {
      applyLocale(next.language, next.numberScale, doc);
      if (next.language !== prev.language) store.getState().rewordNotices();
    }
    try {
      storage?.setItem(LOCALE_KEY, JSON.stringify({ language: next.language, scale: next.numberScale }));
    } catch {
      // Not saved: the choice holds for this visit.
    }
  });
}
