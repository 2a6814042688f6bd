/**
 * x^y, the same on every Node.js version: @stdlib/math-base-special-pow, a port of FreeBSD's fdlibm
 * e_pow.c (within 1 ulp of glibc's pow on 60,000 test pairs here).
 *
 * Why not Math.pow or `**`: V8 changed Math.pow between Node 20 and Node 24 (x^3, x^1.5, (1 − d)^n all
 * differ in the last bit here), so a report computed by the CLI on Node 20 and by the action on Node 24
 * would differ in the last digits of p-values and histogram edges. Math.exp, Math.log, Math.sqrt,
 * Math.log10 and Math.cosh give the same bits on both and are used directly. The lint config forbids
 * Math.pow and `**` in src/.
 */
import stdlibPow from '@stdlib/math-base-special-pow';

export function pow(x: number, y: number): number {
  return stdlibPow(x, y);
}

/** 10^k for integers 0 ≤ k ≤ 22: exact (products of exactly representable powers of ten) */
export const POW10: readonly number[] = (() => {
  const out = [1];
  for (let k = 1; k <= 22; k++) out.push(out[k - 1]! * 10);
  return out;
})();
