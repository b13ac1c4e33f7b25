// @vitest-environment node
/**
 * mergeOptimiseParts' refusals of parts that do not belong together, on
 * hand-made parts (the refusal looks only at their headers and documents):
 * they say where the parts differ, as `merge` and `sensitivity-merge` do.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, NO_CONSTRAINTS, defaultScenario } from '../../../src/engine/index';
import { mergeOptimiseParts } from '../../../src/cli/optimise/merge';
import { sha256, type OptimisePart } from '../../../src/cli/optimise/partial';
import { scenarioHash } from '../../../src/cli/shard/scenarioHash';
import type { OptimiseSettings } from '../../../src/cli/optimise/document';
import { searchSettings } from '../../../src/run/optimise';

const SETTINGS: OptimiseSettings = { objective: 'maxSustainedExits', regions: false, constraints: NO_CONSTRAINTS, search: searchSettings(), frontierBn: [0, 50] };

function part(file: string, edit: { settings?: Partial<OptimiseSettings>; benefit?: number; search?: number } = {}): OptimisePart {
  const scenario = defaultScenario('optimise merge test');
  if (edit.benefit !== undefined) scenario.policy.cash.benefitPKR = edit.benefit;
  const settings = { ...SETTINGS, ...edit.settings };
  // A stand-in for the search record: only its hash and its paths matter to the refusal.
  const search = { outcome: { finalists: [{ x: [0.5, edit.search ?? 0.5] }] }, cost: { evaluations: 1 } };
  return {
    file,
    header: {
      engineVersion: ENGINE_VERSION, scenarioHash: scenarioHash(scenario), settingsSha256: sha256(settings), searchSha256: sha256(search),
      seed: scenario.run.seed, replications: 4, points: 6,
    },
    scenario, settings, search, replications: [],
  } as unknown as OptimisePart;
}

const refusal = (parts: OptimisePart[]) => {
  const merged = mergeOptimiseParts(parts);
  return merged.ok ? [] : merged.problems;
};

describe('mergeOptimiseParts(parts) refusing parts of other runs', () => {
  // Caught: 'parts have different settings: "d925d0a872cd9441f22…" in op0.json; "58ea24cfee53036d173…" in opc1.json'.
  it('names the setting that differs, not its hash, and leaves out the search that differs because of it', () => {
    const problems = refusal([part('op0.json'), part('opc1.json', { settings: { objective: 'minPovertyGapEnd' }, search: 0.7 })]);
    expect(problems).toEqual(['parts have different settings (they differ at objective): op0.json; opc1.json']);
  });

  it('names the scenario parameter that differs', () => {
    const problems = refusal([part('a.json'), part('b.json', { benefit: 2500 }), part('c.json')]);
    expect(problems).toEqual(['parts have different scenarios (they differ at policy.cash.benefitPKR): a.json and c.json; b.json']);
  });

  it('names where the searches differ when the scenario and settings agree (another engine)', () => {
    const problems = refusal([part('a.json'), part('b.json', { search: 0.7 })]);
    expect(problems).toEqual([
      'parts have different searches (they differ at outcome.finalists[0].x[1]): a.json; b.json (the same scenario and settings should give the same search: another engine?)',
    ]);
  });
});
