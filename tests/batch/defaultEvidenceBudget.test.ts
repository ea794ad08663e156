import { describe, expect, it } from 'vitest';
import { defaultEvidenceBudget } from '../../src/entries/batch.js';

describe('defaultEvidenceBudget', () => {
  it('grows with the number of consortia, and covers the first passage of a pair of 100,000-character texts', () => {
    expect(defaultEvidenceBudget(20)).toBe(1_500_000);
    expect(defaultEvidenceBudget(21)).toBeGreaterThan(defaultEvidenceBudget(20));
    // The first pass of a pair reads both texts.
    expect(defaultEvidenceBudget(2)).toBeGreaterThan(2 * 100_000);
  });
});
