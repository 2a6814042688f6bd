/**
 * Confidence intervals for the distance tests (issue 16, `drift.decide_on: effect`): under that rule a
 * feature drifts when the interval's lower end clears the threshold, so a distance that is large only
 * because the samples are small (300 rows: a Jensen–Shannon distance of 0.1 on identical populations, half
 * the time) is not called drift, and a tiny but certain change on a million rows is not either.
 *
 * Method: a seeded Poisson bootstrap of both samples, drawn on their counts — Poisson(c) per bin is the
 * per-row Poisson(1) bootstrap summed over a bin's rows, exact, at O(bins) per resample instead of O(rows).
 * The interval is the BASIC bootstrap interval [2θ̂ − q(1 − α/2), 2θ̂ − q(α/2)] (Davison & Hinkley 1997,
 * eq. 5.6), lower end clipped at 0. Not the percentile interval: a distance's bootstrap replicates sit above
 * θ̂ by about the estimate's own upward bias (a resample of a sample is noisier than the sample), and the
 * basic interval subtracts that bias where the percentile interval adds it. Measured at 300 rows per side
 * with no drift (10 bins, JS ≥ 0.1, 400 resamples): percentile lower end ≥ 0.1 in 21% of replicates, basic
 * in 0%; `npm run bench drift-calibration` has the full table. Analytic delta-method intervals exist for
 * PSI and JS (the multinomial delta method) but are centred on the biased estimate and so inherit exactly
 * the false alarms the rule exists to remove.
 *  - psi, jensen_shannon, kl, hellinger: the test's own bins (numerical: its quantile or value bins;
 *    categorical: the categories, collapsed to the reference's CATEGORY_CAP most frequent and one "other"
 *    when there are more — with a thousand Zipf categories the JS distance of two samples of one population
 *    is about 0.2 at any n, an artefact of the sparse tail, which the collapse removes).
 *  - wasserstein (normalised by the reference's std, held fixed): the two samples on a grid — every
 *    distinct value when there are at most WASSERSTEIN_GRID (so the bootstrap is exact), else that many
 *    cells on the merged sample's quantiles. W₁ on the grid is Σ |F − G|·Δ between grid points; the interval
 *    is centred on the exact W with the grid's bootstrap spread: [W − (q(1 − α/2) − W_grid), W − (q(α/2) −
 *    W_grid)].
 * The bootstrap of a distance is inconsistent at distance 0 (the truth sits on the boundary), which makes
 * the lower end conservative there: what the rule wants, since it only asks whether the distance exceeds a
 * positive threshold.
 *
 * Cost: resamples × (cells of both sides) Poisson draws: 400 × 2 × 1024 for a continuous feature, the same
 * at 300 rows as at 1M (the counts grow, not the cells), plus one pass to grid the samples: about 90 ms per
 * continuous feature at 1M rows.
 */
import { createRng, quantileSorted, type Rng } from '../stats/index.js';
import { PoissonTables, poissonResampler } from '../stats/poisson.js';
import { WASSERSTEIN_STD_FLOOR } from './constants.js';
import { DRIFT_CATALOG, isDriftTestId } from '../catalog/drift-tests.js';
import { DRIFT_TESTS } from './registry.js';
import { OTHER_LABEL } from './summary.js';

/** the distance tests the effect rule decides on an interval */
export type IntervalTest = 'psi' | 'jensen_shannon' | 'kl' | 'hellinger' | 'wasserstein';

/** the catalog's distance tests (every test that is not a p-value test) */
export function isIntervalTest(method: string): method is IntervalTest {
  return isDriftTestId(method) && !DRIFT_CATALOG[method].correctable;
}

export interface IntervalSettings {
  confidence: number;
  resamples: number;
  seed: number;
}

/** a distance with its interval; `value` is the point the rule reports (after any category collapse) */
export interface DistanceInterval {
  value: number;
  lower: number;
  upper: number;
  /** how the distance was taken when not on the test's usual bins; else null */
  note: string | null;
}

/** distances that are the root of a divergence (JS of the JS divergence, Hellinger of H²) */
const SQUARED_SCALE: ReadonlySet<IntervalTest> = new Set(['jensen_shannon', 'hellinger']);

/** categoricals with more categories are decided on the reference's most frequent this many and "other" */
export const CATEGORY_CAP = 50;
/** …and only those expected at least this many times in the smaller sample */
export const MIN_EXPECTED_COUNT = 5;
/** Wasserstein's bootstrap grid: every distinct value up to this many, else this many quantile cells */
export const WASSERSTEIN_GRID = 1024;

