/**
 * One-sided Smirnov survival function Pr(D⁺_n ≥ x) for a sample of size n (the exact finite-n law):
 *   Pr(D⁺_n ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^{v−1} (1 − x − v/n)^{n−v}   (Birnbaum & Tingey 1951)
 * or 1 − x · Σ over the upper terms v = n … ⌈n(1−x)⌉ when that sum has at most 3 terms (Dwass 1959).
 * Reference: `scipy.special.smirnov(n, x)` (SciPy 1.10, cephes/kolmogorov.c, van Mulbregt 2018,
 * arXiv:1802.06966): same special cases, same choice of sum and same early stop. SciPy carries each term
 * in double-double; here each term is evaluated in log space (log C(n, v) updated incrementally, the bases
 * formed as (⌊nx⌋ + v + α)/n and (n − ⌊nx⌋ − v − α)/n with α = frac(nx) so they keep full relative
 * precision), which agrees with SciPy to ~1e-10 relative, far into the tail.
 * Cost: for large n the terms form a smooth bell ~0.21·n/√(nx²) wide, summed on a trapezoid grid of
 * 32 nodes per standard deviation (~300–600 evaluations, see coarseLowerSum) instead of term by term
 * (SciPy's O(n)); otherwise O(terms before they become negligible). n > 1e6 uses SciPy's approximation
 * exp(−(6nx + 1)² / 18n).
 * Edge cases: x ≤ 0 → 1, x ≥ 1 → 0, n = 1 → 1 − x; −2nx² below log(DBL_MIN) → 0.
 */
import { lnGamma } from './gamma.js';
import { pow } from './pow.js';

const MINLOG = -708.3964185322641;
const SMIRNOV_MAX_COMPUTE_N = 1000000;
const EPS = 2.220446049250313e-16;
/** trapezoid nodes per standard deviation of the term profile in coarseLowerSum */
const COARSE_POINTS_PER_SD = 32;
const COARSE_MIN_N = 20000;

export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxfl = Math.floor(nx);
  let alpha = nx - nxfl;
  if (alpha === 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    const cdf = x * pow(1 + x, n - 1);
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) return clip01(pow(1 - x, n));
  if (n > SMIRNOV_MAX_COMPUTE_N) return clip01(Math.exp(-((6 * n * x + 1) * (6 * n * x + 1)) / 18 / n));

  const nUpperTerms = n - n1mxceil + 1;
  const useUpper = (nUpperTerms <= 1 && x < 0.5) || (n >= 10 && nUpperTerms <= 3 && x <= 0.5 / Math.sqrt(n));
  const start = useUpper ? n : 0;
  const step = useUpper ? -1 : 1;
  const nTerms = useUpper ? n - n1mxceil + 1 : n1mxfl + 1;
  const logN = Math.log(n);
  const vmid = Math.floor(n / 2);
  // the coarse grid needs negligible mass at v = 0 (checked for n ≥ 20000 and n x² ≥ 2.2, the region in
  // which kolmogorovSf calls smirnovSf for large n)
  if (!useUpper && n >= COARSE_MIN_N && nx * x >= 2.2) {
    const step = Math.floor((0.2 * n) / Math.sqrt(nx * x) / COARSE_POINTS_PER_SD);
    if (step >= 2) return clip01(x * coarseLowerSum(n, nxfl, alpha, n1mxfl, step));
  }

  let sum = 0;
  let logC = 0; // log C(n, j): the binomial is symmetric, so it serves v = j and v = n − j alike
  for (let j = 0; j < nTerms; j++) {
    const v = start + j * step;
    const b = n - nxfl - v - alpha; // n·(1 − x − v/n)
    const a = nxfl + v + alpha; // n·(x + v/n)
    let logA = logC + (v - 1) * (Math.log(a) - logN);
    let sign = 1;
    if (n - v > 0) {
      logA += (n - v) * (Math.log(Math.abs(b)) - logN);
      if (b < 0 && (n - v) % 2 === 1) sign = -1;
    }
    const term = sign * Math.exp(logA);
    if (term !== 0 && Number.isFinite(term)) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - j) * Math.abs(term) < EPS * sum && j !== nTerms - 1) break;
    } else if (j > vmid) {
      break;
    }
    logC += Math.log((n - j) / (j + 1));
  }
  const prob = x * sum;
  return clip01(useUpper ? 1 - prob : prob);
}

/**
 * Σ_{v=0}^{vmax} A_v by the trapezoidal rule on every step-th v. A_v is an analytic, bell-shaped
 * function of v (1/Γ is entire; the branch points of the powers lie outside [0, vmax]) with standard
 * deviation ≈ 0.21·n/√(n x²) and negligible mass at both ends (A_0/ΣA < 1e-89 once n ≥ 20000 and
 * n x² ≥ 2.2), so by Poisson summation the step-h sum equals the unit-step sum up to ~exp(−2π²(sd/h)²)
 * (Trefethen & Weideman 2014): with ≥ COARSE_POINTS_PER_SD points per sd that is far below rounding.
 * log C(n, v) comes from ln Γ, whose rounding (~1e-16·n ln n) bounds the relative error at ~2e-9.
 */
function coarseLowerSum(n: number, nxfl: number, alpha: number, vmax: number, step: number): number {
  const logN = Math.log(n);
  const lgN1 = lnGamma(n + 1);
  const term = (v: number): number => {
    const a = nxfl + v + alpha;
    const b = n - nxfl - v - alpha;
    let logA = lgN1 - lnGamma(v + 1) - lnGamma(n - v + 1) + (v - 1) * (Math.log(a) - logN);
    if (n - v > 0) logA += (n - v) * (Math.log(b) - logN);
    return Math.exp(logA);
  };
  const f0 = term(0);
  let sum = 0;
  let peaked = false;
  let last = 0;
  for (let v = 0; v <= vmax; v += step) {
    const t = term(v);
    sum += t;
    if (t < last) peaked = true;
    last = t;
    if (peaked && t < EPS * 1e-3 * sum) break;
  }
  return step * sum - ((step - 1) / 2) * f0;
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
