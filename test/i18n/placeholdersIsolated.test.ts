/**
 * A value a placeholder puts into an Urdu message (a scenario's name, a file's, a column's, an id) is isolated when it
 * has Latin letters, as the catalogues isolate the Latin runs they write themselves: a name such as "Rs 100bn (cash)"
 * bare in a right-to-left sentence had its brackets set on the wrong side. English is unchanged; Urdu values,
 * numbers, values isolated already and placeholders the message isolates itself are not isolated again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { placeholdersInIsolatesMarked, stripBidi, valueIsolated } from '../../src/i18n/bidi';
import { applyLocale, i18n } from '../../src/i18n/index';
import { resources } from '../../src/i18n/resources';

const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const NAME = 'Rs 100bn (cash)';

afterEach(() => applyLocale('en', 'international', null));

describe('a value put into an Urdu message', () => {
  it('a Latin scenario name, file name or column is isolated, in Urdu only', () => {
    applyLocale('ur', 'international', null);
    expect(i18n.t('common:notices.changedInTwoTabs', { name: NAME })).toContain(`“${FSI}${NAME}${PDI}”`);
    expect(i18n.t('charts:shared.interval90For', { name: NAME })).toMatch(new RegExp(`: ${FSI}${NAME.replace(/[()]/g, '\\$&')}${PDI}$`));
    expect(i18n.t('households:dialog.reading', { file: 'households.csv' })).toBe(`${FSI}households.csv${PDI} پڑھی جا رہی ہے…`);
    expect(i18n.t('households:dialog.errorCell', { line: 3, column: 'hh_size', message: 'خالی' })).toBe(`سطر 3، کالم ${FSI}hh_size${PDI}: خالی`);
    // The same message asked for in English, and English on screen: as it always was.
    expect(i18n.t('common:notices.changedInTwoTabs', { name: NAME, lng: 'en' })).toContain(`“${NAME}”`);
    applyLocale('en', 'international', null);
    expect(i18n.t('charts:shared.interval90For', { name: NAME })).toBe(`90% interval: ${NAME}`);
    expect(i18n.t('households:dialog.reading', { file: 'households.csv' })).not.toMatch(/[\u2066-\u2069]/);
  });

  it('leaves Urdu, numbers, a plural count and a value isolated already as they are', () => {
    applyLocale('ur', 'international', null);
    expect(i18n.t('charts:shared.interval90For', { name: 'نقد منتقلی' })).toBe(i18n.t('charts:shared.interval90For', { name: 'نقد منتقلی', lng: 'ur' }));
    expect(i18n.t('charts:shared.interval90For', { name: 'نقد منتقلی' })).not.toMatch(/[\u2066-\u2069]/);
    expect(i18n.t('common:notices.removeQuestion', { count: 3 })).toContain(' 3 ');
    expect(i18n.t('charts:shared.interval90For', { name: `${FSI}${NAME}${PDI}` })).toContain(`: ${FSI}${NAME}${PDI}`);
    expect(i18n.t('charts:shared.interval90For', { name: `${FSI}${NAME}${PDI}` })).not.toContain(`${FSI}${FSI}`);
  });

  it('a placeholder the message isolates itself keeps one isolate (the browser’s words)', () => {
    applyLocale('ur', 'international', null);
    const said = i18n.t('common:errors.browserOnly', { words: 'SecurityError: The operation is insecure.' });
    expect(said).toBe(`براؤزر کا پیغام: “${FSI}SecurityError: The operation is insecure.${PDI}”`);
  });
});

describe('valueIsolated(text) and placeholdersInIsolatesMarked(message)', () => {
  it('isolates by the value’s own script, and only values with Latin letters outside an isolate', () => {
    expect(valueIsolated(NAME)).toBe(`${FSI}${NAME}${PDI}`);
    expect(valueIsolated('a، b')).toBe(`${RLI}a، b${PDI}`);
    expect(valueIsolated('نقد (Rs 100bn)')).toBe(`${RLI}نقد (Rs 100bn)${PDI}`);
    for (const kept of ['نقد منتقلی', '1,234', '\u200E−5 مہینے', `${LRI}−5${PDI} مہینے`, `${FSI}Cash${PDI} (نقل)`, `${FSI}${NAME}${PDI}`, '\uE000'])
      expect(valueIsolated(kept)).toBe(kept);
    expect(stripBidi(valueIsolated(NAME))).toBe(NAME);
  });

  it('marks the placeholders inside a message’s own isolates, and no other', () => {
    expect(placeholdersInIsolatesMarked(`“${FSI}{{words}}${PDI}” {{name}}`)).toBe(`“${FSI}{{words, inIsolate}}${PDI}” {{name}}`);
    expect(placeholdersInIsolatesMarked(`${FSI}sha256 {{sha256}}${PDI}، {{rows}}`)).toBe(`${FSI}sha256 {{sha256, inIsolate}}${PDI}، {{rows}}`);
    expect(resources.ur.common.errors.browserOnly).toContain('{{words, inIsolate}}');
    expect(resources.en.common.errors.browserOnly).toContain('{{words}}');
  });
});
