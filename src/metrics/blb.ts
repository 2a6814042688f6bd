/**
 * The bag of little bootstraps (Kleiner, Talwalkar, Sarkar & Jordan, JRSS-B 76(4), 2014), re-centred: the
 * large-holdout interval of every metric without an analytic one (./analytic.ts), e.g. PR AUC and ECE.
 *
 * BLB_SUBSETS subsets of b = max(⌈n^BLB_GAMMA⌉, ⌈n/BLB_MAX_WEIGHT⌉) rows are drawn without replacement (a
 * partial Fisher–Yates shuffle from the seeded generator); each subset's kernels are built once (the same
 * kernels as the bootstrap: ./binary.ts etc.), then resamples / BLB_SUBSETS times every row of the subset gets a
 * Poisson(n/b) weight (the same weights for candidate and baseline: deltas stay paired), so each weighted
 * subset stands for a resample of n rows. The deviations of the weighted metric from the subset's own
 * unweighted value are pooled over all subsets, and the interval is the full-sample estimate plus their
 * (α/2, 1 − α/2) quantiles (numpy 'linear'), clipped to the metric's range.
 * Re-centring matters: averaging each subset's percentile endpoints, as BLB is usually described, centres the
 * interval on subset estimates built from s·b < n rows; a pilot measured 72.5% coverage for a paired AUC
 * difference at 100k rows that way against 93.8% re-centred (docs/ARCHITECTURE.md, `npm run bench coverage`).
 *
 * Poisson weights replace the multinomial(n; 1/b) of the paper (asymptotically equivalent, Hanley &
 * MacGibbon 2006) and are drawn by inversion from a table of the Poisson(n/b) distribution (a guide table
 * makes a draw O(1)). The weights fit the kernels' byte counts: b ≥ n/BLB_MAX_WEIGHT keeps the mean weight
 * at most 100, and a weight above 255 has probability below 10^−60.
 * Cost: O(s·b log b) to sort the subsets plus O(s·r·b) for the weighted passes: at n = 1M, b = 3,981 and
 * 1000 passes of 3,981 rows per model instead of 1000 passes of 10^6. BLB_GAMMA = 0.6, the low end of the
 * paper's range, was chosen by `npm run bench coverage` (it covers as 0.7 did, at a quarter of the cost). Single-threaded and deterministic for
 * a seed.
 */
import { pow } from '../stats/pow.js';
import { createRng, type Rng } from '../stats/random.js';
import { quantileSorted } from '../stats/quantile.js';
import { prepareJob } from './bootstrap.js';
import { subsetInput, type TaskInput } from './inputs.js';
import type { MetricDef } from './registry.js';
import type { Interval } from './analytic.js';

export const BLB_GAMMA = 0.6;
export const BLB_SUBSETS = 20;
/** the largest mean Poisson weight: the subset holds at least n / BLB_MAX_WEIGHT rows */
export const BLB_MAX_WEIGHT = 100;

/**
 * Weighted resamples per subset: the configured resample count spread over the subsets (1000 → 50 each), so
 * `performance.resamples` sets the number of pooled deviations as it sets the bootstrap's resamples
 */
export function blbResamplesPerSubset(resamples: number): number {
  return Math.max(1, Math.round(resamples / BLB_SUBSETS));
}

export function blbSubsetRows(n: number): number {
  return Math.min(n, Math.max(Math.ceil(pow(n, BLB_GAMMA)), Math.ceil(n / BLB_MAX_WEIGHT)));
}

export interface BlbIntervals {
  /** per metric (defs order): the interval, or null when the metric was undefined in every weighted subset */
  readonly candidate: (Interval | null)[];
  readonly baseline: (Interval | null)[] | null;
  readonly delta: (Interval | null)[] | null;
  /** per metric: weighted subsets where it was undefined (left out) */
  readonly undefinedIn: number[];
  readonly passes: number;
  readonly subsetRows: number;
}

/** point values of the full sample, per metric (NaN = undefined), for centring */
export interface BlbCentres {
  readonly candidate: readonly number[];
  readonly baseline: readonly number[] | null;
}

/** deviations pooled per metric: `add(j, v)` keeps finite values only */
class Pool {
  readonly series: Float64Array[];
  readonly count: number[];
  constructor(metrics: number, capacity: number) {
    this.series = Array.from({ length: metrics }, () => new Float64Array(capacity));
    this.count = new Array<number>(metrics).fill(0);
  }
  add(j: number, v: number): void {
    if (Number.isFinite(v)) this.series[j]![this.count[j]!++] = v;
  }
  /** centre + the (α/2, 1 − α/2) quantiles of metric j's deviations, clipped to [lo, hi] */
  interval(j: number, centre: number, alpha: number, lo: number, hi: number): Interval | null {
    const k = this.count[j]!;
    if (k === 0 || !Number.isFinite(centre)) return null;
    const sorted = this.series[j]!.subarray(0, k).sort();
    return [
      Math.max(lo, centre + quantileSorted(sorted, alpha)),
      Math.min(hi, centre + quantileSorted(sorted, 1 - alpha)),
    ];
  }
}

function values(defs: readonly MetricDef[], s: unknown): number[] {
  return defs.map((d) => (d.undefinedReason?.(s as never) != null ? NaN : d.compute(s as never)));
}

