import { describe, expect, it } from 'vitest';
import { pow, POW10 } from '../../src/stats/pow.js';
import { VECTORS } from './vectors.js';

/** distance in units in the last place between two finite doubles of the same sign */
function ulps(a: number, b: number): number {
  const v = new Float64Array([a, b]);
  const u = new BigInt64Array(v.buffer);
  const d = u[0]! - u[1]!;
  return Number(d < 0n ? -d : d);
}

// within 1 ulp of numpy.power (the platform's libm pow) on the shapes model-gate raises to powers
describe('pow vs numpy.power', () => {
  it('every vector within 1 ulp', () => {
    let worst = 0;
    for (const [x, y, want] of VECTORS.pow as [number, number, number][]) {
      const e = ulps(pow(x, y), want);
      worst = Math.max(worst, e);
      if (e > 1) expect.fail(`pow(${x}, ${y}) = ${pow(x, y)}, numpy ${want} (${e} ulps)`);
    }
    console.log(`pow max ${worst} ulp`);
  });

  it('exact where the result is a representable integer or power of two', () => {
    expect(pow(2, -1074)).toBe(5e-324);
    expect(pow(2, 128)).toBe(340282366920938463463374607431768211456);
    POW10.forEach((p, k) => expect(p).toBe(Number(`1e${k}`)));
    expect(POW10).toHaveLength(23);
  });
});
