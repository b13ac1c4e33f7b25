/**
 * Saved work kept apart because it could not be restored (app/persistence UNRESTORED_KEY): offered again on later
 * visits until the user removes it, and removed only as offered.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { serialiseWorkspace } from '../../src/state/workspace';
import {
  discardUnrestored, EARLIER_UNRESTORED_FILE, keptUnrestored, PREVIOUS_UNRESTORED_KEY, restoreWorkspace, STORAGE_KEY,
  UNRESTORED_FILE, UNRESTORED_KEY,
} from '../../src/app/persistence';
import { startApp } from '../../src/app/start';
import { InThreadRunner } from '../../src/run/inThread';

/** localStorage's methods over a map; `refuse` makes removeItem throw for those keys, as a browser's storage can. */
function memoryStorage(initial: Record<string, string> = {}, refuse: string[] = []) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => {
      if (refuse.includes(k)) throw new Error('SecurityError: the operation is insecure');
      data.delete(k);
    },
  };
}

const healthy = serialiseWorkspace(createAppStore().getState());
const latest = '{"format": "the latest damaged save';
const earlier = '{"format": "an earlier damaged save';

describe('kept copies of unrestored work', () => {
  it('restoreWorkspace(store, storage) offers copies an earlier visit kept, though this visit restores its work as saved', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: healthy, [UNRESTORED_KEY]: latest, [PREVIOUS_UNRESTORED_KEY]: earlier });
    const store = createAppStore();
    expect(restoreWorkspace(store, storage)).toBe(true);
    expect(store.getState().notices).toEqual([
      'Saved work that could not be restored earlier is still kept in this browser’s local storage; download it to keep it as a file, or remove it from this browser once you no longer need it.',
    ]);
    expect(store.getState().noticeFiles[0]).toMatchObject({
      name: UNRESTORED_FILE, text: latest, earlier: { name: EARLIER_UNRESTORED_FILE, text: earlier }, removal: { copies: 2 },
    });
    // Offering removes nothing: the copies stay until the user removes them.
    expect(storage.data.get(UNRESTORED_KEY)).toBe(latest);
    expect(storage.data.get(PREVIOUS_UNRESTORED_KEY)).toBe(earlier);
  });

  it('offers them on a visit with nothing saved, and says nothing when nothing is kept', () => {
    const kept = createAppStore();
    restoreWorkspace(kept, memoryStorage({ [PREVIOUS_UNRESTORED_KEY]: earlier }));
    expect(kept.getState().noticeFiles).toMatchObject([{ text: earlier, removal: { copies: 1 } }]);
    expect(kept.getState().noticeFiles[0]!.earlier).toBeUndefined();
    for (const initial of [{}, { [STORAGE_KEY]: healthy }] as Record<string, string>[]) {
      const store = createAppStore();
      restoreWorkspace(store, memoryStorage(initial));
      expect(store.getState().notices).toEqual([]);
    }
  });

  it('the removal offered takes both copies out of storage, and the saved workspace stays; the next visit offers nothing', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: healthy, [UNRESTORED_KEY]: latest, [PREVIOUS_UNRESTORED_KEY]: earlier });
    const store = createAppStore();
    restoreWorkspace(store, storage);
    store.getState().noticeFiles[0]!.removal!.remove();
    expect([...storage.data.keys()]).toEqual([STORAGE_KEY]);
    const next = createAppStore();
    restoreWorkspace(next, storage);
    expect(next.getState().notices).toEqual([]);
  });

  it('a visit that keeps a copy offers it, with the earlier one, and their removal', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: latest, [UNRESTORED_KEY]: earlier });
    const store = createAppStore();
    restoreWorkspace(store, storage);
    const file = store.getState().noticeFiles.at(-1)!;
    expect(file).toMatchObject({ text: latest, earlier: { text: earlier }, removal: { copies: 2 } });
    file.removal!.remove();
    expect(storage.data.has(UNRESTORED_KEY)).toBe(false);
    expect(storage.data.has(PREVIOUS_UNRESTORED_KEY)).toBe(false);
    // The saved text itself is the workspace's: never removed, only saved over (by the first save, or at once by the
    // saving the restore is given, below).
    expect(storage.data.get(STORAGE_KEY)).toBe(latest);
  });

  it('a removed copy does not come back: the app saves this tab’s work over the damaged save still stored, and keeps what it restored', () => {
    // Nothing edited before the next visit: the damaged save was still the stored workspace, kept and offered again.
    const mine = createAppStore();
    mine.getState().rename(mine.getState().order[1]!, 'Plan for cabinet');
    const doc = JSON.parse(serialiseWorkspace(mine.getState())) as { scenarios: { scenario: { run: { months: unknown } } }[] };
    doc.scenarios[2]!.scenario.run.months = 'x';
    const damaged = JSON.stringify(doc);
    const storage = memoryStorage({ [STORAGE_KEY]: damaged });
    const visit = () => {
      const app = startApp(new InThreadRunner(), { storage, debounceMs: 60_000 });
      const { notices, noticeFiles, scenarios } = app.store.getState();
      const names = Object.values(scenarios).map((sc) => sc.name);
      return { app, notices, removal: noticeFiles.find((f) => f?.removal)?.removal, names };
    };
    const first = visit();
    expect(first.notices.at(-1)).toMatch(/^A copy of the saved work as it was is kept/);
    first.removal!.remove();
    first.app.stop();
    expect(storage.data.has(UNRESTORED_KEY)).toBe(false);
    const next = visit();
    next.app.stop();
    expect(next.notices).toEqual([]);
    expect(next.removal).toBeUndefined();
    expect(storage.data.get(STORAGE_KEY)).not.toBe(damaged);
    // What was restored of the damaged save is still there; only the scenario left out of it (in the copy) is gone.
    expect(next.names).toEqual(first.names);
    expect(next.names).toContain('Plan for cabinet');
  });

  it('removing saves at once only over a stored save whose copy it removed', () => {
    const saveNow = vi.fn();
    // A copy this visit kept of the stored save: saved over.
    const keeping = memoryStorage({ [STORAGE_KEY]: latest, [UNRESTORED_KEY]: earlier });
    restoreWorkspace(createAppStore(), keeping, saveNow);
    const store = createAppStore();
    restoreWorkspace(store, keeping, saveNow);
    // (A second visit, with nothing saved between: the same copy, kept once.)
    expect(keptUnrestored(keeping)).toEqual([latest, earlier]);
    store.getState().noticeFiles.at(-1)!.removal!.remove();
    expect(saveNow).toHaveBeenCalledTimes(1);
    // Storage refused this visit's copy: only the earlier one is removed, and the stored save, offered only as a
    // file, stays until an edit, as its notice says.
    saveNow.mockClear();
    const refusing = { ...memoryStorage({ [STORAGE_KEY]: latest, [UNRESTORED_KEY]: earlier }), setItem: () => { throw new Error('QuotaExceededError'); } };
    const refused = createAppStore();
    restoreWorkspace(refused, refusing, saveNow);
    expect(refused.getState().noticeFiles.at(-1)!.removal!.remove()).toBe(1);
    expect(saveNow).not.toHaveBeenCalled();
    // A healthy stored save: nothing to save over.
    const healthyVisit = createAppStore();
    restoreWorkspace(healthyVisit, memoryStorage({ [STORAGE_KEY]: healthy, [UNRESTORED_KEY]: latest }), saveNow);
    healthyVisit.getState().noticeFiles[0]!.removal!.remove();
    expect(saveNow).not.toHaveBeenCalled();
  });

  it('storage that refused this visit’s copy still offers the removal of an earlier one (perhaps what filled it)', () => {
    const storage = { ...memoryStorage({ [STORAGE_KEY]: latest, [UNRESTORED_KEY]: earlier }), setItem: () => { throw new Error('QuotaExceededError'); } };
    const store = createAppStore();
    restoreWorkspace(store, storage);
    expect(store.getState().notices.at(-1)).toMatch(/^The saved work as it was could not be kept apart/);
    const file = store.getState().noticeFiles.at(-1)!;
    expect(file).toMatchObject({ text: latest, earlier: { text: earlier }, removal: { copies: 1 } });
    file.removal!.remove();
    expect(storage.data.has(UNRESTORED_KEY)).toBe(false);
  });

  it('discardUnrestored(storage, texts) removes only the copies offered: one another tab kept since stays', () => {
    const newer = '{"format": "kept by another tab since';
    const storage = memoryStorage({ [UNRESTORED_KEY]: newer, [PREVIOUS_UNRESTORED_KEY]: latest });
    expect(discardUnrestored(storage, [latest, earlier])).toBe(1);
    expect(storage.data.get(UNRESTORED_KEY)).toBe(newer);
    expect(storage.data.has(PREVIOUS_UNRESTORED_KEY)).toBe(false);
  });

  it('discardUnrestored(storage, texts) says how many it removed: none when another tab removed them first', () => {
    const storage = memoryStorage({ [UNRESTORED_KEY]: latest, [PREVIOUS_UNRESTORED_KEY]: earlier });
    expect(discardUnrestored(storage, [latest, earlier])).toBe(2);
    expect(discardUnrestored(storage, [latest, earlier])).toBe(0);
  });

  it('discardUnrestored(storage, texts) throws when storage refuses, and what it did not remove is still kept', () => {
    const both = { [UNRESTORED_KEY]: latest, [PREVIOUS_UNRESTORED_KEY]: earlier };
    const refusing = memoryStorage(both, [PREVIOUS_UNRESTORED_KEY, UNRESTORED_KEY]);
    expect(() => discardUnrestored(refusing, [latest, earlier])).toThrow(/SecurityError/);
    expect(Object.fromEntries(refusing.data)).toEqual(both);
    // Refused halfway: the earlier copy went first, the latest is still kept.
    const half = memoryStorage(both, [UNRESTORED_KEY]);
    expect(() => discardUnrestored(half, [latest, earlier])).toThrow();
    expect(Object.fromEntries(half.data)).toEqual({ [UNRESTORED_KEY]: latest });
  });

  it('keptUnrestored(storage) lists each copy once, the latest first, and none where storage cannot be read', () => {
    expect(keptUnrestored(memoryStorage({ [UNRESTORED_KEY]: latest, [PREVIOUS_UNRESTORED_KEY]: earlier }))).toEqual([latest, earlier]);
    expect(keptUnrestored(memoryStorage({ [UNRESTORED_KEY]: latest, [PREVIOUS_UNRESTORED_KEY]: latest }))).toEqual([latest]);
    expect(keptUnrestored({ getItem: () => { throw new Error('denied'); }, setItem: () => {} })).toEqual([]);
  });

  it('storage that cannot remove offers the files but no removal', () => {
    const { getItem, setItem } = memoryStorage({ [STORAGE_KEY]: healthy, [UNRESTORED_KEY]: latest });
    const store = createAppStore();
    restoreWorkspace(store, { getItem, setItem });
    expect(store.getState().noticeFiles).toEqual([{ name: UNRESTORED_FILE, text: latest }]);
  });
});
