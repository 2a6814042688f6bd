import { describe, expect, it } from 'vitest';
import { kolmogorovLimitSf, kolmogorovSf } from '../../src/stats/kolmogorov.js';
import { smirnovSf } from '../../src/stats/smirnov.js';
import { createRng } from '../../src/stats/random.js';
import { makeSample } from './samples.js';
import { relErr, VECTORS } from './vectors.js';

// p-values: relative 1e-6 against SciPy (absolute 1e-300 below which SciPy's double-double and our
// log-space sums both sit at the edge of the double range)
const P_RTOL = 1e-6;

function check(label: string, got: number, want: number, worst: { e: number; at: string }): void {
  const e = want < 1e-300 && got < 1e-300 ? 0 : relErr(got, want);
  if (e > worst.e) {
    worst.e = e;
    worst.at = label;
  }
  if (!(e <= P_RTOL)) expect.fail(`${label}: got ${got}, SciPy ${want} (rel ${e})`);
}

describe('Kolmogorov distribution vs SciPy', () => {
  it('kolmogorovSf = scipy.stats.kstwo.sf over all of its algorithm regions', () => {
    const worst = { e: 0, at: '' };
    for (const [d, n, sf] of VECTORS.kolmogorov.kstwo as [number, number, number][]) {
      check(`kstwo.sf(${d}, ${n})`, kolmogorovSf(d, n), sf, worst);
    }
    console.log(`kolmogorovSf max rel err ${worst.e.toExponential(2)} at ${worst.at}`);
  });

  it('smirnovSf = scipy.special.smirnov', () => {
    const worst = { e: 0, at: '' };
    for (const [n, d, sf] of VECTORS.kolmogorov.smirnov as [number, number, number][]) {
      check(`smirnov(${n}, ${d})`, smirnovSf(n, d), sf, worst);
    }
    console.log(`smirnovSf max rel err ${worst.e.toExponential(2)} at ${worst.at}`);
  });

  it('kolmogorovLimitSf = scipy.special.kolmogorov', () => {
    const worst = { e: 0, at: '' };
    for (const [x, sf] of VECTORS.kolmogorov.limit as [number, number][]) {
      check(`kolmogorov(${x})`, kolmogorovLimitSf(x), sf, worst);
    }
    console.log(`kolmogorovLimitSf max rel err ${worst.e.toExponential(2)} at ${worst.at}`);
  });

  it.each([
    [0, 10, 1],
    [-1, 10, 1],
    [1, 10, 0],
    [1.5, 3, 0],
  ])('kolmogorovSf(%d, %d) = %d', (d, n, want) => {
    expect(kolmogorovSf(d, n)).toBe(want);
  });

  it('rejects a non-integer n', () => {
    expect(() => kolmogorovSf(0.1, 2.5)).toThrow(RangeError);
  });

  it('the rebuilt samples match the Python port of the generator', () => {
    const s = makeSample({ gen: 'uniform', seed: 7, n: 1 });
    const r = createRng(7);
    expect(s[0]).toBe(r.nextFloat());
  });
});
