/**
 * useSettingsFirst(report): what each option changes goes on page 1, under the ranking, when it fits there whole.
 * Fails on the old report, where it always came after the charts: page 1 ended in white (45% of it in English once
 * the four headline cards took one row), since the poverty and difference charts that the results start with are
 * sized to share a page and do not fit under the ranking. Fails too if it is placed there when it does not fit
 * (Urdu's taller lines: it would spill onto page 2 and push the charts to page 3), or if it counts its own place.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { settingsFitFirstPage, useSettingsFirst } from '../../../src/ui/views/report/settingsFirst';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

class StillObserver {
  observe() {}
  disconnect() {}
}

/**
 * A report laid out as the English default prints it: heading 137 px, cards 252, ranking 251 as printed (391 on
 * screen, where its type is larger: measured on screen, settings of 272 px would not fit); settings `settings` px.
 */
function report(settings: number, settingsFirst: boolean): HTMLElement {
  const head = '<header class="report-head"></header><section class="report-summary"></section><section class="report-ranking"></section>';
  const rest = '<section class="report-section report-settings"><h2>What each scenario changes</h2></section>';
  const charts = '<section class="report-section"><h2>Results</h2></section>';
  document.body.innerHTML = `<article class="report" style="--printed-page: 1009px">${head}${settingsFirst ? rest + charts : charts + rest}</article>`;
  const tops: Record<string, [number, number]> = { 'report-as-printed': [407, 251], 'report-head': [3, 137], 'report-summary': [155, 252], 'report-ranking': [407, 391], 'report-settings': [settingsFirst ? 660 : 4544, settings] };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const key = Object.keys(tops).find((c) => this.classList.contains(c));
    const [top, height] = key ? tops[key]! : [0, 0];
    return { top, bottom: top + height, height, left: 0, right: 680, width: 680, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  return document.querySelector('article')!;
}

describe('settingsFitFirstPage({ page, above, settings })', () => {
  it('is true when the settings fit whole under the ranking, with room for rounding; false while nothing is laid out', () => {
    expect(settingsFitFirstPage({ page: 1009, above: 655, settings: 280 })).toBe(true);
    expect(settingsFitFirstPage({ page: 1009, above: 890, settings: 371 })).toBe(false);
    expect(settingsFitFirstPage({ page: 1009, above: 655, settings: 340 })).toBe(false);
    expect(settingsFitFirstPage({ page: 0, above: 0, settings: 0 })).toBe(false);
  });
});

describe('useSettingsFirst(report)', () => {
  it('puts the settings under the ranking when they fit on page 1, wherever they are now', () => {
    vi.stubGlobal('ResizeObserver', StillObserver);
    for (const first of [false, true]) {
      const el = report(272, first);
      expect(renderHook(() => useSettingsFirst({ current: el }, true)).result.current, `settings now ${first ? 'first' : 'after the charts'}`).toBe(true);
      // The copy measured as printed is gone again.
      expect(document.querySelectorAll('.report-as-printed')).toHaveLength(0);
    }
  });

  it('leaves them after the charts when they would not fit whole on page 1', () => {
    vi.stubGlobal('ResizeObserver', StillObserver);
    const el = report(371, false);
    expect(renderHook(() => useSettingsFirst({ current: el }, true)).result.current).toBe(false);
  });
});
