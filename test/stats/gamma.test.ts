import { describe, expect, it } from 'vitest';
import { chi2Sf } from '../../src/stats/chi2.js';
import { gammaP, gammaQ, lnGamma } from '../../src/stats/gamma.js';
import { relErr, VECTORS } from './vectors.js';

// relative 1e-6 on every value SciPy gives, down to ~1e-300; measured worst printed below
const RTOL = 1e-6;
// values below this are at the edge of the double range (subnormal): compared absolutely
const TINY = 1e-290;

function agree(got: number, want: number): number {
  if (want < TINY && got < TINY) return 0;
  return relErr(got, want);
}

describe('incomplete gamma vs scipy.special.gammainc / gammaincc', () => {
  it('gammaP and gammaQ, including the far tail', () => {
    let worst = 0;
    let at = '';
    for (const [a, x, p, q] of VECTORS.gamma as [number, number, number, number][]) {
      for (const [got, want, name] of [
        [gammaP(a, x), p, 'P'],
        [gammaQ(a, x), q, 'Q'],
      ] as const) {
        const e = agree(got, want);
        if (e > worst) [worst, at] = [e, `${name}(${a}, ${x})`];
        if (!(e <= RTOL)) expect.fail(`${name}(${a}, ${x}) = ${got}, SciPy ${want}, rel ${e}`);
      }
    }
    console.log(`incomplete gamma max rel err ${worst.toExponential(2)} at ${at}`);
  });

  it('chi2Sf = scipy.stats.chi2.sf for dof 1..99999, x up to 2000 and beyond', () => {
    let worst = 0;
    let at = '';
    for (const [x, dof, sf] of VECTORS.chi2 as [number, number, number][]) {
      const e = agree(chi2Sf(x, dof), sf);
      if (e > worst) [worst, at] = [e, `chi2.sf(${x}, ${dof})`];
      if (!(e <= RTOL)) expect.fail(`chi2Sf(${x}, ${dof}) = ${chi2Sf(x, dof)}, SciPy ${sf}, rel ${e}`);
    }
    console.log(`chi2Sf max rel err ${worst.toExponential(2)} at ${at}`);
  });

  it.each([
    [1, 0, 0, 1],
    [2, -1, 0, 1],
    [3, Infinity, 1, 0],
  ])('edges: a=%d x=%d → P=%d Q=%d', (a, x, p, q) => {
    expect(gammaP(a, x)).toBe(p);
    expect(gammaQ(a, x)).toBe(q);
  });

  it('lnGamma', () => {
    expect(lnGamma(1)).toBe(0);
    expect(relErr(lnGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-15);
    expect(relErr(lnGamma(101), 363.73937555556347)).toBeLessThan(1e-14);
  });

  it('rejects bad arguments', () => {
    expect(() => gammaQ(0, 1)).toThrow(RangeError);
    expect(() => gammaP(1, NaN)).toThrow(RangeError);
    expect(() => chi2Sf(3, 0)).toThrow(RangeError);
    expect(chi2Sf(0, 3)).toBe(1);
  });
});
