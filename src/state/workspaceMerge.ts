/**
 * Two tabs of the app share one saved workspace (app/persistence.ts). Each
 * used to save its own scenarios over the other's: open a share link while
 * the app is open (a second tab), duplicate a scenario in each, and the
 * first tab's work was gone at the next visit, with no word said. Before a
 * tab saves, and when another tab has saved, the saved workspace is merged
 * with this tab's, scenario by scenario (by id), against the workspace both
 * last agreed on (`base`):
 * - a scenario changed, added or removed in one tab only takes that tab's
 *   version (a removal loses to a change made in the other tab: nothing
 *   edited is lost);
 * - a scenario changed in both tabs differently (or two different scenarios
 *   added under the same id) keeps this tab's at its id, and the other's
 *   beside it under a new id, named apart ("… 2"): both are kept, and the
 *   caller says which were copied.
 * Tabs are in the saved order, then what only this tab has. What is on
 * screen (active, compared, colours) stays this tab's; the baseline is this
 * tab's unless it is gone.
 */
import { canonicalJson } from '../engine/index';
import { settleColors } from './colorPlaces';
import { uniqueName } from './naming';
import type { Workspace } from './workspace';

export interface MergedWorkspace {
  workspace: Workspace;
  /** Scenarios changed in both tabs: the other tab's version kept beside this tab's, as [this tab's id, the copy's id] (not two added under one id). */
  copied: Array<[string, string]>;
}

/** A scenario and its naming record, as saved: two are the same when these are. */
const entryOf = (w: Workspace, id: string): string | undefined =>
  w.scenarios[id] === undefined ? undefined : canonicalJson({ scenario: w.scenarios[id], meta: w.meta[id] });

export function mergeWorkspaces(base: Workspace | null, theirs: Workspace, mine: Workspace): MergedWorkspace {
  const scenarios: Workspace['scenarios'] = {};
  const meta: Workspace['meta'] = {};
  const copied: Array<[string, string]> = [];
  let nextId = Math.max(mine.nextId, theirs.nextId);
  const fresh = (): string => {
    let id = `s${nextId++}`;
    while (id in mine.scenarios || id in theirs.scenarios) id = `s${nextId++}`;
    return id;
  };
  const take = (from: Workspace, id: string, as = id) => {
    scenarios[as] = from.scenarios[id]!;
    meta[as] = from.meta[id]!;
  };
  // Theirs that are taken (added or changed there, or copied beside ours), to be named apart from ours.
  const fromThem = new Set<string>();
  // Where each copy goes: right after the scenario it is a version of.
  const after = new Map<string, string>();
  // In the saved order (so that every tab shows the same), then what only this tab has.
  const ids = [...new Set([...theirs.order, ...mine.order])];
  for (const id of ids) {
    const b = base ? entryOf(base, id) : undefined;
    const t = entryOf(theirs, id);
    const m = entryOf(mine, id);
    if (m !== undefined && t !== undefined) {
      if (m === t || t === b) take(mine, id);
      else if (m === b) {
        take(theirs, id);
        fromThem.add(id);
      } else {
        take(mine, id);
        const copy = fresh();
        take(theirs, id, copy);
        fromThem.add(copy);
        after.set(id, copy);
        // Two scenarios added under one id are two scenarios, not two versions of one: nothing to tell.
        if (b !== undefined) copied.push([id, copy]);
      }
    } else if (m !== undefined) {
      // Removed there: gone here too, unless changed (or added) here since.
      if (b === undefined || m !== b) take(mine, id);
    } else if (t !== undefined) {
      // Removed here: gone, unless changed (or added) there since.
      if (b === undefined || t !== b) {
        take(theirs, id);
        fromThem.add(id);
      }
    }
  }
  const baselineId = mine.baselineId in scenarios ? mine.baselineId : theirs.baselineId in scenarios ? theirs.baselineId : ids.find((id) => id in scenarios)!;
  // The baseline first, as every workspace has it (the other tab may have made another scenario its baseline).
  const order: string[] = [];
  for (const id of [baselineId, ...ids.filter((x) => x !== baselineId)]) {
    if (!(id in scenarios)) continue;
    order.push(id);
    const copy = after.get(id);
    if (copy) order.push(copy);
  }
  // Names stay unique: what came from the other tab is named apart from what is here ("Cash heavy 2").
  const names = new Set(order.filter((id) => !fromThem.has(id)).map((id) => scenarios[id]!.name));
  for (const id of order) {
    if (!fromThem.has(id)) continue;
    const name = uniqueName(scenarios[id]!.name, names);
    if (name !== scenarios[id]!.name) scenarios[id] = { ...scenarios[id]!, name };
    names.add(name);
  }
  const activeId = mine.activeId in scenarios ? mine.activeId : baselineId;
  const compareIds = mine.compareIds.filter((id) => id in scenarios);
  const colors = settleColors({ ...theirs.colors, ...mine.colors }, order, baselineId);
  return { workspace: { scenarios, order, baselineId, activeId, compareIds, nextId, meta, colors }, copied };
}
