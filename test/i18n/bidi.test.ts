/**
 * i18n/bidi: isolateLatinRuns keeps the Latin-script names inside Urdu text
 * apart, so the bidi algorithm neither joins nor reorders them.
 */
import { describe, expect, it } from 'vitest';
import { isolateLatinRuns, namesIsolated, percentsMarked, stripBidi } from '../../src/i18n/bidi';
import { resources } from '../../src/i18n/resources';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolateLatinRuns(text)', () => {
  it('isolates each name with its year, and nothing of the Urdu around them', () => {
    const source = 'سرکاری اعداد (Gulf News 2019؛ The Nation 2020)';
    expect(isolateLatinRuns(source)).toBe(`سرکاری اعداد (${FSI}Gulf News 2019${PDI}؛ ${FSI}The Nation 2020${PDI})`);
    expect(stripBidi(isolateLatinRuns(source))).toBe(source);
  });

  it('keeps a name\u2019s own punctuation inside its run, and leaves Urdu text with figures alone', () => {
    expect(isolateLatinRuns('تقریباً 10% (J-PAL)')).toBe(`تقریباً 10% (${FSI}J-PAL${PDI})`);
    expect(isolateLatinRuns('Government of Pakistan et al. کے مطابق')).toBe(`${FSI}Government of Pakistan et al.${PDI} کے مطابق`);
    expect(isolateLatinRuns('80 ارب روپے (پہلا سال)')).toBe('80 ارب روپے (پہلا سال)');
  });

  it('keeps a citation whole: its years in brackets, its colons, a symbol between letters and figures', () => {
    expect(isolateLatinRuns('(Arif & Farooq (2014)، پاکستان)')).toBe(`(${FSI}Arif & Farooq (2014)${PDI}، پاکستان)`);
    expect(isolateLatinRuns('Banerjee, Karlan & Zinman (2015), AEJ: Applied؛')).toBe(`${FSI}Banerjee, Karlan & Zinman (2015), AEJ: Applied${PDI}؛`);
    expect(isolateLatinRuns('قرضوں کا PAR>30 تقریباً')).toBe(`قرضوں کا ${FSI}PAR>30${PDI} تقریباً`);
  });

  it('takes a survey\u2019s years with their dash into its run, and leaves English text as it is', () => {
    expect(isolateLatinRuns('26% (PRHS 2001–04، 3 سال)')).toBe(`26% (${FSI}PRHS 2001–04${PDI}، 3 سال)`);
    expect(namesIsolated('Gulf News 2019; The Nation 2020', 'en')).toBe('Gulf News 2019; The Nation 2020');
    expect(namesIsolated('(Gulf News 2019)', 'ur')).toBe(`(${FSI}Gulf News 2019${PDI})`);
  });

  it('starts a percentage in Urdu with a left-to-right mark, once, so its sign stays on the right of its digits', () => {
    const LRM = '\u200E';
    expect(namesIsolated('GiveDirectly تقریباً 10%', 'ur')).toBe(`${FSI}GiveDirectly${PDI} تقریباً ${LRM}10%`);
    expect(namesIsolated('تقریباً 26.5% اور 3.7%', 'ur')).toBe(`تقریباً ${LRM}26.5% اور ${LRM}3.7%`);
    expect(namesIsolated(`${LRM}10%`, 'ur')).toBe(`${LRM}10%`);
    expect(namesIsolated('about 10%', 'en')).toBe('about 10%');
  });

  it('a percentage that starts the text is led by a right-to-left mark first, so text that takes its direction from its first strong character stays right to left', () => {
    const [LRM, RLM] = ['\u200E', '\u200F'];
    // The legend's "50% interval: {{name}}" began with the left-to-right mark alone: its <bdi> laid it out left to right.
    expect(percentsMarked('50% وقفہ: {{name}}')).toBe(`${RLM}${LRM}50% وقفہ: {{name}}`);
    expect(percentsMarked(percentsMarked('50% وقفہ'))).toBe(`${RLM}${LRM}50% وقفہ`);
    expect(percentsMarked('اوسط (90% وقفہ)')).toBe(`اوسط (${LRM}90% وقفہ)`);
    expect(resources.ur.charts.shared.interval50For.startsWith(`${RLM}${LRM}50%`)).toBe(true);
    expect(namesIsolated('26.5% اور 3.7%', 'ur')).toBe(`${RLM}${LRM}26.5% اور ${LRM}3.7%`);
  });
});

