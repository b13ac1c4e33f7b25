// @vitest-environment node
/** Why the browser refused, told from its error in the reader's language; its own words after, labelled and isolated. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/index';
import { browserWords, fileReason, fileRefusal, jsonFault, savedTextReason, storageReason, storageRefusal, withBrowserWords } from '../../src/i18n/errorReasons';
import { BlockedError } from '../../src/app/datasetStore';

afterEach(() => applyLocale('en', 'international', undefined));

describe('jsonFault(text)', () => {
  it('tells an empty text, one that breaks off, and a character where none can stand', () => {
    expect(jsonFault('')).toEqual({ kind: 'empty' });
    expect(jsonFault(' \n')).toEqual({ kind: 'empty' });
    expect(jsonFault('{"format": "poverty-policy-simulator/workspace", "vers')).toEqual({ kind: 'cutShort' });
    expect(jsonFault('{"a": [1, 2\n')).toEqual({ kind: 'cutShort' });
    expect(jsonFault('{oops')).toEqual({ kind: 'unexpected', character: 'o' });
    expect(jsonFault('{"a": 1} x')).toEqual({ kind: 'unexpected', character: 'x' });
    expect(jsonFault('{"a": 1,\n}')).toEqual({ kind: 'unexpected', character: '}' });
  });

  it('names a character that cannot be seen by its code, and one outside the basic plane whole', () => {
    expect(jsonFault('{"a": "x\ty"}')).toEqual({ kind: 'unexpected', character: 'U+0009' });
    expect(jsonFault('[😀]')).toEqual({ kind: 'unexpected', character: '😀' });
  });

  it('is `other` for a text that is JSON after all', () => expect(jsonFault('{"a": 1}')).toEqual({ kind: 'other' }));
});

describe('storageRefusal(error) and storageReason(error)', () => {
  it('tells a full storage and a forbidden one by the error’s name, and words each', () => {
    expect(storageRefusal(new DOMException('quota', 'QuotaExceededError'))).toBe('full');
    expect(storageRefusal({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe('full');
    expect(storageRefusal(new DOMException('The operation is insecure.', 'SecurityError'))).toBe('forbidden');
    expect(storageRefusal(new Error('SecurityError: in the message only'))).toBe('refused');
    expect(storageRefusal('a string')).toBe('refused');
    expect(storageReason(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(
      'this browser’s storage for the app is full; the browser’s message: “QuotaExceededError: The quota has been exceeded.”',
    );
  });

  it('in Urdu, the reason is Urdu and the browser’s words follow isolated, labelled as the browser’s', () => {
    applyLocale('ur', 'international', undefined);
    expect(storageReason(new DOMException('The operation is insecure.', 'SecurityError'))).toBe(
      'یہ براؤزر ایپ کو اپنی اسٹوریج استعمال کرنے کی اجازت نہیں دیتا، غالباً اپنی ترتیبات یا پرائیویٹ ونڈو کی وجہ سے؛ براؤزر کا پیغام: “\u2068SecurityError: The operation is insecure.\u2069”',
    );
  });

  it('tells IndexedDB refused in a Firefox private window (InvalidStateError) as forbidden', () => {
    const privateWindow = { name: 'InvalidStateError', message: 'A mutation operation was attempted on a database that did not allow mutations.' };
    expect(storageRefusal(privateWindow)).toBe('forbidden');
    expect(storageReason(privateWindow)).toBe(
      'this browser does not allow the app to use its storage, probably because of its settings or a private window; the browser’s message: “InvalidStateError: A mutation operation was attempted on a database that did not allow mutations.”',
    );
  });

  it('tells storage another tab holds open by its own reason, in each language, without the app’s English message as the browser’s', () => {
    expect(storageRefusal(new BlockedError())).toBe('blocked');
    expect(storageRefusal({ name: 'BlockedError', message: '' })).toBe('blocked');
    expect(storageReason(new BlockedError())).toBe(
      'another tab of this app is holding it open: close the app’s other tabs, or reload them, and try again',
    );
    applyLocale('ur', 'international', undefined);
    expect(storageReason(new BlockedError())).toBe(
      'اس ایپ کا ایک اور ٹیب اسے کھولے ہوئے ہے: ایپ کے دوسرے ٹیب بند کریں یا انہیں دوبارہ لوڈ کریں، پھر دوبارہ کوشش کریں',
    );
  });
});

describe('browserWords(error) and withBrowserWords(reason, words)', () => {
  it('gives a name that says more than "Error" before the message, once', () => {
    expect(browserWords(new SyntaxError('Unexpected end of JSON input'))).toBe('SyntaxError: Unexpected end of JSON input');
    expect(browserWords(new Error('plain'))).toBe('plain');
    expect(browserWords({ name: 'SecurityError', message: 'SecurityError: twice' })).toBe('SecurityError: twice');
    expect(browserWords(42)).toBe('42');
  });

  it('gives a name without a message alone, without a colon after it; nothing for an error that says nothing', () => {
    expect(browserWords(new TypeError(''))).toBe('TypeError');
    expect(browserWords({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: ' ' })).toBe('NS_ERROR_DOM_QUOTA_REACHED');
    expect(browserWords(new Error(''))).toBe('');
    expect(storageReason({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe('this browser’s storage for the app is full; the browser’s message: “NS_ERROR_DOM_QUOTA_REACHED”');
  });

  it('leaves out words the browser did not give, and gives them alone, labelled, where there is no reason', () => {
    expect(withBrowserWords('a reason', '')).toBe('a reason');
    expect(withBrowserWords(null, 'RangeError: too deep')).toBe('the browser’s message: “RangeError: too deep”');
  });
});

describe('fileRefusal(error) and fileReason(error)', () => {
  it('tells a file gone since it was picked, one the system would not let be read, and one the browser may not read', () => {
    expect(fileRefusal(new DOMException('gone', 'NotFoundError'))).toBe('gone');
    expect(fileRefusal(new DOMException('The requested file could not be read.', 'NotReadableError'))).toBe('unreadable');
    expect(fileRefusal(new DOMException('insecure', 'SecurityError'))).toBe('forbidden');
    expect(fileRefusal(new DOMException('aborted', 'AbortError'))).toBeNull();
    expect(fileReason(new DOMException('The requested file could not be read.', 'NotReadableError'))).toBe(
      'the system did not let the browser read it: it may be open in another program, or its permissions may have changed; the browser’s message: “NotReadableError: The requested file could not be read.”',
    );
    expect(fileReason(new DOMException('aborted', 'AbortError'))).toBe('the browser’s message: “AbortError: aborted”');
  });
});

describe('savedTextReason(text, error)', () => {
  it('says a saved text is empty, cut short or damaged, in the current language, the browser’s words after', () => {
    const reasonFor = (text: string) => {
      try {
        JSON.parse(text);
      } catch (e) {
        return savedTextReason(text, e);
      }
      return null;
    };
    expect(reasonFor('')).toMatch(/^the saved text is empty; the browser’s message: “SyntaxError: /);
    expect(reasonFor('{"language": "ur", "sca')).toMatch(/^the saved text is incomplete: it breaks off part way through; the browser’s message: “SyntaxError: /);
    applyLocale('ur', 'international', undefined);
    expect(reasonFor('{oops}')).toMatch(/^محفوظ کیا گیا متن خراب ہے: یہ درست \u2068JSON\u2069 نہیں؛ براؤزر کا پیغام: “\u2068SyntaxError: [^\u2069]+\u2069”$/);
  });
});
