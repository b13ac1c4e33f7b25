// @vitest-environment node
/**
 * Two tabs of the app, one saved workspace: what each tab did survives the
 * other's saves (state/workspaceMerge, app/persistence). Before the merge,
 * the tab that saved last wrote its whole workspace over the other's: the
 * "two tabs" test below lost tab A's scenarios.
 */
import { describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/index';
import { createAppStore, type AppStore } from '../../src/state/store';
import { parseWorkspace, serialiseWorkspace, type Workspace } from '../../src/state/workspace';
import { fingerprint, mergeWorkspaces, type Removals } from '../../src/state/workspaceMerge';
import { restoreWorkspace, saveWorkspaceOnChange, STORAGE_KEY, type StorageEvents } from '../../src/app/persistence';

/** The workspace part of a store, as saved. */
const saved = (store: AppStore): Workspace => parseWorkspace(serialiseWorkspace(store.getState())).workspace!;
const names = (w: Workspace) => w.order.map((id) => w.scenarios[id]!.name);
/** What a tab of this build records as removed since `base`: each scenario of it that `w` no longer holds. */
const removedSince = (base: Workspace, w: Workspace): Removals =>
  Object.fromEntries(base.order.filter((id) => !(id in w.scenarios)).map((id) => [id, fingerprint(base, id)!]));
/** Two tabs of this build, each recording its removals. */
const merge = (base: Workspace, theirs: Workspace, mine: Workspace) =>
  mergeWorkspaces(base, theirs, mine, { theirs: removedSince(base, theirs), mine: removedSince(base, mine) });

/** A store on the default comparison, and what two tabs both opened it from. */
function opened(): { store: AppStore; base: Workspace } {
  const store = createAppStore();
  return { store, base: saved(store) };
}

describe('merging two tabs’ workspaces', () => {
  it('keeps a scenario added in each tab, though both took the same new id, named apart', () => {
    const a = opened();
    const b = createAppStore();
    b.setState(a.base);
    const st = a.store.getState();
    const mineId = st.duplicate(st.order[1]!);
    const theirsId = b.getState().duplicate(b.getState().order[3]!);
    // Each tab numbers its scenarios on its own: the same id for two different scenarios.
    expect(mineId).toBe(theirsId);
    const { workspace, copied } = merge(a.base, saved(b), saved(a.store));
    expect(names(workspace)).toEqual([...names(a.base), a.store.getState().scenarios[mineId]!.name, b.getState().scenarios[theirsId]!.name]);
    // Two scenarios, not two versions of one: no notice.
    expect(copied).toEqual([]);
    expect(new Set(workspace.order).size).toBe(workspace.order.length);
    expect(workspace.nextId).toBeGreaterThan(Math.max(...workspace.order.map((id) => Number(/\d+$/.exec(id)?.[0] ?? 0))));
  });

  it('takes a change made in one tab only, and a removal made in one tab only', () => {
    const a = opened();
    const b = createAppStore();
    b.setState(a.base);
    const [, rs80, rs100, rs120] = a.base.order;
    b.getState().setParam(rs100!, 'cash', 'benefitPKR', 3000);
    b.getState().remove(rs120!);
    a.store.getState().setParam(rs80!, 'cash', 'benefitPKR', 2500);
    const { workspace, copied } = merge(a.base, saved(b), saved(a.store));
    expect(copied).toEqual([]);
    expect(workspace.order).toEqual([a.base.order[0], rs80, rs100]);
    expect(workspace.scenarios[rs80!]!.policy.cash.benefitPKR).toBe(2500);
    expect(workspace.scenarios[rs100!]!.policy.cash.benefitPKR).toBe(3000);
  });

  it('keeps a scenario removed in one tab but changed in the other, and both versions of one changed in both', () => {
    const a = opened();
    const b = createAppStore();
    b.setState(a.base);
    const [, rs80, rs100] = a.base.order;
    b.getState().remove(rs80!);
    a.store.getState().setParam(rs80!, 'cash', 'benefitPKR', 2500);
    b.getState().setParam(rs100!, 'cash', 'benefitPKR', 3000);
    a.store.getState().setParam(rs100!, 'cash', 'benefitPKR', 3500);
    const { workspace, copied } = merge(a.base, saved(b), saved(a.store));
    expect(workspace.scenarios[rs80!]!.policy.cash.benefitPKR).toBe(2500);
    expect(copied.map(([id]) => id)).toEqual([rs100]);
    const copy = copied[0]![1];
    expect(workspace.scenarios[rs100!]!.policy.cash.benefitPKR).toBe(3500);
    expect(workspace.scenarios[copy]!.policy.cash.benefitPKR).toBe(3000);
    // Right after this tab's version, under its own name.
    expect(workspace.order.indexOf(copy)).toBe(workspace.order.indexOf(rs100!) + 1);
    expect(new Set(names(workspace)).size).toBe(workspace.order.length);
  });

  it('keeps this tab’s baseline first, though the other tab made another scenario its baseline', () => {
    const a = opened();
    const b = createAppStore();
    b.setState(a.base);
    const id = b.getState().duplicate(b.getState().order[1]!);
    const theirs = saved(b);
    theirs.order = [id, ...theirs.order.filter((x) => x !== id)];
    theirs.baselineId = id;
    const { workspace } = merge(a.base, theirs, saved(a.store));
    expect(workspace.baselineId).toBe(a.base.baselineId);
    expect(workspace.order[0]).toBe(a.base.baselineId);
    expect(workspace.order).toContain(id);
  });

  it('keeps this tab’s view: active and compared scenarios', () => {
    const a = opened();
    const b = createAppStore();
    b.setState(a.base);
    const [, rs80] = a.base.order;
    b.getState().setActive(rs80!);
    a.store.getState().toggleCompare(a.base.compareIds[0]!);
    const mine = saved(a.store);
    const { workspace } = merge(a.base, saved(b), mine);
    expect(workspace.activeId).toBe(mine.activeId);
    expect(workspace.compareIds).toEqual(mine.compareIds);
  });

  it('with no base (both tabs opened on no save), says which scenarios it kept twice, apart from those changed in both', () => {
    // Before, a scenario that differed was kept twice ("… 2") with nothing said: no base, so not "changed in both".
    const mine = saved(createAppStore());
    const b = createAppStore();
    const rs100 = mine.order[2]!;
    b.getState().setParam(rs100, 'cash', 'benefitPKR', 3000);
    const { workspace, copied, copiedWithoutBase } = mergeWorkspaces(null, saved(b), mine, { theirs: {}, mine: {} });
    expect(copied).toEqual([]);
    expect(copiedWithoutBase.map(([id]) => id)).toEqual([rs100]);
    const copy = copiedWithoutBase[0]![1];
    expect(workspace.scenarios[rs100]!.policy.cash.benefitPKR).toBe(mine.scenarios[rs100]!.policy.cash.benefitPKR);
    expect(workspace.scenarios[copy]!.policy.cash.benefitPKR).toBe(3000);
    // The same scenarios in both: nothing kept twice, nothing said.
    expect(mergeWorkspaces(null, mine, mine, { theirs: {}, mine: {} }).copiedWithoutBase).toEqual([]);
    // With a base that lacks the id: two scenarios added under one id, as before (the first test).
    expect(mergeWorkspaces(saved(createAppStore()), saved(b), mine, { theirs: {}, mine: {} }).copiedWithoutBase).toEqual([]);
  });

  it('with no base, says nothing of two different scenarios each tab added under one id: they are two, not two versions of one', () => {
    // Both tabs opened on no save number their next scenario alike; a notice that "another tab holds it in another
    // version" would be false of a scenario made from another preset.
    const a = createAppStore();
    const b = createAppStore();
    const added = a.getState().createFromPreset('path');
    expect(b.getState().createFromPreset('bn80')).toBe(added);
    const { workspace, copied, copiedWithoutBase } = mergeWorkspaces(null, saved(b), saved(a), { theirs: {}, mine: {} });
    expect(copied).toEqual([]);
    expect(copiedWithoutBase).toEqual([]);
    // Both are kept all the same.
    expect(workspace.order).toHaveLength(a.getState().order.length + 1);
  });
});

/**
 * A tab of an older build (a page or installed app left open across an update) merges nothing and records no
 * removals: it saves its own workspace over the others'. Read as removals, what it never had was taken out of this
 * tab at its next merge.
 */
describe('merging a save from a tab of an older build', () => {
  const olderBuild = (base: Workspace, theirs: Workspace, mine: Workspace) =>
    mergeWorkspaces(base, theirs, mine, { theirs: null, mine: removedSince(base, mine) });

  it('keeps what this tab added and saved, which the older tab never had', () => {
    const a = opened();
    const older = a.base;
    const id = a.store.getState().duplicate(a.store.getState().order[1]!);
    const base = saved(a.store);
    const { workspace, copied } = olderBuild(base, older, saved(a.store));
    expect(workspace.order).toContain(id);
    expect(copied).toEqual([]);
  });

  it('keeps its older version of a scenario changed here beside this tab’s, once, however often it saves', () => {
    const a = opened();
    const older = a.base;
    const rs100 = a.base.order[2]!;
    a.store.getState().setParam(rs100, 'cash', 'benefitPKR', 3500);
    const base = saved(a.store);
    const first = olderBuild(base, older, saved(a.store));
    expect(first.workspace.scenarios[rs100]!.policy.cash.benefitPKR).toBe(3500);
    expect(first.copied.map(([id]) => id)).toEqual([rs100]);
    expect(first.workspace.scenarios[first.copied[0]![1]]!.policy.cash.benefitPKR).toBe(older.scenarios[rs100]!.policy.cash.benefitPKR);
    // The older tab saves the same again: this tab already keeps that version.
    const again = olderBuild(first.workspace, older, first.workspace);
    expect(again.copied).toEqual([]);
    expect([...again.workspace.order].sort()).toEqual([...first.workspace.order].sort());
  });

  it('keeps one copy of a scenario the older tab goes on editing, following its edits (review finding)', () => {
    // Before, each save of an edit there added one more copy here ("Rs 100 bn a year 2", "… 3", …).
    const a = opened();
    const rs100 = a.base.order[2]!;
    const edited = (benefit: number): Workspace => {
      const w = structuredClone(a.base);
      w.scenarios[rs100] = { ...w.scenarios[rs100]!, policy: { ...w.scenarios[rs100]!.policy, cash: { ...w.scenarios[rs100]!.policy.cash, benefitPKR: benefit } } };
      return w;
    };
    let base = a.base;
    let mine = saved(a.store);
    const copies = new Map<string, string>();
    for (const benefit of [2100, 2200, 2300]) {
      const theirs = edited(benefit);
      const { workspace, copied } = mergeWorkspaces(base, theirs, mine, { theirs: null, mine: removedSince(base, mine) }, copies);
      for (const [id, copy] of copied) copies.set(id, copy);
      // This tab saves what it merged, and that is what it agrees on next.
      base = mine = workspace;
    }
    expect(mine.order).toHaveLength(a.base.order.length + 1);
    expect(mine.scenarios[rs100]!.policy.cash.benefitPKR).toBe(a.base.scenarios[rs100]!.policy.cash.benefitPKR);
    const copy = copies.get(rs100)!;
    expect(mine.scenarios[copy]!.policy.cash.benefitPKR).toBe(2300);
    expect(mine.scenarios[copy]!.name).not.toBe(mine.scenarios[rs100]!.name);
  });

  it('takes a scenario a tab of this build added under an id this tab once removed, though it is the same preset', () => {
    // An older build's lower nextId had let a new tab give a removed scenario's id, with the same contents, again: the
    // removal's fingerprint matched and the new scenario was dropped in both tabs (review finding).
    const a = opened();
    const id = a.store.getState().duplicate(a.store.getState().order[1]!);
    const before = saved(a.store);
    a.store.getState().remove(id);
    const mine = saved(a.store);
    const theirs = structuredClone(before);
    const { workspace } = mergeWorkspaces(mine, theirs, mine, { theirs: {}, mine: removedSince(before, mine) });
    expect(workspace.order).toContain(id);
    // And new ids are numbered past every removed one.
    expect(workspace.nextId).toBeGreaterThan(Number(id.slice(1)));
    const lowered = JSON.parse(serialiseWorkspace(mine, removedSince(before, mine)));
    lowered.nextId = 1;
    expect(parseWorkspace(JSON.stringify(lowered)).workspace!.nextId).toBeGreaterThan(Number(id.slice(1)));
  });

  it('leaves out a scenario this tab removed when the older tab still holds it as it was, and keeps one it changed', () => {
    const a = opened();
    const [, rs80, rs100] = a.base.order;
    const older = saved(createAppStore());
    older.scenarios[rs100!] = { ...older.scenarios[rs100!]!, policy: { ...older.scenarios[rs100!]!.policy, cash: { ...older.scenarios[rs100!]!.policy.cash, benefitPKR: 2900 } } };
    a.store.getState().remove(rs80!);
    a.store.getState().remove(rs100!);
    const mine = saved(a.store);
    // Saved here since, so the removals are no longer against the workspace both last agreed on.
    const { workspace } = mergeWorkspaces(mine, older, mine, { theirs: null, mine: removedSince(a.base, mine) });
    expect(workspace.order).not.toContain(rs80);
    expect(workspace.scenarios[rs100!]!.policy.cash.benefitPKR).toBe(2900);
  });

  it('with no base, says which it kept twice, but does not make them copies that follow its saves (olderCopies)', () => {
    const mine = saved(createAppStore());
    const older = saved(createAppStore());
    const rs100 = mine.order[2]!;
    older.scenarios[rs100] = { ...older.scenarios[rs100]!, policy: { ...older.scenarios[rs100]!.policy, cash: { ...older.scenarios[rs100]!.policy.cash, benefitPKR: 2900 } } };
    const { copied, copiedWithoutBase } = mergeWorkspaces(null, older, mine, { theirs: null, mine: {} });
    expect(copied).toEqual([]);
    expect(copiedWithoutBase.map(([id]) => id)).toEqual([rs100]);
  });

  it('still takes a removal from a tab of this build only when it recorded it', () => {
    const a = opened();
    const rs80 = a.base.order[1]!;
    const b = createAppStore();
    b.setState(a.base);
    b.getState().remove(rs80);
    const theirs = saved(b);
    expect(mergeWorkspaces(a.base, theirs, saved(a.store), { theirs: {}, mine: {} }).workspace.order).toContain(rs80);
    expect(merge(a.base, theirs, saved(a.store)).workspace.order).not.toContain(rs80);
  });
});

/**
 * localStorage shared by tabs, whose writes are told to the other tabs only when the test says (`deliver`): a tab may
 * save again before it hears another's save, as a busy page does.
 */
function queuedStorage() {
  const data = new Map<string, string>();
  const queue: Array<() => void> = [];
  const tabs: Array<(e: { key: string | null; newValue: string | null }) => void> = [];
  const tab = (failWrites = false) => {
    let mine: ((e: { key: string | null; newValue: string | null }) => void) | null = null;
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (failWrites) throw new Error('QuotaExceededError');
        data.set(k, v);
        for (const l of tabs) if (l !== mine) queue.push(() => l({ key: k, newValue: v }));
      },
    };
    const events: StorageEvents = {
      addEventListener: (_type, l) => void tabs.push((mine = l)),
      removeEventListener: (_type, l) => void tabs.splice(tabs.indexOf(l), 1),
    };
    return { storage, events };
  };
  const deliver = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { data, tab, deliver };
}

