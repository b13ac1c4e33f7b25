// @vitest-environment node
/**
 * `sim optimise` and `sim optimise-merge` run in this process, on in-thread
 * and channel-worker runners: the command line's mistakes are all listed;
 * a constraints file's mistakes name the file and the path in it; the file
 * written is the same bytes with 1 and 2 threads; shards of the final
 * evaluations merge into those very bytes; parts that do not belong
 * together are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOptimiseArgs, parseOptimiseMergeArgs } from '../../../src/cli/optimise/args';
import { executeOptimise, type CommandDeps } from '../../../src/cli/optimise/command';
import { readConstraintsFile } from '../../../src/cli/optimise/constraintsFile';
import { InThreadRunner } from '../../../src/run/inThread';
import { WorkerPool } from '../../../src/run/pool';
import { channelWorkers } from '../../run/channelWorkers';
import { tinyScenario } from '../../run/scenarios';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'optimise-cli-'));
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(tinyScenario(4, 8)));
  writeFileSync(join(dir, 'constraints.json'), JSON.stringify({ programmes: { cash: { max: 0.6 } }, groups: [{ programmes: ['training', 'farm'], max: 0.25 }] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (f: string) => join(dir, f);

function deps(kind: 'thread' | 1 | 2): CommandDeps & { text: () => string } {
  let text = '';
  return {
    makeRunner: () => (kind === 'thread' ? new InThreadRunner() : new WorkerPool({ size: kind, factory: channelWorkers().factory })),
    stderr: { write: (t: string) => (text += t) },
    env: {},
    text: () => text,
  };
}

const SMALL = ['--candidates', '6', '--iterations', '2', '--population', '6', '--refine-replications', '4', '--finalist-replications', '6'];
const base = (out: string, extra: string[] = [], frontier = '0,50') => ['--scenario', at('scenario.json'), '--objective', 'minPovertyGapEnd', '--constraints', at('constraints.json'), ...SMALL, '--frontier', frontier, ...extra, '--out', at(out)];
const optimise = (argv: string[], d: CommandDeps) => executeOptimise(parseOptimiseArgs(argv, 1), 'sim optimise', d);

describe('parseOptimiseArgs', () => {
  it('lists every mistake at once', () => {
    const r = parseOptimiseArgs(['--objective', 'maxExits', '--par30-cap', '2', '--frontier', '0,,50', '--candidates', '1', '--threads', '0'], 2);
    expect(r.ok ? [] : r.problems).toEqual([
      '--scenario: required (the scenario whose budget is split)',
      '--out: required (the file the optimisation JSON is written to)',
      '--objective: must be one of maxSustainedExits, minPovertyGapEnd, minCostPerExit, got "maxExits"',
      '--par30-cap: must be a share between 0 and 1 (e.g. 0.05) or none, got "2"',
      '--candidates: must be between 2 and 4096, got 1',
      '--frontier: must be a comma-separated list of annual budgets in Rs bn between 0 and 2000, got "0,,50"',
      '--threads: must be between 1 and 256, got 0',
    ]);
  });

  it('reads the options, with defaults and "none" for no PAR30 cap', () => {
    const r = parseOptimiseArgs(['--scenario', 's.json', '--objective', 'minCostPerExit', '--par30-cap', 'none', '--regions', '--shard', '1/3', '--seed', '5', '--out', 'o.json'], 2);
    expect(r.ok && r.command.kind === 'optimise' && r.command).toMatchObject({
      scenarioFile: 's.json', out: 'o.json', threads: 2, overrides: { seed: 5 },
      options: { objective: 'minCostPerExit', par30Cap: null, regions: true, frontierBn: [0, 25, 50, 75, 100, 125, 150] },
      shard: { kind: 'fixed', index: 1, count: 3, mode: 'mod' },
    });
    expect(parseOptimiseMergeArgs(['a.json', 'b.json', '--out', 'm.json'])).toEqual({ ok: true, command: { kind: 'merge', parts: ['a.json', 'b.json'], out: 'm.json' } });
  });
});

describe('the constraints file', () => {
  it('names the file and the path of each mistake', () => {
    writeFileSync(at('bad.json'), JSON.stringify({ programmes: { cashh: { min: 0.1 }, farm: { max: 2 } }, groups: [{ regions: ['kp', 'nowhere'], min: 0.4 }] }));
    expect(readConstraintsFile(at('bad.json'))).toMatchObject({
      ok: false,
      problems: [
        `${at('bad.json')}: programmes.cashh: is not a programme ("cash", "stipend", "microfinance", "training", "farm", "admin")`,
        `${at('bad.json')}: programmes.farm.max: must be a share between 0 and 1 (e.g. 0.4 for 40%), got 2`,
        `${at('bad.json')}: groups[0].regions[1]: "nowhere" is not a region ("punjab", "sindh", "kp", "balochistan", "gb", "ajk", "ict")`,
      ],
    });
    writeFileSync(at('broken.json'), '{ "programmes": ');
    const broken = readConstraintsFile(at('broken.json'));
    expect(broken.ok ? '' : broken.problems[0]).toMatch(/broken\.json: not valid JSON at line 1, column 17: /);
  });

  it('exits 2 with the file and path when the constraints cannot hold together, and writes nothing', async () => {
    writeFileSync(at('tight.json'), JSON.stringify({ programmes: { cash: { min: 0.7 }, farm: { min: 0.3 } } }));
    const d = deps('thread');
    const code = await optimise(['--scenario', at('scenario.json'), '--objective', 'maxSustainedExits', '--constraints', at('tight.json'), '--out', at('never.json')], d);
    expect(code).toBe(2);
    expect(d.text()).toContain(`${at('tight.json')}: programmes: the minimum shares add up to 1, more than the 0.95 left after administration (5%)`);
  });

  it('reports mistakes of form and constraints that cannot hold together at once, as docs/optimise.md says', async () => {
    // A misspelt region, and minimum shares that cannot fit: the second had been reported only once the first was mended.
    writeFileSync(at('both.json'), JSON.stringify({ programmes: { cash: { min: 0.7 }, farm: { min: 0.3 } }, regions: { sindhh: { min: 0.1 } } }));
    const d = deps('thread');
    const code = await optimise(['--scenario', at('scenario.json'), '--objective', 'maxSustainedExits', '--constraints', at('both.json'), '--out', at('never.json')], d);
    expect(code).toBe(2);
    expect(d.text()).toContain(`${at('both.json')}: regions.sindhh: is not a region`);
    expect(d.text()).toContain(`${at('both.json')}: programmes: the minimum shares add up to 1, more than the 0.95 left after administration (5%)`);
    expect(existsSync(at('never.json'))).toBe(false);
  });

  it('a malformed group, administration\u2019s bounds, or a min above its max are reported alone: no crash, no check on what they leave', async () => {
    // The well-formed part had kept a group with no members (buildProblem threw "Cannot read properties of undefined"),
    // dropped administration's bounds (fixing its share: "the minimum shares add up to 0.96, more than the 0.95 left")
    // and kept bounds of min 0.8 and max 0.2 ("no split meets all these constraints together").
    const cases: [object, RegExp][] = [
      [{ groups: [{ min: 0.2 }], programmes: { cash: { min: 0.7 }, farm: { min: 0.3 } } }, /groups\[0\]: must list either "programmes" or "regions"/],
      [{ groups: [{ programmes: 'cash', min: 0.2 }] }, /groups\[0\]\.programmes: must be a non-empty list of programmes/],
      [{ programmes: { admin: 'x', cash: { min: 0.91 } } }, /programmes\.admin: must be an object/],
      [{ programmes: { cash: { min: 0.8, max: 0.2 } } }, /programmes\.cash: min 0\.8 is above max 0\.2/],
    ];
    for (const [k, [doc, problem]] of cases.entries()) {
      writeFileSync(at(`mal${k}.json`), JSON.stringify(doc));
      const d = deps('thread');
      const code = await optimise(['--scenario', at('scenario.json'), '--objective', 'maxSustainedExits', '--constraints', at(`mal${k}.json`), '--out', at('never.json')], d);
      expect(code, d.text()).toBe(2);
      expect(d.text()).toMatch(problem);
      expect(d.text()).not.toMatch(/add up to|no split meets|TypeError/);
    }
  });
});

describe('sim optimise and optimise-merge', () => {
  it('writes the same bytes with 1 and 2 threads, and shards merge into them', async () => {
    expect(await optimise(base('one.json'), deps(1))).toBe(0);
    const two = deps(2);
    expect(await optimise(base('two.json'), two)).toBe(0);
    expect(two.text()).toMatch(/sim optimise: (The optimised split|Within noise|The current split|The search)/);
    const whole = readFileSync(at('one.json'), 'utf8');
    expect(readFileSync(at('two.json'), 'utf8')).toBe(whole);
    const doc = JSON.parse(whole);
    expect(doc).toMatchObject({ format: 'poverty-sim-optimisation', version: 1, seed: 8, replications: 4, settings: { objective: 'minPovertyGapEnd', frontierBn: [0, 50] } });
    expect(doc.result.split.programmes.cash).toBeLessThanOrEqual(0.6);

    expect(await optimise(base('p0.json', ['--shard', '0/3']), deps('thread'))).toBe(0);
    expect(await optimise(base('p1.json', ['--shard', '1/3']), deps(2))).toBe(0);
    expect(await optimise(base('p2.json', ['--shard', '2/3']), deps(1))).toBe(0);
    const merged = deps('thread');
    const parts = ['p2.json', 'p0.json', 'p1.json'].map(at);
    expect(await executeOptimise(parseOptimiseMergeArgs([...parts, '--out', at('merged.json')]), 'sim optimise-merge', merged)).toBe(0);
    expect(readFileSync(at('merged.json'), 'utf8')).toBe(whole);

    // Refused: a replication missing; a part with other settings.
    const missing = deps('thread');
    expect(await executeOptimise(parseOptimiseMergeArgs([at('p0.json'), at('p1.json'), '--out', at('m2.json')]), 'sim optimise-merge', missing)).toBe(2);
    expect(missing.text()).toContain('missing 1 of 4 replications: 2');
    expect(await optimise(base('q.json', ['--shard', '2/3'], '0,60'), deps('thread'))).toBe(0);
    const other = deps('thread');
    expect(await executeOptimise(parseOptimiseMergeArgs([at('p0.json'), at('p1.json'), at('q.json'), '--out', at('m3.json')]), 'sim optimise-merge', other)).toBe(2);
    expect(other.text()).toContain('parts have different settings');
  }, 240_000);
});
