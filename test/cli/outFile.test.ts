// @vitest-environment node
// outOverwritesInput(out, inputs): an --out that would overwrite one of the command's inputs.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFiles, outOverwritesInput } from '../../src/cli/outFile';

describe('outOverwritesInput(out, inputs)', () => {
  // Caught: `merge pp0.json pp1.json --out pp0.json`, `--scenario self.json --out self.json` and
  // `export-population --households-csv h.csv --out h.csv` silently wrote over their input.
  it('finds the input --out names, by another spelling or through a link too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'out-file-'));
    const scenario = join(dir, 'self.json');
    const csv = join(dir, 'h.csv');
    writeFileSync(scenario, '{}');
    writeFileSync(csv, '');
    symlinkSync(scenario, join(dir, 'link.json'));
    const inputs = inputFiles(scenario, { file: csv }, [['--constraints file', join(dir, 'c.json')]]);
    expect(outOverwritesInput(join(dir, 'other.json'), inputs)).toBeUndefined();
    expect(outOverwritesInput(join(dir, 'c.json'), inputs)).toMatch(/^--out: ".*c\.json" is the --constraints file /);
    expect(outOverwritesInput(csv, inputs)).toBe(
      `--out: ${JSON.stringify(csv)} is the --households-csv file ${JSON.stringify(csv)}; writing there would overwrite an input, so give another --out file`,
    );
    expect(outOverwritesInput(join(dir, '.', '..', relative(join(dir, '..'), dir), 'self.json'), inputs)).toMatch(/is the --scenario file/);
    expect(outOverwritesInput(join(dir, 'link.json'), inputs)).toMatch(/is the --scenario file/);
  });
});
