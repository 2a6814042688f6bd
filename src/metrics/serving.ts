/**
 * Serving measurements (issue 12): latency quantiles, the share of requests over a latency, the error rate
 * and the throughput, each with an interval, from typed columns. Decisions live in src/gate/rules/serving.ts.
 *
 * - Latency quantile p: numpy.quantile(latencies, p) (method 'linear', stats/quantile.ts) with the
 *   distribution-free order-statistic interval (stats/proportion.ts orderStatisticInterval): X₍l₎ and X₍u₎
 *   of the sorted latencies. An end the sample cannot bound (p99 of 100 rows at 95%) is the sample's
 *   extreme, and the estimate's `reason` says so.
 * - Share over a latency: count(latency > value) / n with Wilson's score interval.
 * - Error rate: count(error) / n with Wilson's score interval.
 * - Throughput: (n − 1) requests over the span max(t) − min(t) in seconds (the first request starts the
 *   clock), with Garwood's exact Poisson-rate interval; needs two distinct timestamps.
 * Cost: one radix sort of the latencies (O(n)), one pass per rate; the intervals O(1) or a few cdfs.
 */
import type { Estimate, Histogram } from '../contract/report.js';
import { sortedFinite } from '../stats/sort.js';
import { quantileSorted } from '../stats/quantile.js';
import { orderStatisticInterval, poissonRateInterval, wilsonInterval } from '../stats/proportion.js';

/** the latency quantiles the config may bound, by key */
export const LATENCY_QUANTILES = { p50: 0.5, p95: 0.95, p99: 0.99 } as const;
export type LatencyQuantile = keyof typeof LATENCY_QUANTILES;
/** bins of the latency histogram (the HTML report's chart) */
export const LATENCY_HISTOGRAM_BINS = 40;

export interface LatencyMeasures {
  rows: number;
  quantiles: Record<LatencyQuantile, Estimate>;
  /** the share of requests above `over` (null when no max_share_over is configured) */
  shareOver: Estimate | null;
  mean: number;
  max: number;
  histogram: Histogram;
}

/** latencies must be finite and ≥ 0 (the preparation checks); n ≥ 1 */
export function latencyMeasures(
  latencies: Float64Array,
  confidence: number,
  over: number | null,
): LatencyMeasures {
  const sorted = sortedFinite(latencies);
  const n = sorted.length;
  const quantiles = {} as Record<LatencyQuantile, Estimate>;
  for (const [key, q] of Object.entries(LATENCY_QUANTILES) as [LatencyQuantile, number][]) {
    quantiles[key] = quantileEstimate(sorted, q, confidence, key);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    rows: n,
    quantiles,
    shareOver: over === null ? null : shareAbove(sorted, over, confidence),
    mean: sum / n,
    max: sorted[n - 1]!,
    histogram: latencyHistogram(sorted, over),
  };
}

function quantileEstimate(sorted: Float64Array, q: number, confidence: number, key: string): Estimate {
  const n = sorted.length;
  const value = quantileSorted(sorted, q);
  const ranks = orderStatisticInterval(n, q, confidence);
  const lo = ranks.lower === null ? sorted[0]! : sorted[ranks.lower - 1]!;
  const hi = ranks.upper === null ? sorted[n - 1]! : sorted[ranks.upper - 1]!;
  const open = [ranks.lower === null ? 'lower' : null, ranks.upper === null ? 'upper' : null].filter(Boolean);
  const e: Estimate = { value, ci: [Math.min(lo, value), Math.max(hi, value)], method: 'order_statistic' };
  if (open.length > 0) {
    e.reason = `${n} request${n === 1 ? '' : 's'} cannot bound the ${open.join(' and ')} end of a ${key} interval at ${confidence * 100}%: the sample's ${open.length === 2 ? 'extremes stand' : open[0] === 'upper' ? 'maximum stands' : 'minimum stands'} in`;
  }
  return e;
}

/** the share of sorted values strictly above `value`, with Wilson's interval */
function shareAbove(sorted: Float64Array, value: number, confidence: number): Estimate {
  const n = sorted.length;
  // binary search: the first index whose value is > `value`
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return rateEstimate(n - lo, n, confidence);
}

/** k of n as a rate with Wilson's interval */
export function rateEstimate(k: number, n: number, confidence: number): Estimate {
  return { value: k / n, ci: wilsonInterval(k, n, confidence), method: 'wilson' };
}

/** a histogram of the latencies: equal widths from 0 to the larger of the p99.9 and `over`, the rest in the last bin */
function latencyHistogram(sorted: Float64Array, over: number | null): Histogram {
  const n = sorted.length;
  const top = Math.max(quantileSorted(sorted, 0.999), over ?? 0, sorted[0]!);
  const width = top > 0 ? top / LATENCY_HISTOGRAM_BINS : 1;
  const edges = Array.from({ length: LATENCY_HISTOGRAM_BINS + 1 }, (_, k) => k * width);
  const counts = new Array<number>(LATENCY_HISTOGRAM_BINS).fill(0);
  for (let i = 0; i < n; i++) {
    const b = Math.min(LATENCY_HISTOGRAM_BINS - 1, Math.floor(sorted[i]! / width));
    counts[b]!++;
  }
  return { edges, counts, scale: 'linear' };
}

export interface ThroughputMeasures {
  rows: number;
  /** max(t) − min(t) in seconds */
  spanSeconds: number;
  perSecond: Estimate;
}

/** timestamps in epoch milliseconds, finite (the preparation checks); null when the span is 0 */
export function throughputMeasures(
  timestampsMs: Float64Array,
  confidence: number,
): ThroughputMeasures | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < timestampsMs.length; i++) {
    const t = timestampsMs[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const span = (max - min) / 1000;
  if (!(span > 0)) return null;
  const k = timestampsMs.length - 1;
  return {
    rows: timestampsMs.length,
    spanSeconds: span,
    perSecond: { value: k / span, ci: poissonRateInterval(k, span, confidence), method: 'garwood' },
  };
}
