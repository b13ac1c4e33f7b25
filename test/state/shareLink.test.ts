// @vitest-environment node
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultScenario, SCENARIO_VERSION, validateScenario, type Scenario } from '../../src/engine/index';
import { presetById } from '../../src/state/presets';
import {
  comparisonFileText, decodeShareFragment, encodeShareFragment, MAX_DOCUMENT_BYTES, MAX_LINK_CHARS, readScenarioFile, scenarioFileText,
  type Opened, type SharedComparison,
} from '../../src/state/shareLink';

const ENGINE = '9.9.9';
const fixture = (v: number) => JSON.parse(readFileSync(new URL(`../fixtures/scenarios/v${v}.json`, import.meta.url), 'utf8'));
const make = (id: string): Scenario => presetById(id)!.make();

function comparison(): SharedComparison {
  const s80 = make('bn80');
  s80.run.seed = 4242;
  s80.run.replications = 7;
  return { engineVersion: ENGINE, scenarios: [make('baseline'), s80, make('bn120')], baseline: 0, compare: [1, 2], active: 2 };
}

/** A fragment carrying any document, encoded the way the app does it. */
const fragmentOf = (doc: unknown) => `#s=1.${Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(doc)))).toString('base64url')}`;
const fragmentOfText = (text: string) => `#s=1.${Buffer.from(deflateSync(new TextEncoder().encode(text))).toString('base64url')}`;
const docOf = (c: SharedComparison) => JSON.parse(comparisonFileText(c));

function problems(o: Opened): string {
  expect(o.ok).toBe(false);
  return o.ok ? '' : o.problems.join('\n');
}

describe('encodeShareFragment(c) and decodeShareFragment(hash)', () => {
  it('round trip: the decoded scenarios deep-equal the shared ones, with seed, run settings and names; no warning on the same engine', () => {
    const c = comparison();
    const fragment = encodeShareFragment(c);
    expect(fragment).toMatch(/^s=1\.[A-Za-z0-9_-]+$/);
    const o = decodeShareFragment(`#${fragment}`, ENGINE);
    if (!o.ok) throw new Error(o.problems.join('\n'));
    expect(o.comparison).toEqual(c);
    expect(o.comparison.scenarios[1]!.run).toMatchObject({ seed: 4242, replications: 7 });
    expect(o.warnings).toEqual([]);
    // The default comparison fits in a short link.
    expect(fragment.length).toBeLessThan(4000);
  });

  it('warns, and still opens, when the link was made by another engine version', () => {
    const o = decodeShareFragment(`#${encodeShareFragment(comparison())}`, '1.0.0');
    expect(o.ok).toBe(true);
    if (o.ok) expect(o.warnings[0]).toMatch(/made with engine 9\.9\.9; this app runs engine 1\.0\.0/);
  });

  it('migrates a version-1 scenario in a link to the current version, keeping its values', () => {
    const v1 = fixture(1);
    const o = decodeShareFragment(fragmentOf({ kind: 'comparison', version: 1, engineVersion: ENGINE, baseline: 0, compare: [], active: 0, scenarios: [v1] }), ENGINE);
    if (!o.ok) throw new Error(o.problems.join('\n'));
    const s = o.comparison.scenarios[0]!;
    expect(s.version).toBe(SCENARIO_VERSION);
    expect(s.policy.budget).toEqual(v1.budget);
    expect(s.run).toEqual(v1.simulation);
    const direct = validateScenario(v1);
    expect(direct.ok && s).toEqual(direct.ok && direct.scenario);
  });

  it('caps names at the app\'s length, and keeps script in a name as plain text', () => {
    const c = comparison();
    c.scenarios[1]!.name = `<script>alert(1)</script>${'x'.repeat(90)}`;
    const o = decodeShareFragment(fragmentOf(docOf(c)), ENGINE);
    if (!o.ok) throw new Error(o.problems.join('\n'));
    expect(o.comparison.scenarios[1]!.name).toBe(`<script>alert(1)</script>${'x'.repeat(35)}`);
  });

  it('turns control characters in a name into spaces (they would make an exported SVG invalid)', () => {
    const c = comparison();
    c.scenarios[1]!.name = 'Cash\u0000 heavy\u001b';
    const o = decodeShareFragment(fragmentOf(docOf(c)), ENGINE);
    if (!o.ok) throw new Error(o.problems.join('\n'));
    expect(o.comparison.scenarios[1]!.name).toBe('Cash  heavy');
  });

  it('drops the baseline and repeats from the compared list', () => {
    const doc = { ...docOf(comparison()), compare: [0, 1, 1, 2] };
    const o = decodeShareFragment(fragmentOf(doc), ENGINE);
    expect(o.ok && o.comparison.compare).toEqual([1, 2]);
  });
});