/** localStorage shared by tabs, which tells every tab but the writer of each write (as browsers do). */
const heard = () => new Promise((done) => setTimeout(done, 0));

function sharedStorage() {
  const data = new Map<string, string>();
  const tabs: Array<(e: { key: string | null; newValue: string | null }) => void> = [];
  const tab = (): { storage: { getItem(k: string): string | null; setItem(k: string, v: string): void }; events: StorageEvents } => {
    let mine: ((e: { key: string | null; newValue: string | null }) => void) | null = null;
    return {
      storage: {
        getItem: (k) => data.get(k) ?? null,
        setItem: (k, v) => {
          data.set(k, v);
          // Told in a task of its own, as browsers do.
          for (const l of tabs) if (l !== mine) setTimeout(() => l({ key: k, newValue: v }), 0);
        },
      },
      events: {
        addEventListener: (_type, l) => void tabs.push((mine = l)),
        removeEventListener: (_type, l) => void tabs.splice(tabs.indexOf(l), 1),
      },
    };
  };
  return { data, tab };
}

describe('two tabs of the app', () => {
  it('a duplicate made in each survives, whichever saves last, and each tab shows the other’s', async () => {
    const shared = sharedStorage();
    const open = () => {
      const t = shared.tab();
      const store = createAppStore();
      restoreWorkspace(store, t.storage);
      const stop = saveWorkspaceOnChange(store, t.storage, 10_000, t.events);
      return { store, stop };
    };
    const a = open();
    a.stop.flush();
    a.store.getState().setActive(a.store.getState().order[1]!);
    a.stop.flush();
    const b = open();
    // Tab A: 90 bn a year, duplicated.
    const rs80 = a.store.getState().order[1]!;
    a.store.getState().setParam(rs80, 'budget', 'annualBn', [90]);
    a.store.getState().duplicate(rs80);
    // Tab B, which opened before A saved them: Rs 120 bn duplicated.
    b.store.getState().duplicate(b.store.getState().order[3]!);
    a.stop.flush();
    await heard();
    b.stop.flush();
    await heard();
    const reopened = createAppStore();
    restoreWorkspace(reopened, shared.tab().storage);
    const all = names(saved(reopened));
    expect(all).toEqual(expect.arrayContaining(['Rs 90 bn a year', 'Rs 90 bn a year 2', 'Rs 120 bn a year', 'Rs 120 bn a year 2']));
    // Tab A heard B's save: it shows B's duplicate too, without a change of its own to save.
    expect(names(saved(a.store))).toEqual(all);
    expect(a.store.getState().notices).toEqual([]);
    a.stop();
    b.stop();
  });

  it('a save heard late, after this tab saved over it, does not take this tab’s scenarios out of its store', () => {
    const shared = queuedStorage();
    const [ta, tb] = [shared.tab(), shared.tab()];
    const a = createAppStore();
    const stopA = saveWorkspaceOnChange(a, ta.storage, 10_000, ta.events);
    a.getState().setActive(a.getState().order[3]!);
    stopA.flush();
    shared.deliver();
    expect(shared.data.size).toBe(1);
    const b = createAppStore();
    restoreWorkspace(b, tb.storage);
    const stopB = saveWorkspaceOnChange(b, tb.storage, 10_000, tb.events);
    // Each adds a scenario under the same new id; B saves first, A saves before it hears B.
    b.getState().rename(b.getState().duplicate(b.getState().order[3]!), 'Theirs');
    a.getState().rename(a.getState().duplicate(a.getState().order[1]!), 'Mine');
    stopB.flush();
    stopA.flush();
    shared.deliver();
    const shown = (st: AppStore) => st.getState().order.map((id) => st.getState().scenarios[id]!.name);
    expect(shown(a)).toEqual(expect.arrayContaining(['Mine', 'Theirs']));
    expect(shown(b)).toEqual(expect.arrayContaining(['Mine', 'Theirs']));
    expect(a.getState().notices).toEqual([]);
    stopA();
    stopB();
  });

  it('a write that fails after a merge does not merge the same save again at every edit', () => {
    const shared = queuedStorage();
    const tb = shared.tab();
    const b = createAppStore();
    const stopB = saveWorkspaceOnChange(b, tb.storage, 10_000, tb.events);
    b.getState().setActive(b.getState().order[3]!);
    stopB.flush();
    expect(shared.data.size).toBe(1);
    // A opens, then B changes Rs 100 bn and saves; A changes it too, and its writes fail (storage full).
    const ta = shared.tab(true);
    const a = createAppStore();
    restoreWorkspace(a, ta.storage);
    const stopA = saveWorkspaceOnChange(a, ta.storage, 10_000, ta.events);
    const id = a.getState().order[2]!;
    b.getState().setParam(id, 'cash', 'benefitPKR', 3000);
    stopB.flush();
    a.getState().setParam(id, 'cash', 'benefitPKR', 3500);
    stopA.flush();
    a.getState().setParam(a.getState().order[1]!, 'cash', 'benefitPKR', 2100);
    stopA.flush();
    a.getState().setParam(a.getState().order[1]!, 'cash', 'benefitPKR', 2200);
    stopA.flush();
    // B's version kept once beside A's, one notice of it, one of the failed save.
    expect(Object.values(a.getState().scenarios).filter((s) => s.policy.budget.annualBn[0] === 100), JSON.stringify(a.getState().order.map((i) => [i, a.getState().scenarios[i]!.name, a.getState().scenarios[i]!.policy.cash.benefitPKR]))).toHaveLength(2);
    expect(a.getState().notices, a.getState().notices.join(" | ") + JSON.stringify(a.getState().order.map((i) => [i, a.getState().scenarios[i]!.name, a.getState().scenarios[i]!.policy.cash.benefitPKR]))).toHaveLength(2);
    stopA();
    stopB();
  });

  it('a scenario changed in both is kept twice, with a notice in the tab that saved last', async () => {
    const shared = sharedStorage();
    const t1 = shared.tab();
    const t2 = shared.tab();
    const a = createAppStore();
    const b = createAppStore();
    const stopA = saveWorkspaceOnChange(a, t1.storage, 10_000, t1.events);
    a.getState().setParam(a.getState().order[1]!, 'cash', 'benefitPKR', 2100);
    stopA.flush();
    restoreWorkspace(b, t2.storage);
    const stopB = saveWorkspaceOnChange(b, t2.storage, 10_000, t2.events);
    const id = a.getState().order[2]!;
    // Both change Rs 100 bn before either saves: A's save reaches B while B's own change waits, so B merges at once.
    b.getState().setParam(id, 'cash', 'benefitPKR', 3000);
    a.getState().setParam(id, 'cash', 'benefitPKR', 3500);
    stopA.flush();
    await heard();
    await heard();
    const kept = Object.values(b.getState().scenarios).filter((s) => s.policy.budget.annualBn[0] === 100).map((s) => s.policy.cash.benefitPKR);
    expect(kept.sort()).toEqual([3000, 3500]);
    expect(b.getState().notices).toHaveLength(1);
    // What B saved holds both, and A, hearing it, shows both.
    expect(Object.keys(parseWorkspace(shared.data.get(STORAGE_KEY)!).workspace!.scenarios)).toHaveLength(b.getState().order.length);
    expect(a.getState().order).toEqual(b.getState().order);
    stopA();
    stopB();
  });

  it('a scenario that differs between two tabs opened on no save is kept twice, with a notice of why', async () => {
    // Before, the other tab's version appeared as "Rs 100 bn a year 2" with no word said.
    const shared = sharedStorage();
    const [t1, t2] = [shared.tab(), shared.tab()];
    const a = createAppStore();
    const b = createAppStore();
    const stopA = saveWorkspaceOnChange(a, t1.storage, 10_000, t1.events);
    const stopB = saveWorkspaceOnChange(b, t2.storage, 10_000, t2.events);
    const id = a.getState().order[2]!;
    a.getState().setParam(id, 'cash', 'benefitPKR', 3500);
    stopA.flush();
    await heard();
    const kept = Object.values(b.getState().scenarios).filter((s) => s.policy.budget.annualBn[0] === 100).map((s) => s.policy.cash.benefitPKR);
    expect(kept).toHaveLength(2);
    expect(kept).toContain(3500);
    // Not "changed in another tab as well": this tab never changed it.
    expect(b.getState().notices).toEqual([
      'Another tab of this app holds “Rs 100 bn a year” in another version, and which of the two is newer cannot be told: both are kept, the other tab’s as “Rs 100 bn a year 2”.',
    ]);
    try {
      applyLocale('ur', 'international', undefined);
      b.getState().rewordNotices();
      expect(b.getState().notices[0]).toMatch(/^اس ایپ کے ایک اور ٹیب میں “\u2068[^\u2069]+\u2069” کسی اور صورت میں ہے، .* دوسرے ٹیب والا “\u2068[^\u2069]+\u2069” کے نام سے۔$/);
    } finally {
      applyLocale('en', 'international', undefined);
    }
    stopA();
    stopB();
  });
  it('a removal made in one tab is saved with the workspace, and the other tab, hearing it, removes it too', async () => {
    const shared = sharedStorage();
    const [t1, t2] = [shared.tab(), shared.tab()];
    const a = createAppStore();
    const stopA = saveWorkspaceOnChange(a, t1.storage, 10_000, t1.events);
    a.getState().setActive(a.getState().order[2]!);
    stopA.flush();
    const b = createAppStore();
    restoreWorkspace(b, t2.storage);
    const stopB = saveWorkspaceOnChange(b, t2.storage, 10_000, t2.events);
    const rs120 = b.getState().order[3]!;
    b.getState().remove(rs120);
    stopB.flush();
    expect(Object.keys(JSON.parse(shared.data.get(STORAGE_KEY)!).removed)).toEqual([rs120]);
    await heard();
    expect(a.getState().order).not.toContain(rs120);
    // And it stays recorded at A's next save, for a tab that has not heard yet.
    a.getState().setActive(a.getState().order[1]!);
    stopA.flush();
    expect(Object.keys(JSON.parse(shared.data.get(STORAGE_KEY)!).removed)).toEqual([rs120]);
    stopA();
    stopB();
  });

  /**
   * Tab A's save written over by tab B, which read the stored workspace before A's write reached it (local storage has
   * no read-and-write in one step across tabs): `lagging` is what B still reads. Merged against A's own save, A's
   * rename there read as undone in B and was lost (seen once in the end-to-end "two tabs" test, under load).
   */
  function overwritten(opened: 'saved' | 'empty') {
    const shared = queuedStorage();
    const [ta, tb] = [shared.tab(), shared.tab()];
    const a = createAppStore();
    const stopA = saveWorkspaceOnChange(a, ta.storage, 10_000, ta.events);
    if (opened === 'saved') {
      a.getState().setActive(a.getState().order[2]!);
      stopA.flush();
      shared.deliver();
    }
    let lagging: string | null | undefined;
    const storageB = { ...tb.storage, getItem: (k: string) => (k === STORAGE_KEY && lagging !== undefined ? lagging : tb.storage.getItem(k)) };
    const b = createAppStore();
    restoreWorkspace(b, storageB);
    const stopB = saveWorkspaceOnChange(b, storageB, 10_000, tb.events);
    // A's next write does not reach B's reads yet.
    lagging = shared.data.get(STORAGE_KEY) ?? null;
    const rs80 = a.getState().order[1]!;
    a.getState().rename(rs80, 'Tab A plan');
    stopA.flush();
    b.getState().duplicate(b.getState().order[3]!);
    stopB.flush();
    lagging = undefined;
    shared.deliver();
    return { shared, a, b, rs80, stop: () => (stopA(), stopB()) };
  }

  it('a save written over this tab’s by a tab that had not read it keeps this tab’s change, and gives it back (review finding)', () => {
    const { shared, a, b, rs80, stop } = overwritten('saved');
    const shown = (st: AppStore) => st.getState().order.map((id) => st.getState().scenarios[id]!.name);
    expect(a.getState().scenarios[rs80]!.name).toBe('Tab A plan');
    expect(shown(a)).toEqual(expect.arrayContaining(['Tab A plan', 'Rs 120 bn a year 2']));
    // Changed in one tab each, from the save both opened on: kept once each, with no notice.
    expect(shown(a)).toHaveLength(5);
    expect(a.getState().notices).toEqual([]);
    // A saved the merge, and B, hearing it, took the rename.
    expect(shown(b)).toEqual(shown(a));
    expect(names(parseWorkspace(shared.data.get(STORAGE_KEY)!).workspace!)).toEqual(shown(a));
    const reopened = createAppStore();
    restoreWorkspace(reopened, shared.tab().storage);
    expect(names(saved(reopened))).toEqual(shown(a));
    stop();
  });

  it('a save written over this tab’s by a tab opened before anything was saved loses neither tab’s work', () => {
    const { shared, a, b, stop } = overwritten('empty');
    // No save both made theirs on: the scenario renamed here is kept in both versions, under both names.
    const both = expect.arrayContaining(['Tab A plan', 'Rs 80 bn a year', 'Rs 120 bn a year 2']);
    expect(names(saved(a))).toEqual(both);
    expect(names(saved(b))).toEqual(both);
    expect(names(parseWorkspace(shared.data.get(STORAGE_KEY)!).workspace!)).toEqual(both);
    stop();
  });

  /** One tab, its workspace saved (Rs 100 bn active), on storage other tabs share. */
  function oneTabSaved() {
    const shared = sharedStorage();
    const t1 = shared.tab();
    const a = createAppStore();
    const stopA = saveWorkspaceOnChange(a, t1.storage, 10_000, t1.events);
    a.getState().setActive(a.getState().order[2]!);
    stopA.flush();
    return { shared, a, stopA };
  }

  it('a save that does not say what it was made on (a tab of the build before) is merged as before, against the last agreed save', async () => {
    const { shared, a, stopA } = oneTabSaved();
    // That tab changes Rs 100 bn on top of this save, and saves with its removals but nothing about what it was made on.
    const b = createAppStore();
    const t2 = shared.tab();
    restoreWorkspace(b, t2.storage);
    const rs100 = b.getState().order[2]!;
    b.getState().setParam(rs100, 'cash', 'benefitPKR', 3000);
    const theirs = JSON.parse(serialiseWorkspace(saved(b), {}));
    delete theirs.basedOn;
    t2.storage.setItem(STORAGE_KEY, JSON.stringify(theirs));
    await heard();
    expect(a.getState().scenarios[rs100]!.policy.cash.benefitPKR).toBe(3000);
    expect(a.getState().order).toHaveLength(4);
    expect(a.getState().notices).toEqual([]);
    // Brought in and agreed on, not saved again.
    expect(shared.data.get(STORAGE_KEY)).toBe(JSON.stringify(theirs));
    stopA();
  });

  it('a save from a tab of an older build takes nothing away, and says to reload that tab', async () => {
    const { shared, a, stopA } = oneTabSaved();
    // The older tab opened on this workspace; this tab then adds a scenario and saves it.
    const older = JSON.parse(shared.data.get(STORAGE_KEY)!);
    delete older.removed;
    delete older.basedOn;
    const added = a.getState().duplicate(a.getState().order[1]!);
    stopA.flush();
    // The older tab changes the active scenario and saves its whole workspace, without the new one.
    older.activeId = older.order[1];
    const t2 = shared.tab();
    t2.storage.setItem(STORAGE_KEY, JSON.stringify(older));
    await heard();
    expect(a.getState().order).toContain(added);
    expect(a.getState().notices).toHaveLength(1);
    expect(a.getState().notices[0]).toMatch(/older version/);
    // Heard again (another save of its own): no second notice; and this tab's next save puts the scenario back for everyone.
    older.activeId = older.order[3];
    t2.storage.setItem(STORAGE_KEY, JSON.stringify(older));
    await heard();
    expect(a.getState().notices).toHaveLength(1);
    a.getState().setActive(a.getState().order[1]!);
    stopA.flush();
    expect(parseWorkspace(shared.data.get(STORAGE_KEY)!).workspace!.order).toContain(added);
    stopA();
  });
});
