// @vitest-environment node
// Imported household data in the app: confirming an import, going back to
// synthetic households, and the data a restored or opened scenario names:
// loaded from the browser's storage, reported and dropped when damaged,
// asked for when absent — and scenarios without their data never run.
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_VERSION, parseHouseholdsCsv, sha256Hex, type HouseholdData, type Scenario } from '../../src/engine/index';
import { connectHouseholds } from '../../src/app/households';
import { DATASET_FORMAT, DATASET_VERSION, indexedDbDatasetStore, memoryDatasetStore, readStoredDataset, type StoredDataset } from '../../src/app/datasetStore';
import { wantedScenarios } from '../../src/app/connectRuns';
import { startApp } from '../../src/app/start';
import { InThreadRunner } from '../../src/run/inThread';
import type { ParsedFile } from '../../src/run/households/parser';
import type { Runner } from '../../src/run/types';
import { createAppStore, type AppStore } from '../../src/state/store';
import { connectLocale } from '../../src/app/locale';
import { applyLocale } from '../../src/i18n/index';
import { householdsCsv, replicatedCsv } from '../run/householdsCsv';
import { householdsBlock } from '../../src/state/householdsSlice';
import { channelWorkers } from '../run/channelWorkers';
import { tinyScenario } from '../run/scenarios';
import { WorkerPool } from '../../src/run/pool';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

/** A runner that only records the data it is given (these tests run nothing). */
function recordingRunner(): Runner & { loaded: Map<string, HouseholdData> } {
  const loaded = new Map<string, HouseholdData>();
  return {
    loaded,
    threads: 1,
    run: () => new Promise(() => undefined),
    submit: () => new Promise(() => undefined),
    dispose: () => undefined,
    loadHouseholds: async (sha, data) => {
      loaded.set(sha, data);
    },
  };
}

async function parsedFile(rows = 120): Promise<ParsedFile> {
  const text = householdsCsv(rows);
  const p = parseHouseholdsCsv(text);
  return { sha256: await sha256Hex(text), bytes: text.length, rows: p.rows, badRows: p.badRows, errors: p.errors, errorCount: p.errorCount, data: p.data, summary: null, replications: 1 };
}

const noParser = { parse: () => Promise.reject(new Error('not in this test')) };

function setUp(datasets = memoryDatasetStore()) {
  const store = createAppStore();
  const runner = recordingRunner();
  const actions = connectHouseholds(store, runner, { datasets, parser: noParser });
  stops.push(() => actions.dispose());
  return { store, runner, actions, datasets };
}

/** The app's connection over a real worker pool (one in-process worker): what the runs can use is what the pool holds. */
function setUpPool(datasets = memoryDatasetStore()) {
  const store = createAppStore();
  const { factory, workers } = channelWorkers();
  const pool = new WorkerPool({ size: 1, factory });
  const actions = connectHouseholds(store, pool, { datasets, parser: noParser });
  stops.push(() => {
    actions.dispose();
    pool.dispose();
  });
  return { store, pool, workers, actions, datasets };
}

/** A run of the scenario's household data, small enough to take milliseconds: whether the runner can run the scenario. */
const runsOn = (runner: Runner, ref: Scenario['households']) =>
  runner.run({ ...tinyScenario(2), households: ref }).then((acc) => acc.count, (e: unknown) => (e instanceof Error ? e.message : String(e)));

