import { describe, expect, it } from 'vitest';
import { analyseCategorical } from '../../src/drift/analyse.js';
import { OTHER_LABEL, SUMMARY_TOP_CATEGORIES, topIndices } from '../../src/drift/summary.js';
import { missingShare } from '../../src/quality/missing.js';
import { NEW_CATEGORY_EXAMPLES, newCategories } from '../../src/quality/new-categories.js';
import { outOfRange } from '../../src/quality/out-of-range.js';
import { schemaDifferences } from '../../src/quality/schema.js';

const f64 = (a: number[]): Float64Array => Float64Array.from(a);

describe('outOfRange', () => {
  it.each([
    ['inside', [1, 2, 3], [1, 2, 3], 0, 0],
    ['below and above, ties at the bounds are inside', [1, 5], [0, 1, 1, 5, 5, 6, 7], 1, 2],
    ['all above', [1, 2], [3, 4], 0, 2],
  ])('%s', (_l, r, c, below, above) => {
    const o = outOfRange(f64(r), f64(c))!;
    expect(o.below).toBe(below);
    expect(o.above).toBe(above);
    expect(o.share).toBe((below + above) / c.length);
    expect([o.min, o.max]).toEqual([r[0], r[r.length - 1]]);
  });
  it('is null when a side is empty', () => {
    expect(outOfRange(f64([]), f64([1]))).toBeNull();
    expect(outOfRange(f64([1]), f64([]))).toBeNull();
  });
});

describe('newCategories', () => {
  it('counts categories unseen in reference, most frequent examples first', () => {
    const nc = newCategories(f64([5, 3, 0, 0, 1]), f64([2, 0, 1, 4, 0]), ['a', 'b', 'c', 'd', 'e'])!;
    expect(nc).toEqual({ count: 2, share: 5 / 7, examples: ['d', 'c'] });
  });
  it('keeps at most NEW_CATEGORY_EXAMPLES examples', () => {
    const k = 30;
    const labels = Array.from({ length: k }, (_, i) => `x${i}`);
    const nc = newCategories(new Float64Array(k), f64(labels.map((_, i) => i + 1)), labels)!;
    expect(nc.count).toBe(k);
    expect(nc.examples).toHaveLength(NEW_CATEGORY_EXAMPLES);
    expect(nc.examples[0]).toBe('x29');
  });
  it('is null when current has no values', () => {
    expect(newCategories(f64([1]), f64([0]), ['a'])).toBeNull();
  });
});

describe('missingShare', () => {
  it.each([
    [0, 0, 0],
    [3, 10, 0.3],
    [0, 5, 0],
  ])('%i of %i', (m, n, want) => expect(missingShare(m, n)).toBe(want));
});

describe('schemaDifferences', () => {
  it('lists features in one file only and configured columns missing anywhere', () => {
    const s = schemaDifferences({
      referenceFeatures: ['a', 'b'],
      currentFeatures: ['a', 'c'],
      configured: ['a', 'z'],
      referenceColumns: new Set(['a', 'b']),
      currentColumns: new Set(['a', 'c']),
      kindChanges: [],
    });
    expect(s.missingInCurrent).toEqual(['b', 'z']);
    expect(s.missingInReference).toEqual(['c', 'z']);
  });
});

describe('100,000 distinct categories', () => {
  it('works and keeps only the top categories in the report', () => {
    const n = 300_000;
    const k = 100_000;
    const dict = Array.from({ length: k }, (_, i) => `id_${i}`);
    const refCodes = new Int32Array(n);
    const curCodes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      refCodes[i] = (i * 7919) % k;
      curCodes[i] = (i * 104729) % (k - 10);
    }
    // current has 500 categories the reference never saw
    const curDict = [...dict.slice(0, k - 10), ...Array.from({ length: 500 }, (_, i) => `new_${i}`)];
    for (let i = 0; i < 500; i++) curCodes[i] = k - 10 + i;
    const a = analyseCategorical({
      name: 'user',
      method: 'auto',
      reference: { codes: refCodes, dictionary: dict },
      current: { codes: curCodes, dictionary: curDict },
    });
    expect(a.skipped).toBeNull();
    expect(a.stats.chi2?.dof).toBe(k + 500 - 1);
    const s = a.reference.summary as { distinct: number; top: unknown[] };
    expect(s.distinct).toBe(k);
    expect(s.top).toHaveLength(SUMMARY_TOP_CATEGORIES);
    expect(a.reference.histogram.labels).toHaveLength(SUMMARY_TOP_CATEGORIES + 1);
    expect(a.reference.histogram.labels!.at(-1)).toBe(OTHER_LABEL);
    expect(a.reference.histogram.counts.reduce((x, y) => x + y, 0)).toBe(n);
    expect(a.quality.newCategories?.count).toBe(500);
    expect(a.quality.newCategories?.examples).toHaveLength(NEW_CATEGORY_EXAMPLES);
    expect(JSON.stringify(a).length).toBeLessThan(10_000);
  });
});

describe('topIndices', () => {
  it('returns the largest weights first, ties by index, skipping zeros', () => {
    expect(topIndices([0, 5, 3, 5, 1, 0], 3)).toEqual([1, 3, 2]);
    expect(topIndices([0, 0], 3)).toEqual([]);
    const big = Array.from({ length: 1000 }, (_, i) => i % 97);
    expect(topIndices(big, 5)).toEqual([96, 193, 290, 387, 484]);
  });
});
