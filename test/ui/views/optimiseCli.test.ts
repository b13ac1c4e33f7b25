// @vitest-environment node
/**
 * cliCommand(request, effort, replications): the `sim optimise` command the
 * Optimise view prints asks the command line for the very search the view
 * ran — its objective, regions, constraints file, search settings, frontier
 * and replications — as the CLI's own parser reads it.
 */
import { describe, expect, it } from 'vitest';
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
});
