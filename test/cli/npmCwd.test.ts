// @vitest-environment node
/**
 * `npm run sim -- …` starts the CLI in the package's folder; relative paths are taken from the folder the command
 * was typed in (npm's INIT_CWD), as a researcher in a subfolder expects ("--print-defaults > s.json", then
 * "--scenario s.json").
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine/index';
import { buildCli, node, SIM, tempFiles } from '../e2e/cliProcess';

const { dir, write } = tempFiles('sim-npm-cwd-');

beforeAll(async () => {
  const built = await buildCli();
  expect(built.code, built.stderr).toBe(0);
});

describe('sim run through npm from another folder', () => {
  it('reads and writes relative paths in the folder the command was typed in', async () => {
    const s = defaultScenario();
    s.uncertainty = {};
    Object.assign(s.run, { households: 600, months: 12, replications: 1 });
    write('mine.json', s);
    const ran = await node([SIM, '--scenario', 'mine.json', '--out', 'out.json'], { npm_lifecycle_event: 'sim', INIT_CWD: dir });
    expect(ran.code, ran.stderr).toBe(0);
    expect(existsSync(join(dir, 'out.json'))).toBe(true);
    // Not through npm: paths are the process's own folder's (the package's, here), where no mine.json is.
    const direct = await node([SIM, '--scenario', 'mine.json', '--out', join(dir, 'direct.json')], { npm_lifecycle_event: '', INIT_CWD: '' });
    expect(direct.code).toBe(2);
    expect(direct.stderr).toMatch(/--scenario: cannot read "mine\.json"/);
  }, 60_000);
});