/** a seed of its own per feature (FNV-1a of the name mixed into drift.interval.seed) */
export function featureSeed(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * the bootstrap's seed: drift.interval.seed and the feature name (featureSeed) mixed with the data's sizes
 * and point estimate, so the same input gives the same interval while two different samples draw
 * different resamples. With the seed alone every run of a feature would reuse one set of Poisson weights,
 * and whatever that set's own Monte Carlo error (the lower end moves by about ±0.02 between seeds at 300
 * rows, 400 resamples) would be the same in every run instead of averaging out: measured, it moved the
 * effect rule's power for a 0.1-sd shift at 300 rows from 10% to 19% across 200 replicates.
 */
export function dataSeed(seed: number, n: number, m: number, point: number): number {
  const bits = new Uint32Array(new Float64Array([point]).buffer);
  let h = fmix32(seed >>> 0);
  for (const x of [n >>> 0, m >>> 0, bits[0]!, bits[1]!]) h = fmix32((h ^ x) >>> 0);
  return h;
}

/** MurmurHash3's 32-bit finaliser: every input bit reaches every output bit */
function fmix32(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * the basic interval from the replicates: [θ̂ − (q_hi − centre), θ̂ − (q_lo − centre)], where `centre` is the
 * replicates' own point estimate (θ̂ itself, or Wasserstein's grid estimate); lower end clipped at 0
 */
function basic(
  point: number,
  centre: number,
  replicates: Float64Array,
  confidence: number,
): [number, number] {
  const sorted = Float64Array.from(replicates).sort();
  const alpha = 1 - confidence;
  const lo = quantileSorted(sorted, alpha / 2);
  const hi = quantileSorted(sorted, 1 - alpha / 2);
  const lower = Math.max(0, point - (hi - centre));
  return [lower, Math.max(lower, point - (lo - centre))];
}

/**
 * Poisson-resampled counts of both sides with at least one row on each (a resample of 0 rows is drawn
 * again), into `outRef` / `outCur`
 */
function bothResampler(
  ref: Float64Array,
  cur: Float64Array,
  tables: PoissonTables,
): (rng: Rng, outRef: Float64Array, outCur: Float64Array) => void {
  const r = poissonResampler(ref, tables);
  const c = poissonResampler(cur, tables);
  return (rng, outRef, outCur) => {
    do r(rng, outRef);
    while (sum(outRef) === 0);
    do c(rng, outCur);
    while (sum(outCur) === 0);
  };
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}

/** the interval of a binned distance on the two count vectors (same bins) */
export function binnedInterval(
  test: Exclude<IntervalTest, 'wasserstein'>,
  reference: Float64Array,
  current: Float64Array,
  settings: IntervalSettings,
  note: string | null = null,
): DistanceInterval {
  const compute = DRIFT_TESTS[test].compute;
  const point = compute(reference, current).score;
  const rng = createRng(dataSeed(settings.seed, sum(reference), sum(current), point));
  const resample = bothResampler(reference, current, new PoissonTables());
  const r = new Float64Array(reference.length);
  const c = new Float64Array(current.length);
  const replicates = new Float64Array(settings.resamples);
  for (let b = 0; b < settings.resamples; b++) {
    resample(rng, r, c);
    replicates[b] = compute(r, c).score;
  }
  if (!SQUARED_SCALE.has(test)) {
    const [lower, upper] = basic(point, point, replicates, settings.confidence);
    return { value: point, lower, upper, note };
  }
  // a root of a divergence: its bias is additive on the divergence (squared) scale, so the interval is
  // formed there and its ends taken back with the root (the basic interval is not transformation-invariant)
  const squared = replicates.map((x) => x * x);
  const [lower, upper] = basic(point * point, point * point, squared, settings.confidence);
  return { value: point, lower: Math.sqrt(lower), upper: Math.sqrt(upper), note };
}

/**
 * categorical counts collapsed to the reference's most frequent categories (ties: first seen) and one
 * "other" bin for the rest of both sides (current's new categories included). Kept: at most CATEGORY_CAP,
 * and only categories expected MIN_EXPECTED_COUNT times or more in the smaller sample (Cochran's rule for
 * a χ² table: rarer cells are mostly noise, and with a thousand Zipf categories on 300 rows a 50-category
 * cap still leaves the JS distance of one population against itself above 0.1 in 19% of samples); null
 * when every category is kept (nothing to collapse)
 */
export function collapseCategories(
  reference: Float64Array,
  current: Float64Array,
): { reference: Float64Array; current: Float64Array; note: string } | null {
  const k = reference.length;
  const n = sum(reference);
  const smaller = Math.min(n, sum(current));
  const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => reference[b]! - reference[a]! || a - b);
  let kept = 0;
  while (
    kept < Math.min(k, CATEGORY_CAP) &&
    (kept === 0 || (reference[order[kept]!]! * smaller) / n >= MIN_EXPECTED_COUNT)
  )
    kept++;
  if (kept >= k - 1) return null;
  const r = new Float64Array(kept + 1);
  const c = new Float64Array(kept + 1);
  order.forEach((i, rank) => {
    const bin = Math.min(rank, kept);
    r[bin]! += reference[i]!;
    c[bin]! += current[i]!;
  });
  const note = `on the reference's ${kept} most frequent of ${k} categories (each expected ${MIN_EXPECTED_COUNT}+ times in the smaller sample, at most ${CATEGORY_CAP}) and one '${OTHER_LABEL}'`;
  return { reference: r, current: c, note };
}

