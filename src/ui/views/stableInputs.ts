/**
 * Keep what did not change identical, so that memoised charts can skip it.
 * The store hands out new wrappers on every change (a status, a progress
 * count), but a scenario's `result` and `diff` objects are replaced only when
 * that run refreshes; a chart whose scenarios all kept theirs has nothing new
 * to draw.
 */
import type { ChartInputs } from '../charts/registry';
import type { ChartRun, DiffRun } from '../charts/types';
import type { ProgrammeRunsInput } from '../charts/data/programmeCost';

const sameRun = (a: ChartRun, b: ChartRun) => a.id === b.id && a.name === b.name && a.color === b.color && a.result === b.result;
const sameDiff = (a: DiffRun, b: DiffRun) => a.id === b.id && a.name === b.name && a.color === b.color && a.diff === b.diff && a.worldDiffers === b.worldDiffers;

const samePrograms = (a: ProgrammeRunsInput | null, b: ProgrammeRunsInput | null) =>
  a === b ||
  (a !== null && b !== null && a.scenarioName === b.scenarioName && a.color === b.color && a.combined === b.combined && a.runs.length === b.runs.length &&
    a.runs.every((r, k) => {
      const o = b.runs[k]!;
      return r.programme === o.programme && r.label === o.label && r.result === o.result && r.done === o.done && r.total === o.total;
    }));

/** `next`'s items, replaced by `prev`'s equal ones; `prev` itself when every item is the same. */
function reuse<T>(prev: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  const items = next.map((n) => prev.find((p) => same(p, n)) ?? n);
  return items.length === prev.length && items.every((x, i) => x === prev[i]) ? (prev as T[]) : items;
}

/** `next` with every run, diff and list that equals `prev`'s replaced by `prev`'s own object. */
export function stableInputs(prev: ChartInputs | null, next: ChartInputs): ChartInputs {
  if (!prev) return next;
  const runs = reuse(prev.runs, next.runs, sameRun);
  const focus = [...runs, prev.focus].find((r) => sameRun(r, next.focus)) ?? next.focus;
  const diffs = reuse(prev.diffs, next.diffs, sameDiff);
  const unpaired = JSON.stringify(prev.unpaired) === JSON.stringify(next.unpaired) ? prev.unpaired : next.unpaired;
  const programmes = samePrograms(prev.programmes, next.programmes) ? prev.programmes : next.programmes;
  return runs === prev.runs && focus === prev.focus && diffs === prev.diffs && unpaired === prev.unpaired && programmes === prev.programmes
    ? prev
    : { runs, focus, diffs, unpaired, programmes };
}
