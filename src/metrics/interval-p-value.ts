/**
 * The one-sided p-value of "the metric keeps its bound", read off the metric's interval by the normal
 * approximation (Altman & Bland, "How to obtain the P value from a confidence interval", BMJ 2011;343:d2090),
 * with the half-width on the bound's side so an asymmetric bootstrap interval is read where it matters:
 * for a min rule se = (upper − value) / z, for a max rule se = (value − lower) / z, z = Φ⁻¹((1 + c)/2), and
 * p = Φ(margin / se) with margin = value − min (or max − value). By construction p < (1 − c)/2 exactly when
 * the interval's end lies past the bound — the segment rule's own decision — so the p-value only adds a
 * scale on which a multiple-testing correction can act (src/gate/family.ts).
 * Edge cases: a zero half-width gives 0 when the value breaks the bound, else 1; no value or no interval: null.
 */
import type { Estimate } from '../contract/report.js';
import { normalCdf, normalQuantile } from '../stats/normal.js';

export function boundPValue(
  e: Estimate | undefined,
  rule: 'min' | 'max',
  limit: number,
  confidence: number,
): number | null {
  if (!e || e.value === null || !e.ci) return null;
  const z = normalQuantile((1 + confidence) / 2);
  const v = e.value;
  const half = rule === 'min' ? e.ci[1] - v : v - e.ci[0];
  const margin = rule === 'min' ? v - limit : limit - v;
  if (!(half > 0)) return margin < 0 ? 0 : 1;
  return normalCdf((margin / half) * z);
}
