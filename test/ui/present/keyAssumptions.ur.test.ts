// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/engine/index';
import { applyLocale } from '../../../src/i18n/index';
import { keyAssumptions } from '../../../src/ui/present/keyAssumptions';
import { englishWords } from '../../i18n/noEnglish';
import { CITATION_WORDS } from '../editor/urdu';

afterEach(() => applyLocale('en', 'international', undefined));

describe('keyAssumptions(scenario) in Urdu', () => {
  it('names, values and trust in Urdu; sources keep only citation names', () => {
    applyLocale('ur', 'international', undefined);
    const rows = keyAssumptions(defaultScenario('Rs 120 bn'));
    expect(rows[0]!.label).toBe('سالانہ بجٹ کا راستہ');
    // The path's arrows point the way Urdu reads, as in the slide's headline.
    expect(rows[0]!.value).toBe('80 ← 100 ← 120 ارب روپے سالانہ');
    expect(rows.find((r) => r.label === 'نئی نقد منتقلی')!.value).toBe('2,000 روپے فی گھرانہ ماہانہ');
    // Each share starts with a left-to-right mark, so its % sign stays right of its digits (it was set on their left).
    expect(rows[1]!.value).toMatch(/^نقد منتقلی \u200E50%؛ .*؛ انتظامی اخراجات \u200E5%$/);
    expect(englishWords(rows.map((r) => `${r.label} ${r.value} ${r.trust}`).join('\n'))).toEqual([]);
    expect(englishWords(rows.map((r) => r.source).join('\n'), CITATION_WORDS)).toEqual([]);
  });
});
