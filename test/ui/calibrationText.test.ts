// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_VERSION, TARGETS, formatModel, formatRange, formatTargetValue, type TargetUnit } from '../../src/engine/index';
import { applyLocale } from '../../src/i18n/index';
import { modelText, staleText, targetRangeText, targetText, targetValueText } from '../../src/ui/calibrationText';
import { englishWords } from '../i18n/noEnglish';

const UNITS: TargetUnit[] = ['share', 'points', 'change', 'pkrPerAe', 'pkrPerAeChange', 'pkr', 'gini'];
const VALUES = [0, 0.0004, 0.007, -0.015, 0.219, -0.22, 0.303, 1.5, 187, -187, 6341.2, 35800, 44500, 123456];

afterEach(() => applyLocale('en', 'international', undefined));

describe('calibration table text', () => {
  it('English is the engine report\'s own formatting, byte for byte', () => {
    for (const unit of UNITS) {
      for (const x of VALUES) expect(targetValueText(unit, x)).toBe(formatTargetValue(unit, x));
      expect(targetRangeText(unit, -0.01, 0.04)).toBe(formatRange(unit, -0.01, 0.04));
      expect(targetRangeText(unit, 6636, 6740)).toBe(formatRange(unit, 6636, 6740));
      expect(modelText(unit, { p50: 0.2, p5: 0.19, p95: 0.23, mean: 0.2 })).toBe(formatModel(unit, { p50: 0.2, p5: 0.19, p95: 0.23, mean: 0.2 }));
      expect(modelText(unit, null)).toBe(formatModel(unit, null));
    }
    for (const t of TARGETS) {
      const text = targetText(t);
      expect([text.label, text.data, text.source, text.notComparable]).toEqual([t.label, t.data.text, t.source, t.notComparable ?? null]);
      expect(text.parameter).toBe(t.status === 'calibrated' ? t.parameter : null);
    }
  });

  it('Urdu puts unit words after the number and keeps signs in front', () => {
    applyLocale('ur', 'international', undefined);
    expect(targetValueText('points', 0.038)).toBe('\u200E+3.8 پوائنٹس');
    expect(targetValueText('pkrPerAe', 6341.2)).toBe('\u200E6,341 روپے');
    expect(targetRangeText('share', 0.211, 0.227)).toBe('\u200E21.1 تا \u200E22.7%');
    expect(staleText('x', { engineVersion: '0.0.1' })).toBe(`انجن ورژن 0.0.1 پر ناپی گئیں، انجن اب ${ENGINE_VERSION} ہے`);
    expect(staleText('targets not yet measured: a, b', { engineVersion: ENGINE_VERSION })).toBe('اہداف جو ابھی ناپے نہیں گئے: \u2067a، b\u2069'); // its ids, Latin, in an isolate (bidi.valueIsolated)
    for (const t of TARGETS) {
      const { label, data, notComparable } = targetText(t);
      expect(englishWords(`${label} ${data} ${notComparable ?? ''}`, ['PRHS', 'PSES', 'RCTs', 'OPM', 'CBN'])).toEqual([]);
    }
  });
});
