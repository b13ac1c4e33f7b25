// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SCENARIO_VERSION } from '../../src/engine/index';
import { createAppStore } from '../../src/state/store';
import { parseWorkspace, serialiseWorkspace, WORKSPACE_FORMAT } from '../../src/state/workspace';
import { PREVIOUS_UNRESTORED_KEY, restoreWorkspace, saveWorkspaceOnChange, STORAGE_KEY, UNRESTORED_FILE, UNRESTORED_KEY } from '../../src/app/persistence';
import { connectLocale } from '../../src/app/locale';
import { applyLocale } from '../../src/i18n/index';
import { stripBidi } from '../../src/i18n/bidi';
import { englishWords } from '../i18n/noEnglish';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('saved workspace', () => {
  it('round-trips scenarios, order, baseline, active, compared and colours', () => {
    const store = createAppStore();
    const st = store.getState();
    const id = st.duplicate(st.activeId);
    st.setParam(id, 'cash', 'benefitPKR', 3000);
    const { workspace, problems } = parseWorkspace(serialiseWorkspace(store.getState()));
    expect(problems).toEqual([]);
    const now = store.getState();
    expect(workspace).toEqual({ scenarios: now.scenarios, order: now.order, baselineId: now.baselineId, activeId: now.activeId, compareIds: now.compareIds, nextId: now.nextId, meta: now.meta, colors: now.colors });
    expect(Object.keys(now.colors).sort()).toEqual([...now.order].sort());
  });

  it('keeps what the save was made on top of (in the same version); a save without it, as an older build wrote, reads as before', () => {
    const text = serialiseWorkspace(createAppStore().getState(), {}, ['0123456789abcdef']);
    expect(JSON.parse(text).version).toBe(2);
    expect(parseWorkspace(text).basedOn).toEqual(['0123456789abcdef']);
    const older = JSON.parse(text);
    delete older.basedOn;
    expect(parseWorkspace(JSON.stringify(older))).toMatchObject({ basedOn: null, problems: [], lost: false, removed: {} });
    expect(parseWorkspace(JSON.stringify(older)).workspace).toEqual(parseWorkspace(text).workspace);
  });

  it('keeps how each scenario was named; a version-1 workspace (no naming record) keeps every name as given', () => {
    const store = createAppStore();
    const st = store.getState();
    const cash = st.createFromPreset('cash');
    const { workspace } = parseWorkspace(serialiseWorkspace(store.getState()));
    expect(workspace!.meta[st.order[1]!]!.named).toBe('auto');
    expect(workspace!.meta[cash]!.named).toBe('user');
    const v1 = JSON.parse(serialiseWorkspace(store.getState()));
    v1.version = 1;
    for (const e of v1.scenarios) delete e.meta;
    const old = parseWorkspace(JSON.stringify(v1));
    expect(old.problems).toEqual([]);
    expect(Object.values(old.workspace!.meta).every((m) => m.named === 'user')).toBe(true);
    // A damaged naming record is reported, and the scenario is kept with its name.
    const bad = JSON.parse(serialiseWorkspace(store.getState()));
    bad.scenarios[1].meta = { named: 'auto', origin: { nonsense: true }, namedFor: null };
    const damaged = parseWorkspace(JSON.stringify(bad));
    expect(damaged.problems).toEqual(['The naming record of saved scenario “Rs 80 bn a year” could not be read; its name is kept as it is.']);
    expect(damaged.workspace!.scenarios[bad.scenarios[1].id].name).toBe('Rs 80 bn a year');
  });

  it('restores the valid scenarios and reports each invalid one by name and path', () => {
    const store = createAppStore();
    const doc = JSON.parse(serialiseWorkspace(store.getState()));
    doc.scenarios[2].scenario.policy.cash.takeUp = 7;
    doc.scenarios[3].scenario.policy.budget.nonsense = 1;
    const { workspace, problems } = parseWorkspace(JSON.stringify(doc));
    expect(workspace!.order).toEqual([doc.order[0], doc.order[1]]);
    expect(problems).toEqual([
      'Saved scenario “Rs 100 bn a year” was not restored: policy.cash.takeUp must be between 0% and 100%, got 700%.',
      'Saved scenario “Rs 120 bn a year” was not restored: policy.budget.nonsense is not a known parameter.',
    ]);
  });

  it('restores scenarios saved as version-1 documents through migration, and reports a bad one by its new path', () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/scenarios/v1.json', import.meta.url), 'utf8'));
    expect(v1.version).toBe(1);
    const bad = structuredClone(v1);
    bad.name = 'Old and broken';
    bad.cash.takeUp = 7;
    const doc = {
      format: WORKSPACE_FORMAT, version: 1, order: ['baseline', 's1', 's2'], baselineId: 'baseline', activeId: 's1', compareIds: ['s1', 's2'], nextId: 3,
      scenarios: [
        { id: 'baseline', scenario: { ...structuredClone(v1), name: 'Baseline (no new programmes)', budget: { ...v1.budget, annualBn: [0] } } },
        { id: 's1', scenario: v1 },
        { id: 's2', scenario: bad },
      ],
    };
    const { workspace, problems } = parseWorkspace(JSON.stringify(doc));
    expect(problems).toEqual(['Saved scenario “Old and broken” was not restored: policy.cash.takeUp must be between 0% and 100%, got 700%.']);
    expect(workspace).toMatchObject({ order: ['baseline', 's1'], baselineId: 'baseline', activeId: 's1', compareIds: ['s1'] });
    const s1 = workspace!.scenarios.s1!;
    expect(s1.version).toBe(SCENARIO_VERSION);
    expect(s1.name).toBe(v1.name);
    expect(s1.policy.cash.benefitPKR).toBe(v1.cash.benefitPKR);
    expect(s1.run).toEqual(v1.simulation);
    expect(workspace!.scenarios.baseline!.policy.budget.annualBn).toEqual([0]);
    // What is restored is saved back as the current version and round-trips unchanged.
    const again = parseWorkspace(serialiseWorkspace(workspace!));
    expect(again.problems).toEqual([]);
    expect(again.workspace).toEqual(workspace);
    expect(JSON.parse(serialiseWorkspace(workspace!)).scenarios.every((e: { scenario: { version: number } }) => e.scenario.version === SCENARIO_VERSION)).toBe(true);
  });

  it('starts afresh, saying why, on unreadable, foreign or newer saved work', () => {
    expect(parseWorkspace('{not json').problems[0]).toMatch(/could not be read/);
    expect(parseWorkspace('{"format":"other"}').problems[0]).toMatch(/not in a format/);
    expect(parseWorkspace(JSON.stringify({ format: 'poverty-policy-simulator/workspace', version: 9 })).problems[0]).toMatch(/newer version/);
  });

  it('replaces an invalid saved baseline with a fresh one and keeps the other scenarios', () => {
    const doc = JSON.parse(serialiseWorkspace(createAppStore().getState()));
    doc.scenarios[0].scenario.run.months = 'x';
    const r = parseWorkspace(JSON.stringify(doc));
    expect(r.workspace!.order).toEqual(doc.order);
    expect(r.workspace!.scenarios[r.workspace!.baselineId]!.policy.budget.annualBn).toEqual([0]);
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

  // The first save wrote over it: a newer version's workspace, a damaged one, or a scenario left out was gone after one edit.
  it('saved work not restored as saved is kept apart before this tab saves over it, and the notices say where', async () => {
    const newer = JSON.stringify({ format: WORKSPACE_FORMAT, version: 99, scenarios: ['a newer app’s work'] });
    const good = createAppStore();
    const oneBad = JSON.parse(serialiseWorkspace(good.getState()));
    oneBad.scenarios[2].scenario.policy.cash.takeUp = 9;
    for (const text of [newer, '{"format": "poverty-policy-simulator/workspace", "vers', JSON.stringify(oneBad)]) {
      const storage = memoryStorage({ [STORAGE_KEY]: text });
      const store = createAppStore();
      restoreWorkspace(store, storage);
      const stop = saveWorkspaceOnChange(store, storage, 0);
      store.getState().rename(store.getState().activeId, 'An edit');
      await new Promise((r) => setTimeout(r, 5));
      stop();
      expect(storage.data.get(STORAGE_KEY)).toMatch(/An edit/);
      expect(storage.data.get(UNRESTORED_KEY)).toBe(text);
      expect(store.getState().notices.at(-1)).toBe(`A copy of the saved work as it was is kept in this browser’s local storage under “${UNRESTORED_KEY}”, so that saving your work from now on does not lose it; download it to keep it as a file.`);
      // And offered as a file: nobody can be asked to dig it out of the browser's storage.
      expect(store.getState().noticeFiles.at(-1)).toEqual({ name: UNRESTORED_FILE, text });
    }
    // Work restored as saved is not copied.
    const storage = memoryStorage({ [STORAGE_KEY]: serialiseWorkspace(good.getState()) });
    restoreWorkspace(createAppStore(), storage);
    expect(storage.data.has(UNRESTORED_KEY)).toBe(false);
  });

  it('keeps no copy for a problem that loses nothing: a naming record read as the user’s own name', () => {
    const doc = JSON.parse(serialiseWorkspace(createAppStore().getState()));
    delete doc.scenarios[1].meta;
    const text = JSON.stringify(doc);
    expect(parseWorkspace(text)).toMatchObject({ lost: false, problems: [expect.stringMatching(/./)] });
    const storage = memoryStorage({ [STORAGE_KEY]: text });
    const store = createAppStore();
    restoreWorkspace(store, storage);
    expect(storage.data.has(UNRESTORED_KEY)).toBe(false);
    expect(store.getState().noticeFiles.every((f) => f === null)).toBe(true);
  });

  it('moves an earlier kept copy aside rather than writing over it, and offers the file alone when storage refuses the copy', () => {
    const earlier = '{"format": "an earlier damaged save';
    const now = '{"format": "today’s damaged save';
    const storage = memoryStorage({ [STORAGE_KEY]: now, [UNRESTORED_KEY]: earlier });
    restoreWorkspace(createAppStore(), storage);
    expect(storage.data.get(UNRESTORED_KEY)).toBe(now);
    expect(storage.data.get(PREVIOUS_UNRESTORED_KEY)).toBe(earlier);
    // The same text again (a reload before any save): nothing moves.
    restoreWorkspace(createAppStore(), storage);
    expect(storage.data.get(PREVIOUS_UNRESTORED_KEY)).toBe(earlier);
    // Storage that reads but refuses to write: no claim that it is kept, but the file is still offered.
    const full = { getItem: (k: string) => (k === STORAGE_KEY ? now : null), setItem: () => { throw new Error('QuotaExceededError'); } };
    const store = createAppStore();
    restoreWorkspace(store, full);
    expect(store.getState().notices.at(-1)).toMatch(/^The saved work as it was could not be kept apart in this browser/);
    expect(store.getState().noticeFiles.at(-1)).toEqual({ name: UNRESTORED_FILE, text: now });
  });

  it('reports storage that refuses to save, once', async () => {
    const store = createAppStore();
    const failing = { getItem: () => null, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    const stop = saveWorkspaceOnChange(store, failing, 0);
    store.getState().rename(store.getState().activeId, 'A');
    await new Promise((r) => setTimeout(r, 5));
    store.getState().rename(store.getState().activeId, 'B');
    await new Promise((r) => setTimeout(r, 5));
    stop();
    expect(store.getState().notices).toEqual([
      'Your work could not be saved in this browser (this browser’s storage for the app is full; the browser’s message: “QuotaExceededError: The quota has been exceeded.”); it stays open until you close the page.',
    ]);
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

/** A notice's text without its isolated runs (the browser's words, quoted as they are). */
const withoutIsolates = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, '');

describe('saved work that cannot be read, said in the reader’s language', () => {
  afterEach(() => applyLocale('en', 'international', undefined));

  // The reason was the browser's sentence alone ("Unexpected token o in JSON at position 1"), English in the Urdu notice.
  it('says what is wrong with the saved text; the browser’s words follow, labelled as its', () => {
    expect(parseWorkspace('{"format": "poverty-policy-simulator/workspace", "vers').problems[0]).toMatch(
      /^Your saved work could not be read \(the saved text is incomplete: it breaks off part way through; the browser’s message: “SyntaxError: [^”]+”\); starting from the default comparison\.$/,
    );
    expect(parseWorkspace('{oops').problems[0]).toMatch(/^Your saved work could not be read \(the saved text is damaged: it is not valid JSON; the browser’s message: “SyntaxError: [^”]+”\);/);
    expect(parseWorkspace('').problems[0]).toMatch(/^Your saved work could not be read \(the saved text is empty; the browser’s message: /);
  });

  it('in Urdu, the reason is Urdu; the browser’s words are isolated and labelled as the browser’s', () => {
    applyLocale('ur', 'international', undefined);
    const [problem] = parseWorkspace('{"a": 1} x').problems;
    expect(stripBidi(problem!)).toMatch(/^آپ کا محفوظ کیا گیا کام پڑھا نہیں جا سکا \(محفوظ کیا گیا متن خراب ہے: یہ درست JSON نہیں؛ براؤزر کا پیغام: “SyntaxError: [^”]+”\)؛ طے شدہ موازنے سے آغاز کیا جا رہا ہے۔$/);
    expect(problem).toMatch(/براؤزر کا پیغام: “\u2068SyntaxError: [^\u2069]+\u2069”/);
    expect(englishWords(withoutIsolates(problem!))).toEqual([]);
    expect(stripBidi(parseWorkspace('{"format": "poverty').problems[0]!)).toMatch(/\(محفوظ کیا گیا متن ادھورا ہے: یہ بیچ ہی میں ختم ہو جاتا ہے؛ /);
  });

  it('its notice, and the reason in it, follow a change of language', () => {
    const store = createAppStore();
    const stop = connectLocale(store, undefined, undefined);
    try {
      restoreWorkspace(store, memoryStorage({ [STORAGE_KEY]: '{oops' }));
      expect(store.getState().notices[0]).toMatch(/^Your saved work could not be read \(the saved text is damaged/);
      store.getState().setLanguage('ur');
      const notice = store.getState().notices[0]!;
      expect(stripBidi(notice)).toMatch(/^آپ کا محفوظ کیا گیا کام پڑھا نہیں جا سکا \(محفوظ کیا گیا متن خراب ہے/);
      expect(englishWords(withoutIsolates(notice))).toEqual([]);
      store.getState().setLanguage('en');
      expect(store.getState().notices[0]).toMatch(/^Your saved work could not be read \(the saved text is damaged/);
    } finally {
      stop();
    }
  });

  it('storage the browser forbids is said as such, in the language switched to as well', () => {
    const store = createAppStore();
    const stop = connectLocale(store, undefined, undefined);
    const forbidden = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {},
    };
    try {
      expect(restoreWorkspace(store, forbidden)).toBe(false);
      expect(store.getState().notices).toEqual([
        'Saved work is not available in this browser (this browser does not allow the app to use its storage, probably because of its settings or a private window; the browser’s message: “SecurityError: The operation is insecure.”).',
      ]);
      store.getState().setLanguage('ur');
      const notice = store.getState().notices[0]!;
      expect(stripBidi(notice)).toBe(
        'محفوظ کیا گیا کام اس براؤزر میں دستیاب نہیں (یہ براؤزر ایپ کو اپنی اسٹوریج استعمال کرنے کی اجازت نہیں دیتا، غالباً اپنی ترتیبات یا پرائیویٹ ونڈو کی وجہ سے؛ براؤزر کا پیغام: “SecurityError: The operation is insecure.”)۔',
      );
      expect(englishWords(withoutIsolates(notice))).toEqual([]);
    } finally {
      stop();
    }
  });
});
