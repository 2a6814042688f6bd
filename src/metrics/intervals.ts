/**
 * Interval methods chosen by size (config `performance.intervals`; docs/ARCHITECTURE.md says why):
 * - `bootstrap`, or `auto` with at most BOOTSTRAP_MAX_ROWS rows: the paired percentile bootstrap of
 *   ./bootstrap.ts, unchanged (segments on the holdout's resamples);
 * - `auto` above that: an analytic interval where a valid one exists (./analytic.ts: DeLong for ROC AUC,
 *   the delta method for confusion-matrix metrics, the normal interval of a mean for per-row losses), the
 *   re-centred bag of little bootstraps for the rest (./blb.ts: PR AUC, ECE, R², median absolute error,
 *   every multiclass metric), so the cost no longer grows as resamples × rows. Segments are evaluated on
 *   their own rows by the same rule (a segment at or below BOOTSTRAP_MAX_ROWS gets its own bootstrap, seeded
 *   per segment), production metrics likewise.
 * The large-holdout methods need enough of every class and cell: with a class under MIN_CLASS_ROWS rows or a
 * binary confusion cell under MIN_CELL_ROWS the bootstrap is used at any size, with a note.
 * Every estimate with an interval names its method (`Estimate.method`).
 */
import type { IntervalSetting } from '../contract/kinds.js';
import type { Estimate, IntervalMethod } from '../contract/report.js';
import { type AnalyticInterval, binaryAnalytic, jointCells, regressionAnalytic } from './analytic.js';
import { blbIntervals, BLB_SUBSETS } from './blb.js';
import {
  type Evaluation,
  evaluateMetrics,
  type IntervalOptions,
  type SegmentedEvaluation,
} from './bootstrap.js';
import { subsetInput, type TaskInput } from './inputs.js';
import { METRICS, type MetricDef } from './registry.js';

/** `auto`: holdouts (and segments) of at most this many rows get the percentile bootstrap */
export const BOOTSTRAP_MAX_ROWS = 20_000;
/** fewer rows of a class than this: the bootstrap at any size */
export const MIN_CLASS_ROWS = 50;
/** a binary confusion cell (either model) with fewer rows than this: the bootstrap at any size */
export const MIN_CELL_ROWS = 10;

export interface EvaluateOptions extends IntervalOptions {
  readonly method: IntervalSetting;
  /** `auto` leaves the bootstrap above this many rows: BOOTSTRAP_MAX_ROWS (tests and benchmarks lower it) */
  readonly largeAbove?: number;
}

/** what only the bootstrap can serve on this input, or null */
export function bootstrapReason(candidate: TaskInput, baseline: TaskInput | null): string | null {
  if (candidate.task === 'binary') {
    const b = baseline?.task === 'binary' ? baseline.data : null;
    const cells = jointCells(candidate.data, b);
    const positives = cells[4]! + cells[5]! + cells[6]! + cells[7]!;
    const negatives = cells[0]! + cells[1]! + cells[2]! + cells[3]!;
    if (Math.min(positives, negatives) < MIN_CLASS_ROWS)
      return `a class has fewer than ${MIN_CLASS_ROWS} rows`;
    for (const bit of b ? [2, 1] : [2]) {
      for (const [y, p] of [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ] as const) {
        let c = 0;
        for (let k = 0; k < 8; k++) if (k >> 2 === y && ((k & bit) !== 0 ? 1 : 0) === p) c += cells[k]!;
        if (c < MIN_CELL_ROWS) return `a confusion-matrix cell has fewer than ${MIN_CELL_ROWS} rows`;
      }
    }
  }
  if (candidate.task === 'multiclass') {
    const counts = new Float64Array(candidate.data.classes.length);
    for (const c of candidate.data.y) counts[c]! += 1;
    if (counts.some((c) => c > 0 && c < MIN_CLASS_ROWS))
      return `a class has fewer than ${MIN_CLASS_ROWS} rows`;
  }
  return null;
}

/**
 * Every metric of the task for the candidate (and baseline, with paired deltas), each with its interval by
 * the method the size calls for; `segments` are row index sets of the holdout.
 */
export function evaluate(
  candidate: TaskInput,
  baseline: TaskInput | null,
  options: EvaluateOptions,
  segments: readonly Int32Array[] = [],
): SegmentedEvaluation {
  const n = candidate.data.y.length;
  const large =
    options.method === 'auto' && options.resamples > 0 && n > (options.largeAbove ?? BOOTSTRAP_MAX_ROWS);
  const blocker = large ? bootstrapReason(candidate, baseline) : null;
  if (!large || blocker) {
    const e = tagged(evaluateMetrics(candidate, baseline, options, segments), 'bootstrap');
    if (blocker) e.notes.push(`intervals: percentile bootstrap for ${n} rows because ${blocker}`);
    return e;
  }
  const main = largeEvaluation(candidate, baseline, options);
  return {
    ...main,
    segments: segments.map((rows, k) =>
      evaluate(subsetInput(candidate, rows), null, { ...options, seed: segmentSeed(options.seed, k) }),
    ),
  };
}

