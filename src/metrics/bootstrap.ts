/**
 * Tuned kernel (the resample loop runs 1000 × per metric family; its draw, gather and claim passes are
 * kept beside each other as module-level functions so V8 keeps them monomorphic).
 * Percentile bootstrap intervals for every metric at once, paired for candidate − baseline deltas.
 *
 * One resample = a multinomial count per row (n draws of a uniform row index from the seeded generator,
 * src/stats/random.ts), shared by the candidate and the baseline (rows are paired), so the delta interval
 * reflects the same resampled rows for both models. Each model's kernel turns the counts into its
 * sufficient statistics in one O(n) pass (rank metrics walk an order sorted once, see ranking.ts), and
 * every metric is a formula of those. The interval is numpy.percentile(values, [100·α/2, 100·(1 − α/2)])
 * with the default 'linear' method, α = 1 − confidence, over the resamples where the metric is defined.
 *
 * Segments (evaluateMetrics's `segments`) are looked at through the same resamples: a segment's counts in
 * resample b are the holdout's counts restricted to its rows (no draws of their own; see evaluateMetrics).
 *
 * Determinism: resample b's counts come from its own generator stream, seeded from (seed, b)
 * (drawResample), so the same inputs, resample count and seed give the same report whichever thread
 * computes which resample (parallel.ts runs them on worker threads, claimed from a shared counter).
 * Cost: O(resamples · (n + segment rows) · passes per kernel), split over the threads; memory O(n) for the
 * counts plus resamples × metrics doubles per model and segment. Resamples where a metric is undefined (a resample with one class only, say) are left out of
 * that metric's interval and counted in a note; with none defined the interval is null.
 */
import type { Task } from '../contract/kinds.js';
import type { Estimate } from '../contract/report.js';
import { createRng, type Rng } from '../stats/random.js';
import { quantileSorted } from '../stats/quantile.js';
import { type Kernel, binaryKernel } from './binary.js';
import { multiclassKernel } from './multiclass.js';
import { regressionKernel } from './regression.js';
import { type MetricDef, type StatsByTask, METRICS } from './registry.js';
import { type TaskInput, subsetInput } from './inputs.js';
import { descendingOrder } from './ranking.js';

type BinaryTaskInput = Extract<TaskInput, { task: 'binary' }>;
type MulticlassTaskInput = Extract<TaskInput, { task: 'multiclass' }>;
type RegressionTaskInput = Extract<TaskInput, { task: 'regression' }>;

export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_CONFIDENCE = 0.95;

export interface IntervalOptions {
  /** bootstrap resamples; 0 = point estimates only (intervals null) */
  readonly resamples: number;
  /** interval coverage in (0, 1) */
  readonly confidence: number;
  readonly seed: number;
  /**
   * runs resamples on other threads too (src/metrics/parallel.ts sharedResamples); default null = this
   * thread only. The report is the same either way.
   */
  readonly parallel?: ParallelRunner | null;
}

export interface Evaluation {
  readonly candidate: Record<string, Estimate>;
  readonly baseline: Record<string, Estimate> | null;
  readonly deltas: Record<string, Estimate> | null;
  /** zero divisions resolved to 0, resamples left out of an interval */
  readonly notes: string[];
}

/**
 * A sampler of multinomial resamples: `draw(counts)` sets counts[i] to how often row i was drawn in
 * counts.length uniform draws. The draws come from an inlined xoshiro128** stream (the algorithm of
 * src/stats/random.ts, kept in local variables — about four times faster than calling the generator per
 * draw), seeded with four words from `rng`; indices use Lemire's multiply-shift with rejection, exact in
 * doubles for every n < 2^32, so they are unbiased. Counts are bytes (a quarter of the memory traffic of
 * 32-bit counts, which matters at a million rows); a row drawn 256 times in one resample — probability
 * below 10^−490 per row for a multinomial(n, 1/n) — would overflow and throws instead.
 */
