/**
 * Focus that stays with the reader when the control it was on goes: a run's Cancel replaced by Run again, a Run
 * button replaced by Cancel, Cancel gone when the run ends. When `state` changes while focus was inside `within`
 * (read as the render begins, before the control goes), and it has now fallen to <body> or is still inside, it moves
 * to what `to()` returns: the control now in that place, or what the run produced. Focus that was anywhere else
 * (typing in a lever as a run starts; nothing focused at all, the page scrolled down to watch the charts) is left
 * alone: moving it there had scrolled the page back to its top when the run ended.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { focusByApp } from './place';

export function useFocusHandoff(state: unknown, within: RefObject<HTMLElement | null>, to: () => HTMLElement | null | undefined): void {
  const last = useRef(state);
  // Where focus is as this render begins, in the DOM of the last commit (the control still there).
  const wasInside = useRef(false);
  if (!Object.is(last.current, state)) wasInside.current = typeof document !== 'undefined' && !!within.current?.contains(document.activeElement);
  useLayoutEffect(() => {
    if (Object.is(last.current, state)) return;
    last.current = state;
    if (!wasInside.current) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body && !within.current?.contains(active)) return;
    const target = to();
    // The app's, not the reader's: a place held across a change of language stays held (ui/place).
    if (target && target !== active) focusByApp(target);
  });
}
