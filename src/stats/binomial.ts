/**
 * The binomial law, for the serving checks' intervals (src/metrics/serving.ts):
 *   binomialCdf(k, n, p) = P(B ≤ k), B ~ Bin(n, p)            scipy.stats.binom.cdf
 *   binomialPpf(q, n, p) = the smallest k with P(B ≤ k) ≥ q    scipy.stats.binom.ppf
 *
 * Algorithm: P(B ≤ k) = I_{1−p}(n − k, k + 1), the regularised incomplete beta function, evaluated by its
 * continued fraction with the modified Lentz method (Numerical Recipes 3rd ed. §6.4), the prefactor
 * x^a (1 − x)^b / (a B(a, b)) formed in log space; the fraction is used on the side where it converges
 * (x < (a + 1)/(a + b + 2)), the other side by the symmetry I_x(a, b) = 1 − I_{1−x}(b, a). The ppf starts
 * at the normal approximation and steps one k at a time to the smallest k that reaches q.
 * Reference: scipy.stats.binom.cdf / ppf (SciPy 1.10), test/stats/binomial.test.ts (relative 1e-9 for the
 * cdf; the ppf exactly).
 * Cost: O(√(n·p·(1 − p))) fraction terms per cdf; the ppf a handful of cdfs. No allocation.
 * Edge cases: k < 0 → 0, k ≥ n → 1; p = 0 or 1 are the point masses; n must be a non-negative integer and
 * p in [0, 1] (else RangeError); q ≤ 0 → 0 (SciPy gives −1 for q = 0; no caller asks), q ≥ 1 → n.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { normalQuantile } from './normal.js';

const EPS = 2.220446049250313e-16;
const TINY = 1e-300;
const MAX_ITER = 1_000_000;

/** the regularised incomplete beta function I_x(a, b) = scipy.special.betainc(a, b, x), a, b > 0 */
export function incompleteBeta(a: number, b: number, x: number): number {
  if (!(a > 0 && b > 0) || !(x >= 0 && x <= 1)) {
    throw new RangeError(`incomplete beta: need a, b > 0 and x in [0, 1], got a=${a}, b=${b}, x=${x}`);
  }
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * fraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * fraction(b, a, 1 - x)) / b;
}

/** the continued fraction of I_x(a, b), modified Lentz */
function fraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

function checkLaw(n: number, p: number): void {
  if (!(Number.isInteger(n) && n >= 0) || !(p >= 0 && p <= 1)) {
    throw new RangeError(`binomial: need an integer n ≥ 0 and p in [0, 1], got n=${n}, p=${p}`);
  }
}

/** P(B ≤ k) for B ~ Bin(n, p) = scipy.stats.binom.cdf(k, n, p) */
export function binomialCdf(k: number, n: number, p: number): number {
  checkLaw(n, p);
  const j = Math.floor(k);
  if (j < 0) return 0;
  if (j >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return incompleteBeta(n - j, j + 1, 1 - p);
}

/** the smallest k with P(B ≤ k) ≥ q = scipy.stats.binom.ppf(q, n, p), for q in (0, 1) */
export function binomialPpf(q: number, n: number, p: number): number {
  checkLaw(n, p);
  if (q <= 0) return 0;
  if (q >= 1) return n;
  const sd = Math.sqrt(n * p * (1 - p));
  let k = Math.min(n, Math.max(0, Math.floor(n * p + normalQuantile(q) * sd)));
  while (k > 0 && binomialCdf(k - 1, n, p) >= q) k--;
  while (k < n && binomialCdf(k, n, p) < q) k++;
  return k;
}
