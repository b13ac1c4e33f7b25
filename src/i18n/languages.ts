/** The languages the app speaks, their writing direction and their own names. */
export type Language = 'en' | 'ur';
export const LANGUAGES: readonly Language[] = ['en', 'ur'];

/** Each language named in itself, as the Language switch offers it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ur: 'اردو' };

export function isLanguage(x: unknown): x is Language {
  return x === 'en' || x === 'ur';
}

export function languageDir(language: Language): 'ltr' | 'rtl' {
  return language === 'ur' ? 'rtl' : 'ltr';
}
