// @vitest-environment node
/**
 * cliCommand(request, effort, replications): the `sim optimise` command the
 * Optimise view prints asks the command line for the very search the view
 * ran — its objective, regions, constraints file, search settings, frontier
 * and replications — as the CLI's own parser reads it; and run, with the
 * scenario file and the exported constraints, it gives the app's answer.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { connectOptimise } from '../../../src/app/optimise';
import { executeOptimise } from '../../../src/cli/optimise/command';
import { InThreadRunner } from '../../../src/run/inThread';
import { optimisedScenario } from '../../../src/state/optimiseSlice';
import { constraintsFileText } from '../../../src/ui/views/optimise/constraintsDraft';
import { optimiseStore } from './optimiseStore';
import { NO_CONSTRAINTS, type OptimiseRequest } from '../../../src/engine/index';
import { parseOptimiseArgs } from '../../../src/cli/optimise/args';
import { EFFORTS, type Effort } from '../../../src/state/optimiseSlice';
import { cliCommand } from '../../../src/ui/views/optimise/Provenance';

const parsed = (command: string) => {
  const prefix = 'npm run sim -- optimise ';
  expect(command.startsWith(prefix)).toBe(true);
  const args = parseOptimiseArgs(command.slice(prefix.length).split(' '), 2);
  if (!args.ok || args.command.kind !== 'optimise') throw new Error(JSON.stringify(args));
  return args.command;
};

describe('cliCommand(request, effort, replications)', () => {
  it('gives the CLI each effort\u2019s search and frontier, the objective, regions, constraints and replications', () => {
    const request: OptimiseRequest = { objective: 'minPovertyGapEnd', regions: true, constraints: { ...NO_CONSTRAINTS, par30Max: 0.04 } };
    for (const effort of Object.keys(EFFORTS) as Effort[]) {
      const command = parsed(cliCommand(request, effort, 20));
      expect(command.options.search).toEqual(EFFORTS[effort].search);
      expect(command.options.frontierBn).toEqual([...EFFORTS[effort].frontierBn]);
      expect(command.options).toMatchObject({ objective: 'minPovertyGapEnd', regions: true, constraintsFile: 'constraints.json' });
      expect(command.overrides).toMatchObject({ replications: 20 });
    }
  });

  it('leaves out what is the default: no constraints file, no regions, the scenario\u2019s own replications', () => {
    const command = cliCommand({ objective: 'maxSustainedExits', regions: false, constraints: NO_CONSTRAINTS }, 'standard', null);
    expect(command).toBe('npm run sim -- optimise --scenario scenario.json --objective maxSustainedExits --out optimised.json');
    expect(parsed(command).overrides).not.toHaveProperty('replications');
  });

  it('run with the scenario file and the exported constraints, the command gives the app\u2019s answer', async () => {
    const store = optimiseStore();
    const st = store.getState();
    const request: OptimiseRequest = {
      objective: 'maxSustainedExits', regions: true,
      constraints: { ...NO_CONSTRAINTS, programmes: { cash: { min: 0.2 } }, groups: [{ name: 'backward regions', regions: ['kp', 'balochistan', 'gb'], min: 0.4 }] },
    };
    const scenario = optimisedScenario(st.scenarios[st.activeId]!, 3);
    const actions = connectOptimise(store, new InThreadRunner());
    const key = actions.run(scenario, request, 'quick');
    await vi.waitFor(() => expect(store.getState().optimisations[key]?.status).toBe('done'), { timeout: 120_000, interval: 200 });
    const app = store.getState().optimisations[key]!.result!;

    const dir = mkdtempSync(join(tmpdir(), 'optimise-parity-'));
    try {
      // The files the view's buttons save: the scenario as it stands (its own replications), and the constraints.
      writeFileSync(join(dir, 'scenario.json'), JSON.stringify(st.scenarios[st.activeId]));
      writeFileSync(join(dir, 'constraints.json'), constraintsFileText(request.constraints!));
      const argv = cliCommand(request, 'quick', 3)
        .slice('npm run sim -- optimise '.length)
        .split(' ')
        .map((a) => (a.endsWith('.json') ? join(dir, a) : a));
      const deps = { makeRunner: () => new InThreadRunner(), stderr: { write: () => true }, env: {} };
      expect(await executeOptimise(parseOptimiseArgs(argv, 1), 'sim optimise', deps)).toBe(0);
      const cli = JSON.parse(readFileSync(join(dir, 'optimised.json'), 'utf8')).result;
      expect(cli).toEqual(JSON.parse(JSON.stringify(app)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      actions.dispose();
    }
  }, 240_000);
});
