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
 *   caller says which were copied (and, with no base to tell which is
 *   newer, which were kept twice: copiedWithoutBase).
 * Tabs are in the saved order, then what only this tab has. What is on
 * screen (active, compared, colours) stays this tab's; the baseline is this
 * tab's unless it is gone.
 *
 * A removal counts only where the tab that made it recorded it (Removals,
 * saved with the workspace). A tab of an older build (a page or installed
 * app left open across an update) records none and merges nothing: it saves
 * its own, older, workspace over the others'. Read as removals, the
 * scenarios it never had were taken out of the other tabs at their next
 * merge. Now a scenario missing from such a save is kept, and one it holds
 * in another version than this tab's is kept beside this tab's (it cannot
 * say which is newer), unless this tab already keeps that version: one copy,
 * which follows that tab's later saves of it (olderCopies).
 *
 * A save is merged against the workspace both tabs last agreed on only when
 * it was made on top of it (BasedOn): a tab that read the stored workspace
 * before the other's save reached it (local storage is shared by tabs with
 * no read-and-write in one step) wrote over that save without its work.
 * Merged against this tab's own later save, a change this tab made in it
 * read as undone in the other tab, and was lost. The base is then the latest
 * save of this tab's that the other's was made on top of (or none: a
 * scenario that differs is kept twice), and this tab saves the merge, which
 * gives the other tab its work back.
 */
import { canonicalJson } from '../engine/index';
import { settleColors } from './colorPlaces';
import { uniqueName } from './naming';
import type { Workspace } from './workspace';

/**
 * The scenarios a tab removed, saved with the workspace: by id, the fingerprint of the scenario as it was removed.
 * New ids are numbered past removed ones (here and in parseWorkspace), so among tabs of this build a tombstone
 * stands for that one scenario; an older build, whose saves carry its own lower nextId, may give an id again.
 */
export type Removals = Readonly<Record<string, string>>;

/**
 * The saves a save was made on top of, saved with it: the textHash of each, the latest first (the stored save its tab
 * merged, the one it had agreed on before, then what those were made on top of; the last few). A save that does not
 * name the one a tab last agreed on was written without that tab's latest work: its writer read the stored workspace
 * before that tab's save reached it, and wrote over it.
 */
export type BasedOn = readonly string[];

/** What each side recorded as removed; `theirs` null: saved by an older build, which records no removals. */
export interface RemovalsOf {
  theirs: Removals | null;
  mine: Removals;
}

export interface MergedWorkspace {
  workspace: Workspace;
  /** Scenarios changed in both tabs: the other tab's version kept beside this tab's, as [this tab's id, the copy's id] (not two added under one id). */
  copied: Array<[string, string]>;
  /**
   * With no base (`base` null), scenarios the tabs hold differently under one id: kept as in `copied`, but which version
   * is newer (or whether they are two scenarios added under one id) cannot be told. Apart from `copied`, which is also
   * what olderCopies is made of.
   */
  copiedWithoutBase: Array<[string, string]>;
}

/** A scenario and its naming record, as saved: two are the same when these are. */
const entryOf = (w: Workspace, id: string): string | undefined =>
  w.scenarios[id] === undefined ? undefined : canonicalJson({ scenario: w.scenarios[id], meta: w.meta[id] });

/** A scenario's version apart from its name (a copy kept beside this tab's version is named apart). */
const versionOf = (w: Workspace, id: string): string => canonicalJson({ scenario: { ...w.scenarios[id]!, name: '' }, meta: w.meta[id] });

/**
 * A short fingerprint of a scenario as saved (textHash of its entry): enough to tell whether a tab's copy is the
 * very version another removed. A collision would only keep a removed scenario removed.
 */
export function fingerprint(w: Workspace, id: string): string | undefined {
  const text = entryOf(w, id);
  return text === undefined ? undefined : textHash(text);
}

/**
 * FNV-1a over a text's UTF-16 units from two starting values, 64 bits in all, as 16 hex digits: a scenario's
 * fingerprint, and the name of a saved workspace in the saves made on top of it (BasedOn).
 */
