/**
 * The app's one i18next instance, initialised synchronously on import with
 * every catalogue bundled (they are small, and the app must work offline).
 * Components use react-i18next's useTranslation; plain functions (chart
 * notes, headlines, exports) call i18n.t. Changing language also switches
 * number formatting and the document's direction.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageDir, type Language } from './languages';
import { setNumberSettings, type NumberScale } from './numbers';
import { NAMESPACES, resources } from './resources';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders; SVG and CSV exports escape on their own.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  // No component re-renders on its own when the language changes: the app is drawn afresh in the new language
  // (ui/Root, in one step in a task of its own), and the old screen stays as it is until then.
  react: { bindI18n: '' },
});

/**
 * Applies a language and number scale: messages, number formatting, and (in a browser) the page's lang and dir.
 * With `doc` null the page is left as it is, for a caller that sets it when the new language is on screen
 * (ui/Root, with applyDocumentLocale).
 * Idempotent: applying the language and scale already applied changes nothing.
 */
export function applyLocale(language: Language, scale: NumberScale, doc: Document | null | undefined = globalThis.document): void {
  setNumberSettings({ language, scale });
  if (i18n.language !== language) void i18n.changeLanguage(language);
  if (doc) applyDocumentLocale(doc, language);
}

/** The page's language, direction and title (the window's, the tab's, and a printout's header). */
export function applyDocumentLocale(doc: Document, language: Language): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = languageDir(language);
  doc.title = i18n.t('common:appTitle', { lng: language });
}

/**
 * `make()` as said in the current language, made again only after a change of language: for notices worded when
 * shown (uiSlice NoticeSource) that share one reading of something, such as each problem of one saved workspace or
 * shared link. `made`: what `make()` gives in the current language, if the caller has it already.
 */
export function perLanguage<T>(make: () => T, made?: T): () => T {
  let last: { language: string; value: T } | null = made === undefined ? null : { language: i18n.language, value: made };
  return () => {
    if (last === null || last.language !== i18n.language) last = { language: i18n.language, value: make() };
    return last.value;
  };
}

export const t = i18n.t.bind(i18n);
export type { Language } from './languages';
export { LANGUAGES, LANGUAGE_NAMES, isLanguage, languageDir } from './languages';
export { numberSettings, intlLocale, NUMBER_SCALES, type NumberScale } from './numbers';
