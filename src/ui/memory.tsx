/**
 * What the reader chose in a view that is not a scenario's or a run's: a
 * chart shown as a table, a measure picked, the status quo's line shown, a
 * search typed; and, in a scenario's levers (scope "levers/<id>"), values
 * typed and refused (NumberField, a distribution's settings). Kept for the
 * page's life, outside the app's screen, so that a change of language or
 * number scale (which draws the screen afresh, ui/Root.tsx) and a trip to
 * another view and back find each choice as it was left.
 *
 * Each choice is keyed by where it is made: the view, then (side by side)
 * the scenario's column, then the chart, then the choice's name
 * ("compare/sc-2/budget/view"). Outside any scope (a chart rendered on its
 * own, as in tests) a choice is the component's own state, as useState's.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface Memory {
  values: Map<string, unknown>;
  /** Where the choices below are made: '' outside any scope. */
  scope: string;
}

const MemoryContext = createContext<Memory | null>(null);

/** Holds the choices: around the part of the page that is drawn afresh (Root). */
export function MemoryProvider({ children }: { children: ReactNode }) {
  const [memory] = useState<Memory>(() => ({ values: new Map(), scope: '' }));
  return <MemoryContext.Provider value={memory}>{children}</MemoryContext.Provider>;
}

/**
 * A place where choices are made: a view, a column, a chart. Names nest ("compare/sc-2/budget"). `view`: the name
 * is a view's own, not nested in the place around it, so a part of one view that shows another's charts (the
 * report's Sensitivity and Optimise sections) finds the choices made in that view ("sensitivity/tornado").
 */
export function MemoryScope({ name, view = false, children }: { name: string; view?: boolean; children: ReactNode }) {
  const outer = useContext(MemoryContext);
  const inner = useMemo(() => outer && { values: outer.values, scope: outer.scope && !view ? `${outer.scope}/${name}` : name }, [outer, name, view]);
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