export function countSampler(rng: Rng): { draw(counts: Uint8Array): void } {
  let s0 = rng.nextUint32();
  let s1 = rng.nextUint32();
  let s2 = rng.nextUint32();
  let s3 = rng.nextUint32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return {
    draw(counts: Uint8Array): void {
      const n = counts.length;
      counts.fill(0);
      if (n === 0) return;
      const threshold = (TWO_32 - n) % n;
      const small = n <= 0x200000; // r·n < 2^53: the product is exact in a double
      const nHi = Math.floor(n / 65536);
      const nLo = n % 65536;
      let a0 = s0;
      let a1 = s1;
      let a2 = s2;
      let a3 = s3;
      // two copies of the loop so the common case (n ≤ 2^21) runs without a branch on the size
      if (small) {
        for (let k = 0; k < n;) {
          const x = Math.imul(a1, 5);
          const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
          const t = a1 << 9;
          a2 ^= a0;
          a3 ^= a1;
          a1 ^= a2;
          a0 ^= a3;
          a2 ^= t;
          a3 = (a3 << 11) | (a3 >>> 21);
          const m = r * n; // < 2^53: exact
          const hi = (m * INV_TWO_32) | 0; // truncation = floor, 0 ≤ m·2^−32 < 2^21
          if (m - hi * TWO_32 < threshold) continue; // rejected: draw again
          if (++counts[hi]! === 0) throw new Error(OVERFLOW);
          k++;
        }
      } else {
        for (let k = 0; k < n;) {
          const x = Math.imul(a1, 5);
          const r = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
          const t = a1 << 9;
          a2 ^= a0;
          a3 ^= a1;
          a1 ^= a2;
          a0 ^= a3;
          a2 ^= t;
          a3 = (a3 << 11) | (a3 >>> 21);
          // r·n = r·nHi·2^16 + r·nLo, split so every partial product stays below 2^53
          const b = r * nHi;
          const bHi = Math.floor(b / 65536);
          const low = (b - bHi * 65536) * 65536 + r * nLo;
          const carry = Math.floor(low * INV_TWO_32);
          if (low - carry * TWO_32 < threshold) continue;
          if (++counts[bHi + carry]! === 0) throw new Error(OVERFLOW);
          k++;
        }
      }
      s0 = a0;
      s1 = a1;
      s2 = a2;
      s3 = a3;
    },
  };
}

const TWO_32 = 4294967296;
const OVERFLOW = 'bootstrap: a row was drawn more than 255 times in one resample';
const INV_TWO_32 = 1 / TWO_32;

/** numpy.percentile(values, [50·(1 − c), 50·(1 + c)]) of finite `values` (sorted here, in place) */
export function percentileInterval(values: Float64Array, confidence: number): [number, number] {
  values.sort();
  const alpha = (1 - confidence) / 2;
  return [quantileSorted(values, alpha), quantileSorted(values, 1 - alpha)];
}

export interface SegmentedEvaluation extends Evaluation {
  /** per segment (in the order given): the candidate's metrics on its rows, no baseline */
  readonly segments: Evaluation[];
}

/**
 * Every metric of the task for the candidate (and the baseline, with paired deltas, when given), each with
 * its bootstrap interval. Candidate and baseline must have the same rows in the same order.
 *
 * `segments`: row index sets of the holdout (distinct rows each); every segment gets the candidate's metrics
 * on its rows. Segments reuse the holdout's resamples: in resample r a segment's counts are the holdout's
 * counts restricted to its rows, so no extra draws are made. Statistically each segment interval is then a
 * bootstrap of the whole holdout looked at through the segment — the segment's size varies across
 * resamples (binomially around its size) as it would when sampling the population again, instead of being
 * fixed — which for a segment of m rows gives intervals that agree with a fixed-size bootstrap to O(1/√m).
 * The point estimates are those of the segment's rows alone.
 */
export function evaluateMetrics(
  candidate: TaskInput,
  baseline: TaskInput | null,
  options: IntervalOptions,
  segments: readonly Int32Array[] = [],
): SegmentedEvaluation {
  const job: ResampleJob = {
    candidate,
    baseline,
    segments,
    seed: options.seed,
    resamples: options.resamples,
  };
  const prepared = prepareJob(job);
  const series = allocateSeries(prepared, Math.max(0, Math.floor(options.resamples)));
  const parallel = options.parallel ?? null;
  if (!parallel || !parallel(job, prepared, series)) {
    const next = counter(series.resamples);
    runResamples(prepared, job.seed, series, next, () => {});
  }
  return summariseAll(prepared, series, options.confidence);
}

