/**
 * Analytic intervals for large holdouts (the `auto` interval method above BOOTSTRAP_MAX_ROWS, see
 * ./intervals.ts): normal intervals estimate ± z·se, z = Φ⁻¹(1 − α/2), clipped to the metric's range, with
 * the standard error from
 * - `delong`: binary ROC AUC and its paired difference (./delong.ts);
 * - `delta`: metrics of the confusion matrix (the catalog's `needs: 'labels'` binary metrics). The rows
 *   fall into the cells of the joint table (label, candidate prediction, baseline prediction); every such
 *   metric, and every paired difference, is a function g of the cell counts, so by the delta method
 *   Var ĝ = (Σₖ pₖ IFₖ² − (Σₖ pₖ IFₖ)²)/n with IFₖ = n ∂g/∂cₖ (Takahashi et al., 2022). The derivatives are
 *   central differences of the registry's own formula (Richardson-extrapolated), so no metric needs a second,
 *   hand-derived form;
 * - `clt`: means of per-row terms (log loss, Brier; MAE, MSE, MAPE, mean error): se = s/√n (ddof 1); a
 *   paired difference uses the per-row differences; RMSE is the square root of the MSE interval (a
 *   monotone map of a valid interval), and its paired difference the delta method of √MSE₁ − √MSE₂.
 * A metric without an entry here gets the bag of little bootstraps (./blb.ts).
 * Validity: iid rows and enough of each cell — ./intervals.ts falls back to the bootstrap when a class has
 * fewer than MIN_CLASS_ROWS rows or a confusion cell fewer than MIN_CELL_ROWS.
 */
import { normalQuantile } from '../stats/normal.js';
import type { BinaryStats } from './binary.js';
import type { BinaryInput, RegressionInput } from './inputs.js';
import type { MetricDef } from './registry.js';
import { binaryLogLossTerm, brierTerm } from './probabilistic.js';
import { MAPE_EPS } from './regression.js';
import { delongDifferenceVariance, delongVariance, placements } from './delong.js';

export type Interval = [number, number];

export interface AnalyticInterval {
  readonly method: 'delong' | 'delta' | 'clt';
  readonly candidate: Interval | null;
  readonly baseline: Interval | null;
  readonly delta: Interval | null;
}

/** the two-sided normal quantile of a confidence level */
export function normalZ(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

function normalInterval(
  value: number,
  variance: number,
  z: number,
  range: readonly [number, number],
): Interval | null {
  if (!Number.isFinite(value) || !(variance >= 0)) return null;
  const half = z * Math.sqrt(variance);
  return [Math.max(range[0], value - half), Math.min(range[1], value + half)];
}

/** [lo, hi] of a paired difference of metrics with range `range` */
function differenceRange(range: readonly [number, number]): [number, number] {
  return [range[0] - range[1], range[1] - range[0]];
}

/** the joint table of (label, candidate prediction, baseline prediction): cell = 4·y + 2·pc + pb */
export function jointCells(candidate: BinaryInput, baseline: BinaryInput | null): Float64Array {
  const cells = new Float64Array(8);
  const { y, pred } = candidate;
  const other = baseline?.pred ?? null;
  for (let i = 0; i < y.length; i++) cells[(y[i]! << 2) | (pred[i]! << 1) | (other ? other[i]! : 0)]! += 1;
  return cells;
}

/** model 0 = candidate (bit 1 of the cell), 1 = baseline (bit 0): its confusion counts as stats */
function confusionStats(cells: Float64Array, model: 0 | 1): BinaryStats {
  const bit = model === 0 ? 2 : 1;
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let k = 0; k < 8; k++) {
    const positive = (k & 4) !== 0;
    const predicted = (k & bit) !== 0;
    const c = cells[k]!;
    if (positive && predicted) tp += c;
    else if (positive) fn += c;
    else if (predicted) fp += c;
    else tn += c;
  }
  const n = tp + fp + tn + fn;
  return { n, tp, fp, tn, fn, hasScore: false, area: 0, apSum: 0, logLossSum: 0, brierSum: 0, eceSum: 0 };
}

