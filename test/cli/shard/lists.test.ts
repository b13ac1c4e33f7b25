// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatFiles, formatIndices } from '../../../src/cli/shard/lists';

describe('formatIndices(indices)', () => {
  it('lists a few indices as they are, sorted', () => {
    expect(formatIndices([7, 3])).toBe('3, 7');
    expect(formatIndices([4])).toBe('4');
  });

  it('collapses runs of three or more', () => {
    expect(formatIndices([1, 2, 5, 6, 7, 8, 12])).toBe('1, 2, 5–8, 12');
  });

  it('abbreviates a long list, keeping the first and last items', () => {
    const every4th = Array.from({ length: 25 }, (_, k) => 1 + 4 * k);
    expect(formatIndices(every4th)).toBe('1, 5, 9, 13, 17, 21, 25, 29, 33, 37, …, 93, 97');
  });
});

describe('formatFiles(files)', () => {
  it('joins names and abbreviates past the limit', () => {
    expect(formatFiles(['a'])).toBe('a');
    expect(formatFiles(['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatFiles(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d and 2 more');
  });
});
