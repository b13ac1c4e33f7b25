// @vitest-environment node
import { deflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index';
import { createAppStore, type AppStore } from '../../src/state/store';
import { comparisonDocument, comparisonOnScreen, encodeShareFragment } from '../../src/state/shareLink';
import { openScenarioFile, openSharedFromLocation, watchShareLinks } from '../../src/app/openShared';
import { connectLocale } from '../../src/app/locale';
import { applyLocale } from '../../src/i18n/index';
import { displayNameOf } from '../../src/state/displayName';
import { englishWords } from '../i18n/noEnglish';

function fakeWindow(hash: string) {
  const listeners: Record<string, () => void> = {};
  const win = {
    location: { hash, pathname: '/app/', search: '?x=1' },
    replaced: [] as (string | undefined)[],
    history: { replaceState: (_d: unknown, _u: string, url?: string) => { win.replaced.push(url); win.location.hash = ''; } },
    addEventListener: (type: string, f: () => void) => { listeners[type] = f; },
    removeEventListener: (type: string) => { delete listeners[type]; },
    fire: (type: string) => listeners[type]?.(),
  };
  return win;
}

const workOf = (store: AppStore) => {
  const { scenarios, order, baselineId, activeId, compareIds, meta } = store.getState();
  return structuredClone({ scenarios, order, baselineId, activeId, compareIds, meta });
};

/** The sender's comparison on screen, with its Rs 80 bn scenario on another seed (so it differs from the receiver's). */
function otherSeedFragment(): string {
  const doc = comparisonOnScreen(createAppStore().getState(), ENGINE_VERSION);
  const k = doc.scenarios.findIndex((s) => s.name === 'Rs 80 bn a year');
  doc.scenarios[k] = { ...doc.scenarios[k]!, run: { ...doc.scenarios[k]!.run, seed: 99 } };
  return encodeShareFragment(doc);
}

describe('openSharedFromLocation(store, window)', () => {
  it('opens a link beside the user\'s work, says so, and clears the fragment so a reload does not open it again', () => {
    const store = createAppStore();
    const before = workOf(store);
    const win = fakeWindow(`#${otherSeedFragment()}`);
    openSharedFromLocation(store, win);
    const st = store.getState();
    // The one scenario the receiver did not have opens beside theirs; the ones they had (same name and contents) are theirs.
    expect(st.order).toHaveLength(5);
    for (const id of before.order) expect(st.scenarios[id]).toEqual(before.scenarios[id]);
    expect(st.scenarios[st.activeId]!.name).toBe('Rs 80 bn a year 2');
    expect(st.scenarios[st.activeId]!.run.seed).toBe(99);
    expect(st.baselineId).toBe(before.baselineId);
    expect(st.notices).toHaveLength(1);
    expect(st.notices[0]).toMatch(/^Opened the shared comparison beside your own scenarios: “Status quo \(no new programmes\)”, “Rs 80 bn a year 2”/);
    expect(win.replaced).toEqual(['/app/?x=1']);
  });

  it('its notice follows a change of language, and one made from a plain message stays as it was', () => {
    const store = createAppStore();
    const stop = connectLocale(store, undefined, undefined);
    try {
      store.getState().addNotice('engine: a plain message');
      openSharedFromLocation(store, fakeWindow(`#${otherSeedFragment()}`));
      expect(store.getState().notices[1]).toMatch(/^Opened the shared comparison beside your own scenarios/);
      store.getState().setLanguage('ur');
      const [plain, opened] = store.getState().notices;
      expect(plain).toBe('engine: a plain message');
      expect(opened).not.toMatch(/Opened|beside/);
      // The opened scenario as its tab names it in Urdu, not the English name the link stores (it was "Rs 80 bn a year 2").
      const st = store.getState();
      expect(opened).toContain(displayNameOf(st, st.activeId));
      expect(displayNameOf(st, st.activeId)).toMatch(/^سالانہ 80 ارب روپے 2$/);
      expect(opened).not.toMatch(/Rs 80 bn/);
      store.getState().dismissNotice(0);
      store.getState().setLanguage('en');
      expect(store.getState().notices).toEqual([expect.stringMatching(/^Opened the shared comparison beside your own scenarios/)]);
    } finally {
      stop();
      applyLocale('en', 'international', undefined);
    }
  });

  it('a link whose scenarios the user already has (opened twice, or the defaults) adds nothing, and says so', () => {
    const store = createAppStore();
    const fragment = encodeShareFragment(comparisonOnScreen(createAppStore().getState(), ENGINE_VERSION));
    const before = workOf(store);
    openSharedFromLocation(store, fakeWindow(`#${fragment}`));
    expect(store.getState().order).toEqual(before.order);
    expect(store.getState().scenarios).toEqual(before.scenarios);
    expect(store.getState().notices[0]).toMatch(/^You already have every scenario shared, now on screen: “Status quo \(no new programmes\)”/);
    // Opening a link twice adds its new scenarios once.
    openSharedFromLocation(store, fakeWindow(`#${otherSeedFragment()}`));
    openSharedFromLocation(store, fakeWindow(`#${otherSeedFragment()}`));
    expect(store.getState().order).toHaveLength(5);
  });

  // Bug: a fresh browser opened every link on Overlaid, its shared scenarios in whatever colours were free.
  it('opens on the sender\u2019s view, each shared scenario in the sender\u2019s colour', () => {
    const sender = createAppStore();
    const [, s80, s100, s120] = sender.getState().order as [string, string, string, string];
    sender.getState().replaceScenario(s80, { ...sender.getState().scenarios[s80]!, run: { ...sender.getState().scenarios[s80]!.run, seed: 99 } });
    sender.setState({ view: 'compare', colors: { ...sender.getState().colors, [s80]: 3, [s100]: 1, [s120]: 2 } });
    const store = createAppStore();
    openSharedFromLocation(store, fakeWindow(`#${encodeShareFragment(comparisonOnScreen(sender.getState(), ENGINE_VERSION))}`));
    const st = store.getState();
    expect(st.view).toBe('compare');
    const colorOf = (name: string) => st.colors[st.order.find((id) => st.scenarios[id]!.name === name)!];
    // The sender's Rs 80 bn (on another seed: new here, so named "… 2") in place 3, the two the recipient had in 1 and 2.
    expect(['Status quo (no new programmes)', 'Rs 80 bn a year 2', 'Rs 100 bn a year', 'Rs 120 bn a year'].map(colorOf)).toEqual([0, 3, 1, 2]);
    // The recipient's own Rs 80 bn, not shared, gave up place 1 for the first free one.
    expect(colorOf('Rs 80 bn a year')).toBe(4);
    expect(st.notices).toHaveLength(1);
  });

  it('a link whose view is not one this app has still opens its scenarios, and says why the view stayed', () => {
    const store = createAppStore();
    const doc = { ...JSON.parse(JSON.stringify(comparisonDocument(comparisonOnScreen(createAppStore().getState(), ENGINE_VERSION)))), view: 'map' };
    doc.scenarios[1].run.seed = 99;
    const fragment = `s=2.${Buffer.from(zlibSync(new TextEncoder().encode(JSON.stringify(doc)))).toString('base64url')}`;
    store.getState().setView('assumptions');
    openSharedFromLocation(store, fakeWindow(`#${fragment}`));
    expect(store.getState().order).toHaveLength(5);
    expect(store.getState().view).toBe('assumptions');
    expect(store.getState().notices).toEqual([
      expect.stringMatching(/^Opened the shared comparison beside your own scenarios/),
      expect.stringMatching(/^The shared link: “view” must be one of .*, got "map"; the comparison opens in the view you are on\.$/),
    ]);
  });

  it('a damaged link changes nothing but the notices, which say what is wrong', () => {
    const store = createAppStore();
    const before = workOf(store);
    const win = fakeWindow('#s=1.not*base64');
    openSharedFromLocation(store, win);
    expect(workOf(store)).toEqual(before);
    expect(store.getState().notices).toEqual([expect.stringMatching(/The shared link is damaged: character 4 .*Nothing was opened; your own scenarios are unchanged\./)]);
    expect(win.replaced).toHaveLength(1);
  });

  it('a link with many problems says them in one notice: the first few, a count of the rest, and to ask for it again', () => {
    const store = createAppStore();
    const before = workOf(store);
    const st = store.getState();
    const broken = st.order.map((id) => ({ ...st.scenarios[id]!, policy: { ...st.scenarios[id]!.policy, budget: { ...st.scenarios[id]!.policy.budget, annualBn: [-1] } }, run: { ...st.scenarios[id]!.run, replications: 0 } }));
    const fragment = encodeShareFragment({ engineVersion: ENGINE_VERSION, scenarios: broken, baseline: 0, compare: [1, 2, 3], active: 1 });
    openSharedFromLocation(store, fakeWindow(`#${fragment}`));
    expect(workOf(store)).toEqual(before);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    // Its checksum matches, so the problems were in it when it was made: no use asking for it again.
    expect(notices[0]).toMatch(/\(and \d+ more problems\) Nothing was opened; your own scenarios are unchanged\. The link arrived intact \(its checksum matches\): it was probably made by another version of this app\.$/);
    expect(notices[0]!.match(/Nothing was opened/g)).toHaveLength(1);
  });

  it('a link damaged on its way, one problem, is to be asked for again; an older link without a checksum may have been damaged', () => {
    const store = createAppStore();
    const before = workOf(store);
    const good = encodeShareFragment(comparisonOnScreen(store.getState(), ENGINE_VERSION));
    const bytes = Buffer.from(good.slice(4), 'base64url');
    bytes[Math.floor(bytes.length / 2)] ^= 0x10;
    openSharedFromLocation(store, fakeWindow(`#s=2.${bytes.toString('base64url')}`));
    expect(workOf(store)).toEqual(before);
    expect(store.getState().notices).toEqual([expect.stringMatching(/^The shared link is damaged: .* Nothing was opened; your own scenarios are unchanged\. Ask for the link again\.$/)]);
    // Format 1 carries no checksum: a link that fails to validate may have been damaged, or made by another version.
    const st = store.getState();
    const doc = { kind: 'comparison', version: 1, engineVersion: ENGINE_VERSION, baseline: 0, compare: [], active: 3, scenarios: [st.scenarios[st.activeId]] };
    openSharedFromLocation(store, fakeWindow(`#s=1.${Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(doc)))).toString('base64url')}`));
    expect(store.getState().notices[1]).toMatch(/“active”.* The link may have been damaged on its way: ask for it again\.$/);
    expect(workOf(store)).toEqual(before);
  });

  // Worded once, the problems (and the reasons in them) had stayed in the language the link was opened in.
  it('a damaged link\u2019s notice, its problems and the warnings of one that opens follow a change of language', () => {
    const store = createAppStore();
    const stop = connectLocale(store, undefined, undefined);
    try {
      const good = encodeShareFragment(comparisonOnScreen(store.getState(), ENGINE_VERSION));
      const bytes = Buffer.from(good.slice(4), 'base64url');
      openSharedFromLocation(store, fakeWindow(`#s=2.${bytes.subarray(0, Math.floor(bytes.length / 2)).toString('base64url')}`));
      const doc = { ...JSON.parse(JSON.stringify(comparisonDocument(comparisonOnScreen(createAppStore().getState(), ENGINE_VERSION)))), view: 'map' };
      doc.scenarios[1].run.seed = 99;
      openSharedFromLocation(store, fakeWindow(`#s=2.${Buffer.from(zlibSync(new TextEncoder().encode(JSON.stringify(doc)))).toString('base64url')}`));
      const [damaged, , view] = store.getState().notices;
      expect(damaged).toMatch(/^The shared link is damaged: its compressed data breaks off part way through/);
      expect(view).toMatch(/^The shared link: “view” must be one of/);
      store.getState().setLanguage('ur');
      const [damagedUr, , viewUr] = store.getState().notices;
      expect(damagedUr).toMatch(/^شیئر کیا گیا لنک خراب ہے: اس کا کمپریس شدہ ڈیٹا بیچ ہی میں ختم ہو جاتا ہے/);
      expect(englishWords(damagedUr!)).toEqual([]);
      expect(viewUr).toMatch(/^شیئر کیا گیا لنک: /);
      store.getState().setLanguage('en');
      expect(store.getState().notices[0]).toBe(damaged);
      expect(store.getState().notices[2]).toBe(view);
    } finally {
      stop();
      applyLocale('en', 'international', undefined);
    }
  });

  it('leaves other fragments alone', () => {
    const store = createAppStore();
    const win = fakeWindow('#results');
    openSharedFromLocation(store, win);
    expect(win.replaced).toEqual([]);
    expect(store.getState().notices).toEqual([]);
  });

  it('watchShareLinks opens a link pasted while the app is open', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    const stop = watchShareLinks(store, win);
    win.location.hash = `#${otherSeedFragment()}`;
    win.fire('hashchange');
    expect(store.getState().order).toHaveLength(5);
    stop();
  });
});

