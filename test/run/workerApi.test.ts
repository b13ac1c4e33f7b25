import { describe, expect, it } from 'vitest';
import { detachOneBuffer } from '../../src/run/workerApi';

describe('detachOneBuffer', () => {
  it('detaches a buffer, as a worker’s first answer would (test/e2e/jit.test.ts shows why that must come before the warm-up)', () => {
    const scratch = detachOneBuffer();
    // A detached buffer has no bytes left: the transfer happened, not a copy.
    expect(scratch.buffer.byteLength).toBe(0);
    expect(scratch.length).toBe(0);
  });
});
