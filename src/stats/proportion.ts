/**
 * Intervals for a count, for the serving checks (src/metrics/serving.ts):
 *
 * wilsonInterval(k, n, c): Wilson's score interval of a binomial proportion k/n (Wilson 1927), two-sided at
 *   confidence c, z = Φ⁻¹((1 + c)/2):
 *     centre = (2k + z²) / (2(n + z²)),   half = z·√(4k(1 − k/n) + z²) / (2(n + z²)),
 *   the interval [centre − half, centre + half]. It stays inside [0, 1] and is not degenerate at k = 0 or
 *   k = n, where the Wald interval collapses — the error rates a server is held to are near 0.
 *   Reference: scipy.stats.binomtest(k, n).proportion_ci(c, method='wilson') (SciPy 1.10).
 *
 * orderStatisticInterval(n, q, c): the distribution-free interval of the q-quantile from order statistics
 *   (Hahn & Meeker 1991, §5.2): ranks l = binom.ppf((1 − c)/2, n, q) and u = binom.ppf((1 + c)/2, n, q) + 1
 *   (1-based), so P(X₍l₎ ≤ ξ_q < X₍u₎) = F(u − 1) − F(l − 1) ≥ c for continuous data. A rank outside
 *   [1, n] means that end is open (too few rows for that quantile at that confidence): it comes back as
 *   null and the caller clamps it to the sample's extreme and says so.
 *   Reference: the same ranks from scipy.stats.binom.ppf.
 *
 * poissonRateInterval(k, t, c): Garwood's exact interval of a Poisson rate from k events in time t:
 *   [gamma.ppf((1 − c)/2, k) / t, gamma.ppf((1 + c)/2, k + 1) / t] (the lower end 0 when k = 0).
 *   Reference: scipy.stats.gamma.ppf (= chi2.ppf(·, 2k)/2).
 *
 * Cost: O(1) for Wilson; a few binomial cdfs for the ranks; ~50 incomplete gammas for Garwood.
 */
import { binomialPpf } from './binomial.js';
import { gammaP } from './gamma.js';
import { normalQuantile } from './normal.js';

function checkConfidence(c: number): void {
  if (!(c > 0 && c < 1)) throw new RangeError(`confidence must be in (0, 1), got ${c}`);
}

/** Wilson's score interval of k successes in n trials at two-sided confidence c */
export function wilsonInterval(k: number, n: number, c: number): [number, number] {
  checkConfidence(c);
  if (!(n > 0 && k >= 0 && k <= n)) throw new RangeError(`wilson: need 0 ≤ k ≤ n, n > 0, got k=${k}, n=${n}`);
  const z = normalQuantile(0.5 + 0.5 * c);
  const z2 = z * z;
  const p = k / n;
  const denom = 2 * (n + z2);
  const centre = (2 * n * p + z2) / denom;
  const half = (z * Math.sqrt(4 * n * p * (1 - p) + z2)) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** 1-based ranks of the order statistics bounding the q-quantile at confidence c; null = that end is open */
export function orderStatisticInterval(
  n: number,
  q: number,
  c: number,
): { lower: number | null; upper: number | null } {
  checkConfidence(c);
  const alpha = 1 - c;
  const l = binomialPpf(alpha / 2, n, q);
  const u = binomialPpf(1 - alpha / 2, n, q) + 1;
  return { lower: l >= 1 ? l : null, upper: u <= n ? u : null };
}

/** the a-shape gamma quantile (scale 1) = scipy.stats.gamma.ppf(p, a): bisection, then Newton polish */
export function gammaQuantile(p: number, a: number): number {
  if (!(p > 0 && p < 1) || !(a > 0)) throw new RangeError(`gamma quantile: need p in (0, 1), a > 0`);
  let lo = 0;
  let hi = Math.max(1, a);
  while (gammaP(a, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (gammaP(a, mid) < p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Garwood's interval of a Poisson rate from k events over time t, at two-sided confidence c */
export function poissonRateInterval(k: number, t: number, c: number): [number, number] {
  checkConfidence(c);
  if (!(t > 0 && k >= 0)) throw new RangeError(`poisson rate: need k ≥ 0, t > 0, got k=${k}, t=${t}`);
  const alpha = 1 - c;
  const lower = k === 0 ? 0 : gammaQuantile(alpha / 2, k) / t;
  return [lower, gammaQuantile(1 - alpha / 2, k + 1) / t];
}
