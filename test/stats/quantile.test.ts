import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../src/stats/quantile.js';
import { searchsortedLeft, searchsortedRight } from '../../src/stats/searchsorted.js';
import { VECTORS } from './vectors.js';

interface QuantileCase {
  name: string;
  sorted: number[];
  p: number[];
  q: number[];
}
interface SearchCase {
  edges: number[];
  x: number[];
  left: number[];
  right: number[];
}

describe('quantileSorted equals numpy.quantile (linear) exactly', () => {
  for (const c of VECTORS.quantile as QuantileCase[]) {
    it(c.name, () => {
      const sorted = Float64Array.from(c.sorted);
      c.p.forEach((p, i) => expect(quantileSorted(sorted, p)).toBe(c.q[i]));
    });
  }

  it('rejects empty input and p outside [0, 1]', () => {
    expect(() => quantileSorted(new Float64Array(0), 0.5)).toThrow(RangeError);
    expect(() => quantileSorted(new Float64Array([1]), 1.5)).toThrow(RangeError);
    expect(() => quantileSorted(new Float64Array([1]), NaN)).toThrow(RangeError);
  });
});

describe('searchsorted equals numpy.searchsorted', () => {
  (VECTORS.searchsorted as SearchCase[]).forEach((c, k) => {
    it(`case ${k}`, () => {
      c.x.forEach((x, i) => {
        expect(searchsortedLeft(c.edges, x)).toBe(c.left[i]);
        expect(searchsortedRight(c.edges, x)).toBe(c.right[i]);
      });
    });
  });
  it('NaN goes after every edge', () => {
    expect(searchsortedLeft([1, 2], NaN)).toBe(2);
    expect(searchsortedRight([1, 2], NaN)).toBe(2);
  });
});
