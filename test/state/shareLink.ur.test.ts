// @vitest-environment node
import { zlibSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/index';
import { stripBidi } from '../../src/i18n/bidi';
import { comparisonDocument, comparisonOnScreen, decodeShareFragment, encodeShareFragment, MAX_DOCUMENT_BYTES, readScenarioFile, type Opened } from '../../src/state/shareLink';
import { createAppStore } from '../../src/state/store';
import { openScenarioFile, openSharedFromLocation } from '../../src/app/openShared';
import { englishWords } from '../i18n/noEnglish';

const ENGINE = '9.9.9';
const fragmentOfText = (text: string) => `#s=2.${Buffer.from(zlibSync(new TextEncoder().encode(text))).toString('base64url')}`;
const problems = (o: Opened): string => (o.ok ? '' : o.problems.join('\n'));

beforeEach(() => applyLocale('ur', 'international', undefined));
afterEach(() => applyLocale('en', 'international', undefined));

describe('a damaged, truncated or hostile link, in Urdu', () => {
  const good = encodeShareFragment(comparisonOnScreen(createAppStore().getState(), ENGINE));
  const cases: [string, string, RegExp][] = [
    ['no format version', '#s=abc', /^شیئر کیا گیا لنک خراب ہے: اس میں فارمیٹ کا ورژن موجود نہیں/],
    ['an empty payload', '#s=1.', /کٹ گیا تھا۔ لنک دوبارہ منگوائیں۔$/],
    ['a character that is not allowed', '#s=1.abc$def', /اس کے ڈیٹا کا حرف نمبر 4 \(“\$”\) وہاں قابلِ قبول نہیں/],
    ['an impossible base64 length', '#s=1.abcde', /درست base64url نہیں/],
    ['a truncated link', `#${good.slice(0, Math.floor(good.length / 2))}`, /^شیئر کیا گیا لنک خراب ہے: اس کا کمپریس شدہ ڈیٹا بیچ ہی میں ختم ہو جاتا ہے: غالباً کاپی کرتے وقت کٹ گیا تھا۔$/],
    ['data that is not compressed', `#s=1.${Buffer.from([0xff, 0xff, 0xff, 0xff]).toString('base64url')}`, /^شیئر کیا گیا لنک خراب ہے: اس کا کمپریس شدہ ڈیٹا خراب ہے: /],
    ['a deflate bomb', fragmentOfText(`{"kind":"comparison","pad":"${' '.repeat(MAX_DOCUMENT_BYTES * 20)}"}`), /پھیل کر 200 kB سے زیادہ ہو جاتا ہے/],
    ['a changed checksum', (() => {
      const bytes = Buffer.from(good.slice(4), 'base64url');
      bytes[bytes.length - 1] ^= 1;
      return `#s=2.${bytes.toString('base64url')}`;
    })(), /^شیئر کیا گیا لنک خراب ہے: اس کا ڈیٹا اپنے ساتھ آنے والے چیک سم سے میل نہیں کھاتا/],
    ['a document that is not a comparison', fragmentOfText('[1, 2]'), /^شیئر کیا گیا لنک میں کوئی موازنہ موجود نہیں/],
    ['a prototype key', fragmentOfText('{"kind":"comparison","__proto__":{"x":1}}'), /کلید “__proto__” کی اجازت نہیں/],
  ];
  for (const [what, hash, expected] of cases) {
    it(`${what}: the problem is said in Urdu`, () => {
      const text = problems(decodeShareFragment(hash, ENGINE));
      expect(stripBidi(text)).toMatch(expected);
      expect(text.endsWith('۔')).toBe(true);
      // Only what the link itself holds stays in Latin script (the decompressor's own words had been a truncated link's reason).
      expect(englishWords(text, ['base64url', 'kind', 'comparison', 'proto'])).toEqual([]);
    });
  }

  // The browser's English sentence had been the reason, inside the Urdu one.
  it('text that is not JSON: what is wrong said in Urdu, the browser’s words after it isolated and labelled as the browser’s', () => {
    const link = problems(decodeShareFragment(fragmentOfText('{"kind": comparison'), ENGINE));
    expect(stripBidi(link)).toMatch(/^شیئر کیا گیا لنک کو پڑھا نہیں جا سکا: یہ درست JSON نہیں \(غیر متوقع حرف “c”؛ براؤزر کا پیغام: “[^”]+”\)۔$/);
    expect(link).toContain('غیر متوقع حرف “\u2068c\u2069”؛ براؤزر کا پیغام: “\u2068');
    expect(englishWords(link.replace(/\u2068[^\u2069]*\u2069/g, ''))).toEqual([]);
    const cut = problems(decodeShareFragment(fragmentOfText('{"kind": "comparison"'), ENGINE));
    expect(stripBidi(cut)).toMatch(/^شیئر کیا گیا لنک کو پڑھا نہیں جا سکا: یہ درست JSON نہیں \(یہ اپنا ڈیٹا مکمل ہونے سے پہلے ہی ختم ہو جاتا ہے؛ براؤزر کا پیغام: /);
    const file = problems(readScenarioFile('{"a": 1,\n}', 'x.json', ENGINE));
    expect(stripBidi(file)).toMatch(/^فائل “x\.json” کو پڑھا نہیں جا سکا: یہ سطر 2، کالم 1 پر درست JSON نہیں \(غیر متوقع حرف “}”؛ براؤزر کا پیغام: “[^”]+”\)۔$/);
  });

  it('a file too large names the file, isolated, in an Urdu sentence', () => {
    const text = problems(readScenarioFile(' '.repeat(MAX_DOCUMENT_BYTES + 1), 'my plan.json', ENGINE));
    expect(text).toBe('فائل “\u2068my plan.json\u2069” کا حجم بہت زیادہ ہے (200 \u2068kB\u2069؛ زیادہ سے زیادہ 200 \u2068kB\u2069)۔');
  });
});

describe('an ignored view or colours field, in Urdu', () => {
  // New messages: the warnings had no Urdu (or any) wording before the fields were read.
  it('the warnings are said in Urdu; only the field names and values, as the link holds them, stay in Latin script', () => {
    const doc = { ...JSON.parse(JSON.stringify(comparisonDocument(comparisonOnScreen(createAppStore().getState(), ENGINE)))), view: 'report', colors: [0, 1, 1, 2] };
    const o = decodeShareFragment(fragmentOfText(JSON.stringify(doc)), ENGINE);
    if (!o.ok) throw new Error(o.problems.join('\n'));
    const [view, colors] = o.warnings.map(stripBidi);
    expect(view).toBe('شیئر کیا گیا لنک: “view” ان میں سے ایک ہونا چاہیے: "results"، "compare"، "assumptions"، "sensitivity"، "optimise"، جبکہ "report" ملا؛ موازنہ اسی منظر میں کھلتا ہے جس میں آپ اس وقت ہیں۔');
    expect(colors).toMatch(/^شیئر کیا گیا لنک: “colors” ہر منظرنامے کے لیے ایک، کل 4 رنگ مقامات کی فہرست .* 1 سے 8 تک .* جبکہ \[0,1,1,2\] ملا؛ منظرنامے آپ کے اپنے رنگوں میں کھلتے ہیں۔$/);
    for (const w of o.warnings) expect(englishWords(w, ['view', 'colors', 'results', 'compare', 'assumptions', 'sensitivity', 'optimise', 'report'])).toEqual([]);
  });
});

describe('opening a damaged link or a file, in Urdu', () => {
  it('the notice says in Urdu that nothing was opened', () => {
    const store = createAppStore();
    const win = { location: { hash: '#s=1.not*base64', pathname: '/', search: '' }, history: { replaceState: () => {} } };
    openSharedFromLocation(store, win);
    const [notice] = store.getState().notices;
    expect(notice).toMatch(/^شیئر کیا گیا لنک خراب ہے: .* کچھ نہیں کھولا گیا؛ آپ کے اپنے منظرنامے جوں کے توں ہیں۔$/);
    expect(englishWords(notice!)).toEqual([]);
  });

  it('an opened file is announced in Urdu, the names isolated', async () => {
    const store = createAppStore();
    const s = { ...store.getState().scenarios[store.getState().activeId]!, name: 'Rs 80 bn, seed 5' };
    expect(await openScenarioFile(store, { name: 'a.json', size: 10, text: async () => JSON.stringify(s) })).toBe(true);
    const notice = store.getState().notices.at(-1)!;
    expect(notice).toContain('کو آپ کے اپنے منظرناموں کے ساتھ کھول دیا گیا: ');
    expect(notice).toContain(`“\u2068${store.getState().scenarios[store.getState().activeId]!.name}\u2069”`);
  });
});