/** a segment's own bootstrap stream: distinct per segment, fixed for a seed */
function segmentSeed(seed: number, k: number): number {
  return (seed ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0;
}

function tagged(e: SegmentedEvaluation, method: IntervalMethod): SegmentedEvaluation {
  const tag = (r: Record<string, Estimate> | null): void => {
    if (r) for (const est of Object.values(r)) if (est.ci) est.method = method;
  };
  const all = (x: Evaluation): void => {
    tag(x.candidate);
    tag(x.baseline);
    tag(x.deltas);
  };
  all(e);
  e.segments.forEach(all);
  return e;
}

function largeEvaluation(
  candidate: TaskInput,
  baseline: TaskInput | null,
  options: EvaluateOptions,
): Evaluation {
  const points = evaluateMetrics(candidate, baseline, { ...options, resamples: 0, parallel: null });
  const defs = METRICS[candidate.task] as readonly MetricDef[];
  const analytic = analyticIntervals(candidate, baseline, options.confidence);
  const needsBlb = defs.some((d) => !analytic.has(d.id) && !d.noInterval);
  const centre = (r: Record<string, Estimate> | null): number[] | null =>
    r && defs.map((d) => r[d.id]?.value ?? NaN);
  const blb = needsBlb
    ? blbIntervals(
        candidate,
        baseline,
        { candidate: centre(points.candidate)!, baseline: centre(points.baseline) },
        options.seed,
        options.confidence,
        options.resamples,
      )
    : null;
  const notes = [...points.notes];
  const set = (
    r: Record<string, Estimate> | null,
    pick: (a: AnalyticInterval) => [number, number] | null,
    fromBlb: ((j: number) => [number, number] | null) | null,
  ): void => {
    if (!r) return;
    defs.forEach((d, j) => {
      const est = r[d.id];
      if (!est || est.value === null || d.noInterval) return;
      const a = analytic.get(d.id);
      if (a) {
        est.ci = pick(a);
        if (est.ci) est.method = a.method;
        else est.reason = `no ${a.method} interval: its variance is undefined on these rows`;
        return;
      }
      est.ci = fromBlb ? fromBlb(j) : null;
      if (est.ci) est.method = 'blb';
      else est.reason = 'undefined in every weighted subset of the bag of little bootstraps';
    });
  };
  set(points.candidate, (a) => a.candidate, blb && ((j) => blb.candidate[j]!));
  set(points.baseline, (a) => a.baseline, blb?.baseline ? (j) => blb.baseline![j]! : null);
  set(points.deltas, (a) => a.delta, blb?.delta ? (j) => blb.delta![j]! : null);
  if (blb) {
    defs.forEach((d, j) => {
      const k = blb.undefinedIn[j]!;
      if (k > 0 && k < blb.passes && !analytic.has(d.id) && points.candidate[d.id]?.value !== null) {
        notes.push(`${d.id}: undefined in ${k} of ${blb.passes} weighted subsets; interval from the others`);
      }
    });
  }
  return { ...points, notes };
}

function analyticIntervals(
  candidate: TaskInput,
  baseline: TaskInput | null,
  confidence: number,
): Map<string, AnalyticInterval> {
  if (candidate.task === 'binary') {
    const b = baseline?.task === 'binary' ? baseline.data : null;
    return binaryAnalytic(METRICS.binary, candidate.data, b, confidence);
  }
  if (candidate.task === 'regression') {
    const b = baseline?.task === 'regression' ? baseline.data : null;
    return regressionAnalytic(METRICS.regression, candidate.data, b, confidence);
  }
  return new Map();
}

export const INTERVAL_CONSTANTS = {
  bootstrap_max_rows: BOOTSTRAP_MAX_ROWS,
  min_class_rows: MIN_CLASS_ROWS,
  min_cell_rows: MIN_CELL_ROWS,
  blb_subsets: BLB_SUBSETS,
  blb_resamples_per_subset: 'round(resamples / blb_subsets)',
  blb_subset_rows: 'max(ceil(n^0.6), ceil(n/100))',
  blb_weights: 'Poisson(n/b), the same for candidate and baseline',
  analytic: 'estimate ± z·se, z = normal quantile of 1 − α/2, clipped to the metric range',
} as const;