export function textHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Whether both hold the scenario at `id` as made from the same scenario (its naming record's origin). */
const sameOrigin = (a: Workspace, b: Workspace, id: string): boolean =>
  canonicalJson(a.meta[id]?.origin ?? null) === canonicalJson(b.meta[id]?.origin ?? null);

/** The number of an id "s12" (0 for any other): new ids are numbered past every id in use or removed. */
const idNumber = (id: string): number => Number(/^s(\d+)$/.exec(id)?.[1] ?? 0);

/**
 * `olderCopies`: by id, the copy this tab keeps of an older build's version of that scenario (from `copied` of an
 * earlier merge with such a save). When that tab saves the scenario again, the copy follows its new version in place:
 * else every save of an edit there added one more copy here.
 */
export function mergeWorkspaces(
  base: Workspace | null, theirs: Workspace, mine: Workspace, removals: RemovalsOf, olderCopies: ReadonlyMap<string, string> = new Map(),
): MergedWorkspace {
  const scenarios: Workspace['scenarios'] = {};
  const meta: Workspace['meta'] = {};
  const copied: Array<[string, string]> = [];
  const copiedWithoutBase: Array<[string, string]> = [];
  // Past every id removed too: an older build saves its own, lower, nextId, and an id given again could match a removal.
  const removedIds = [...Object.keys(removals.mine), ...Object.keys(removals.theirs ?? {})];
  let nextId = Math.max(mine.nextId, theirs.nextId, ...removedIds.map((id) => idNumber(id) + 1));
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
  const olderBuild = removals.theirs === null;
  // Versions this tab keeps, whatever their names: an older build's save, heard again, is not copied again.
  const kept = olderBuild ? new Set(mine.order.map((id) => versionOf(mine, id))) : null;
  // Copies that follow an older build's new version of a scenario (olderCopies): not taken as this tab's own.
  const following = new Set<string>();
  for (const id of ids) {
    if (following.has(id)) continue;
    const b = base ? entryOf(base, id) : undefined;
    const t = entryOf(theirs, id);
    const m = entryOf(mine, id);
    if (m !== undefined && t !== undefined) {
      if (m === t || t === b || kept?.has(versionOf(theirs, id))) take(mine, id);
      else if (m === b && !olderBuild) {
        take(theirs, id);
        fromThem.add(id);
      } else if (olderBuild && mine.scenarios[olderCopies.get(id) ?? ''] !== undefined) {
        take(mine, id);
        const copy = olderCopies.get(id)!;
        scenarios[copy] = { ...theirs.scenarios[id]!, name: mine.scenarios[copy]!.name };
        meta[copy] = theirs.meta[id]!;
        following.add(copy);
      } else {
        take(mine, id);
        const copy = fresh();
        take(theirs, id, copy);
        fromThem.add(copy);
        after.set(id, copy);
        // Two scenarios added under one id are two scenarios, not two versions of one: nothing to tell. With no base
        // at all (both tabs opened on no save hold the same defaults), two made alike (the same scenario as created,
        // which Reset goes back to) are taken for versions of one, and the user is told; two made apart are two.
        if (b !== undefined) copied.push([id, copy]);
        else if (base === null && sameOrigin(theirs, mine, id)) copiedWithoutBase.push([id, copy]);
      }
    } else if (m !== undefined) {
      // Removed there (and recorded so): gone here too, unless changed (or added) here since.
      if (b === undefined || m !== b || removals.theirs?.[id] === undefined) take(mine, id);
    } else if (t !== undefined) {
      // Removed here: gone, unless changed (or added) there since; an older build's copy of the very version this
      // tab removed stays gone (only an older build's: a tab of this build records its removals and adds under new ids).
      if ((b === undefined || t !== b) && !(olderBuild && removals.mine[id] === fingerprint(theirs, id))) {
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
  return { workspace: { scenarios, order, baselineId, activeId, compareIds, nextId, meta, colors }, copied, copiedWithoutBase };
}
