/**
 * The one number-formatting module (STYLE habit 9): every rendering rounds here and nowhere else.
 *
 * - Undefined values (null, undefined, NaN, ±Infinity) print as "n/a", never "NaN".
 * - Negative numbers use the real minus sign U+2212 ("−0.012"), deltas always carry a sign ("+0.004").
 * - Metrics show 3 significant digits (4 from 1 up to 1000), large values are grouped ("12,345"), tiny
 *   or huge ones use a short exponent ("3.2e-7").
 * - Single values drop trailing zeros ("0.92", "0.005").
 * - Intervals share one number of decimals with their point value, enough for 2 significant digits of
 *   the interval's width: "0.912 (0.905 to 0.919)", "−0.0090 (−0.0134 to −0.0054)".
 */

export const NA = 'n/a';
export const MINUS = '\u2212';

/** a finite number, or null for everything that cannot be printed as one */
export function finite(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

function signed(text: string, negative: boolean, plus: boolean): string {
  if (negative) return MINUS + text;
  return plus ? '+' + text : text;
}

/** 1234567 -> "1,234,567" (locale-independent) */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** decimals needed to show `sig` significant digits of |x| (x ≠ 0), capped to [0, 12] */
function decimalsFor(x: number, sig: number): number {
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  return Math.min(12, Math.max(0, sig - 1 - magnitude));
}

/** "3.2e-7": exponent form with `sig` significant digits, no "+" in the exponent, real minus sign */
function exponent(abs: number, sig: number): string {
  const [mantissa = '', exp = '0'] = abs.toExponential(sig - 1).split('e');
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const e = Number(exp);
  return `${m}e${e < 0 ? MINUS + String(-e) : String(e)}`;
}

function fixed(abs: number, decimals: number): string {
  const text = abs.toFixed(decimals);
  const [int = '0', frac] = text.split('.');
  return frac === undefined ? group(int) : `${group(int)}.${frac}`;
}

/** a number with a given count of decimals, or an exponent when it would be unreadable */
function withDecimals(x: number, decimals: number, plus: boolean): string {
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e12 || (decimals > 8 && abs < 1e-6))) {
    return signed(exponent(abs, 3), x < 0, plus);
  }
  const text = fixed(abs, decimals);
  const isZero = /^[0.,]*$/.test(text);
  return signed(text, x < 0 && !isZero, plus && !isZero);
}

/** the decimals a metric value shows: 3 significant digits below 1, 4 up to 1000, none above */
function metricDecimals(x: number): number {
  const abs = Math.abs(x);
  if (abs === 0) return 3;
  if (abs >= 1000) return 0;
  return decimalsFor(x, abs >= 1 ? 4 : 3);
}

/** a metric or statistic value: 0.912, 12.35, 12,345, 3.2e−7; n/a when undefined */
export function formatNumber(x: unknown): string {
  const v = finite(x);
  if (v === null) return NA;
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e12)) return signed(exponent(abs, 3), v < 0, false);
  if (abs === 0) return '0';
  return stripZeros(withDecimals(v, metricDecimals(v), false));
}

/** "0.9200" → "0.92", "5.000" → "5" (only after a decimal point) */
function stripZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

/** a signed difference: "+0.0040", "−0.012", "0" */
export function formatDelta(x: unknown): string {
  const v = finite(x);
  if (v === null) return NA;
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs < 1e-4 || abs >= 1e12) return signed(exponent(abs, 3), v < 0, true);
  return stripZeros(withDecimals(v, metricDecimals(v), true));
}

/**
 * A point value with its interval, all with the same decimals: "0.912 (0.905 to 0.919)". The decimals show
 * 2 significant digits of the value and 2 of the interval's width, so a narrow interval stays distinct.
 * A missing interval prints the value alone; a missing value prints "n/a".
 */
export function formatInterval(value: unknown, ci: unknown, opts: { signed?: boolean } = {}): string {
  const parts = intervalParts(value, ci, opts);
  if (parts.lo === null || parts.hi === null) return parts.value;
  return `${parts.value} (${parts.lo} to ${parts.hi})`;
}

/**
 * The three numbers of formatInterval as separate strings with the same decimals, for sentences such as
 * "roc_auc fell 0.018 (95% CI −0.030 to −0.007)"; `magnitude` prints the value without its sign.
 * lo/hi are null when there is no interval (the value then prints as formatNumber/formatDelta would).
 */
