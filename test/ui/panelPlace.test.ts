/**
 * ui/panelPlace: a panel opened from a top-bar button (Export, Share) stays
 * inside the window wherever the wrapping top bar has put the button.
 */
import { describe, expect, it } from 'vitest';
import { panelPlace } from '../../src/ui/panelPlace';

const at = (left: number, top: number, width = 80, height = 32) => ({ left, top, right: left + width, bottom: top + height });

describe('panelPlace(button, panel width, window, direction)', () => {
  it('hangs the panel under the button, its end on the button\u2019s end (right in English, left in Urdu)', () => {
    expect(panelPlace(at(1300, 100), 500, 1440, 900, false)).toEqual({ top: 138, left: 880, maxHeight: 754 });
    expect(panelPlace(at(60, 100), 500, 1440, 900, true)).toEqual({ top: 138, left: 60, maxHeight: 754 });
  });

  it('moves it inside the window when the button is near an edge (a phone\u2019s wrapped top bar)', () => {
    // English, the button at the left of a 390 px screen: hung from its right end the panel would start at −315.
    expect(panelPlace(at(15, 500), 360, 390, 844, false).left).toBe(8);
    // Urdu, the button at the right: hung from its left end the panel would end at 655.
    expect(panelPlace(at(295, 500), 360, 390, 844, true).left).toBe(22);
  });

  it('scrolls inside itself within the room under the button, or starts at the top when that room is too small', () => {
    expect(panelPlace(at(15, 500), 360, 390, 844, false)).toMatchObject({ top: 538, maxHeight: 298 });
    expect(panelPlace(at(15, 640), 360, 390, 844, false)).toMatchObject({ top: 8, maxHeight: 828 });
  });
});
