/**
 * The app's one i18next instance, initialised synchronously on import with
 * every catalogue bundled (they are small, and the app must work offline).
 * Components use react-i18next's useTranslation; plain functions (chart
 * notes, headlines, exports) call i18n.t. Changing language also switches
 * number formatting and the document's direction.
 */
import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { IN_ISOLATE, valueIsolated } from './bidi';
import { isLanguage, languageDir, type Language } from './languages';
import { setNumberSettings, type NumberScale } from './numbers';
import { NAMESPACES, resources } from './resources';

export const i18n = i18next.createInstance();

/** Named formats added with i18n.services.formatter.add (the catalogues use none: values come formatted). */
const namedFormats = new Map<string, (value: unknown, lng: string | undefined, options: unknown) => unknown>();

/**
 * i18next's formatter, replaced (v26: a formatter module), so that every value a placeholder puts into a message
 * passes here (interpolation.alwaysFormat): in a right-to-left language one with Latin letters of its own (a
 * scenario's, file's or column's name, an id) is isolated (bidi.valueIsolated), in every message at once, however
 * it is shown (text, title, aria-label, SVG). English, numbers (a plural's `count`) and Urdu values are unchanged, and
 * so is a value the message isolates itself (format IN_ISOLATE, resources.ts).
 */
const isolatingFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add(name, fc) {
    namedFormats.set(name.toLowerCase().trim(), fc);
  },
  addCached(name, fc) {
    namedFormats.set(name.toLowerCase().trim(), (value, lng, options) => fc(lng, options)(value));
  },
  format(value, format, lng, options) {
    const names = format ? format.split(',').map((name) => name.toLowerCase().trim()) : [];
    const formatted = names.reduce((v, name) => namedFormats.get(name)?.(v, lng, options) ?? v, value);
    const rtl = lng !== undefined && isLanguage(lng) && languageDir(lng) === 'rtl';
    return typeof formatted === 'string' && rtl && !names.includes(IN_ISOLATE.toLowerCase()) ? valueIsolated(formatted) : formatted;
  },
};

void i18n.use(initReactI18next).use(isolatingFormatter).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders; SVG and CSV exports escape on their own.
  interpolation: { escapeValue: false, alwaysFormat: true },
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
