/**
 * The two-sided Kolmogorov distribution: kolmogorovSf(d, n) = Pr(D_n ≥ d) for D_n = sup|F_n − F| of a
 * sample of size n, and its limit kolmogorovLimitSf(x) = lim Pr(√n·D_n ≥ x) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²x²}.
 *
 * Reference: `scipy.stats.kstwo.sf(d, n)` (SciPy 1.10, stats/_ksstats.py, Simard & L'Ecuyer 2011,
 * "Computing the two-sided Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11)) — the same
 * regions and algorithms: Ruben–Gambino closed forms near d = 1/(2n) and d = 1, 2·smirnov(n, d) for
 * d ≥ 0.5 and the upper tail, the Durbin matrix (Marsaglia–Tsang–Wang 2003), the Pomeranz recursion
 * (1974) and the Pelz–Good expansion (1976). kolmogorovLimitSf is `scipy.special.kolmogorov` /
 * `scipy.stats.kstwobign.sf` (cephes/kolmogorov.c, van Mulbregt 2018, arXiv:1803.00426).
 * Cost: O(1) for the closed forms and the limit; Durbin O(k³ log n) with k = ⌈nd⌉ (used only while
 * n·d^1.5 ≤ 1.4, so k ≤ ~120); Pomeranz O(n · nd) for n ≤ 140; smirnov O(terms) ≤ n.
 * Edge cases: d ≤ 0 → 1, d ≥ 1 → 0; n must be a positive integer (RangeError otherwise).
 */
import { smirnovSf } from './smirnov.js';
import { pow } from './pow.js';

const E128 = pow(2, 128);
const EM128 = pow(2, -128);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI2 = Math.PI * Math.PI;
const PI4 = PI2 * PI2;
const PI6 = PI4 * PI2;
// SciPy's _STIRLING_COEFFS, as the doubles it uses
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

export function kolmogorovSf(d: number, n: number): number {
  if (!(Number.isInteger(n) && n > 0))
    throw new RangeError(`kolmogorovSf: n must be a positive integer, got ${n}`);
  if (d !== d) return NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * pow(1 - d, n));
  if (d >= 0.5) return clip01(2 * smirnovSf(n, d));
  const nxsquared = t * d;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip01(1 - durbinCdf(n, d));
    if (nxsquared <= 4) return clip01(1 - pomeranzCdf(n, d));
    return clip01(2 * smirnovSf(n, d));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, d));
  let cdf: number;
  if (n <= 100000 && n * pow(d, 1.5) <= 1.4) cdf = durbinCdf(n, d);
  else cdf = pelzGoodCdf(n, d);
  return clip01(1 - cdf);
}

/** Pr(√n·D_n ≥ x) as n → ∞: scipy.special.kolmogorov(x) */
export function kolmogorovLimitSf(x: number): number {
  if (x !== x) return NaN;
  if (x <= 0) return 1;
  if (x <= Math.PI / Math.sqrt(746 * 8)) return 1;
  if (x <= 0.82) {
    const w = SQRT2PI / x;
    const logu8 = -PI2 / (x * x);
    const u = Math.exp(logu8 / 8);
    let P: number;
    if (u === 0) P = Math.exp(logu8 / 8 + Math.log(w));
    else {
      const u8 = Math.exp(logu8);
      const u8cub = pow(u8, 3);
      P = 1 + u8cub;
      P = 1 + u8 * u8 * P;
      P = 1 + u8 * P;
      P = w * u * P;
    }
    return clip01(1 - P);
  }
  const v = Math.exp(-2 * x * x);
  const vsq = v * v;
  const v3 = pow(v, 3);
  let P = 1;
  P = 1 - v3 * v3 * v * P;
  P = 1 - v3 * vsq * P;
  P = 1 - v3 * P;
  return clip01(2 * v * P);
}

function logNFactorialDivNPowN(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/** Pr(D_n ≤ d) by the Durbin matrix, Marsaglia–Tsang–Wang scaling (SciPy _kolmogn_DMTW) */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H: Float64Array = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - pow(h, j)) * fac;
  }
  const tt = pow(Math.max(2 * h - 1, 0), m) - 2 * pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)]!;
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;

  let P: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m);
      expnt += Hexpnt;
    }
    H = matmul(H, H, m);
    Hexpnt *= 2;
    const c = (k - 1) * m + (k - 1);
    if (Math.abs(H[c]!) > E128) {
      for (let i = 0; i < H.length; i++) H[i]! /= E128;
      Hexpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p = p * pow(2, expnt);
  return clip01(p);
}

function matmul(A: Float64Array, B: Float64Array, m: number): Float64Array {
  const C = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const a = A[i * m + k]!;
      if (a === 0) continue;
      const bo = k * m;
      const co = i * m;
      for (let j = 0; j < m; j++) C[co + j]! += a * B[bo + j]!;
    }
  }
  return C;
}

function pomeranzJ1J2(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pr(D_n ≤ x) by the Pomeranz recursion (SciPy _kolmogn_Pomeranz) */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gn = g / n;
  const g2n = (2 * g) / n;
  const omg2n = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1]! * gn) / m;
    twogpower[m] = (twogpower[m - 1]! * g2n) / m;
    onem2gpower[m] = (onem2gpower[m - 1]! * omg2n) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let j1 = pomeranzJ1J2(0, n, ll, ceilf, roundf)[0];
  let j2: number;
  const conv = new Float64Array(2 * npwrs);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // numpy: conv = convolve(V0[k1 − V0s : k1 − V0s + ln2], pwrs[:ln2]) with slices clipped to the arrays
      const aStart = k1 - V0s;
      const aLen = Math.max(0, Math.min(npwrs, aStart + ln2) - aStart);
      const bLen = Math.min(npwrs, ln2);
      const convLen = aLen + bLen - 1;
      conv.fill(0, 0, convLen);
      for (let p = 0; p < aLen; p++) {
        const a = V0[aStart + p]!;
        if (a === 0) continue;
        for (let q = 0; q < bLen; q++) conv[p + q]! += a * pwrs[q]!;
      }
      const convStart = j1 - k1;
      const useLen = j2 - j1 + 1;
      let maxV = -Infinity;
      for (let p = 0; p < useLen; p++) {
        const val = conv[convStart + p]!;
        V1[p] = val;
      }
      for (let p = 0; p < npwrs; p++) if (V1[p]! > maxV) maxV = V1[p]!;
      if (maxV > 0 && maxV < EM128) {
        for (let p = 0; p < npwrs; p++) V1[p]! *= E128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ans * pow(2, expnt);
  return clip01(ans);
}

/** Pr(D_n ≤ x) by the Pelz–Good asymptotic expansion (SciPy _kolmogn_PelzGood) */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = pow(q, 8 * k);
    K[0] = K[0]! * qpower + 1;
    K[1] = K[1]! * qpower + (k1a + k1b * m2);
    K[2] = K[2]! * qpower + (k2a + k2b * m2 + k2c * m4);
    K[3] = K[3]! * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const div = [z, 6 * z4, 72 * z6 * z, 6480 * z6 * z4];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT2PI) / div[i]!;
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = SQRT3 * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = pow(q, k2);
    const kspi = Math.PI * k;
    k2extra += k2 * qp;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
  }
  K[2] = K[2]! + k2extra * ((PI2 * SQRT2PI) / (-36 * z3));
  K[3] = K[3]! + k3extra * ((PI2 * SQRT2PI) / (216 * z6));
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i]! / pow(n, i / 2);
  return sum;
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
