// The distances' intervals under drift.decide_on: effect (src/drift/interval.ts): coverage where the true
// distance is known, no false alarms on identical populations at 300 rows, the Wasserstein grid, the
// category collapse, and determinism. Replicate counts are small (this is a unit test; the full
// calibration is `npm run bench drift-calibration`), so the bounds carry several Monte Carlo SEs of slack.
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_CAP,
  binnedInterval,
  collapseCategories,
  dataSeed,
  gridW1,
  wassersteinGrid,
  wassersteinInterval,
} from '../../src/drift/interval.js';
import { jensenShannonDistance } from '../../src/drift/jensen-shannon.js';
import { createRng, sortedFinite } from '../../src/stats/index.js';
import { wassersteinSorted } from '../../src/stats/wasserstein.js';
import { normal } from './helpers.js';

const SETTINGS = { confidence: 0.95, resamples: 400, seed: 9 };

/** category counts of n draws from the shares p */
function multinomial(n: number, p: readonly number[], seed: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(p.length);
  for (let i = 0; i < n; i++) {
    let u = rng.nextFloat();
    let k = 0;
    while (k < p.length - 1 && u >= p[k]!) u -= p[k++]!;
    out[k]!++;
  }
  return out;
}

describe('wassersteinInterval', () => {
  it('covers the true normalised distance about 95% of the time (N(0,1) vs N(0.3,1): W = 0.3)', () => {
    let covered = 0;
    const reps = 60;
    for (let r = 0; r < reps; r++) {
      const a = sortedFinite(normal(2000, 0, 1, 100 + r));
      const b = sortedFinite(normal(2000, 0.3, 1, 500 + r));
      const point = wassersteinSorted(a, b); // reference std ≈ 1: normalised by 1 exactly here
      const i = wassersteinInterval(a, b, point, 1, { ...SETTINGS, seed: r });
      if (i.lower <= 0.3 && 0.3 <= i.upper) covered++;
    }
    // 95% of 60 = 57; a coverage of 85% or less would show as ≤ 51 (binomial sd 1.7)
    expect(covered).toBeGreaterThanOrEqual(52);
  });

  it('keeps the lower end below 0.1 on identical populations at 300 rows', () => {
    let alarms = 0;
    for (let r = 0; r < 60; r++) {
      const a = sortedFinite(normal(300, 0, 1, 1000 + r));
      const b = sortedFinite(normal(300, 0, 1, 2000 + r));
      const i = wassersteinInterval(a, b, wassersteinSorted(a, b), 1, { ...SETTINGS, seed: r });
      if (i.lower >= 0.1) alarms++;
      expect(i.lower).toBeGreaterThanOrEqual(0);
      expect(i.upper).toBeGreaterThanOrEqual(i.lower);
    }
    // the point estimate alone reaches 0.1 in about 45% of such samples (research memo §2.1)
    expect(alarms).toBeLessThanOrEqual(4);
  });

  it('is exact on the grid when there are at most 1024 distinct values, and a close sum beyond', () => {
    const a = sortedFinite(normal(5000, 0, 1, 1).map((x) => Math.round(x * 50) / 50));
    const b = sortedFinite(normal(5000, 0.2, 1, 2).map((x) => Math.round(x * 50) / 50));
    const g = wassersteinGrid(a, b);
    expect(g.edges.length).toBeLessThanOrEqual(1024);
    expect(gridW1(g.edges, g.ref, g.cur)).toBeCloseTo(wassersteinSorted(a, b), 12);
    const c = sortedFinite(normal(20_000, 0, 1, 3));
    const d = sortedFinite(normal(20_000, 0.2, 1, 4));
    const h = wassersteinGrid(c, d);
    expect(h.edges.length).toBe(1024);
    expect(h.ref.reduce((s, x) => s + x, 0)).toBe(20_000);
    expect(h.cur.reduce((s, x) => s + x, 0)).toBe(20_000);
    expect(Math.abs(gridW1(h.edges, h.ref, h.cur) - wassersteinSorted(c, d))).toBeLessThan(0.005);
  });

  it('gives the same interval for the same seed and another for another seed', () => {
    const a = sortedFinite(normal(500, 0, 1, 7));
    const b = sortedFinite(normal(500, 0.5, 1, 8));
    const w = wassersteinSorted(a, b);
    const one = wassersteinInterval(a, b, w, 1, SETTINGS);
    expect(wassersteinInterval(a, b, w, 1, SETTINGS)).toEqual(one);
    expect(wassersteinInterval(a, b, w, 1, { ...SETTINGS, seed: 10 })).not.toEqual(one);
  });
});

