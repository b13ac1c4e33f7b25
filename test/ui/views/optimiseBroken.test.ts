/**
 * A broken constraint in words (an infeasible search). The existing recipients' floor can hold its amount and still
 * be broken, when the cash budget pays only part of the top-up it needs: it had read "Rs 2,500, below its minimum of
 * Rs 2,500".
 */
import { describe, expect, it } from 'vitest';
import type { ConstraintStatus } from '../../../src/engine/index';
import { brokenText } from '../../../src/ui/views/optimise/text';

const none = { groups: [] };

describe('brokenText', () => {
  it('the floor whose top-up was paid in part says how much was paid, rounded down (never "100%")', () => {
    const c: ConstraintStatus = { path: 'existingRecipientsMonthlyPKR.min', kind: 'min', bound: 2500, value: 2500, met: false, binds: true, topUpPaid: 0.99957 };
    const text = brokenText(c, none);
    expect(text).toBe('the existing recipients’ floor: Rs 2,500 a month, but the cash budget paid only 99.9% of the top-up it needs.');
    expect(text).not.toMatch(/below its minimum/);
  });

  it('a floor whose amount falls short, and a share, say their value against the bound', () => {
    expect(brokenText({ path: 'existingRecipientsMonthlyPKR.min', kind: 'min', bound: 2500, value: 2000, met: false, binds: false }, none)).toMatch(/Rs 2,000, below its minimum of Rs 2,500/);
    expect(brokenText({ path: 'programmes.cash.max', kind: 'max', bound: 0.6, value: 0.7, met: false, binds: false }, none)).toMatch(/70%.*60%/);
  });
});