/** what a resample run needs, all structured-clonable (a worker receives it as is) */
export interface ResampleJob {
  readonly candidate: TaskInput;
  readonly baseline: TaskInput | null;
  readonly segments: readonly Int32Array[];
  readonly seed: number;
  readonly resamples: number;
}

/** the metric values of every resample: resample b's metric j at [b · metrics + j] */
export interface ResampleSeries {
  readonly resamples: number;
  readonly candidate: Float64Array;
  readonly baseline: Float64Array | null;
  readonly segments: Float64Array[];
}

/** runs some of the resamples elsewhere (worker threads) and the rest through `runResamples`; false = did nothing */
export type ParallelRunner = (job: ResampleJob, prepared: PreparedJob, series: ResampleSeries) => boolean;

type AnyStats = StatsByTask[Task];

export interface PreparedJob {
  readonly defs: readonly MetricDef[];
  readonly rows: number;
  readonly candidate: Kernel<AnyStats>;
  readonly baseline: Kernel<AnyStats> | null;
  readonly segments: readonly SegmentKernel<AnyStats>[];
}

/** the kernels of a job: sorts and per-row terms, done once per thread */
export function prepareJob(job: ResampleJob): PreparedJob {
  const { candidate, baseline, segments } = job;
  if (baseline && baseline.task !== candidate.task) throw new Error('evaluateMetrics: task mismatch');
  const n = candidate.data.y.length;
  if (baseline && baseline.data.y.length !== n)
    throw new Error('evaluateMetrics: candidate and baseline rows differ');
  const done = <T extends Task>(
    defs: readonly MetricDef<T>[],
    c: Kernel<StatsByTask[T]>,
    b: Kernel<StatsByTask[T]> | null,
    s: SegmentKernel<StatsByTask[T]>[],
  ): PreparedJob => ({
    defs: defs as unknown as readonly MetricDef[],
    rows: n,
    candidate: c as Kernel<AnyStats>,
    baseline: b as Kernel<AnyStats> | null,
    segments: s as SegmentKernel<AnyStats>[],
  });
  switch (candidate.task) {
    case 'binary': {
      // rows in the candidate's descending score order: its kernel then reads the counts in place, and only
      // the baseline gathers (bootstrap rows are exchangeable, so the order does not change the result);
      // segment rows keep that order, so their kernels read in place too
      const order = candidate.data.score ? descendingOrder(candidate.data.score) : null;
      const arrange = (t: TaskInput): TaskInput => (order ? subsetInput(t, order) : t);
      const c = arrange(candidate);
      const b = baseline ? arrange(baseline) : null;
      const at = segmentPositions(n, order, segments);
      return done(
        METRICS.binary,
        binaryKernel((c as BinaryTaskInput).data),
        b ? binaryKernel((b as BinaryTaskInput).data) : null,
        at.map((index) => ({ index, kernel: binaryKernel((subsetInput(c, index) as BinaryTaskInput).data) })),
      );
    }
    case 'multiclass': {
      const at = segmentPositions(n, null, segments);
      return done(
        METRICS.multiclass,
        multiclassKernel(candidate.data),
        baseline?.task === 'multiclass' ? multiclassKernel(baseline.data) : null,
        at.map((index) => ({
          index,
          kernel: multiclassKernel((subsetInput(candidate, index) as MulticlassTaskInput).data),
        })),
      );
    }
    case 'regression': {
      const at = segmentPositions(n, null, segments);
      return done(
        METRICS.regression,
        regressionKernel(candidate.data),
        baseline?.task === 'regression' ? regressionKernel(baseline.data) : null,
        at.map((index) => ({
          index,
          kernel: regressionKernel((subsetInput(candidate, index) as RegressionTaskInput).data),
        })),
      );
    }
  }
}

