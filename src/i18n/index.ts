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
});

/** Applies a language and number scale: messages, number formatting, and (in a browser) the page's lang and dir. */
export function applyLocale(language: Language, scale: NumberScale, doc: Document | undefined = globalThis.document): void {
  setNumberSettings({ language, scale });
  if (i18n.language !== language) void i18n.changeLanguage(language);
  if (doc) {
    doc.documentElement.lang = language;
    doc.documentElement.dir = languageDir(language);
  }
}

export const t = i18n.t.bind(i18n);
export type { Language } from './languages';
export { LANGUAGES, LANGUAGE_NAMES, isLanguage, languageDir } from './languages';
export { numberSettings, intlLocale, NUMBER_SCALES, type NumberScale } from './numbers';