describe('decodeShareFragment(hash) refuses hostile or damaged links, saying what is wrong', () => {
  const good = encodeShareFragment(comparison());
  it('no format version', () => expect(problems(decodeShareFragment('#s=abc', ENGINE))).toMatch(/no format version/));
  it('an unknown format version', () => expect(problems(decodeShareFragment(`#s=7.${good.slice(4)}`, ENGINE))).toMatch(/format "7", which this version of the app does not read/));
  it('an empty payload', () => expect(problems(decodeShareFragment('#s=1.', ENGINE))).toMatch(/empty/));
  it('an oversized link, before decoding it', () => expect(problems(decodeShareFragment(`#s=1.${'A'.repeat(MAX_LINK_CHARS + 1)}`, ENGINE))).toMatch(/too long/));
  it('characters that are not base64url', () => expect(problems(decodeShareFragment('#s=1.abc$def', ENGINE))).toMatch(/character 4 of its data \(“\$”\)/));
  it('an impossible base64 length', () => expect(problems(decodeShareFragment('#s=1.abcde', ENGINE))).toMatch(/not valid base64url/));
  it('a truncated link', () => expect(problems(decodeShareFragment(`#${good.slice(0, Math.floor(good.length / 2))}`, ENGINE))).toMatch(/could not be decompressed|not valid/));
  it('data that is not deflate', () => expect(problems(decodeShareFragment(`#s=1.${Buffer.from('hello, this is not compressed at all').toString('base64url')}`, ENGINE))).toMatch(/damaged/));
  it('a deflate bomb that expands past the cap', () => {
    const bomb = fragmentOfText(`{"kind":"comparison","pad":"${' '.repeat(MAX_DOCUMENT_BYTES * 20)}"}`);
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(problems(decodeShareFragment(bomb, ENGINE))).toMatch(/expands to more than 200 kB/);
  });
  it('text that is not JSON', () => expect(problems(decodeShareFragment(fragmentOfText('{"kind": comparison'), ENGINE))).toMatch(/not valid JSON/));
  it('a document that is not a comparison', () => expect(problems(decodeShareFragment(fragmentOf([1, 2]), ENGINE))).toMatch(/does not hold a comparison/));
  it('a newer comparison version', () => expect(problems(decodeShareFragment(fragmentOf({ ...docOf(comparison()), version: 2 }), ENGINE))).toMatch(/newer version of this app/));
  it('wrong types in the envelope', () => {
    expect(problems(decodeShareFragment(fragmentOf({ ...docOf(comparison()), baseline: '0' }), ENGINE))).toMatch(/“baseline” must be the number of a scenario.*got "0"/);
    expect(problems(decodeShareFragment(fragmentOf({ ...docOf(comparison()), active: 5 }), ENGINE))).toMatch(/“active”/);
    expect(problems(decodeShareFragment(fragmentOf({ ...docOf(comparison()), compare: 'all' }), ENGINE))).toMatch(/“compare”/);
    expect(problems(decodeShareFragment(fragmentOf({ ...docOf(comparison()), scenarios: {} }), ENGINE))).toMatch(/“scenarios” must be a non-empty list/);
    expect(problems(decodeShareFragment(fragmentOf({ ...docOf(comparison()), engineVersion: 2 }), ENGINE))).toMatch(/“engineVersion”/);
  });
  it('too many scenarios', () => {
    const doc = docOf(comparison());
    doc.scenarios = Array.from({ length: 7 }, () => defaultScenario());
    expect(problems(decodeShareFragment(fragmentOf(doc), ENGINE))).toMatch(/holds 7 scenarios/);
  });
  it('a bad value inside a scenario, by scenario and path', () => {
    const doc = docOf(comparison());
    doc.scenarios[1].policy.budget.annualBn = [80, 'lots'];
    expect(problems(decodeShareFragment(fragmentOf(doc), ENGINE))).toMatch(/scenario 2 \(“Rs 80 bn a year”\): policy\.budget\.annualBn\[1\] must be a finite number/);
  });
  it('a scenario from a newer app', () => {
    const doc = docOf(comparison());
    doc.scenarios[0].version = SCENARIO_VERSION + 1;
    expect(problems(decodeShareFragment(fragmentOf(doc), ENGINE))).toMatch(/scenario 1 .*version .*newer than this app understands/);
  });
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`a "${key}" key anywhere, by its path`, () => {
      const text = comparisonFileText(comparison()).replace('"cash": {', `"cash": { "${key}": { "polluted": true },`);
      expect(text).toContain(key);
      expect(problems(decodeShareFragment(fragmentOfText(text), ENGINE))).toMatch(new RegExp(`the key “${key}” at scenarios\\[\\d\\]\\.policy\\.cash\\.${key} is not allowed`));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('nesting deeper than a scenario needs', () => {
    const deep = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`);
    expect(problems(decodeShareFragment(fragmentOf({ ...docOf(comparison()), pad: deep }), ENGINE))).toMatch(/nested too deeply/);
  });
});

describe('readScenarioFile(text, fileName)', () => {
  it('a single scenario file opens as one scenario beside the current baseline', () => {
    const s = make('bn100');
    const o = readScenarioFile(scenarioFileText(s), 'plan.json', ENGINE);
    if (!o.ok) throw new Error(o.problems.join('\n'));
    expect(o.comparison).toMatchObject({ scenarios: [s], baseline: -1, compare: [0], active: 0 });
  });

  it('a comparison file round-trips', () => {
    const c = comparison();
    const o = readScenarioFile(comparisonFileText(c), 'comparison.json', ENGINE);
    expect(o.ok && o.comparison).toEqual(c);
  });

  it('a version-1 scenario file migrates', () => {
    const o = readScenarioFile(JSON.stringify(fixture(1)), 'old.json', ENGINE);
    expect(o.ok && o.comparison.scenarios[0]!.version).toBe(SCENARIO_VERSION);
  });

  it('names the file and the path of a bad field', () => {
    const s = JSON.parse(scenarioFileText(make('bn100')));
    s.run.replications = -3;
    expect(problems(readScenarioFile(JSON.stringify(s), 'my plan.json', ENGINE))).toMatch(/The file “my plan\.json”, scenario 1 \(“Rs 100 bn a year”\): run\.replications must be/);
    expect(problems(readScenarioFile('not json', 'x.json', ENGINE))).toMatch(/The file “x\.json” could not be read: it is not valid JSON/);
    expect(problems(readScenarioFile('{"__proto__": {"x": 1}}', 'x.json', ENGINE))).toMatch(/the key “__proto__” at __proto__ is not allowed/);
    expect(problems(readScenarioFile(' '.repeat(MAX_DOCUMENT_BYTES + 1), 'big.json', ENGINE))).toMatch(/too large/);
  });
});
