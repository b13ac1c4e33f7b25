// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { parseWorkspace, serialiseWorkspace } from '../../src/state/workspace';
import { restoreWorkspace, saveWorkspaceOnChange, STORAGE_KEY } from '../../src/app/persistence';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('saved workspace', () => {
  it('round-trips scenarios, order, baseline, active and compared', () => {
    const store = createAppStore();
    const st = store.getState();
    const id = st.duplicate(st.activeId);
    st.setParam(id, 'cash', 'benefitPKR', 3000);
    const { workspace, problems } = parseWorkspace(serialiseWorkspace(store.getState()));
    expect(problems).toEqual([]);
    const now = store.getState();
    expect(workspace).toEqual({ scenarios: now.scenarios, order: now.order, baselineId: now.baselineId, activeId: now.activeId, compareIds: now.compareIds, nextId: now.nextId });
  });

  it('restores the valid scenarios and reports each invalid one by name and path', () => {
    const store = createAppStore();
    const doc = JSON.parse(serialiseWorkspace(store.getState()));
    doc.scenarios[2].scenario.cash.takeUp = 7;
    doc.scenarios[3].scenario.budget.nonsense = 1;
    const { workspace, problems } = parseWorkspace(JSON.stringify(doc));
    expect(workspace!.order).toEqual([doc.order[0], doc.order[1]]);
    expect(problems).toEqual([
      'Saved scenario “Rs 100 bn a year” was not restored: cash.takeUp must be between 0 and 1 share, got 7.',
      'Saved scenario “Rs 120 bn a year” was not restored: budget.nonsense is not a known parameter.',
    ]);
  });

  it('starts afresh, saying why, on unreadable, foreign or newer saved work', () => {
    expect(parseWorkspace('{not json').problems[0]).toMatch(/could not be read/);
    expect(parseWorkspace('{"format":"other"}').problems[0]).toMatch(/not in a format/);
    expect(parseWorkspace(JSON.stringify({ format: 'poverty-policy-simulator/workspace', version: 9 })).problems[0]).toMatch(/newer version/);
  });

  it('replaces an invalid saved baseline with a fresh one and keeps the other scenarios', () => {
    const doc = JSON.parse(serialiseWorkspace(createAppStore().getState()));
    doc.scenarios[0].scenario.simulation.months = 'x';
    const r = parseWorkspace(JSON.stringify(doc));
    expect(r.workspace!.order).toEqual(doc.order);
    expect(r.workspace!.scenarios[r.workspace!.baselineId]!.budget.annualBn).toEqual([0]);
    expect(r.problems.at(-1)).toMatch(/a fresh baseline/);
  });

  it('restoreWorkspace + saveWorkspaceOnChange: work survives a reload; problems become notices', async () => {
    const storage = memoryStorage();
    const first = createAppStore();
    const stop = saveWorkspaceOnChange(first, storage, 0);
    first.getState().rename(first.getState().activeId, 'My plan');
    await new Promise((r) => setTimeout(r, 5));
    stop();
    const second = createAppStore();
    restoreWorkspace(second, storage);
    expect(Object.values(second.getState().scenarios).map((s) => s.name)).toContain('My plan');
    expect(second.getState().notices).toEqual([]);

    const broken = createAppStore();
    restoreWorkspace(broken, memoryStorage({ [STORAGE_KEY]: '{oops' }));
    expect(broken.getState().order).toHaveLength(4);
    expect(broken.getState().notices[0]).toMatch(/could not be read/);
  });

  it('reports storage that refuses to save, once', async () => {
    const store = createAppStore();
    const failing = { getItem: () => null, setItem: () => { throw new Error('quota exceeded'); } };
    const stop = saveWorkspaceOnChange(store, failing, 0);
    store.getState().rename(store.getState().activeId, 'A');
    await new Promise((r) => setTimeout(r, 5));
    store.getState().rename(store.getState().activeId, 'B');
    await new Promise((r) => setTimeout(r, 5));
    stop();
    expect(store.getState().notices).toEqual(['Your work could not be saved in this browser (quota exceeded); it stays open until you close the page.']);
  });

  it('flush() saves a pending change at once (page closing)', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    const stop = saveWorkspaceOnChange(store, storage, 60_000);
    store.getState().rename(store.getState().activeId, 'Last-second edit');
    expect(storage.data.size).toBe(0);
    stop.flush();
    stop();
    expect(storage.data.get(STORAGE_KEY)).toContain('Last-second edit');
  });
});
