// Seeded Poisson draws (src/stats/poisson.ts): Knuth below λ = 10, PTRS above, inversion tables for integer
// means. Each is checked against the Poisson law itself: mean and variance within 5 standard errors, and a
// χ² goodness of fit over the central values (p-value above 1e-4, fixed seeds, so the test is deterministic).
import { describe, expect, it } from 'vitest';
import { PoissonTables, poissonDraw, poissonResampler } from '../../src/stats/poisson.js';
import { createRng } from '../../src/stats/random.js';
import { chi2Sf } from '../../src/stats/chi2.js';
import { lnGamma } from '../../src/stats/gamma.js';

const DRAWS = 40_000;

function check(lambda: number, draw: () => number): void {
  const counts = new Map<number, number>();
  let sum = 0;
  let sq = 0;
  let notCounts = 0;
  for (let i = 0; i < DRAWS; i++) {
    const k = draw();
    if (!(Number.isInteger(k) && k >= 0)) notCounts++;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    sum += k;
    sq += k * k;
  }
  expect(notCounts).toBe(0);
  const mean = sum / DRAWS;
  const variance = sq / DRAWS - mean * mean;
  // sd of the sample mean √(λ/N); of the sample variance ≈ λ √(2/N) (+ the fourth cumulant λ/N)
  expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / DRAWS));
  expect(Math.abs(variance - lambda)).toBeLessThan(5 * Math.sqrt((2 * lambda * lambda + lambda) / DRAWS));
  // χ² over the values expected ≥ 20 times, the two tails pooled
  const pmf = (k: number) => Math.exp(-lambda + k * Math.log(lambda) - lnGamma(k + 1));
  let stat = 0;
  let cells = 0;
  let restObserved = DRAWS;
  let restExpected = DRAWS;
  for (let k = 0; k <= lambda + 20 * Math.sqrt(lambda) + 20; k++) {
    const e = DRAWS * pmf(k);
    if (e < 20) continue;
    const o = counts.get(k) ?? 0;
    stat += ((o - e) * (o - e)) / e;
    cells++;
    restObserved -= o;
    restExpected -= e;
  }
  stat += ((restObserved - restExpected) * (restObserved - restExpected)) / restExpected;
  expect(chi2Sf(stat, cells)).toBeGreaterThan(1e-4);
}

describe('poissonDraw', () => {
  it.each([0.3, 2.5, 9.99, 10, 37.5, 480.2, 25_000])('follows Poisson(%s)', (lambda) => {
    const rng = createRng(11);
    check(lambda, () => poissonDraw(lambda, rng));
  });

  it('returns 0 for a mean of 0', () => {
    expect(poissonDraw(0, createRng(1))).toBe(0);
  });
});

describe('PoissonTables', () => {
  it.each([1, 7, 10, 64, 999, 10_000])('follows Poisson(%s) by inversion', (lambda) => {
    const rng = createRng(5);
    const tables = new PoissonTables();
    check(lambda, () => tables.draw(lambda, rng));
  });

  it('hands non-integer and very large means to poissonDraw, with the same stream', () => {
    const a = createRng(3);
    const b = createRng(3);
    const tables = new PoissonTables();
    for (const lambda of [2.5, 12.25, 50_000]) expect(tables.draw(lambda, a)).toBe(poissonDraw(lambda, b));
  });
});

describe('poissonResampler', () => {
  it.each([3, 40, 976])('draws Poisson(%s) per bin from one 32-bit uniform each', (lambda) => {
    const rng = createRng(21);
    const resample = poissonResampler(Float64Array.of(lambda, 0, 2.5), new PoissonTables());
    const out = new Float64Array(3);
    const zeros: number[] = [];
    check(lambda, () => {
      resample(rng, out);
      zeros.push(out[1]!);
      return out[0]!;
    });
    // a bin with no rows stays empty in every resample
    expect(zeros.every((z) => z === 0)).toBe(true);
  });
});