const until = async (f: () => boolean, ms = 5000) => {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** Put a scenario naming `ref` into the store, as a restored workspace or an opened link would. */
function addNaming(store: AppStore, ref: NonNullable<Scenario['households']>, name = 'On survey data'): string {
  const s = store.getState();
  return s.addScenario({ ...s.scenarios[s.activeId]!, name, households: ref }, { compare: true });
}

describe('connectHouseholds: confirm and use synthetic', () => {
  it('confirm gives the data to the runner, names it in the scenario, keeps it in the browser; synthetic takes it back out', async () => {
    const { store, runner, actions, datasets } = setUp();
    const parsed = await parsedFile();
    const id = store.getState().activeId;
    expect(actions.confirm([id], parsed, { id: 'survey-2019', name: 'survey 2019.csv' })).toEqual([]);
    expect(runner.loaded.get(parsed.sha256)).toBe(parsed.data);
    expect(store.getState().datasets[parsed.sha256]).toBe('loaded');
    expect(store.getState().scenarios[id]!.households).toEqual({ id: 'survey-2019', name: 'survey 2019.csv', sha256: parsed.sha256, rows: 120 });
    await until(() => datasets.entries.has(parsed.sha256));
    const stored = readStoredDataset(await datasets.get(parsed.sha256), parsed.sha256);
    expect(stored.ok && stored.dataset.data.n).toBe(120);
    expect(wantedScenarios(store.getState()).map((s) => s.name)).toContain(store.getState().scenarios[id]!.name);
    expect(actions.useSynthetic(id)).toEqual([]);
    expect(store.getState().scenarios[id]!.households).toBeNull();
  });

  it('confirm for every scenario on screen: each gets the reference, one that names the file already keeps its own, and the data is stored once', async () => {
    const datasets = memoryDatasetStore();
    const puts: StoredDataset[] = [];
    const put = datasets.put;
    datasets.put = async (entry) => {
      puts.push(entry);
      await put(entry);
    };
    const { store, runner, actions } = setUp(datasets);
    const parsed = await parsedFile();
    const st = store.getState();
    const onScreen = [st.activeId, st.baselineId, ...st.compareIds.filter((id) => id !== st.activeId)];
    expect(onScreen).toHaveLength(4);
    const kept = { id: 'kept-id', name: 'kept.csv', sha256: parsed.sha256, rows: 120 };
    expect(st.setHouseholds(onScreen[2]!, kept)).toEqual([]);
    const before = store.getState().scenarios[onScreen[2]!];
    expect(actions.confirm(onScreen, parsed, { id: 'fresh', name: 'fresh.csv' })).toEqual([]);
    const refs = onScreen.map((id) => store.getState().scenarios[id]!.households);
    const fresh = { id: 'fresh', name: 'fresh.csv', sha256: parsed.sha256, rows: 120 };
    expect(refs).toEqual([fresh, fresh, kept, fresh]);
    expect(store.getState().scenarios[onScreen[2]!]).toBe(before);
    expect([...runner.loaded.keys()]).toEqual([parsed.sha256]);
    await until(() => datasets.entries.has(parsed.sha256));
    await new Promise((r) => setTimeout(r, 10));
    // One entry, under the name a scenario already gave the file.
    expect(puts.map((e) => [e.sha256, e.id, e.name])).toEqual([[parsed.sha256, 'kept-id', 'kept.csv']]);
  });

  it('confirm for several scenarios is all or nothing: one it cannot change leaves every one as it was, and nothing is loaded or stored', async () => {
    const { store, runner, actions, datasets } = setUp();
    const parsed = await parsedFile();
    const [a, b, c] = store.getState().order;
    const before = { ...store.getState().scenarios };
    expect(actions.confirm([a!, 'no-such-scenario', c!], parsed, { id: 'fresh', name: 'fresh.csv' })).toEqual([{ path: '', message: 'unknown scenario no-such-scenario' }]);
    // The scenario before the one refused had been switched to the new data, the ones after it not.
    expect(store.getState().scenarios).toEqual(before);
    for (const id of [a!, b!, c!]) expect(store.getState().scenarios[id]).toBe(before[id]);
    expect(store.getState().datasets[parsed.sha256]).toBeUndefined();
    expect(runner.loaded.size).toBe(0);
    await new Promise((r) => setTimeout(r, 10));
    expect(datasets.entries.size).toBe(0);
  });

  it('confirm for several scenarios: one the scenario checks refuse, after one they pass, leaves both as they were', async () => {
    const { store, actions } = setUp();
    const parsed = await parsedFile();
    const [a, b] = store.getState().order;
    // a names the file already, with a rows count to put right (it passes); b would take the label, which has no id (it is refused).
    expect(store.getState().setHouseholds(a!, { id: 'kept', name: 'kept.csv', sha256: parsed.sha256, rows: 119 })).toEqual([]);
    const before = { ...store.getState().scenarios };
    const issues = actions.confirm([a!, b!], parsed, { id: '', name: 'x.csv' });
    expect(issues.map((i) => i.path)).toEqual(['households.id']);
    // a's rows count had been put right before b was refused.
    expect(store.getState().scenarios[a!]!.households?.rows).toBe(119);
    expect(store.getState().scenarios).toEqual(before);
  });

  it('an invalid label changes nothing and says why', async () => {
    const { store, actions } = setUp();
    const id = store.getState().activeId;
    const before = store.getState().scenarios[id];
    const issues = actions.confirm([id], await parsedFile(), { id: '', name: 'x.csv' });
    expect(issues.map((i) => i.path)).toEqual(['households.id']);
    expect(store.getState().scenarios[id]).toBe(before);
  });
});

describe('connectHouseholds: the runner holds exactly the data sets scenarios name', () => {
  it('five files imported for five scenarios: every one of them runs', async () => {
    const { store, pool, actions } = setUpPool();
    const ids: string[] = [];
    for (let k = 0; k < 5; k++) {
      const parsed = await parsedFile(100 + k);
      const id = addNaming(store, { id: 'placeholder', name: 'placeholder.csv', sha256: 'f'.repeat(64), rows: 1 }, `On file ${k}`);
      expect(actions.confirm([id], parsed, { id: `file-${k}`, name: `file ${k}.csv` })).toEqual([]);
      ids.push(id);
    }
    for (const id of ids) {
      const ref = store.getState().scenarios[id]!.households!;
      expect(store.getState().datasets[ref.sha256]).toBe('loaded');
      expect(await runsOn(pool, ref)).toBe(2);
    }
  });

  it('a data set no scenario names any more is unloaded from the pool and forgotten; named again, it is loaded again from storage', async () => {
    const { store, pool, workers, actions, datasets } = setUpPool();
    const parsed = await parsedFile();
    const id = store.getState().activeId;
    actions.confirm([id], parsed, { id: 'survey', name: 'survey.csv' });
    const ref = store.getState().scenarios[id]!.households!;
    await until(() => datasets.entries.has(parsed.sha256));
    expect(await runsOn(pool, ref)).toBe(2);
    expect(actions.useSynthetic(id)).toEqual([]);
    expect(store.getState().datasets[parsed.sha256]).toBeUndefined();
    expect(await runsOn(pool, ref)).toMatch(/survey\.csv \(sha256 [0-9a-f]{12}…\) which has not been loaded/);
    await until(() => workers[0]!.unloads.includes(parsed.sha256));
    // Kept in storage for this session: a scenario naming it again (a link opened, Undo) has it loaded again.
    expect(datasets.entries.has(parsed.sha256)).toBe(true);
    addNaming(store, ref, 'Opened from a link');
    await until(() => store.getState().datasets[parsed.sha256] === 'loaded');
    expect(await runsOn(pool, ref)).toBe(2);
    expect(store.getState().notices).toEqual([]);
  });

  it('a scenario moved to another file lets go of the first, unless another scenario still names it', async () => {
    const { store, runner, actions } = setUp();
    const first = await parsedFile(100);
    const second = await parsedFile(101);
    const unloads: string[] = [];
    runner.unloadHouseholds = async (sha) => {
      unloads.push(sha);
    };
    const a = store.getState().activeId;
    actions.confirm([a], first, { id: 'first', name: 'first.csv' });
    const b = addNaming(store, store.getState().scenarios[a]!.households!, 'Also on the first');
    actions.confirm([a], second, { id: 'second', name: 'second.csv' });
    expect(unloads).toEqual([]);
    actions.confirm([b], second, { id: 'second', name: 'second.csv' });
    expect(unloads).toEqual([first.sha256]);
    expect(Object.keys(store.getState().datasets)).toEqual([second.sha256]);
  });

  it('a confirm no scenario takes leaves nothing loaded and nothing stored', async () => {
    const { store, runner, actions, datasets } = setUp();
    const unloads: string[] = [];
    runner.unloadHouseholds = async (sha) => {
      unloads.push(sha);
    };
    const parsed = await parsedFile();
    expect(actions.confirm([store.getState().activeId], parsed, { id: '', name: 'x.csv' })).not.toEqual([]);
    // Checked before the data is given to the runner: nothing to unload.
    expect(runner.loaded.size).toBe(0);
    expect(unloads).toEqual([]);
    expect(store.getState().datasets).toEqual({});
    await new Promise((r) => setTimeout(r, 10));
    expect(datasets.entries.size).toBe(0);
  });
});

describe('connectHouseholds({ collectUnnamed }): stored data sets no scenario names', () => {
  const entry = (p: ParsedFile, name: string): StoredDataset => ({ format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, id: name, name, savedAt: '', data: p.data });

  async function storedThree() {
    const datasets = memoryDatasetStore();
    const files = await Promise.all([40, 41, 42].map((n) => parsedFile(n)));
    for (const [k, p] of files.entries()) await datasets.put(entry(p, `file${k}.csv`));
    return { datasets, files };
  }

  it('are deleted at start; those a scenario names, or that Reset would bring back, are kept', async () => {
    const { datasets, files } = await storedThree();
    const store = createAppStore();
    const ref = (p: ParsedFile, k: number) => ({ id: `file${k}`, name: `file${k}.csv`, sha256: p.sha256, rows: p.data.n });
    addNaming(store, ref(files[0]!, 0));
    // A scenario duplicated from one on file 1: Reset takes it back there.
    const origin = store.getState().duplicate(addNaming(store, ref(files[1]!, 1), 'To be moved'));
    store.getState().setHouseholds(origin, null);
    store.getState().remove(store.getState().order.find((id) => store.getState().scenarios[id]!.name === 'To be moved')!);
    const actions = connectHouseholds(store, recordingRunner(), { datasets, parser: noParser, collectUnnamed: true });
    stops.push(() => actions.dispose());
    await until(() => !datasets.entries.has(files[2]!.sha256));
    expect(datasets.entries.has(files[0]!.sha256)).toBe(true);
    expect(datasets.entries.has(files[1]!.sha256)).toBe(true);
  });

  it('are kept when the workspace could not be restored (startApp), and deleted when it was', async () => {
    const { datasets, files } = await storedThree();
    const broken = startApp(new InThreadRunner(), { datasets, storage: { getItem: () => '{oops', setItem: () => undefined }, debounceMs: 10_000 });
    stops.push(() => broken.stop());
    await new Promise((r) => setTimeout(r, 20));
    expect(datasets.entries.size).toBe(3);
    const none = startApp(new InThreadRunner(), { datasets, storage: { getItem: () => null, setItem: () => undefined }, debounceMs: 10_000 });
    stops.push(() => none.stop());
    await until(() => datasets.entries.size === 0);
    expect(files).toHaveLength(3);
  });
});

describe('connectHouseholds: a file with a replication column covers only its replications', () => {
  async function replicated(rows: number, replications: number): Promise<ParsedFile> {
    const text = replicatedCsv(rows, replications);
    const p = parseHouseholdsCsv(text);
    return { sha256: await sha256Hex(text), bytes: text.length, rows: p.rows, badRows: p.badRows, errors: p.errors, errorCount: p.errorCount, data: p.data, summary: null, replications };
  }
  const setReplications = (store: AppStore, id: string, n: number) => expect(store.getState().setParam(id, 'run', 'replications', n)).toEqual([]);

  it('confirm refuses, naming each scenario that runs more replications than the file has, and changes nothing', async () => {
    const { store, runner, actions, datasets } = setUp();
    const parsed = await replicated(200, 10);
    const st = store.getState();
    const [a, b, c] = [st.order[0]!, st.order[1]!, st.order[2]!];
    setReplications(store, a, 10);
    setReplications(store, c, 12);
    const before = store.getState().scenarios;
    const issues = actions.confirm([a, b, c], parsed, { id: 'pop', name: 'pop.csv' });
    const name = (id: string) => store.getState().scenarios[id]!.name;
    // Coded, with what the dialog words in the reader's language (households:dialog.uncovered); the engine's English as the message.
    expect(issues).toEqual([
      {
        path: 'run.replications', code: 'uncoveredReplications', args: { scenario: b, replications: 100, coverage: 10 },
        message: `${name(b)}: the household data holds 10 replications (a replication column) but no rows for replications 10, 11, 12, 13, 14, …: a run of 100 replications needs rows for replications 0 to 99`,
      },
      {
        path: 'run.replications', code: 'uncoveredReplications', args: { scenario: c, replications: 12, coverage: 10 },
        message: `${name(c)}: the household data holds 10 replications (a replication column) but no rows for replications 10 and 11: a run of 12 replications needs rows for replications 0 to 11`,
      },
    ]);
    expect(store.getState().scenarios).toBe(before);
    expect(store.getState().datasets).toEqual({});
    expect(runner.loaded.size).toBe(0);
    await new Promise((r) => setTimeout(r, 10));
    expect(datasets.entries.size).toBe(0);
  });

  it('a scenario whose replications are raised beyond its data does not run until they are lowered again', async () => {
    const { store, actions } = setUp();
    const parsed = await replicated(200, 10);
    const id = store.getState().activeId;
    setReplications(store, id, 10);
    expect(actions.confirm([id], parsed, { id: 'pop', name: 'pop.csv' })).toEqual([]);
    expect(store.getState().datasetCoverage[parsed.sha256]).toBe(10);
    // 200 rows in 10 replications: 20 a replication, what the slides and report say a run simulated (householdsOfRun).
    expect(store.getState().datasetRows[parsed.sha256]).toEqual([20, 20]);
    const runs = () => wantedScenarios(store.getState()).some((s) => s === store.getState().scenarios[id]);
    expect(runs()).toBe(true);
    setReplications(store, id, 11);
    expect(householdsBlock(store.getState(), store.getState().scenarios[id])).toMatchObject({ kind: 'replications', coverage: 10, replications: 11 });
    expect(runs()).toBe(false);
    setReplications(store, id, 8);
    expect(runs()).toBe(true);
  });

  it('data read from the browser’s storage has its coverage too; a file without the column covers any number', async () => {
    const datasets = memoryDatasetStore();
    const parsed = await replicated(200, 10);
    const plain = await parsedFile();
    for (const p of [parsed, plain]) await datasets.put({ format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, id: 'x', name: 'x.csv', savedAt: '', data: p.data });
    const { store } = setUp(datasets);
    const id = addNaming(store, { id: 'x', name: 'x.csv', sha256: parsed.sha256, rows: 200 });
    addNaming(store, { id: 'y', name: 'y.csv', sha256: plain.sha256, rows: 120 }, 'Plain');
    await until(() => store.getState().datasets[parsed.sha256] === 'loaded' && store.getState().datasets[plain.sha256] === 'loaded');
    expect(store.getState().datasetCoverage).toEqual({ [parsed.sha256]: 10, [plain.sha256]: Infinity });
    expect(store.getState().datasetRows).toEqual({ [parsed.sha256]: [20, 20] });
    expect(householdsBlock(store.getState(), store.getState().scenarios[id])?.kind).toBe('replications');
  });
});

describe('connectHouseholds: data a scenario names', () => {
  it('loads it from the browser’s storage and only then lets the scenario run', async () => {
    const datasets = memoryDatasetStore();
    const parsed = await parsedFile();
    await datasets.put({ format: DATASET_FORMAT, version: DATASET_VERSION, sha256: parsed.sha256, id: 'a', name: 'a.csv', savedAt: '', data: parsed.data });
    const { store, runner } = setUp(datasets);
    const sid = addNaming(store, { id: 'a', name: 'a.csv', sha256: parsed.sha256, rows: 120 });
    expect(store.getState().datasets[parsed.sha256]).toBe('loading');
    expect(wantedScenarios(store.getState()).map((s) => s.name)).not.toContain('On survey data');
    await until(() => store.getState().datasets[parsed.sha256] === 'loaded');
    expect(runner.loaded.get(parsed.sha256)?.n).toBe(120);
    expect(wantedScenarios(store.getState()).some((s) => s === store.getState().scenarios[sid])).toBe(true);
    expect(store.getState().notices).toEqual([]);
  });

  it('tells once which file to import when the data is not here; the other scenarios run; importing the same file satisfies it', async () => {
    const { store, actions } = setUp();
    const parsed = await parsedFile();
    const others = wantedScenarios(store.getState()).length;
    const ref = { id: 'hies-2019', name: 'HIES 2019.csv', sha256: parsed.sha256, rows: 120 };
    const sid = addNaming(store, ref);
    addNaming(store, ref, 'Also on survey data');
    await until(() => store.getState().datasets[parsed.sha256] === 'missing');
    expect(store.getState().notices).toEqual([
      `On survey data, Also on survey data: household data HIES 2019.csv (sha256 ${parsed.sha256.slice(0, 12)}…) is not in this browser — import that file to run it.`,
    ]);
    expect(wantedScenarios(store.getState())).toHaveLength(others);
    // The user imports the file for the scenario that names it: its reference stays as it was.
    const before = store.getState().scenarios[sid];
    expect(actions.confirm([sid], parsed, { id: 'other-label', name: 'renamed.csv' })).toEqual([]);
    expect(store.getState().scenarios[sid]).toBe(before);
    expect(store.getState().datasets[parsed.sha256]).toBe('loaded');
    // Both scenarios naming the file now run.
    expect(wantedScenarios(store.getState())).toHaveLength(others + 2);
  });

  it('reports damaged stored data by name and drops it; other data sets survive', async () => {
    const datasets = memoryDatasetStore();
    const good = await parsedFile(120);
    const bad = await parsedFile(60);
    const entry = (p: ParsedFile, name: string): StoredDataset => ({ format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, id: name, name, savedAt: '', data: p.data });
    await datasets.put(entry(good, 'good.csv'));
    const damaged = entry(bad, 'bad.csv');
    damaged.data = { ...bad.data, weight: bad.data.weight.slice(0, 10) };
    await datasets.put(damaged);
    const { store, runner } = setUp(datasets);
    addNaming(store, { id: 'good', name: 'good.csv', sha256: good.sha256, rows: 120 });
    addNaming(store, { id: 'bad', name: 'bad.csv', sha256: bad.sha256, rows: 60 }, 'On damaged data');
    await until(() => store.getState().datasets[bad.sha256] === 'missing' && store.getState().datasets[good.sha256] === 'loaded');
    expect(store.getState().notices).toEqual([
      `Household data bad.csv (sha256 ${bad.sha256.slice(0, 12)}…) kept in this browser was damaged and has been removed (its column weight is missing or has the wrong length); import the file again to run the scenarios that use it.`,
    ]);
    await until(() => !datasets.entries.has(bad.sha256));
    expect(datasets.entries.has(good.sha256)).toBe(true);
    expect([...runner.loaded.keys()]).toEqual([good.sha256]);
  });
});

describe('connectHouseholds: storage that refuses', () => {
  /** Storage that refuses to read with `onGet` and to keep with `onPut`. */
  const refusing = (onGet: unknown, onPut: unknown) => ({ ...memoryDatasetStore(), get: () => Promise.reject(onGet), put: () => Promise.reject(onPut) });

  it('says why in the reader’s language, the browser’s words after it, and follows a change of language', async () => {
    const datasets = refusing(
      new DOMException('The operation is insecure.', 'SecurityError'),
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const { store, actions } = setUp(datasets);
    const stop = connectLocale(store, undefined, undefined);
    try {
      const parsed = await parsedFile();
      const named = await parsedFile(60);
      addNaming(store, { id: 'b', name: 'b.csv', sha256: named.sha256, rows: 60 });
      await until(() => store.getState().datasets[named.sha256] === 'missing');
      expect(actions.confirm([store.getState().activeId], parsed, { id: 'a', name: 'a.csv' })).toEqual([]);
      await until(() => store.getState().notices.length === 3);
      const [unavailable, , notKept] = store.getState().notices;
      expect(unavailable).toBe(
        'Household data could not be read from this browser’s storage (this browser does not allow the app to use its storage, probably because of its settings or a private window; the browser’s message: “SecurityError: The operation is insecure.”).',
      );
      expect(notKept).toBe(
        'Household data a.csv could not be kept in this browser (this browser’s storage for the app is full; the browser’s message: “QuotaExceededError: The quota has been exceeded.”): it is used until the page is closed.',
      );
      store.getState().setLanguage('ur');
      const [unavailableUr, , notKeptUr] = store.getState().notices;
      expect(unavailableUr).toBe(
        'گھرانوں کا ڈیٹا اس براؤزر کی اسٹوریج سے پڑھا نہیں جا سکا (یہ براؤزر ایپ کو اپنی اسٹوریج استعمال کرنے کی اجازت نہیں دیتا، غالباً اپنی ترتیبات یا پرائیویٹ ونڈو کی وجہ سے؛ براؤزر کا پیغام: “\u2068SecurityError: The operation is insecure.\u2069”)۔',
      );
      expect(notKeptUr).toBe(
        'گھرانوں کا ڈیٹا \u2068a.csv\u2069 اس براؤزر میں محفوظ نہیں ہو سکا (اس براؤزر میں ایپ کے لیے اسٹوریج بھر چکی ہے؛ براؤزر کا پیغام: “\u2068QuotaExceededError: The quota has been exceeded.\u2069”): صفحہ بند ہونے تک استعمال ہوتا رہے گا۔',
      );
    } finally {
      stop();
      applyLocale('en', 'international', undefined);
    }
  });

  it('says that another tab of the app holds the storage open, in each language, and gives the app’s own English message as no one’s', async () => {
    // IndexedDB whose open another tab blocks (it holds the database open and does not let go).
    const blocked = {
      open: () => {
        const request: { onblocked?: () => void } = {};
        setTimeout(() => request.onblocked?.());
        return request;
      },
    } as unknown as IDBFactory;
    const { store } = setUp({ ...memoryDatasetStore(), ...indexedDbDatasetStore(blocked) });
    const stop = connectLocale(store, undefined, undefined);
    try {
      const named = await parsedFile(60);
      addNaming(store, { id: 'b', name: 'b.csv', sha256: named.sha256, rows: 60 });
      await until(() => store.getState().datasets[named.sha256] === 'missing');
      expect(store.getState().notices[0]).toBe(
        'Household data could not be read from this browser’s storage (another tab of this app is holding it open: close the app’s other tabs, or reload them, and try again).',
      );
      store.getState().setLanguage('ur');
      expect(store.getState().notices[0]).toBe(
        'گھرانوں کا ڈیٹا اس براؤزر کی اسٹوریج سے پڑھا نہیں جا سکا (اس ایپ کا ایک اور ٹیب اسے کھولے ہوئے ہے: ایپ کے دوسرے ٹیب بند کریں یا انہیں دوبارہ لوڈ کریں، پھر دوبارہ کوشش کریں)۔',
      );
    } finally {
      stop();
      applyLocale('en', 'international', undefined);
    }
  });
});

/** Data with every optional column, as a file written by export-population gives (replication 0 only). */
function withEveryColumn(data: HouseholdData): HouseholdData {
  const n = data.n;
  return {
    ...data, replication: new Int32Array(n), pmt: new Float64Array(n).fill(50), existing: new Uint8Array(n), savings: new Float64Array(n).fill(1000),
    loanStatus: new Uint8Array(n).fill(1), permanentLog: new Float64Array(n).fill(8.1), persistentLog: new Float64Array(n).fill(-0.2),
  };
}

describe('connectHouseholds: stored data breaking a rule of the format', () => {
  // [column as the file names it, the HouseholdData field, the value put in row 3 (index 2)]
  const cases: [string, keyof HouseholdData, number][] = [
    ['region', 'region', 7],
    ['area', 'rural', 2],
    ['weight', 'weight', 0],
    ['weight', 'weight', Infinity],
    ['size', 'size', 0],
    ['size', 'size', 32],
    ['adult_equivalents', 'ae', 0],
    ['adult_equivalents', 'ae', 9],
    ['consumption_per_ae', 'welfare', NaN],
    ['consumption_per_ae', 'welfare', -1],
    ['livelihood', 'livelihood', 9],
    ['female_head', 'femaleHead', 2],
    ['elderly_disabled', 'elderlyDisabled', 3],
    ['school_children', 'schoolChildren', 255],
    ['skilled', 'skilled', 2],
    ['replication', 'replication', -1],
    ['pmt_score', 'pmt', 101],
    ['pmt_score', 'pmt', NaN],
    ['existing_transfer', 'existing', 2],
    ['savings_pkr', 'savings', -5],
    ['savings_pkr', 'savings', Infinity],
    ['loan_status', 'loanStatus', 3],
    ['permanent_log', 'permanentLog', NaN],
    ['persistent_log', 'persistentLog', -Infinity],
  ];
  it.each(cases)('%s: %s = %s is reported by column and row, removed, and never given to the runner', async (column, field, value) => {
    const datasets = memoryDatasetStore();
    const p = await parsedFile(30);
    const data = withEveryColumn(p.data);
    // Row 3's size is 3 (householdRow): an adult-equivalent count of 9 exceeds it.
    const values = (data[field] as Float64Array).slice();
    values[2] = value;
    await datasets.put({ format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, id: 'x', name: 'x.csv', savedAt: '', data: { ...data, [field]: values } });
    const { store, runner } = setUp(datasets);
    addNaming(store, { id: 'x', name: 'x.csv', sha256: p.sha256, rows: 30 });
    await until(() => store.getState().datasets[p.sha256] === 'missing');
    expect(store.getState().notices).toEqual([
      `Household data x.csv (sha256 ${p.sha256.slice(0, 12)}…) kept in this browser was damaged and has been removed (its column ${column} has an impossible value in row 3); import the file again to run the scenarios that use it.`,
    ]);
    await until(() => !datasets.entries.has(p.sha256));
    expect(runner.loaded.size).toBe(0);
  });

  it('an empty household id, and one model-state column without the other, are refused too', async () => {
    const p = await parsedFile(30);
    const data = withEveryColumn(p.data);
    const entry = (d: HouseholdData) => ({ format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, id: 'x', name: 'x.csv', savedAt: '', data: d });
    const householdId = [...data.householdId];
    householdId[4] = ' ';
    expect(readStoredDataset(entry({ ...data, householdId }), p.sha256)).toEqual({ ok: false, reason: { kind: 'value', column: 'household_id', row: 5 } });
    expect(readStoredDataset(entry({ ...data, persistentLog: null }), p.sha256)).toEqual({ ok: false, reason: { kind: 'column', column: 'persistentLog' } });
    expect(readStoredDataset(entry(data), p.sha256).ok).toBe(true);
  });
});

describe('connectHouseholds: the stored entry and the scenario that names it', () => {
  it('a stored entry whose rows are not the scenario’s rows is damaged: said, removed, not loaded', async () => {
    const datasets = memoryDatasetStore();
    const p = await parsedFile(30);
    await datasets.put({ format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, id: 'x', name: 'x.csv', savedAt: '', data: p.data });
    const { store, runner } = setUp(datasets);
    addNaming(store, { id: 'x', name: 'x.csv', sha256: p.sha256, rows: 31 });
    await until(() => store.getState().datasets[p.sha256] === 'missing');
    expect(store.getState().notices).toEqual([
      `Household data x.csv (sha256 ${p.sha256.slice(0, 12)}…) kept in this browser was damaged and has been removed (it holds 30 rows where the scenario that uses it says 31); import the file again to run the scenarios that use it.`,
    ]);
    await until(() => !datasets.entries.has(p.sha256));
    expect(runner.loaded.size).toBe(0);
  });

  it('a stored entry a newer app wrote is kept for it, not called damaged, and not loaded here', async () => {
    const datasets = memoryDatasetStore();
    const p = await parsedFile(30);
    // As a newer app would write it (the store holds whatever it was given).
    datasets.entries.set(p.sha256, { format: DATASET_FORMAT, version: DATASET_VERSION + 1, sha256: p.sha256, id: 'x', name: 'x.csv', savedAt: '', data: p.data });
    const { store, runner } = setUp(datasets);
    addNaming(store, { id: 'x', name: 'x.csv', sha256: p.sha256, rows: 30 });
    await until(() => store.getState().datasets[p.sha256] === 'missing');
    expect(store.getState().notices).toEqual([
      `Household data x.csv (sha256 ${p.sha256.slice(0, 12)}…) kept in this browser was written by a newer version of this app (format ${DATASET_VERSION + 1}), which this one cannot read; it is kept for that version. Import the file again to run the scenarios that use it here.`,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(datasets.entries.has(p.sha256)).toBe(true);
    expect(runner.loaded.size).toBe(0);
  });

  it('importing the file again puts the scenario’s rows right, keeping its id and name', async () => {
    const { store, actions } = setUp();
    const p = await parsedFile(30);
    const sid = addNaming(store, { id: 'kept-id', name: 'kept.csv', sha256: p.sha256, rows: 31 });
    expect(actions.confirm([sid], p, { id: 'other', name: 'other.csv' })).toEqual([]);
    expect(store.getState().scenarios[sid]!.households).toEqual({ id: 'kept-id', name: 'kept.csv', sha256: p.sha256, rows: 30 });
  });

  it('confirm stores the engine version that parsed the file', async () => {
    const { store, actions, datasets } = setUp();
    const p = await parsedFile(30);
    actions.confirm([store.getState().activeId], p, { id: 'x', name: 'x.csv' });
    await until(() => datasets.entries.has(p.sha256));
    expect((datasets.entries.get(p.sha256) as StoredDataset).engineVersion).toBe(ENGINE_VERSION);
  });
});

describe('readStoredDataset(raw, sha256)', () => {
  it('refuses a version that is not a whole number of at least 1, and an engine version that is not text; accepts an entry without one', async () => {
    const p = await parsedFile(30);
    const ok = { format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, engineVersion: ENGINE_VERSION, id: 'x', name: 'x.csv', savedAt: '', data: p.data };
    const reason = (raw: unknown) => {
      const r = readStoredDataset(raw, p.sha256);
      return r.ok ? null : r.reason;
    };
    expect(reason(ok)).toBeNull();
    for (const version of [0, -1, 0.5, '1', null, NaN]) expect(reason({ ...ok, version })).toEqual({ kind: 'format' });
    for (const engineVersion of [2, '', null]) expect(reason({ ...ok, engineVersion })).toEqual({ kind: 'format' });
    const { engineVersion: _, ...older } = ok;
    expect(reason(older)).toBeNull();
  });

  it('accepts what was stored and refuses another format, a newer version, a wrong hash and impossible values', async () => {
    const p = await parsedFile(30);
    const ok = { format: DATASET_FORMAT, version: DATASET_VERSION, sha256: p.sha256, id: 'x', name: 'x.csv', savedAt: '', data: p.data };
    expect(readStoredDataset(structuredClone(ok), p.sha256).ok).toBe(true);
    const reason = (raw: unknown, sha = p.sha256) => {
      const r = readStoredDataset(raw, sha);
      return r.ok ? null : r.reason;
    };
    expect(reason({ ...ok, format: 'other' })).toEqual({ kind: 'format' });
    expect(reason(ok, 'f'.repeat(64))).toEqual({ kind: 'format' });
    expect(reason({ ...ok, version: 2 })).toEqual({ kind: 'newer', version: 2 });
    expect(reason({ ...ok, data: { ...p.data, region: Array.from(p.data.region) } })).toEqual({ kind: 'column', column: 'region' });
    const weight = p.data.weight.slice();
    weight[4] = -1;
    expect(reason({ ...ok, data: { ...p.data, weight } })).toEqual({ kind: 'value', column: 'weight', row: 5 });
    const region = p.data.region.slice();
    region[0] = 99;
    expect(reason({ ...ok, data: { ...p.data, region } })).toEqual({ kind: 'value', column: 'region', row: 1 });
    expect(reason(undefined)).toEqual({ kind: 'format' });
  });
});

