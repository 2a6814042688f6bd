/**
 * The HTML drift table's small cells (./html.ts): the min_effect floor beside the threshold, a significant
 * result the floor kept out of drift, and the smallest drift the sample sizes resolve.
 */
import type { DriftFeature } from '../contract/report.js';
import { formatNumber } from './format.js';

const EFFECT_SHORT: Record<string, string> = { ks_statistic: 'D', cramers_v: 'V', omega_squared: 'ω²' };

/** " · D ≥ 0.05" when drift.min_effect set a floor on this feature's p-value test */
export function floorText(f: DriftFeature): string {
  const e = f.effect;
  return e && e.min !== null ? ` · ${EFFECT_SHORT[e.measure] ?? e.measure} ≥ ${formatNumber(e.min)}` : '';
}

/** a significant result the floor kept out of drift: "significant, D 0.0201 below the floor" */
export function belowFloor(f: DriftFeature): string {
  const e = f.effect;
  if (!e || e.min === null || !e.significant || f.drifted) return '';
  return ` <span class="muted">significant, ${EFFECT_SHORT[e.measure] ?? e.measure} ${formatNumber(e.value)} below the floor</span>`;
}

/** the smallest drift the sample sizes resolve: "KS 0.0136 · 0.034 sd" or "V 0.012" */
export function resolutionCell(f: DriftFeature): string {
  const r = f.resolution;
  if (!r || f.skipped) return '';
  if (r.ks !== undefined) {
    const sd = r.shiftSd !== null && r.shiftSd !== undefined ? ` · ${formatNumber(r.shiftSd)} sd` : '';
    return `KS ${formatNumber(r.ks)}${sd}`;
  }
  return r.cramersV !== undefined ? `V ${formatNumber(r.cramersV)}` : '';
}
