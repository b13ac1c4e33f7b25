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
  it('says nothing binds when only shares at 0 do', () => {
    const text = statement(result([{ path: 'programmes.training.min', kind: 'min', binds: true, implicit: true }]));
    expect(text).not.toContain('Binding:');
    expect(text).toContain('Given nothing (no minimum set): programmes.training.');
  });
});
