/**
 * Focus that stays with the reader when the control it was on goes: a run's Cancel replaced by Run again, a Run
 * button replaced by Cancel, Cancel gone when the run ends. When `state` changes and focus has fallen to <body>
 * (the focused control was removed) or is still inside `within`, it moves to what `to()` returns: the control now in
 * that place, or what the run produced. Focus the reader has taken elsewhere (typing in a lever as a run starts)
 * is left alone.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useFocusHandoff(state: unknown, within: RefObject<HTMLElement | null>, to: () => HTMLElement | null | undefined): void {
  const last = useRef(state);
  useLayoutEffect(() => {
    if (Object.is(last.current, state)) return;
    last.current = state;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (!lost && !within.current?.contains(active)) return;
    const target = to();
    if (target && target !== active) target.focus();
  });
}
