import { describe, expect, it } from 'vitest';
import { chi2TwoRow } from '../../src/stats/chi2-contingency.js';
import { relErr, VECTORS } from './vectors.js';

interface Case {
  ref: number[];
  cur: number[];
  statistic: number;
  pValue: number;
  dof: number;
}

describe('chi2TwoRow = scipy.stats.chi2_contingency([ref, cur], correction=False)', () => {
  for (const c of VECTORS.chi2Contingency as Case[]) {
    it(`${c.ref.length} bins, statistic ${c.statistic}`, () => {
      const got = chi2TwoRow(c.ref, c.cur);
      expect(got.dof).toBe(c.dof);
      expect(relErr(got.statistic, c.statistic)).toBeLessThanOrEqual(1e-12);
      if (c.pValue === 0) expect(got.pValue).toBeLessThan(1e-300);
      else expect(relErr(got.pValue, c.pValue)).toBeLessThanOrEqual(1e-9);
    });
  }

  it.each([
    [[0, 0], [0, 0], 'one side has no counts'],
    [[1, 2], [0, 0], 'one side has no counts'],
    [[1, -2], [1, 1], 'counts must be finite'],
    [[1, 2], [1], 'differ in length'],
  ])('rejects %j vs %j', (ref, cur, msg) => {
    expect(() => chi2TwoRow(ref, cur)).toThrow(msg);
  });
});