describe('openScenarioFile(store, file)', () => {
  const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });
  it('names the file and the bad field, and changes nothing', async () => {
    const store = createAppStore();
    const before = workOf(store);
    expect(await openScenarioFile(store, file('plan.json', '{"version": 2, "name": "x", "policy": 3}'))).toBe(false);
    expect(workOf(store)).toEqual(before);
    expect(store.getState().notices.join('\n')).toMatch(/The file “plan\.json”, scenario 1 \(“x”\): policy/);
  });
  it('opens a scenario file as the active scenario', async () => {
    const store = createAppStore();
    const s = store.getState().scenarios[store.getState().activeId]!;
    const other = { ...s, run: { ...s.run, seed: 5 } };
    expect(await openScenarioFile(store, file('a.json', JSON.stringify(other)))).toBe(true);
    expect(store.getState().scenarios[store.getState().activeId]!.name).toBe('Rs 80 bn a year 2');
    // The same file again is the scenario just opened, not a third copy.
    const count = store.getState().order.length;
    expect(await openScenarioFile(store, file('a.json', JSON.stringify(other)))).toBe(true);
    expect(store.getState().order).toHaveLength(count);
  });
  it('a file the browser cannot read is said why in the reader’s language, the browser’s words after, and follows a change of language', async () => {
    const store = createAppStore();
    const stop = connectLocale(store, undefined, undefined);
    const gone = { name: 'plan.json', size: 10, text: () => Promise.reject(new DOMException('A requested file or directory could not be found at the time an operation was processed.', 'NotFoundError')) };
    try {
      expect(await openScenarioFile(store, gone)).toBe(false);
      expect(store.getState().notices).toEqual([
        'The file “plan.json” could not be read (the file is no longer where it was picked: it was probably moved, renamed or deleted since; the browser’s message: “NotFoundError: A requested file or directory could not be found at the time an operation was processed.”).',
      ]);
      store.getState().setLanguage('ur');
      const [notice] = store.getState().notices;
      expect(notice).toBe(
        'فائل “\u2068plan.json\u2069” کو پڑھا نہیں جا سکا (فائل اب وہاں نہیں جہاں سے اسے چنا گیا تھا: غالباً اس کے بعد اسے منتقل کیا گیا، اس کا نام بدلا گیا یا اسے حذف کر دیا گیا؛ براؤزر کا پیغام: “\u2068NotFoundError: A requested file or directory could not be found at the time an operation was processed.\u2069”)۔',
      );
      // Outside the browser's words, isolated, nothing English.
      expect(englishWords(notice!.replace(/\u2068[^\u2069]*\u2069/g, ''))).toEqual([]);
    } finally {
      stop();
      applyLocale('en', 'international', undefined);
    }
  });
});
