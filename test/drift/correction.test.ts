import { describe, expect, it } from 'vitest';
import { correctedThresholds, nextUp } from '../../src/drift/correction.js';
import { isDrift } from '../../src/gate/rules/compare.js';

/** Benjamini–Hochberg rejections by the textbook procedure: reject p_(1..k), k = max{i: p_(i) ≤ i·q/m} */
function bhRejects(p: number[], q: number): boolean[] {
  const m = p.length;
  const order = p.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  order.forEach(([v], r) => {
    if (v <= ((r + 1) * q) / m) k = r + 1;
  });
  const out = new Array<boolean>(m).fill(false);
  for (let r = 0; r < k; r++) out[order[r]![1]] = true;
  return out;
}

/** Holm rejections by the textbook procedure: reject p_(1..k−1), k = the first rank with p_(k) > q/(m − k + 1) */
function holmRejects(p: number[], q: number): boolean[] {
  const m = p.length;
  const order = p.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<boolean>(m).fill(false);
  for (let r = 0; r < m; r++) {
    if (order[r]![0] > q / (m - r)) break;
    out[order[r]![1]] = true;
  }
  return out;
}

describe('correctedThresholds', () => {
  it.each([
    [[0.01, 0.04, 0.03, 0.005], 0.05],
    [[0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216], 0.05],
    [[0.3, 0.6, 0.9], 0.05],
    [[0.0001, 0.0002, 0.0003], 0.05],
    [[0, 0.5, 0.0125, 0.0166], 0.05],
    [[0.05, 0.05, 0.05], 0.05],
  ])('holm rejects exactly the Holm set: %j at %f', (p, q) => {
    const t = correctedThresholds(p, new Array(p.length).fill(q), 'holm');
    expect(p.map((v, i) => isDrift(v, t[i]!, 'below'))).toEqual(holmRejects(p, q));
  });

  it('holm rejects what bonferroni does and more (Holm-adjusted p: 0.02, 0.06, 0.06, 0.045)', () => {
    const p = [0.005, 0.04, 0.03, 0.015];
    const q = [0.05, 0.05, 0.05, 0.05];
    const holm = correctedThresholds(p, q, 'holm');
    const bonf = correctedThresholds(p, q, 'bonferroni');
    expect(p.map((v, i) => isDrift(v, bonf[i]!, 'below'))).toEqual([true, false, false, false]);
    expect(p.map((v, i) => isDrift(v, holm[i]!, 'below'))).toEqual([true, false, false, true]);
  });

  it('none keeps the thresholds; bonferroni divides by m', () => {
    expect(correctedThresholds([0.01, 0.5], [0.05, 0.05], 'none')).toEqual([0.05, 0.05]);
    expect(correctedThresholds([0.01, 0.5, 0.2, 0.3], [0.05, 0.05, 0.1, 0.05], 'bonferroni')).toEqual([
      0.0125, 0.0125, 0.025, 0.0125,
    ]);
  });

  it.each([
    [[0.01, 0.02, 0.03, 0.04, 0.2], 0.05],
    [[0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216], 0.05],
    [[0.3, 0.6, 0.9], 0.05],
    [[0.0001, 0.5, 0.01, 0.0125], 0.05],
    [[0.05, 0.05, 0.05], 0.05],
  ])('fdr rejects exactly the Benjamini–Hochberg set: %j at %f', (p, q) => {
    const t = correctedThresholds(p, new Array(p.length).fill(q), 'fdr');
    expect(p.map((v, i) => isDrift(v, t[i]!, 'below'))).toEqual(bhRejects(p, q));
  });

  it('with no rejection the threshold is t/m', () => {
    expect(correctedThresholds([0.3, 0.6], [0.05, 0.05], 'fdr')).toEqual([0.025, 0.025]);
  });

  it('nextUp is the next double', () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextUp(0.04)).toBeGreaterThan(0.04);
  });
});
