import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, numericHistograms, numericSummary, topIndices } from '../../src/drift/summary.js';
import { createRng, sortedFinite } from '../../src/stats/index.js';
import { normal } from './helpers.js';

const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe('numericHistograms', () => {
  it('shares increasing edges between sides, counts every value once, and keeps a heavy tail out of the way', () => {
    const ref = normal(10_000, 50, 10, 1);
    ref[0] = 1e6; // one extreme value
    const cur = normal(8_000, 55, 10, 2);
    const h = numericHistograms(sortedFinite(ref), sortedFinite(cur), null);
    const e = h.reference.edges!;
    expect(h.current.edges).toEqual(e);
    expect(e).toHaveLength(HISTOGRAM_BINS + 1);
    for (let k = 1; k < e.length; k++) expect(e[k]!).toBeGreaterThan(e[k - 1]!);
    expect(e.at(-1)).toBe(1e6);
    expect(total(h.reference.counts)).toBe(10_000);
    expect(total(h.current.counts)).toBe(8_000);
    // the extreme value does not squeeze the distribution: no bar holds more than a quarter
    expect(Math.max(...h.reference.counts)).toBeLessThan(2_500);
  });

  it('uses log-spaced bins for a positive right-skewed feature, so no bar holds most rows', () => {
    const rng = createRng(7);
    const lognormal = (n: number, mu: number): Float64Array =>
      Float64Array.from({ length: n }, () => {
        const z =
          Math.sqrt(-2 * Math.log(rng.nextFloat() + 1e-300)) * Math.cos(2 * Math.PI * rng.nextFloat());
        return Math.exp(mu + 1.5 * z);
      });
    const h = numericHistograms(
      sortedFinite(lognormal(10_000, 3)),
      sortedFinite(lognormal(10_000, 3.3)),
      null,
    );
    expect(h.reference.scale).toBe('log');
    const e = h.reference.edges!;
    // equal ratios between inner edges
    expect(e[3]! / e[2]!).toBeCloseTo(e[10]! / e[9]!, 9);
    expect(total(h.reference.counts)).toBe(10_000);
    expect(Math.max(...h.reference.counts)).toBeLessThan(2_000);
    // a symmetric feature keeps equal widths
    const n = numericHistograms(
      sortedFinite(normal(5_000, 50, 10, 3)),
      sortedFinite(normal(5_000, 52, 10, 4)),
      null,
    );
    expect(n.reference.scale).toBe('linear');
    expect(n.reference.edges![3]! - n.reference.edges![2]!).toBeCloseTo(
      n.reference.edges![10]! - n.reference.edges![9]!,
      9,
    );
  });

  it.each([
    ['both constant at the same value', [3, 3, 3], [3, 3]],
    ['one side empty', [1, 2, 3, 4], []],
  ])('%s', (_l, r, c) => {
    const h = numericHistograms(sortedFinite(Float64Array.from(r)), sortedFinite(Float64Array.from(c)), null);
    expect(total(h.reference.counts)).toBe(r.length);
    expect(total(h.current.counts)).toBe(c.length);
  });

  it('has no bins when both sides are empty', () => {
    const h = numericHistograms(new Float64Array(0), new Float64Array(0), null);
    expect(h.reference).toEqual({ edges: [], counts: [] });
  });
});

describe('numericSummary', () => {
  it('gives nulls for an empty side and numpy quantiles otherwise', () => {
    expect(numericSummary(new Float64Array(0), 4)).toEqual({
      count: 0,
      missing: 4,
      mean: null,
      std: null,
      min: null,
      max: null,
      quantiles: null,
    });
    const s = numericSummary(Float64Array.from([1, 2, 3, 4, 5]), 1);
    expect(s).toMatchObject({ count: 5, missing: 1, mean: 3, min: 1, max: 5 });
    expect(s.std).toBeCloseTo(Math.SQRT2, 14);
    expect(s.quantiles).toEqual({ p01: 1.04, p05: 1.2, p25: 2, p50: 3, p75: 4, p95: 4.8, p99: 4.96 });
  });
});

describe('topIndices matches a full sort (weight descending, index ascending)', () => {
  it('on random weights with many ties and zeros', () => {
    const rng = createRng(5);
    for (let trial = 0; trial < 200; trial++) {
      const k = rng.nextInt(300);
      const weights = Array.from({ length: k }, () =>
        rng.nextInt(3) === 0 ? 0 : rng.nextInt(1 + rng.nextInt(40)),
      );
      const limit = rng.nextInt(25);
      const expected = weights
        .map((w, i) => [w, i] as const)
        .filter(([w]) => w > 0)
        .sort((a, b) => b[0] - a[0] || a[1] - b[1])
        .slice(0, limit)
        .map(([, i]) => i);
      expect(topIndices(weights, limit)).toEqual(expected);
    }
  });
});
