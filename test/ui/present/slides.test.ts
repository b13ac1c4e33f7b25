// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_SLIDES, slideList, slideAfterKey } from '../../../src/ui/present/slides';
import { KEY_ASSUMPTIONS } from '../../../src/ui/present/keyAssumptions';

describe('slideAfterKey(key, current, count, dir)', () => {
  it('left to right: Right, Down, Page Down and Space go on; Left, Up and Page Up go back; Home, End, Escape', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(slideAfterKey(k, 2, 9)).toBe(3);
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(slideAfterKey(k, 2, 9)).toBe(1);
    expect([slideAfterKey('Home', 4, 9), slideAfterKey('End', 4, 9), slideAfterKey('Escape', 4, 9), slideAfterKey('x', 4, 9)]).toEqual([0, 8, 'close', null]);
    expect([slideAfterKey('ArrowRight', 8, 9), slideAfterKey('ArrowLeft', 0, 9)]).toEqual([8, 0]);
  });

  it('right to left (Urdu): the next slide is to the left, so Left goes on and Right goes back; the other keys are unchanged', () => {
    expect(slideAfterKey('ArrowLeft', 2, 9, 'rtl')).toBe(3);
    expect(slideAfterKey('ArrowRight', 2, 9, 'rtl')).toBe(1);
    expect([slideAfterKey('PageDown', 2, 9, 'rtl'), slideAfterKey('ArrowUp', 2, 9, 'rtl'), slideAfterKey('End', 2, 9, 'rtl')]).toEqual([3, 1, 8]);
  });
});

describe('slideList(comparedIds)', () => {
  // One slide of nine assumptions with their sources was set at 14.6 px at 1280 × 720, too small for a projector.
  it('ends with the ranking and the key assumptions over two slides, every key assumption\'s group on exactly one', () => {
    const list = slideList(['a', 'b']);
    const assumptions = list.filter((s) => s.kind === 'assumptions');
    expect(assumptions).toHaveLength(2);
    expect(list.slice(-3).map((s) => s.kind)).toEqual(['ranking', 'assumptions', 'assumptions']);
    const groups = assumptions.flatMap((s) => (s.kind === 'assumptions' ? s.groups : []));
    expect(new Set(groups).size).toBe(groups.length);
    for (const [group] of KEY_ASSUMPTIONS) expect(groups).toContain(group);
    expect(assumptions.map((s) => (s.kind === 'assumptions' ? s.groups : []))).toEqual(ASSUMPTION_SLIDES);
  });
});
