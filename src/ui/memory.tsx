/**
 * What the reader chose in a view that is not a scenario's or a run's: a
 * chart shown as a table, a measure picked, the status quo's line shown, a
 * search typed; and, in a scenario's levers (scope "levers/<id>"), values
 * typed and refused (NumberField, a distribution's settings) and the
 * Uncertain toggle's refusal (UncertaintyField; these only across a redraw,
 * useKeptAcrossRedraw). Kept for the
 * page's life, outside the app's screen, so that a change of language or
 * number scale (which draws the screen afresh, ui/Root.tsx) and a trip to
 * another view and back find each choice as it was left.
 *
 * Each choice is keyed by where it is made: the view, then (side by side)
 * the scenario's column, then the chart, then the choice's name
 * ("compare/sc-2/budget/view"). Outside any scope (a chart rendered on its
 * own, as in tests) a choice is the component's own state, as useState's.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

interface Memory {
  values: Map<string, unknown>;
  /** How many components on screen hold each key kept only across a redraw (useKeptAcrossRedraw). */
  holders: Map<string, number>;
  /** Where the choices below are made: '' outside any scope. */
  scope: string;
}

const MemoryContext = createContext<Memory | null>(null);

/** Holds the choices: around the part of the page that is drawn afresh (Root). */
export function MemoryProvider({ children }: { children: ReactNode }) {
  const [memory] = useState<Memory>(() => ({ values: new Map(), holders: new Map(), scope: '' }));
  return <MemoryContext.Provider value={memory}>{children}</MemoryContext.Provider>;
}

/**
 * A place where choices are made: a view, a column, a chart. Names nest ("compare/sc-2/budget"). `view`: the name
 * is a view's own, not nested in the place around it, so a part of one view that shows another's charts (the
 * report's Sensitivity and Optimise sections) finds the choices made in that view ("sensitivity/tornado").
 */
export function MemoryScope({ name, view = false, children }: { name: string; view?: boolean; children: ReactNode }) {
  const outer = useContext(MemoryContext);
  const inner = useMemo(() => outer && { values: outer.values, holders: outer.holders, scope: outer.scope && !view ? `${outer.scope}/${name}` : name }, [outer, name, view]);
  return <MemoryContext.Provider value={inner}>{children}</MemoryContext.Provider>;
}

/** The key a choice of this name is kept under here, or null where choices are not kept. */
export function useMemoryKey(name: string): string | null {
  const memory = useContext(MemoryContext);
  return memory?.scope ? `${memory.scope}/${name}` : null;
}

/**
 * As useState, but the value is the one last chosen at this place, when there is one: `initial` only the first
 * time. Two components in one scope must not use one name (they would start from each other's choice).
 */
export function useRemembered<T>(name: string, initial: T): [T, (value: T) => void] {
  const memory = useContext(MemoryContext);
  const key = useMemoryKey(name);
  const [value, setValue] = useState<T>(() => (key !== null && memory!.values.has(key) ? (memory!.values.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      if (key !== null) memory!.values.set(key, next);
      setValue(next);
    },
    [memory, key],
  );
  return [value, set];
}

/** Set while ui/Root draws the screen afresh for a change of language or number scale (redrawForLocale). */
let redrawing = false;

/** Draw the screen afresh for a new locale (`draw` commits synchronously): what leaves the screen meanwhile is kept. */
export function redrawForLocale(draw: () => void): void {
  redrawing = true;
  try {
    draw();
  } finally {
    redrawing = false;
  }
}

/**
 * As useRemembered, but kept only while the component is on screen and across the screen drawn afresh for a new
 * locale: once it leaves the screen otherwise (its group folded, another scenario's levers shown, a parameter no
 * longer uncertain), the value is forgotten. For what is worth keeping through a change of language but not beyond
 * it, where the scenario may change unseen (a value typed and refused, which a reset and an undo made while it was
 * out of sight would have brought back beside a value it was never refused beside).
 */
export function useKeptAcrossRedraw<T>(name: string, initial: T): [T, (value: T) => void] {
  const memory = useContext(MemoryContext);
  const key = useMemoryKey(name);
  const kept = useRemembered(name, initial);
  useEffect(() => {
    if (key === null) return;
    const { holders, values } = memory!;
    holders.set(key, (holders.get(key) ?? 0) + 1);
    return () => {
      holders.set(key, holders.get(key)! - 1);
      if (redrawing) return;
      // Forgotten once no component holds it, looked at after this task's commit: StrictMode's trial unmount is
      // followed at once by its mount again, which holds it.
      queueMicrotask(() => {
        if ((holders.get(key) ?? 0) > 0) return;
        holders.delete(key);
        values.delete(key);
      });
    };
  }, [memory, key]);
  return kept;
}
