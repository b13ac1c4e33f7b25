// @vitest-environment node
/**
 * The saved language setting that cannot be read (app/locale connectLocale): its notice says why in the language on
 * screen, after a change of language too; the browser's words for a text that is not JSON follow, labelled and isolated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectLocale, LOCALE_KEY } from '../../src/app/locale';
import { applyLocale } from '../../src/i18n/index';
import { createAppStore } from '../../src/state/store';
import { englishWords } from '../i18n/noEnglish';

const saved = (text: string) => ({ getItem: (k: string) => (k === LOCALE_KEY ? text : null), setItem: () => undefined });

afterEach(() => applyLocale('en', 'international', undefined));

describe('connectLocale(store, storage) with a saved setting it cannot read', () => {
  it('a text cut short: why in English, then in Urdu after a change of language, the browser’s words isolated', () => {
    const store = createAppStore();
    const stop = connectLocale(store, saved('{"language": "ur", "sca'), undefined);
    try {
      expect(store.getState().language).toBe('en');
      expect(store.getState().notices).toEqual([
        expect.stringMatching(
          /^The saved language setting could not be read \(the saved text is incomplete: it breaks off part way through; the browser’s message: “SyntaxError: [^”]+”\); English is used\.$/,
        ),
      ]);
      store.getState().setLanguage('ur');
      const [notice] = store.getState().notices;
      expect(notice).toMatch(
        /^محفوظ کی گئی زبان کی ترتیب پڑھی نہیں جا سکی \(محفوظ کیا گیا متن ادھورا ہے: یہ بیچ ہی میں ختم ہو جاتا ہے؛ براؤزر کا پیغام: “\u2068SyntaxError: [^\u2069]+\u2069”\)؛ انگریزی استعمال کی جا رہی ہے۔$/,
      );
      expect(englishWords(notice!.replace(/\u2068[^\u2069]*\u2069/g, ''))).toEqual([]);
    } finally {
      stop();
    }
  });

  it('a language it does not know: said in the language on screen, after a change too', () => {
    const store = createAppStore();
    const stop = connectLocale(store, saved('{"language": "fr", "scale": "international"}'), undefined);
    try {
      expect(store.getState().notices).toEqual(['The saved language setting could not be read (unknown language or number scale); English is used.']);
      store.getState().setLanguage('ur');
      expect(store.getState().notices).toEqual(['محفوظ کی گئی زبان کی ترتیب پڑھی نہیں جا سکی (نامعلوم زبان یا اعداد کا پیمانہ)؛ انگریزی استعمال کی جا رہی ہے۔']);
    } finally {
      stop();
    }
  });
});
