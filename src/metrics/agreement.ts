/**
 * Two models on the same requests (the shadow comparison, issue 12), from typed columns:
 * - agreement: the share of rows where both decide alike, with Wilson's score interval (./serving.ts
 *   rateEstimate);
 * - flips: binary, both scored: rows whose decision changes at the threshold t (champion < t ≤ candidate:
 *   to positive; the reverse: to negative), their share with Wilson's interval;
 * - meanDifference: the mean of candidate − champion with the normal interval of a mean, sample standard
 *   deviation (ddof 1): mean ± z·s/√n — the paired score (or prediction) shift.
 * Cost: one pass each. Edge cases: n = 1 gives no interval for the mean (with the reason).
 */
import type { Estimate } from '../contract/report.js';
import { normalQuantile } from '../stats/normal.js';
import { rateEstimate } from './serving.js';

export function agreement(a: Int32Array, b: Int32Array, confidence: number): Estimate {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) k++;
  return rateEstimate(k, a.length, confidence);
}

export function flips(
  candidate: Float64Array,
  champion: Float64Array,
  threshold: number,
  confidence: number,
): { share: Estimate; toPositive: number; toNegative: number; threshold: number } {
  let up = 0;
  let down = 0;
  for (let i = 0; i < candidate.length; i++) {
    const ca = candidate[i]! >= threshold;
    const cb = champion[i]! >= threshold;
    if (ca && !cb) up++;
    else if (cb && !ca) down++;
  }
  return {
    share: rateEstimate(up + down, candidate.length, confidence),
    toPositive: up,
    toNegative: down,
    threshold,
  };
}

export function meanDifference(a: Float64Array, b: Float64Array, confidence: number): Estimate {
  const n = a.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (a[i]! - b[i]! - mean) / (i + 1);
  if (n < 2) return { value: mean, ci: null, reason: 'one request: no interval' };
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]! - mean;
    ss += d * d;
  }
  const half = (normalQuantile(0.5 + confidence / 2) * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  return { value: mean, ci: [mean - half, mean + half], method: 'clt' };
}

export function meanAbsoluteDifference(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i]! - b[i]!);
  return s / a.length;
}
