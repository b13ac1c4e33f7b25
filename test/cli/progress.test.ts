// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ProgressReporter, formatDuration, progressLine } from '../../src/cli/progress';
import { householdMonths } from '../../src/cli/benchRun';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, isTTY, write: (t: string) => out.push(t) };
}

describe('progress', () => {
  it('formats durations and progress lines with elapsed time and ETA', () => {
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(progressLine(25, 100, 10_000)).toBe('replications 25/100 (25%) · elapsed 10.0 s · ETA 30.0 s');
    expect(progressLine(100, 100, 40_000)).toBe('replications 100/100 (100%) · elapsed 40.0 s · done');
    expect(progressLine(0, 100, 10)).toContain('ETA ?');
  });

  it('writes about one line per 10% when stderr is not a terminal', () => {
    let t = 0;
    const s = sink(false);
    const p = new ProgressReporter(s, () => t);
    for (let d = 0; d <= 100; d++) {
      t += 10;
      p.update(d, 100);
    }
    p.finish();
    expect(s.out).toHaveLength(10);
    expect(s.out.at(-1)).toMatch(/^replications 100\/100 \(100%\).*done\n$/);
  });

  it('redraws one line on a terminal, throttled, and always draws the last update', () => {
    let t = 0;
    const s = sink(true);
    const p = new ProgressReporter(s, () => t);
    for (let d = 1; d <= 50; d++) {
      t += 20;
      p.update(d, 50);
    }
    p.finish();
    expect(s.out.length).toBeLessThan(15);
    expect(s.out.every((x, i) => (i === s.out.length - 1 ? x === '\n' : x.startsWith('\r')))).toBe(true);
    expect(s.out.at(-2)).toContain('50/50');
  });

  it('counts both the scenario and the status-quo pass as household-months', () => {
    expect(householdMonths(20_000, 36, 50)).toBe(72_000_000);
  });
});