/** BLB intervals of every metric of the task (`centres`: the full-sample values they are centred on) */
export function blbIntervals(
  candidate: TaskInput,
  baseline: TaskInput | null,
  centres: BlbCentres,
  seed: number,
  confidence: number,
  resamples: number,
): BlbIntervals {
  const n = candidate.data.y.length;
  const b = blbSubsetRows(n);
  const rng = createRng((seed ^ 0x5bd1e995) >>> 0);
  const sampler = poissonSampler(n / b, rng);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const perSubset = blbResamplesPerSubset(resamples);
  const passes = BLB_SUBSETS * perSubset;
  const counts = new Uint8Array(b);
  let defs: readonly MetricDef[] = [];
  let pools: { cand: Pool; base: Pool | null; diff: Pool | null } | null = null;
  for (let s = 0; s < BLB_SUBSETS; s++) {
    // a partial Fisher–Yates shuffle of any permutation leaves a uniform random b-subset in front
    for (let i = 0; i < b; i++) {
      const j = i + rng.nextInt(n - i);
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    const rows = perm.slice(0, b).sort();
    const prepared = prepareJob({
      candidate: subsetInput(candidate, rows),
      baseline: baseline && subsetInput(baseline, rows),
      segments: [],
      seed,
      resamples: 0,
    });
    defs = prepared.defs;
    const m = defs.length;
    pools ??= {
      cand: new Pool(m, passes),
      base: prepared.baseline ? new Pool(m, passes) : null,
      diff: prepared.baseline ? new Pool(m, passes) : null,
    };
    counts.fill(1);
    const c0 = values(defs, prepared.candidate.accumulate(counts));
    const b0 = prepared.baseline ? values(defs, prepared.baseline.accumulate(counts)) : null;
    for (let r = 0; r < perSubset; r++) {
      sampler.draw(counts);
      const c = values(defs, prepared.candidate.accumulate(counts));
      const bv = prepared.baseline ? values(defs, prepared.baseline.accumulate(counts)) : null;
      for (let j = 0; j < m; j++) {
        const dc = c[j]! - c0[j]!;
        pools.cand.add(j, dc);
        if (bv && b0) {
          const db = bv[j]! - b0[j]!;
          pools.base!.add(j, db);
          pools.diff!.add(j, dc - db);
        }
      }
    }
  }
  const alpha = (1 - confidence) / 2;
  const p = pools!;
  const own = (pool: Pool, at: readonly number[]): (Interval | null)[] =>
    defs.map((d, j) => pool.interval(j, at[j]!, alpha, d.range[0], d.range[1]));
  const cb = centres.baseline;
  return {
    candidate: own(p.cand, centres.candidate),
    baseline: p.base && cb ? own(p.base, cb) : null,
    delta:
      p.diff && cb
        ? defs.map((d, j) =>
            p.diff!.interval(
              j,
              centres.candidate[j]! - cb[j]!,
              alpha,
              d.range[0] - d.range[1],
              d.range[1] - d.range[0],
            ),
          )
        : null,
    undefinedIn: defs.map((_, j) => passes - p.cand.count[j]!),
    passes,
    subsetRows: b,
  };
}

/**
 * Poisson(λ) weights by inversion of a 32-bit uniform: a table of the cumulative distribution scaled to
 * 2^32, up to where the probability of a value falls below 10^−18 (the tail beyond goes to the last value;
 * values whose whole probability is below 2^−32 are never drawn, which moves a weight's mean by less than
 * 10^−8), and a guide table on the top GUIDE_BITS bits (the first k whose cdf exceeds the bucket's start), so
 * a draw starts at most a step or two from its value.
 */
export function poissonSampler(lambda: number, rng: Rng): { draw(counts: Uint8Array): void } {
  const cdf: number[] = [];
  let p = Math.exp(-lambda);
  let sum = 0;
  for (let k = 0; k < 256; k++) {
    sum += p;
    cdf.push(Math.floor(sum * TWO_32));
    if (p < 1e-18 && k > lambda) break;
    p *= lambda / (k + 1);
  }
  cdf[cdf.length - 1] = TWO_32; // the tail beyond the table goes to its last value
  const table = Float64Array.from(cdf);
  const guide = new Uint8Array(1 << GUIDE_BITS);
  for (let j = 0, k = 0; j < guide.length; j++) {
    while (table[k]! <= j * GUIDE_STEP) k++;
    guide[j] = k;
  }
  // the generator inlined in locals (src/stats/random.ts's xoshiro128**, seeded from `rng`), as
  // bootstrap.ts countSampler does: several times faster than a call per draw
  let s0 = rng.nextUint32();
  let s1 = rng.nextUint32();
  let s2 = rng.nextUint32();
  let s3 = rng.nextUint32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const shift = 32 - GUIDE_BITS;
  return {
    draw(counts: Uint8Array): void {
      let a0 = s0;
      let a1 = s1;
      let a2 = s2;
      let a3 = s3;
      for (let i = 0; i < counts.length; i++) {
        const x = Math.imul(a1, 5);
        const u = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = a1 << 9;
        a2 ^= a0;
        a3 ^= a1;
        a1 ^= a2;
        a0 ^= a3;
        a2 ^= t;
        a3 = (a3 << 11) | (a3 >>> 21);
        let k = guide[u >>> shift]!;
        while (table[k]! <= u) k++;
        counts[i] = k;
      }
      s0 = a0;
      s1 = a1;
      s2 = a2;
      s3 = a3;
    },
  };
}

const TWO_32 = 4294967296;
const GUIDE_BITS = 10;
/** 2^(32 − GUIDE_BITS): the uniforms per guide bucket */
const GUIDE_STEP = 4194304;
