/**
 * Isotonic (monotone increasing) regression of y on x, as scikit-learn's
 * `IsotonicRegression(out_of_bounds='clip').fit(x, y)` and `.predict(t)` — the calibrator NannyML's CBPE
 * fits on the reference (here: the holdout) to turn scores into probabilities.
 *
 * Fit: rows sorted by (x, y) (numpy.lexsort), equal x merged into one point with the weighted mean of y
 * and the summed weight (sklearn `_make_unique`), then the pool-adjacent-violators pass of sklearn's
 * `_inplace_contiguous_isotonic_regression` ported line for line (one pass with back-tracking, O(n)), so
 * the fitted values carry the same rounding. Predict: t clipped to [min x, max x] and interpolated linearly
 * between the fitted points (numpy.interp).
 * Reference: sklearn.isotonic.IsotonicRegression (scikit-learn 1.9 in the NannyML venv; 1.2 agrees on
 * untied data), test/metrics/cbpe.test.ts against scripts/ref_cbpe.py.
 * Cost: one sort, O(n) PAVA; predict O(log n) per value (binary search).
 * Edge cases: empty input throws; one distinct x gives a constant model; NaN must be removed by the caller.
 */
import { argsort } from './argsort.js';

export interface IsotonicModel {
  /** increasing distinct x of the fitted points */
  x: Float64Array;
  /** fitted (non-decreasing) values at those points */
  y: Float64Array;
}

export function isotonicFit(x: Float64Array, y: ArrayLike<number>): IsotonicModel {
  if (x.length === 0) throw new RangeError('isotonicFit: empty input');
  return isotonicFitOrdered(isotonicOrder(x, y), x, y, new Float64Array(x.length).fill(1))!;
}

/** sklearn's _inplace_contiguous_isotonic_regression, in place */
function pava(y: Float64Array, w: Float64Array): void {
  const n = y.length;
  const target = new Int32Array(n);
  for (let i = 0; i < n; i++) target[i] = i;
  let i = 0;
  while (i < n) {
    let k = target[i]! + 1;
    if (k === n) break;
    if (y[i]! < y[k]!) {
      i = k;
      continue;
    }
    let sumWy = w[i]! * y[i]!;
    let sumW = w[i]!;
    for (;;) {
      const prevY = y[k]!;
      sumWy += w[k]! * y[k]!;
      sumW += w[k]!;
      k = target[k]! + 1;
      if (k === n || prevY < y[k]!) {
        y[i] = sumWy / sumW;
        w[i] = sumW;
        target[i] = k - 1;
        target[k - 1] = i;
        if (i > 0) i = target[i - 1]!;
        break;
      }
    }
  }
  i = 0;
  while (i < n) {
    const k = target[i]! + 1;
    for (let j = i + 1; j < k; j++) y[j] = y[i]!;
    i = k;
  }
}

/** the model at t: clipped to the fitted range, linear between fitted points (numpy.interp) */
export function isotonicPredict(model: IsotonicModel, t: Float64Array): Float64Array {
  const { x, y } = model;
  const n = x.length;
  const out = new Float64Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (n === 1 || v <= x[0]!) {
      out[i] = y[0]!;
      continue;
    }
    if (v >= x[n - 1]!) {
      out[i] = y[n - 1]!;
      continue;
    }
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (x[mid]! <= v) lo = mid;
      else hi = mid;
    }
    const slope = (y[hi]! - y[lo]!) / (x[hi]! - x[lo]!);
    out[i] = slope * (v - x[lo]!) + y[lo]!;
  }
  return out;
}

/**
 * The weighted fit on rows already sorted by (x, y), for resampling: `order` lists the rows in that order
 * (from one sort), `w` the rows' weights (0 leaves a row out: a Poisson bootstrap). Equal x merge into one
 * point with the weighted mean of y, then the same PAVA. Cost O(n) per fit; null when every weight is 0.
 */
export function isotonicFitOrdered(
  order: Uint32Array,
  x: Float64Array,
  y: ArrayLike<number>,
  w: ArrayLike<number>,
): IsotonicModel | null {
  const ux: number[] = [];
  const uy: number[] = [];
  const uw: number[] = [];
  let cx = NaN;
  let sumY = 0;
  let sumW = 0;
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    const weight = w[row]!;
    if (weight === 0) continue;
    const xv = x[row]!;
    if (xv !== cx && sumW > 0) {
      ux.push(cx);
      uy.push(sumY / sumW);
      uw.push(sumW);
      sumY = 0;
      sumW = 0;
    }
    cx = xv;
    sumY += y[row]! * weight;
    sumW += weight;
  }
  if (sumW === 0) return null;
  ux.push(cx);
  uy.push(sumY / sumW);
  uw.push(sumW);
  const fitted = Float64Array.from(uy);
  pava(fitted, Float64Array.from(uw));
  return { x: Float64Array.from(ux), y: fitted };
}

/** the (x, y) order isotonicFit sorts rows in: by x, ties by y (numpy.lexsort((y, x))) */
export function isotonicOrder(x: Float64Array, y: ArrayLike<number>): Uint32Array {
  const byY = argsort(Float64Array.from(y));
  const xs = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) xs[i] = x[byY[i]!]!;
  const byX = argsort(xs);
  return Uint32Array.from(byX, (k) => byY[k]!);
}
