/**
 * Chart labels are measured in the font they are drawn in: the frame's own
 * stack in English, Nastaliq first in Urdu (urdu.css). Measured with
 * Nastaliq first, English labels came out narrower than drawn (its bundled
 * face has its own space and digits) and line labels were cut off.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { FONT_FAMILY, URDU_FONT_FAMILY } from '../../../src/ui/charts/axis';
import { i18n } from '../../../src/i18n/index';

/** An OffscreenCanvas (jsdom has none) whose 2D context records the font each text was measured in. */
const measuredIn: [string, string][] = [];
beforeAll(() => {
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return {
          font: '',
          measureText(this: { font: string }, text: string) {
            measuredIn.push([text, this.font]);
            return { width: text.length * 7 };
          },
        };
      }
    },
  );
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('textWidth(text, size)', () => {
  test('measures in the font of the page language, and keeps the languages apart in its cache', async () => {
    const { textWidth } = await import('../../../src/ui/charts/plot/wrap');
    await i18n.changeLanguage('en');
    expect(textWidth('Rs 100 bn a year', 12)).toBe(16 * 7);
    expect(measuredIn.at(-1)).toEqual(['Rs 100 bn a year', `12px ${FONT_FAMILY}`]);
    expect(FONT_FAMILY).not.toContain('Nastaliq');
    await i18n.changeLanguage('ur');
    textWidth('Rs 100 bn a year', 12);
    expect(measuredIn.at(-1)).toEqual(['Rs 100 bn a year', `12px ${URDU_FONT_FAMILY}`]);
    expect(URDU_FONT_FAMILY.startsWith("'Noto Nastaliq Urdu'")).toBe(true);
    // Back in English, the English measurement is reused, not the Urdu one.
    await i18n.changeLanguage('en');
    const calls = measuredIn.length;
    textWidth('Rs 100 bn a year', 12);
    expect(measuredIn.length).toBe(calls);
  });
});
