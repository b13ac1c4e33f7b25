// @vitest-environment node
/**
 * The sentence `sim optimise` prints: the constraints the user set that bind,
 * and apart from them the programmes the proposal gives nothing with no
 * minimum set, which the engine reports as binding floors of 0 (`implicit`)
 * but are no limit the user chose (the app says them apart too); an
 * interval with an undefined end, or an open one, and a caution on few
 * replications.
 */
import { describe, expect, it } from 'vitest';
import type { OptimiseResult } from '../../../src/engine/index';
import { statement } from '../../../src/cli/optimise/document';

const result = (constraints: Partial<OptimiseResult['constraints'][number]>[]) =>
  ({
    objective: 'maxSustainedExits',
    verdict: 'better',
    replications: 8,
    improvement: { estimate: 1200, low: 300, high: 2100, perReplication: null },
    constraints,
  }) as unknown as OptimiseResult;

describe('statement(result)', () => {
  it('lists the user\u2019s binding constraints, and the programmes given nothing apart', () => {
    const text = statement(
      result([
        { path: 'programmes.cash.max', kind: 'max', binds: true },
        { path: 'programmes.training.min', kind: 'min', binds: true, implicit: true },
        { path: 'programmes.farm.min', kind: 'min', binds: true, implicit: true },
        { path: 'programmes.stipend.max', kind: 'max', binds: false },
      ]),
    );
    expect(text).toMatch(/ Binding: programmes\.cash\.max\. Given nothing \(no minimum set\): programmes\.training, programmes\.farm\.$/);
  });
  it('an infeasible search names each broken constraint, and for the floor how much of the top-up due was paid', () => {
    const text = statement({
      ...result([
        { path: 'existingRecipientsMonthlyPKR.min', kind: 'min', bound: 2500, value: 2500, met: false, binds: true, topUpPaid: 0.99957 },
        { path: 'par30Max', kind: 'max', bound: 0.02, value: 0.03, met: false, binds: true },
      ]),
      verdict: 'infeasible',
    });
    // The floor's own amount (Rs 2,500 = its bound) said nothing of why it was broken; rounded down, never "100%".
    expect(text).toMatch(/^No split the search tried meets every constraint \(existingRecipientsMonthlyPKR\.min \(the cash budget paid 99\.9% of the top-up due\), par30Max\)/);
  });

  // Bug: an undefined end fell through to "Within noise: … (no interval: …) …; the interval includes 0".
  // Bug: cost per exit, a ratio of totals over the replications, was said "on average" and "a mean improvement".
  it('says an improvement with an undefined interval cannot be judged, with its estimate', () => {
    const text = statement({ ...result([]), objective: 'minCostPerExit', verdict: 'undetermined', replications: 4, improvement: { estimate: 2245304.9, low: -156961.6, high: NaN, perReplication: null } });
    expect(text).toMatch(/^The improvement cannot be judged: on the scenario's 4 replications taken together, the optimised split costs Rs 2,245,305 less per additional exit, but cost per exit is undefined in some of them or of their resamples/);
    expect(text).not.toMatch(/includes 0|Within noise/);
    expect(text).not.toMatch(/average|mean/i);
    const none = statement({ ...result([]), objective: 'minCostPerExit', verdict: 'undetermined', replications: 40, improvement: { estimate: NaN, low: NaN, high: NaN, perReplication: null } });
    expect(none).toContain('so there is neither an estimate of the improvement nor a 90% interval.');
    expect(none).not.toMatch(/average|mean/i);
  });

  it('says the improvement of an objective that is a mean, with an undefined interval, on average', () => {
    const text = statement({ ...result([]), verdict: 'undetermined', replications: 40, improvement: { estimate: 1200, low: 300, high: NaN, perReplication: null } });
    expect(text).toMatch(/^The improvement cannot be judged: on average the optimised split adds 1,200 sustained exits on the scenario's 40 replications, but the objective is undefined/);
    const none = statement({ ...result([]), verdict: 'undetermined', replications: 40, improvement: { estimate: NaN, low: NaN, high: NaN, perReplication: null } });
    expect(none).toContain('so there is neither a mean improvement nor a 90% interval.');
  });

  // Bug: an open end (cost per exit infinite in over 5% of resamples) was "no interval", then "the interval includes 0".
  it('writes an infinite end as an open end of the interval', () => {
    const text = statement({ ...result([]), objective: 'minCostPerExit', verdict: 'withinNoise', replications: 40, improvement: { estimate: -3000, low: -9000, high: Infinity, perReplication: null } });
    expect(text).toContain('costs Rs 3,000 more per additional exit (90% interval from Rs -9,000, no upper end) on the scenario');
  });

  // Bug: "adds 43.6k sustained exits (90% interval 6.83k to 80.4k) … better" on 4 replications, with no word that a
  // bootstrap interval on so few is too narrow.
  it('cautions that a verdict on fewer than 20 replications is rough, before the constraints', () => {
    const few = statement(result([{ path: 'programmes.cash.max', kind: 'max', binds: true }]));
    expect(few).toBe(
      "The optimised split adds 1,200 sustained exits (90% interval 300 to 2,100) over the current split on the scenario's 8 replications. On only 8 replications this is rough (a bootstrap interval on so few is too narrow): run on 20 or more to confirm. Binding: programmes.cash.max.",
    );
    expect(statement({ ...result([]), replications: 20 })).not.toContain('rough');
    expect(statement({ ...result([]), verdict: 'unchanged' })).not.toContain('rough');
  });

  it('says nothing binds when only shares at 0 do', () => {
    const text = statement(result([{ path: 'programmes.training.min', kind: 'min', binds: true, implicit: true }]));
    expect(text).not.toContain('Binding:');
    expect(text).toContain('Given nothing (no minimum set): programmes.training.');
  });
});
