import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/stats/random.js';
import { RADIX_MIN_LENGTH, SortScratch, sortedFinite, sortedFiniteWithStats } from '../../src/stats/sort.js';

function nativeSortedFinite(values: Float64Array): Float64Array {
  return values
    .filter((v) => Number.isFinite(v))
    .map((v) => (v === 0 ? 0 : v))
    .sort();
}

function expectSameBits(a: Float64Array, b: Float64Array): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], b[i])) expect.fail(`index ${i}: ${a[i]} vs ${b[i]}`);
  }
}

describe('sortedFinite', () => {
  const rng = createRng(7);
  const gens: [string, (i: number) => number][] = [
    ['normal-ish', () => (rng.nextFloat() - 0.5) * 1e3],
    ['integers with ties', () => rng.nextInt(20) - 10],
    ['all positive', () => rng.nextFloat() * 10],
    ['all negative', () => -rng.nextFloat() * 10],
    // one sign and exponent for all: the top-digit pass is skipped and the order must still be reversed
    ['negative, one exponent', () => -(1 + rng.nextFloat())],
    ['positive, one exponent', () => 1 + rng.nextFloat()],
    ['mixed sign, few exponents', (i) => (i % 3 === 0 ? -1 : 1) * (1 + rng.nextInt(8) / 8)],
    ['constant', () => 4.25],
    ['huge and tiny', (i) => (i % 2 ? 1 : -1) * Math.pow(10, rng.nextInt(600) - 300)],
    ['subnormals and zeros', (i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : (rng.nextFloat() - 0.5) * 1e-310)],
    [
      'with missing',
      (i) => (i % 5 === 0 ? NaN : i % 7 === 0 ? -Infinity : i % 11 === 0 ? Infinity : i - 500),
    ],
    ['already sorted', (i) => i * 0.5 - 100],
    ['descending', (i) => -i * 0.25],
  ];
  for (const n of [0, 1, 5, RADIX_MIN_LENGTH - 1, RADIX_MIN_LENGTH, 1000, 20_000]) {
    it.each(gens)(`%s, n=${n}: equals the native sort of the finite values`, (_, g) => {
      const values = Float64Array.from({ length: n }, (_, i) => g(i));
      const copy = values.slice();
      const s = sortedFinite(values);
      expectSameBits(s, nativeSortedFinite(values));
      expectSameBits(values, copy); // input untouched
    });
  }

  it('canonicalises -0 to +0 and drops NaN and ±Infinity', () => {
    const values = new Float64Array(300).fill(-0);
    values[0] = NaN;
    values[1] = Infinity;
    values[2] = -Infinity;
    values[3] = -1;
    const s = sortedFinite(values);
    expect(s.length).toBe(297);
    expect(s[0]).toBe(-1);
    for (let i = 1; i < s.length; i++) expect(Object.is(s[i], 0)).toBe(true);
  });

  it('returns a new array', () => {
    const values = new Float64Array([2, 1]);
    expect(sortedFinite(values)).not.toBe(values);
    expect(sortedFinite(new Float64Array([NaN])).length).toBe(0);
  });
});

describe('sortedFiniteWithStats', () => {
  it('sorts column after column through one scratch, results valid until releaseAll', () => {
    const rng = createRng(11);
    const scratch = new SortScratch();
    for (const sizes of [
      [5000, 5000],
      [20_000, 3000],
      [300, 40_000],
      [10, 10],
      [40_000, 40_000],
      [1000, 900],
    ]) {
      scratch.releaseAll();
      const inputs = sizes.map((n) =>
        Float64Array.from({ length: n }, (_, i) =>
          i % 9 === 0 && n !== 40_000 && n !== 900 ? NaN : (rng.nextFloat() - 0.3) * 50,
        ),
      );
      const results = inputs.map((v) => sortedFiniteWithStats(v, scratch));
      inputs.forEach((v, k) => {
        const r = results[k]!;
        expectSameBits(r.sorted, nativeSortedFinite(v));
        expect(r.missing).toBe(v.length - r.sorted.length);
      });
    }
  });
});