/** series arrays for `resamples` resamples; `buffer` makes the backing store (SharedArrayBuffer for threads) */
export function allocateSeries(
  prepared: PreparedJob,
  resamples: number,
  buffer: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes),
): ResampleSeries {
  const bytes = resamples * prepared.defs.length * 8;
  const make = (): Float64Array => new Float64Array(buffer(bytes));
  return {
    resamples,
    candidate: make(),
    baseline: prepared.baseline ? make() : null,
    segments: prepared.segments.map(make),
  };
}

/** a claim counter over [0, resamples) for one thread */
function counter(resamples: number): () => number {
  let next = 0;
  return () => (next < resamples ? next++ : -1);
}

/**
 * Computes resamples until `claim` returns −1 (each claimed index once, in any order, on any thread: resample
 * b's counts depend only on (seed, b)), writing their metric values into `series`; `finished(b)` after each.
 */
export function runResamples(
  prepared: PreparedJob,
  seed: number,
  series: ResampleSeries,
  claim: () => number,
  finished: (b: number) => void,
): void {
  const { defs, rows: n, candidate, baseline, segments } = prepared;
  const m = defs.length;
  if (n === 0) return;
  const counts = new Uint8Array(n);
  const segCounts = segments.map((s) => new Uint8Array(s.index.length));
  for (let b = claim(); b >= 0; b = claim()) {
    drawResample(seed, b, counts);
    const sc = candidate.accumulate(counts);
    for (let j = 0; j < m; j++) series.candidate[b * m + j] = metricValue(defs[j]!, sc);
    if (baseline && series.baseline) {
      const sb = baseline.accumulate(counts);
      for (let j = 0; j < m; j++) series.baseline[b * m + j] = metricValue(defs[j]!, sb);
    }
    for (let k = 0; k < segments.length; k++) {
      const { index, kernel } = segments[k]!;
      const sCounts = segCounts[k]!;
      for (let j = 0; j < index.length; j++) sCounts[j] = counts[index[j]!]!;
      const ss = kernel.accumulate(sCounts);
      const out = series.segments[k]!;
      for (let j = 0; j < m; j++) out[b * m + j] = metricValue(defs[j]!, ss);
    }
    finished(b);
  }
}

function summariseAll(
  prepared: PreparedJob,
  series: ResampleSeries,
  confidence: number,
): SegmentedEvaluation {
  const { defs, candidate, baseline, segments } = prepared;
  const R = series.resamples;
  const main = summarise(defs, candidate, baseline, series.candidate, series.baseline, R, confidence);
  return {
    ...main,
    segments: segments.map((s, k) =>
      summarise(defs, s.kernel, null, series.segments[k]!, null, R, confidence),
    ),
  };
}

/**
 * Each segment's rows as ascending positions in the evaluation's row layout (`order[position]` = row, or
 * the rows themselves without an order): reading the counts at them walks memory forward.
 */
function segmentPositions(
  n: number,
  order: Int32Array | null,
  segments: readonly Int32Array[],
): Int32Array[] {
  if (segments.length === 0) return [];
  let position: Int32Array | null = null;
  if (order) {
    position = new Int32Array(n);
    for (let i = 0; i < n; i++) position[order[i]!] = i;
  }
  return segments.map((rows) => {
    const out = new Int32Array(rows.length);
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j]!;
      if (!(r >= 0 && r < n)) throw new Error(`evaluateMetrics: segment row ${r} outside [0, ${n})`);
      out[j] = position ? position[r]! : r;
    }
    return out.sort();
  });
}

/**
 * The counts of resample `r` (0-based) for `seed`: each resample has its own generator stream, seeded from
 * (seed, r), so a resample's counts do not depend on which resamples were drawn before it (resamples can be
 * split between threads and give the same report).
 */
export function drawResample(seed: number, r: number, counts: Uint8Array): void {
  // an odd multiplier is a bijection of 32-bit words: distinct resamples get distinct stream seeds
  countSampler(createRng((seed ^ Math.imul(r + 1, 0x9e3779b9)) >>> 0)).draw(counts);
}

