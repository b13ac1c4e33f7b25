/**
 * The deck: a title, what is in each option (when any is compared), one
 * headline slide per compared scenario, the key
 * charts, the ranking, and the assumptions with their sources (two slides). Which slides
 * there are depends only on which scenarios are compared, so the count does
 * not change while results arrive.
 */
import type { GroupId } from '../../engine/index';
import type { ChartKind } from '../charts/text';

export type SlideSpec =
  | { kind: 'title' }
  | { kind: 'options'; ids: readonly string[] }
  | { kind: 'scenario'; id: string }
  | { kind: 'chart'; chart: ChartKind }
  | { kind: 'ranking' }
  | { kind: 'assumptions'; groups: readonly GroupId[] };

/** The charts a presentation shows, in order: poverty over time, the differences, what each exit costs, who gains. */
export const SLIDE_CHARTS: readonly ChartKind[] = ['povertyFan', 'difference', 'costPerExit', 'decileChange'];

/**
 * The key assumptions (keyAssumptions.ts) over two slides, by the groups of the parameters each shows: the budget
 * and the cash transfer, then microfinance. On one slide their nine rows, with their sources, had to be set at 0.72
 * of the slides' type and then shrunk to fit: 14.6 px at 1280 × 720, too small to read on a projector.
 */
export const ASSUMPTION_SLIDES: readonly (readonly GroupId[])[] = [['budget', 'cash'], ['microfinance']];

/**
 * The scenarios a deck presents against the baseline: those ticked, and the one being edited, as the dashboard
 * compares them. The title slide had named only the ticked ones while every other slide showed the edited one too.
 */
export function presentedIds(s: { compareIds: readonly string[]; activeId: string; baselineId: string; scenarios: Readonly<Record<string, unknown>> }): string[] {
  return [...s.compareIds, s.activeId].filter((id, k, all) => id !== s.baselineId && s.scenarios[id] !== undefined && all.indexOf(id) === k);
}

/** The slides for a comparison of `comparedIds` (without the baseline) against the baseline. */
export function slideList(comparedIds: readonly string[]): SlideSpec[] {
  return [
    { kind: 'title' },
    ...(comparedIds.length > 0 ? [{ kind: 'options', ids: comparedIds } as const] : []),
    ...comparedIds.map((id): SlideSpec => ({ kind: 'scenario', id })),
    ...SLIDE_CHARTS.map((chart): SlideSpec => ({ kind: 'chart', chart })),
    { kind: 'ranking' },
    ...ASSUMPTION_SLIDES.map((groups): SlideSpec => ({ kind: 'assumptions', groups })),
  ];
}

/**
 * The slide to show after a key press, or null for a key the deck does not
 * handle ("close" for Escape). Right to left (Urdu), the next slide is to the
 * left, so the left and right arrows swap; the others mean the same.
 */
export function slideAfterKey(key: string, current: number, count: number, dir: 'ltr' | 'rtl' = 'ltr'): number | 'close' | null {
  const last = Math.max(0, count - 1);
  const mirrored = dir === 'rtl' && (key === 'ArrowLeft' || key === 'ArrowRight') ? (key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft') : key;
  switch (mirrored) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
