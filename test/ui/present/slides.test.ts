// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { slideAfterKey } from '../../../src/ui/present/slides';

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
