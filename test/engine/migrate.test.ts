// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenario, migrateScenario, SCENARIO_VERSION, validateScenario } from '../../src/engine/index';

const fixture = (v: number) => JSON.parse(readFileSync(new URL(`../fixtures/scenarios/v${v}.json`, import.meta.url), 'utf8'));

/**
 * The current defaults as a document older than version 5 held them: its stipend did not leak (v4to5 keeps that), and
 * it states Balochistan's flood footprint as solved before engine 2.6.0 (0.255), which a document keeps as it states it.
 */
const defaultsBeforeStipendLeakage = () => {
  const s = defaultScenario();
  const shocks = { ...s.world.shocks, floodAffected: { ...s.world.shocks.floodAffected, balochistan: 0.255 } };
  return { ...s, world: { ...s.world, shocks }, policy: { ...s.policy, stipend: { ...s.policy.stipend, leakage: 0 } } };
};

describe('migrateScenario(doc)', () => {
  it('a version-1 file migrates to a valid version-2 scenario that keeps every value it stated', () => {
    const v1 = fixture(1);
    const v = validateScenario(v1);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    const s = v.scenario;
    expect(s.version).toBe(SCENARIO_VERSION);
    expect(s.policy.budget).toEqual(v1.budget);
    expect(s.policy.microfinance).toEqual({ ...v1.microfinance, shockAffectedLoss: 0.1 });
    expect(s.run).toEqual(v1.simulation);
    expect(s.world.shocks.floodMonth).toBe(6);
    expect(s.world.shocks.floodLoss).toBe(0.85);
    expect(s.world.population.householdSize).toBe(v1.population.householdSize);
  });

  it('fills what version 2 added with frozen values (the status quo pays), and drops income smoothing', () => {
    const m = migrateScenario(fixture(1));
    if (!m.ok) throw new Error('not migrated');
    const doc = m.value as { world: { existingCash: unknown; income: Record<string, unknown> }; policy: { cash: Record<string, unknown> } };
    expect(doc.world.existingCash).toEqual({ recipients: 4.3e6, benefitPKR: 2000, leakage: 0.05 });
    expect(doc.policy.cash.existingTopUpPKR).toBe(0);
    expect('smoothing' in doc.world.income).toBe(false);
  });

  it('the version-2 fixture is the current default document, with no uncertain parameters (it ran on fixed values)', () => {
    const v = validateScenario(fixture(2));
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.scenario).toEqual({ ...defaultsBeforeStipendLeakage(), uncertainty: {} });
  });

  it('the version-3 fixture (the default document with its uncertain parameters) migrates to the current version on the synthetic population', () => {
    const v3 = fixture(3);
    expect('households' in v3).toBe(false);
    const v = validateScenario(v3);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    expect(v.scenario).toEqual(defaultsBeforeStipendLeakage());
    expect(v.scenario.households).toBeNull();
  });

  it('a version-4 document keeps the stipend it ran with: no leakage (0, stated), so it gives the numbers it gave', () => {
    // Catches the step filling today's default (5%) into a document that meant none, or reading the defaults
    // instead of stating its value (a step is frozen once released), or overwriting a leakage a document states.
    const v4 = fixture(4);
    expect('leakage' in v4.policy.stipend).toBe(false);
    const m = migrateScenario(v4);
    if (!m.ok) throw new Error('not migrated');
    expect((m.value as { policy: { stipend: Record<string, unknown> } }).policy.stipend).toEqual({ ...v4.policy.stipend, leakage: 0 });
    const v = validateScenario(v4);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    expect(v.scenario).toEqual(defaultsBeforeStipendLeakage());
    const stated = structuredClone(v4);
    stated.policy.stipend.leakage = 0.2;
    const w = validateScenario(stated);
    expect(w.ok && w.scenario.policy.stipend.leakage).toBe(0.2);
  });

  it('reports an unknown version-1 group by its path, and a malformed group after migration by its new path', () => {
    const bad = { ...fixture(1), extras: {} };
    const v = validateScenario(bad);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]).toMatchObject({ path: 'extras' });
    const broken = { ...fixture(1), shocks: 'none' };
    const w = validateScenario(broken);
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.issues.map((i) => i.path)).toContain('world.shocks');
  });

  it('refuses, by path, a part an older version did not have, rather than throw it away', () => {
    // A version-2 file with uncertain parameters (its version lowered by hand) had run with none, and a version-3
    // file naming household data on the synthetic population, each with no word said.
    const v2 = { ...fixture(2), uncertainty: fixture(3).uncertainty };
    expect(Object.keys(v2.uncertainty).length).toBeGreaterThan(0);
    const v = validateScenario(v2);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues).toEqual([expect.objectContaining({ path: 'uncertainty', code: 'laterPart', args: { version: 2, since: 3 } })]);
    if (!v.ok) expect(v.issues[0]!.message).toMatch(/^is not part of a version-2 scenario \(version 3 added it\), so reading the file as version 2 would lose it; give it "version": 3 or later/);
    const v3 = { ...fixture(3), households: { id: 'survey', name: 'survey.csv', sha256: 'a'.repeat(64), rows: 100 } };
    const w = validateScenario(v3);
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.issues).toEqual([expect.objectContaining({ path: 'households', code: 'laterPart', args: { version: 3, since: 4 } })]);
    // The same parts under the version that has them are read; an empty one loses nothing and is let by.
    expect(validateScenario({ ...v2, version: 3 }).ok).toBe(true);
    expect(validateScenario({ ...fixture(2), uncertainty: {} }).ok).toBe(true);
    expect(validateScenario({ ...fixture(3), households: null }).ok).toBe(true);
  });

  it('never changes the document it was given', () => {
    const v1 = fixture(1);
    const copy = structuredClone(v1);
    migrateScenario(v1);
    expect(v1).toEqual(copy);
  });
});
