// @vitest-environment node
/**
 * Saved work and shared comparisons that are damaged or hostile (the audit of stored data and share links): two
 * scenarios saved under one id, a version that is not a number, names of megabytes or with direction controls, an
 * empty engine version in a link.
 */
import { zlibSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { parseWorkspace, serialiseWorkspace } from '../../src/state/workspace';
import { comparisonFileText, decodeShareFragment, readScenarioFile, type SharedComparison } from '../../src/state/shareLink';
import { presetById } from '../../src/state/presets';
import { MAX_NAME_LENGTH } from '../../src/state/naming';
import { applyLocale } from '../../src/i18n/index';

const ENGINE = '9.9.9';
const fragmentOf = (doc: unknown) => `#s=2.${Buffer.from(zlibSync(new TextEncoder().encode(JSON.stringify(doc)))).toString('base64url')}`;
const BIDI = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

/** A saved workspace of the default comparison (baseline and two others), as JSON to damage. */
function savedDoc() {
  const store = createAppStore();
  return JSON.parse(serialiseWorkspace(store.getState()));
}

afterEach(() => applyLocale('en', 'international', undefined));

describe('saved workspace: damage', () => {
  it('keeps both of two scenarios saved under one id: the second under a fresh id, after the first, with a notice', () => {
    const doc = savedDoc();
    const second = doc.scenarios[1];
    const count = doc.scenarios.length;
    expect(second.id).toBe('s2');
    const copy = JSON.parse(JSON.stringify(second));
    copy.scenario.name = 'Another one';
    doc.scenarios.push(copy);
    const { workspace, problems, lost } = parseWorkspace(JSON.stringify(doc));
    const w = workspace!;
    expect(Object.keys(w.scenarios)).toHaveLength(count + 1);
    expect(w.scenarios.s2!.name).toBe(second.scenario.name);
    const fresh = w.order[w.order.indexOf('s2') + 1]!;
    expect(fresh).not.toBe('s2');
    expect(w.scenarios[fresh]!.name).toBe('Another one');
    expect(w.meta[fresh]).toBeDefined();
    expect(w.nextId).toBeGreaterThan(Number(fresh.slice(1)));
    expect(new Set(w.order).size).toBe(w.order.length);
    expect(problems).toEqual([`Saved scenario “Another one” had the same id (s2) as “${second.scenario.name}”; it is restored as a separate scenario beside it.`]);
    // Nothing is left out.
    expect(lost).toBe(false);
    // Saved again, it reads back without a word.
    expect(parseWorkspace(serialiseWorkspace(w)).problems).toEqual([]);
  });

  it('says a version that is not a number is damage, not a newer version', () => {
    for (const version of ['2', null, 1.5, 0]) {
      const doc = savedDoc();
      doc.version = version;
      const { workspace, problems, lost } = parseWorkspace(JSON.stringify(doc));
      expect(workspace).toBeNull();
      expect(lost).toBe(true);
      expect(problems).toEqual([`Your saved work is damaged: its format version, ${JSON.stringify(version)}, is not a version number; starting from the default comparison.`]);
    }
    const doc = savedDoc();
    delete doc.version;
    expect(parseWorkspace(JSON.stringify(doc)).problems).toEqual(['Your saved work is damaged: it does not say its format version; starting from the default comparison.']);
    doc.version = 3;
    expect(parseWorkspace(JSON.stringify(doc)).problems[0]).toMatch(/newer version of this app \(format 3\)/);
  });

  it('quotes a long name in a notice cut short', () => {
    const doc = savedDoc();
    doc.scenarios[1].scenario.name = 'N'.repeat(2_000_000);
    doc.scenarios[1].scenario.run.replications = -1;
    const { problems } = parseWorkspace(JSON.stringify(doc));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.length).toBeLessThan(400);
    expect(problems[0]).toContain(`“${'N'.repeat(MAX_NAME_LENGTH)}…”`);
  });

  it('drops direction controls from saved names, and from names quoted in notices', () => {
    const doc = savedDoc();
    doc.scenarios[1].scenario.name = '\u202eReversed\u2066 name\u200f';
    doc.scenarios[2].scenario.name = '\u202eBroken';
    doc.scenarios[2].scenario.run.replications = -1;
    const { workspace, problems } = parseWorkspace(JSON.stringify(doc));
    expect(workspace!.scenarios[doc.scenarios[1].id]!.name).toBe('Reversed name');
    expect(problems[0]).toMatch(/^Saved scenario “Broken” was not restored/);
  });
});

describe('shared comparisons: damage', () => {
  const make = (id: string) => presetById(id)!.make();
  const comparison = (): SharedComparison => ({ engineVersion: ENGINE, scenarios: [make('baseline'), make('bn80')], baseline: 0, compare: [1], active: 1 });

  it('drops direction controls from names in a link and a file', () => {
    const doc = JSON.parse(comparisonFileText(comparison()));
    doc.scenarios[1].name = '\u202eevil\u2067 \u061cname\u200e\u202a';
    for (const opened of [decodeShareFragment(fragmentOf(doc), ENGINE), readScenarioFile(JSON.stringify(doc), 'c.json', ENGINE)]) {
      expect(opened.ok).toBe(true);
      if (opened.ok) expect(opened.comparison.scenarios[1]!.name).toBe('evil name');
    }
    // Quoted in a problem, too.
    doc.scenarios[1].run.replications = -1;
    const bad = decodeShareFragment(fragmentOf(doc), ENGINE);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join(' ')).not.toMatch(BIDI);
  });

  it('refuses an empty engine version as it refuses a missing one', () => {
    const doc = JSON.parse(comparisonFileText(comparison()));
    doc.engineVersion = '';
    const opened = decodeShareFragment(fragmentOf(doc), ENGINE);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problems[0]).toMatch(/“engineVersion” must be a short string/);
    delete doc.engineVersion;
    const missing = decodeShareFragment(fragmentOf(doc), ENGINE);
    expect(missing.ok).toBe(false);
  });

  it('Urdu: the new notices are in Urdu, the id and version isolated', () => {
    applyLocale('ur', 'international', undefined);
    const doc = savedDoc();
    doc.version = '2';
    expect(parseWorkspace(JSON.stringify(doc)).problems[0]).toContain('\u2068"2"\u2069');
    const d2 = savedDoc();
    d2.scenarios.push(JSON.parse(JSON.stringify(d2.scenarios[1])));
    const p = parseWorkspace(JSON.stringify(d2)).problems;
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('\u2068s2\u2069');
    expect(p[0]).toMatch(/منظرنامے/);
  });
});

describe('saved workspace: a fresh id', () => {
  it('is a short one even when the save names a next id past the safe integers', () => {
    const doc = savedDoc();
    doc.nextId = 1e308;
    doc.scenarios.push(JSON.parse(JSON.stringify(doc.scenarios[1])));
    const { workspace } = parseWorkspace(JSON.stringify(doc));
    const ids = workspace!.order;
    expect(ids).toHaveLength(doc.scenarios.length);
    for (const id of ids) expect(id).toMatch(/^s\d{1,6}$/);
  });
});