describe('binnedInterval', () => {
  // two known category distributions: the true Jensen–Shannon distance is computable exactly
  const p = [0.4, 0.3, 0.15, 0.1, 0.05];
  const q = [0.3, 0.3, 0.2, 0.1, 0.1];
  const truth = jensenShannonDistance(Float64Array.from(p), Float64Array.from(q));

  it(`covers the true Jensen–Shannon distance (${truth.toFixed(4)}) about 95% of the time`, () => {
    let covered = 0;
    const reps = 60;
    for (let r = 0; r < reps; r++) {
      const i = binnedInterval('jensen_shannon', multinomial(3000, p, 10 + r), multinomial(3000, q, 90 + r), {
        ...SETTINGS,
        seed: r,
      });
      if (i.lower <= truth && truth <= i.upper) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(52);
  });

  it('does not call identical populations drifted at 300 rows, where the point often reaches 0.1', () => {
    const flat = Array.from({ length: 10 }, () => 0.1);
    let alarms = 0;
    let pointAlarms = 0;
    for (let r = 0; r < 60; r++) {
      const i = binnedInterval(
        'jensen_shannon',
        multinomial(300, flat, 300 + r),
        multinomial(300, flat, 700 + r),
        { ...SETTINGS, seed: r },
      );
      if (i.lower >= 0.1) alarms++;
      if (i.value >= 0.1) pointAlarms++;
    }
    expect(alarms).toBeLessThanOrEqual(3);
    expect(pointAlarms).toBeGreaterThan(15);
  });

  it.each(['psi', 'kl', 'hellinger'] as const)('%s: lower ≤ point-ish and within [0, upper]', (test) => {
    const i = binnedInterval(test, multinomial(2000, p, 1), multinomial(2000, q, 2), SETTINGS);
    expect(i.lower).toBeGreaterThan(0);
    expect(i.lower).toBeLessThan(i.value);
    expect(i.upper).toBeGreaterThan(i.lower);
  });
});

describe('collapseCategories', () => {
  it('leaves few categories alone', () => {
    expect(collapseCategories(Float64Array.from([5, 6, 7]), Float64Array.from([7, 6, 5]))).toBeNull();
  });

  it('keeps the most frequent categories expected 5+ times in the smaller sample, at most 50, and pools the rest', () => {
    const k = 1000;
    const zipf = Array.from({ length: k }, (_, i) => 1 / (i + 1));
    const total = zipf.reduce((s, x) => s + x, 0);
    const shares = zipf.map((x) => x / total);
    // reversed order in the arrays: the collapse must sort by the reference's counts, not take the first
    const ref = multinomial(300, shares, 1).reverse();
    const cur = multinomial(300, shares, 2).reverse();
    const c = collapseCategories(ref, cur)!;
    const kept = c.reference.length - 1;
    expect(kept).toBeLessThanOrEqual(CATEGORY_CAP);
    const sorted = [...ref].sort((a, b) => b - a);
    // every kept category reaches 5 expected in the smaller (equal) sample; the next one does not
    expect(sorted[kept - 1]).toBeGreaterThanOrEqual(5);
    expect(sorted[kept]).toBeLessThan(5);
    expect(c.reference.slice(0, kept)).toEqual(Float64Array.from(sorted.slice(0, kept)));
    expect(c.reference.reduce((s, x) => s + x, 0)).toBe(300);
    expect(c.current.reduce((s, x) => s + x, 0)).toBe(300);
    expect(c.note).toContain(`most frequent of ${k} categories`);
  });

  it('caps at 50 categories on large samples', () => {
    const shares = Array.from({ length: 200 }, () => 1 / 200);
    const c = collapseCategories(multinomial(100_000, shares, 3), multinomial(100_000, shares, 4))!;
    expect(c.reference.length).toBe(CATEGORY_CAP + 1);
  });
});

describe('dataSeed', () => {
  it('is the same for the same input and differs when the sizes or the estimate differ', () => {
    expect(dataSeed(42, 300, 300, 0.1234)).toBe(dataSeed(42, 300, 300, 0.1234));
    const seeds = new Set([
      dataSeed(42, 300, 300, 0.1234),
      dataSeed(43, 300, 300, 0.1234),
      dataSeed(42, 301, 300, 0.1234),
      dataSeed(42, 300, 301, 0.1234),
      dataSeed(42, 300, 300, 0.1234 + 2 ** -55),
    ]);
    expect(seeds.size).toBe(5);
  });
});