export function intervalParts(
  value: unknown,
  ci: unknown,
  opts: { signed?: boolean; magnitude?: boolean } = {},
): { value: string; lo: string | null; hi: string | null } {
  const v = finite(value);
  const plus = opts.signed ?? false;
  if (v === null) return { value: NA, lo: null, hi: null };
  const shown = opts.magnitude ? Math.abs(v) : v;
  const pair = Array.isArray(ci) && ci.length === 2 ? [finite(ci[0]), finite(ci[1])] : null;
  const lo = pair?.[0] ?? null;
  const hi = pair?.[1] ?? null;
  const single = (x: number): string => (plus && !opts.magnitude ? formatDelta(x) : formatNumber(x));
  if (lo === null || hi === null) return { value: single(shown), lo: null, hi: null };
  const largest = Math.max(Math.abs(v), Math.abs(lo), Math.abs(hi));
  if (largest !== 0 && (largest < 1e-4 || largest >= 1e12)) {
    const f = plus ? formatDelta : formatNumber;
    return { value: single(shown), lo: f(lo), hi: f(hi) };
  }
  // the interval's width sets the precision (2 significant digits of it); a zero-width interval
  // falls back to 2 significant digits of its largest end
  const width = Math.abs(hi - lo);
  let decimals = Math.min(8, largest >= 1000 ? 0 : decimalsFor(width > 0 ? width : largest || 1, 2));
  if (largest < 100) decimals = Math.max(decimals, 1); // "+15.5 (−1.0 to +16.4)", not "+16 (−1 to +16)"
  const f = (x: number, sign: boolean): string => withDecimals(x, decimals, sign);
  return { value: f(shown, plus && !opts.magnitude), lo: f(lo, plus), hi: f(hi, plus) };
}

/** a p-value: "<1e−16", "3.2e−7", "0.00042" → "4.2e−4", "0.043", "0.43", "1" */
export function formatPValue(x: unknown): string {
  const v = finite(x);
  if (v === null) return NA;
  if (v < 1e-16) return `<1e${MINUS}16`;
  if (v < 0.001) return exponent(v, 2);
  if (v >= 1) return '1';
  return v
    .toPrecision(2)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/**
 * A confidence level as a percentage, exactly as configured (up to 10 significant digits): 0.95 → "95%",
 * 0.999999 → "99.9999%" (formatPercent would round it to "99.99%").
 */
export function formatConfidence(x: unknown): string {
  const v = finite(x);
  if (v === null) return NA;
  return `${Number((v * 100).toPrecision(10))}%`;
}

/** a share as a percentage: 0.1234 → "12.3%", 0.0004 → "0.04%", 1 → "100%", 0 → "0%" */
export function formatPercent(x: unknown): string {
  const v = finite(x);
  if (v === null) return NA;
  const p = v * 100;
  const abs = Math.abs(p);
  if (abs === 0) return '0%';
  let text: string;
  if (abs >= 10) text = abs.toFixed(abs >= 99.95 && abs < 100 ? 2 : 1).replace(/\.0+$/, '');
  else if (abs >= 0.1) text = abs.toFixed(2).replace(/\.?0+$/, '');
  else if (abs >= 1e-4) text = String(Number(abs.toPrecision(2)));
  else text = exponent(abs, 2);
  if (text === '100' && abs < 100) text = '99.99';
  return signed(text, p < 0, false) + '%';
}

/** a count: 1234567 → "1,234,567"; n/a when undefined */
export function formatCount(x: unknown): string {
  const v = finite(x);
  if (v === null) return NA;
  return signed(group(String(Math.round(Math.abs(v)))), v < 0, false);
}

/** "1 more warning", "3 more warnings": a count with its noun, the noun plural unless the count is 1 */
export function countOf(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** a score the way its test reports it: p-values as p-values, the rest as numbers */
export function formatScore(x: unknown, isPValue: boolean): string {
  return isPValue ? formatPValue(x) : formatNumber(x);
}

/** a number for machine formats (JUnit attributes, Prometheus): shortest round-trip, null when undefined */
export function formatRaw(x: unknown): string | null {
  const v = finite(x);
  return v === null ? null : String(v);
}
