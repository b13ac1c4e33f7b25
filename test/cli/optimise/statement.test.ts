// @vitest-environment node
/**
 * The sentence `sim optimise` prints: the constraints the user set that bind,
 * and apart from them the programmes the proposal gives nothing with no
 * minimum set, which the engine reports as binding floors of 0 (`implicit`)
 * but are no limit the user chose (the app says them apart too).
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

  it('says nothing binds when only shares at 0 do', () => {
    const text = statement(result([{ path: 'programmes.training.min', kind: 'min', binds: true, implicit: true }]));
    expect(text).not.toContain('Binding:');
    expect(text).toContain('Given nothing (no minimum set): programmes.training.');
  });
});