/** the grid of two sorted samples: cell right edges and each side's count per cell (x ≤ edge, > previous) */
export function wassersteinGrid(
  sr: Float64Array,
  sc: Float64Array,
): { edges: Float64Array; ref: Float64Array; cur: Float64Array } {
  const edges = gridEdges(sr, sc);
  return { edges, ref: cellCounts(sr, edges), cur: cellCounts(sc, edges) };
}

function gridEdges(sr: Float64Array, sc: Float64Array): Float64Array {
  // every distinct value of both, while there are at most WASSERSTEIN_GRID
  const distinct: number[] = [];
  let i = 0;
  let j = 0;
  while (i < sr.length || j < sc.length) {
    const v = j >= sc.length || (i < sr.length && sr[i]! <= sc[j]!) ? sr[i++]! : sc[j++]!;
    if (distinct.length === 0 || v !== distinct[distinct.length - 1]) {
      distinct.push(v);
      if (distinct.length > WASSERSTEIN_GRID) break;
    }
  }
  if (distinct.length <= WASSERSTEIN_GRID) return Float64Array.from(distinct);
  // else cells on the merged sample's quantiles (the ⌈g·N/G⌉-th smallest, g = 1..G), the maximum last
  const merged = new Float64Array(sr.length + sc.length);
  let k = 0;
  for (i = 0, j = 0; i < sr.length || j < sc.length;)
    merged[k++] = j >= sc.length || (i < sr.length && sr[i]! <= sc[j]!) ? sr[i++]! : sc[j++]!;
  const n = merged.length;
  const edges: number[] = [];
  for (let g = 1; g <= WASSERSTEIN_GRID; g++) {
    const v = merged[Math.ceil((g * n) / WASSERSTEIN_GRID) - 1]!;
    if (edges.length === 0 || v > edges[edges.length - 1]!) edges.push(v);
  }
  return Float64Array.from(edges);
}

function cellCounts(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length);
  let cell = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[i]! > edges[cell]!) cell++;
    counts[cell]!++;
  }
  return counts;
}

/** W₁ of two count vectors on the grid: Σ |F_i − G_i| (e_{i+1} − e_i) */
export function gridW1(edges: Float64Array, ref: Float64Array, cur: Float64Array): number {
  const nr = sum(ref);
  const nc = sum(cur);
  let fr = 0;
  let fc = 0;
  let w = 0;
  for (let i = 0; i < edges.length - 1; i++) {
    fr += ref[i]!;
    fc += cur[i]!;
    w += Math.abs(fr / nr - fc / nc) * (edges[i + 1]! - edges[i]!);
  }
  return w;
}

/**
 * the interval of the normalised Wasserstein distance `point` (W₁ / max(referenceStd, floor)) of the two
 * sorted finite samples
 */
export function wassersteinInterval(
  sr: Float64Array,
  sc: Float64Array,
  point: number,
  referenceStd: number,
  settings: IntervalSettings,
): DistanceInterval {
  return gridWassersteinInterval(wassersteinGrid(sr, sc), point, referenceStd, settings);
}

/**
 * the same interval on a grid of cell counts given directly (a profile's fine bins: cell right edges, the
 * last the largest value; each side's count per cell)
 */
export function gridWassersteinInterval(
  grid: { edges: Float64Array; ref: Float64Array; cur: Float64Array },
  point: number,
  referenceStd: number,
  settings: IntervalSettings,
): DistanceInterval {
  const scale = Math.max(referenceStd, WASSERSTEIN_STD_FLOOR);
  const centre = gridW1(grid.edges, grid.ref, grid.cur) / scale;
  const rng = createRng(dataSeed(settings.seed, sum(grid.ref), sum(grid.cur), point));
  const resample = bothResampler(grid.ref, grid.cur, new PoissonTables());
  const r = new Float64Array(grid.ref.length);
  const c = new Float64Array(grid.cur.length);
  const replicates = new Float64Array(settings.resamples);
  for (let b = 0; b < settings.resamples; b++) {
    resample(rng, r, c);
    replicates[b] = gridW1(grid.edges, r, c) / scale;
  }
  const [lower, upper] = basic(point, centre, replicates, settings.confidence);
  return { value: point, lower, upper, note: null };
}