/**
 * The delta-method variance of g(cells), cells a multinomial table of n rows. ∂g/∂cₖ by central differences
 * with Richardson extrapolation (steps hₖ and hₖ/2, hₖ = 10⁻⁴·cₖ: the error is O(h⁴), below 10⁻¹² relative).
 */
function deltaVariance(cells: Float64Array, g: (c: Float64Array) => number): number {
  let n = 0;
  for (const c of cells) n += c;
  const x = Float64Array.from(cells);
  const central = (k: number, h: number): number => {
    const c = cells[k]!;
    x[k] = c + h;
    const up = g(x);
    x[k] = c - h;
    const down = g(x);
    x[k] = c;
    return (up - down) / (2 * h);
  };
  let m1 = 0;
  let m2 = 0;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (c === 0) continue; // an empty cell has no rows to influence the estimate
    const h = 1e-4 * c;
    const influence = (n * (4 * central(k, h / 2) - central(k, h))) / 3;
    if (!Number.isFinite(influence)) return NaN;
    const p = c / n;
    m1 += p * influence;
    m2 += p * influence * influence;
  }
  return Math.max(0, m2 - m1 * m1) / n;
}

/** the variance of a mean of per-row terms, ddof 1, over n rows */
function meanVariance(terms: Float64Array): { mean: number; variance: number } {
  const n = terms.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += terms[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = terms[i]! - mean;
    ss += d * d;
  }
  return { mean, variance: n > 1 ? ss / (n - 1) / n : 0 };
}

function difference(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! - b[i]!;
  return out;
}

/** per-row terms of a binary loss (null without a score column) */
function lossTerms(input: BinaryInput, term: (y: number, s: number) => number): Float64Array | null {
  const { y, score } = input;
  if (!score) return null;
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = term(y[i]!, score[i]!);
  return out;
}

/** interval of a mean of terms (and of the paired difference of two) */
function meanIntervals(
  a: Float64Array | null,
  b: Float64Array | null,
  z: number,
  range: readonly [number, number],
): AnalyticInterval | null {
  if (!a) return null;
  const ca = meanVariance(a);
  const candidate = normalInterval(ca.mean, ca.variance, z, range);
  if (!b) return { method: 'clt', candidate, baseline: null, delta: null };
  const cb = meanVariance(b);
  const d = meanVariance(difference(a, b));
  return {
    method: 'clt',
    candidate,
    baseline: normalInterval(cb.mean, cb.variance, z, range),
    delta: normalInterval(d.mean, d.variance, z, differenceRange(range)),
  };
}

/** analytic intervals of the binary metrics that have one, by metric id */
export function binaryAnalytic(
  defs: readonly MetricDef<'binary'>[],
  candidate: BinaryInput,
  baseline: BinaryInput | null,
  confidence: number,
): Map<string, AnalyticInterval> {
  const z = normalZ(confidence);
  const out = new Map<string, AnalyticInterval>();
  const cells = jointCells(candidate, baseline);
  for (const def of defs) {
    if (def.needs !== 'labels') continue;
    const value = (c: Float64Array, model: 0 | 1): number => {
      const s = confusionStats(c, model);
      return def.undefinedReason?.(s) != null ? NaN : def.compute(s);
    };
    const one = (model: 0 | 1): Interval | null =>
      normalInterval(
        value(cells, model),
        deltaVariance(cells, (c) => value(c, model)),
        z,
        def.range,
      );
    const diff = (c: Float64Array): number => value(c, 0) - value(c, 1);
    out.set(def.id, {
      method: 'delta',
      candidate: one(0),
      baseline: baseline ? one(1) : null,
      delta: baseline
        ? normalInterval(diff(cells), deltaVariance(cells, diff), z, differenceRange(def.range))
        : null,
    });
  }
  const range = (id: string): readonly [number, number] => defs.find((d) => d.id === id)!.range;
  if (candidate.score && (!baseline || baseline.score)) {
    const pc = placements(candidate.y, candidate.score);
    const pb = baseline?.score ? placements(baseline.y, baseline.score) : null;
    if (pc && (!baseline || pb)) {
      const r = range('roc_auc');
      out.set('roc_auc', {
        method: 'delong',
        candidate: normalInterval(pc.auc, delongVariance(candidate.y, pc), z, r),
        baseline: pb ? normalInterval(pb.auc, delongVariance(candidate.y, pb), z, r) : null,
        delta: pb
          ? normalInterval(
              pc.auc - pb.auc,
              delongDifferenceVariance(candidate.y, pc, pb),
              z,
              differenceRange(r),
            )
          : null,
      });
    }
    for (const [id, term] of [
      ['log_loss', binaryLogLossTerm],
      ['brier', brierTerm],
    ] as const) {
      const a = lossTerms(candidate, term);
      const b = baseline ? lossTerms(baseline, term) : null;
      const intervals = meanIntervals(a, b, z, range(id));
      if (intervals) out.set(id, intervals);
    }
  }
  return out;
}