/**
 * A file format's name (JSON, CSV, PNG, SVG, PDF, UTF-8) in an Urdu sentence is isolated, as common:errors.browserSaid
 * isolates the browser's words: text that takes its direction from its first strong letter skips it, and what
 * stands next to it keeps its side. Labels that are only the name and a word or two (a button, a menu item) are
 * left as they are: their own element is laid out right to left, and tests and readers find them by that text.
 */
describe('Urdu catalogues', () => {
  const LABELS = new Set(['exports.downloads.png', 'exports.downloads.svg', 'exports.downloads.csv', 'exports.menu.resultJson', 'exports.menu.summaryCsv', 'exports.menu.scenarioJson', 'households.dialog.fileLabel']);
  const FORMAT_NAME = /\b(?:JSON|CSV|PNG|SVG|PDF|UTF-8)\b/;
  /** Whether a format's name stands outside every isolate in the message. */
  const bare = (message: string) => FORMAT_NAME.test(message.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), ''));
  type Tree = { readonly [key: string]: string | Tree };
  const leaves = (tree: Tree, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

  it('isolate a file format’s name in a sentence', () => {
    expect(bare('محفوظ کیا گیا متن خراب ہے: یہ درست JSON نہیں')).toBe(true);
    expect(bare(`محفوظ کیا گیا متن خراب ہے: یہ درست ${FSI}JSON${PDI} نہیں`)).toBe(false);
    const messages = leaves(resources.ur as unknown as Tree);
    expect(messages.filter(([key, message]) => !LABELS.has(key) && bare(message)).map(([key]) => key)).toEqual([]);
    // Every label let off is still one, with a format's name in it.
    expect(messages.filter(([key, message]) => LABELS.has(key) && bare(message)).map(([key]) => key).sort()).toEqual([...LABELS].sort());
  });

  /**
   * So is every other Latin-script run in an Urdu sentence: a measure's code (FGT1, PAR30, PMT, AR(1)), a currency or
   * unit (PKR, kB), a key (Escape, Ctrl+C), a column's suffix ("… [p95]"), a file's key or path, a command. Without an
   * isolate, "PAR30: …" was laid out left to right, and the "--" of "--samples" and the "…" after a hash went to the
   * wrong side. Placeholders are left out (their values are formatted where they are put in).
   */
  const CODE_LABELS = new Map([
    ['charts.microfinance.par30', 'a column header that is only the code'],
    ['households.dialog.sha256', 'a term that is only the code'],
    ['common.language.switchName', 'the switch\u2019s name in English first, for readers who do not read Urdu, the same in both catalogues'],
    ['params.targets.gini.parameter', 'only the parameter\u2019s path'],
    ['params.targets.floodNational.parameter', 'only the parameter\u2019s path'],
    ['params.targets.floodBalochistan.parameter', 'only the parameter\u2019s path'],
    ['params.targets.microcreditIncome.parameter', 'only the parameter\u2019s path'],
    ['params.targets.averageLoan.parameter', 'only the parameter\u2019s path'],
    ['params.targets.par30Normal.parameter', 'only the parameter\u2019s path'],
  ]);
  /** Sources and published data, whose every Latin run is isolated where they are shown (ui/editor/paramText, ui/calibrationText). */
  const ISOLATED_WHEN_SHOWN = /^params\.(?:spec\..+\.source|targets\.[^.]+\.(?:data|source))$/;
  /** Whether Latin letters stand outside every isolate and placeholder in the message. */
  const latinBare = (message: string) => /\p{Script=Latin}/u.test(message.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '').replace(/\{\{[^}]*\}\}/g, ''));

  it('isolate every other Latin code in a sentence', () => {
    expect(latinBare('{{label}}: دائیں اور بائیں تیر کی کلیدیں ماہ بہ ماہ اقدار پڑھتی ہیں، Escape انہیں چھپا دیتی ہے')).toBe(true);
    expect(latinBare(`{{label}}: دائیں اور بائیں تیر کی کلیدیں ماہ بہ ماہ اقدار پڑھتی ہیں، ${FSI}Escape${PDI} انہیں چھپا دیتی ہے`)).toBe(false);
    const messages = leaves(resources.ur as unknown as Tree).filter(([key]) => !LABELS.has(key) && !ISOLATED_WHEN_SHOWN.test(key));
    expect(messages.filter(([key, message]) => !CODE_LABELS.has(key) && latinBare(message)).map(([key]) => key)).toEqual([]);
    // Every label let off is still one, with Latin letters in it.
    expect(messages.filter(([key, message]) => CODE_LABELS.has(key) && latinBare(message)).map(([key]) => key).sort()).toEqual([...CODE_LABELS.keys()].sort());
  });
});
