/**
 * holdHelpDuringPress: the focused field keeps its help through a press, and lets it go when the press ends, also
 * when it ends without a pointerup here (a context menu, the window losing focus) or a key is pressed, so no help
 * stays held under a field that has lost focus (a review's finding).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELD, holdHelpDuringPress } from '../../../src/ui/editor/helpHold';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function focusedField(): { field: Element; stop: () => void } {
  document.body.innerHTML = '<div class="field"><input id="box" /></div><button id="b">Add a year</button>';
  (document.getElementById('box') as HTMLInputElement).focus();
  return { field: document.querySelector('.field')!, stop: holdHelpDuringPress(document) };
}

const fire = (target: EventTarget, type: string) => target.dispatchEvent(new Event(type, { bubbles: true }));

describe('holdHelpDuringPress', () => {
  it('holds the focused field\u2019s help from the press until just after its release', () => {
    vi.useFakeTimers();
    const { field, stop } = focusedField();
    fire(document.getElementById('b')!, 'pointerdown');
    expect(field.hasAttribute(HELD)).toBe(true);
    fire(document.getElementById('b')!, 'pointerup');
    expect(field.hasAttribute(HELD)).toBe(true);
    vi.runAllTimers();
    expect(field.hasAttribute(HELD)).toBe(false);
    stop();
  });

  it('lets go on a context menu, a key, or the window losing focus, where no pointerup comes', () => {
    vi.useFakeTimers();
    const { field, stop } = focusedField();
    for (const [target, type] of [[document.body, 'contextmenu'], [document.body, 'keydown'], [window, 'blur']] as const) {
      fire(document.getElementById('b')!, 'pointerdown');
      expect(field.hasAttribute(HELD)).toBe(true);
      fire(target, type);
      vi.runAllTimers();
      expect(field.hasAttribute(HELD), type).toBe(false);
    }
    stop();
  });
});