/** analytic intervals of the regression metrics that have one, by metric id */
export function regressionAnalytic(
  defs: readonly MetricDef<'regression'>[],
  candidate: RegressionInput,
  baseline: RegressionInput | null,
  confidence: number,
): Map<string, AnalyticInterval> {
  const z = normalZ(confidence);
  const out = new Map<string, AnalyticInterval>();
  const range = (id: string): readonly [number, number] => defs.find((d) => d.id === id)!.range;
  const terms = (input: RegressionInput, kind: 'abs' | 'sq' | 'ape' | 'err'): Float64Array => {
    const { y, pred } = input;
    const t = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) {
      const e = pred[i]! - y[i]!;
      const d = Math.abs(y[i]!);
      t[i] =
        kind === 'abs'
          ? Math.abs(e)
          : kind === 'sq'
            ? e * e
            : kind === 'err'
              ? e
              : Math.abs(e) / (d > MAPE_EPS ? d : MAPE_EPS);
    }
    return t;
  };
  for (const [id, kind] of [
    ['mae', 'abs'],
    ['mse', 'sq'],
    ['mape', 'ape'],
    ['mean_error', 'err'],
  ] as const) {
    const intervals = meanIntervals(
      terms(candidate, kind),
      baseline ? terms(baseline, kind) : null,
      z,
      range(id),
    );
    if (intervals) out.set(id, intervals);
  }
  const mse = out.get('mse');
  if (mse) out.set('rmse', rmseIntervals(mse, candidate, baseline, terms, z, range('rmse')));
  return out;
}

function rmseIntervals(
  mse: AnalyticInterval,
  candidate: RegressionInput,
  baseline: RegressionInput | null,
  terms: (input: RegressionInput, kind: 'sq') => Float64Array,
  z: number,
  range: readonly [number, number],
): AnalyticInterval {
  const root = (i: Interval | null): Interval | null => i && [Math.sqrt(i[0]), Math.sqrt(i[1])];
  let delta: Interval | null = null;
  if (baseline) {
    // influence of row i on √MSE₁ − √MSE₂: e₁ᵢ²/(2√MSE₁) − e₂ᵢ²/(2√MSE₂)
    const a = terms(candidate, 'sq');
    const b = terms(baseline, 'sq');
    const ma = meanVariance(a).mean;
    const mb = meanVariance(b).mean;
    const ra = Math.sqrt(ma);
    const rb = Math.sqrt(mb);
    if (ra > 0 && rb > 0) {
      const influence = new Float64Array(a.length);
      for (let i = 0; i < a.length; i++) influence[i] = a[i]! / (2 * ra) - b[i]! / (2 * rb);
      const v = meanVariance(influence).variance;
      delta = normalInterval(ra - rb, v, z, differenceRange(range));
    }
  }
  return {
    method: mse.method === 'clt' ? 'delta' : mse.method,
    candidate: root(mse.candidate),
    baseline: root(mse.baseline),
    delta,
  };
}
