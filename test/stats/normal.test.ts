import { describe, expect, it } from 'vitest';
import { normalCdf, normalSf } from '../../src/stats/normal.js';
import { relErr, VECTORS } from './vectors.js';

// relative 1e-12 wherever SciPy's value is a normal double (> 1e-307), out to x = 37.5
const RTOL = 1e-12;

describe('normal tails vs scipy.stats.norm', () => {
  it('normalSf and normalCdf', () => {
    let worst = 0;
    let at = 0;
    for (const [x, sf, cdf] of VECTORS.normal as [number, number, number][]) {
      for (const [got, want] of [
        [normalSf(x), sf],
        [normalCdf(x), cdf],
      ]) {
        // SciPy flushes to 0 below ~1e-308 where we may return a subnormal: both count as 0 there
        const e = want! < 1e-307 ? (got! < 1e-307 ? 0 : 1) : relErr(got!, want!);
        if (e > worst) [worst, at] = [e, x];
        if (!(e <= RTOL)) expect.fail(`x=${x}: got ${got}, SciPy ${want} (rel ${e})`);
      }
    }
    console.log(`normal max rel err ${worst.toExponential(2)} at x=${at}`);
  });

  it.each([
    [Infinity, 0],
    [-Infinity, 1],
    [0, 0.5],
  ])('normalSf(%d) = %d', (x, want) => expect(normalSf(x)).toBe(want));

  it('NaN in, NaN out', () => expect(normalSf(NaN)).toBeNaN());
});