/** the metric on one set of statistics: a number, or NaN when undefined (NaN stays inside this module) */
function metricValue(def: MetricDef, s: AnyStats): number {
  if (def.undefinedReason && def.undefinedReason(s) !== null) return NaN;
  return def.compute(s);
}

export interface SegmentKernel<S> {
  /** positions of the segment's rows in the evaluation's layout, ascending */
  readonly index: Int32Array;
  readonly kernel: Kernel<S>;
}

/** point estimates (all counts 1) and the intervals of the resampled metric values */
function summarise<T extends Task>(
  defs: readonly MetricDef<T>[],
  candidate: Kernel<StatsByTask[T]>,
  baseline: Kernel<StatsByTask[T]> | null,
  cand: Float64Array,
  base: Float64Array | null,
  resamples: number,
  confidence: number,
): Evaluation {
  const m = defs.length;
  const counts = new Uint8Array(candidate.rows).fill(1);
  const notes: string[] = [];
  const point = (
    kernel: Kernel<StatsByTask[T]>,
    who: string,
  ): { values: number[]; reasons: (string | null)[] } => {
    const s = kernel.accumulate(counts);
    const reasons = defs.map((d) => d.undefinedReason?.(s) ?? null);
    const values = defs.map((d, j) => (reasons[j] === null ? d.compute(s) : NaN));
    defs.forEach((d, j) => {
      const note = reasons[j] === null ? d.note?.(s) : null;
      if (note) notes.push(`${who}${d.id}: ${note}`);
    });
    return { values, reasons };
  };
  const pc = point(candidate, baseline ? 'candidate ' : '');
  const pb = baseline ? point(baseline, 'baseline ') : null;
  const interval = (
    id: string,
    who: string,
    pick: (b: number) => number,
  ): { ci: [number, number] | null; reason?: string } => {
    if (resamples === 0) return { ci: null };
    const values = new Float64Array(resamples);
    let k = 0;
    for (let b = 0; b < resamples; b++) {
      const v = pick(b);
      if (Number.isFinite(v)) values[k++] = v;
    }
    if (k === 0) return { ci: null, reason: 'undefined in every bootstrap resample' };
    if (k < resamples) {
      notes.push(
        `${who}${id}: undefined in ${resamples - k} of ${resamples} bootstrap resamples; interval from the other ${k}`,
      );
    }
    return { ci: percentileInterval(values.subarray(0, k), confidence) };
  };
  const estimates = (
    p: { values: number[]; reasons: (string | null)[] },
    who: string,
    series: Float64Array,
  ): Record<string, Estimate> => {
    const out: Record<string, Estimate> = {};
    defs.forEach((d, j) => {
      const reason = p.reasons[j];
      if (reason != null) {
        out[d.id] = { value: null, ci: null, reason };
        return;
      }
      if (d.noInterval) {
        out[d.id] = { value: p.values[j]!, ci: null, reason: d.noInterval };
        return;
      }
      const { ci, reason: ciReason } = interval(d.id, who, (b) => series[b * m + j]!);
      out[d.id] = { value: p.values[j]!, ci, ...(ciReason ? { reason: ciReason } : {}) };
    });
    return out;
  };

  const candidateEstimates = estimates(pc, pb ? 'candidate ' : '', cand);
  if (!pb || !base) return { candidate: candidateEstimates, baseline: null, deltas: null, notes };
  const baselineEstimates = estimates(pb, 'baseline ', base);
  const deltas: Record<string, Estimate> = {};
  defs.forEach((d, j) => {
    const reason = pc.reasons[j] ?? pb.reasons[j];
    if (reason != null) {
      deltas[d.id] = { value: null, ci: null, reason };
      return;
    }
    if (d.noInterval) {
      deltas[d.id] = { value: pc.values[j]! - pb.values[j]!, ci: null, reason: d.noInterval };
      return;
    }
    const { ci, reason: ciReason } = interval(d.id, 'delta ', (b) => cand[b * m + j]! - base[b * m + j]!);
    deltas[d.id] = { value: pc.values[j]! - pb.values[j]!, ci, ...(ciReason ? { reason: ciReason } : {}) };
  });
  return { candidate: candidateEstimates, baseline: baselineEstimates, deltas, notes };
}
