// drift.decide_on: effect (issue 16, part 1) through the gate's drift section: a distance drifts only when
// its interval's lower end reaches the threshold; auto picks a distance at every size; many categories are
// decided on the collapsed table; p-value tests keep significance and min_effect; the report carries the
// interval and the settings, and the message says why in words.
import { describe, expect, it } from 'vitest';
import { buildDrift } from '../../src/gate/drift.js';
import type { Config } from '../../src/config/types.js';
import type { Table } from '../../src/contract/table.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { cat, config, normal, num, table } from './helpers.js';

const drift = (c: Config, r: Table, cu: Table) =>
  buildDrift(c, r, cu, undefined, inProcessExecutor({ threads: 1, eager: true }));

/** n labels of a Zipf law over k categories, deterministic (the i-th row takes the (i + ½)/n quantile) */
function zipf(n: number, k: number, offset: number): string[] {
  const w = Array.from({ length: k }, (_, i) => 1 / (i + 1));
  const total = w.reduce((s, x) => s + x, 0);
  const cdf: number[] = [];
  let c = 0;
  for (const x of w) cdf.push((c += x / total));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    // a low-discrepancy sequence with its own offset per side: same law, different rows
    const u = (i * 0.6180339887498949 + offset) % 1;
    out.push(`c${cdf.findIndex((x) => x > u)}`);
  }
  return out;
}

describe('drift.decide_on: effect', async () => {
  const small = 300;
  const reference = table('ref.parquet', [
    num('noise', normal(small, 0, 1, 11)),
    num('moved', normal(small, 0, 1, 12)),
    cat('merchant', zipf(small, 1000, 0.1)),
  ]);
  const current = table('cur.parquet', [
    num('noise', normal(small, 0, 1, 21)),
    num('moved', normal(small, 1, 1, 22)),
    cat('merchant', zipf(small, 1000, 0.35)),
  ]);
  const effect = await drift(config({ drift: { decide_on: 'effect' } }), reference, current);
  const point = await drift(
    config({ drift: { method: 'wasserstein', features: { merchant: { method: 'jensen_shannon' } } } }),
    reference,
    current,
  );
  const feature = (r: typeof effect, name: string) => r.drift.features.find((f) => f.name === name)!;
  const message = (r: typeof effect, name: string) => r.checks.find((c) => c.id === `drift.${name}`)!.message;

  it('records the rule and its interval settings in the drift section', () => {
    expect(effect.drift.decideOn).toBe('effect');
    expect(effect.drift.interval).toEqual({
      method: 'basic_bootstrap',
      confidence: 0.95,
      resamples: 400,
      seed: 42,
    });
    expect(point.drift.decideOn).toBe('point');
    expect(point.drift.interval).toBeUndefined();
    expect(feature(point, 'noise').interval).toBeUndefined();
  });

  it("uses the effect rule's default thresholds: 0.05 for wasserstein and jensen_shannon, 0.1 for psi", async () => {
    expect(feature(effect, 'noise').threshold).toBe(0.05);
    expect(feature(effect, 'merchant').threshold).toBe(0.05);
    expect(feature(point, 'noise').threshold).toBe(0.1);
    const psi = await drift(config({ drift: { decide_on: 'effect', method: 'psi' } }), reference, current);
    expect(psi.drift.features.find((f) => f.name === 'noise')!.threshold).toBe(0.1);
    const set = await drift(config({ drift: { decide_on: 'effect', threshold: 0.2 } }), reference, current);
    expect(set.drift.features.find((f) => f.name === 'noise')!.threshold).toBe(0.2);
  });

  it('picks a distance under auto at 300 rows (no switch to ks / chi2)', () => {
    expect(feature(effect, 'noise').method).toBe('wasserstein');
    expect(feature(effect, 'merchant').method).toBe('jensen_shannon');
  });

  it('calls a 1 sd shift drift on its lower end, with the interval in the record and the words', () => {
    const f = feature(effect, 'moved');
    expect(f.drifted).toBe(true);
    expect(f.interval!.lower).toBeGreaterThanOrEqual(0.05);
    expect(f.interval!.lower).toBeLessThan(f.score!);
    expect(f.interval!.upper).toBeGreaterThan(f.score!);
    expect(message(effect, 'moved')).toMatch(
      /^moved drifted: wasserstein [01]\.\d+ \(95% CI 0\.\d+ to [01]\.\d+, bias-corrected\), lower end 0\.\d+ ≥ 0\.05$/,
    );
  });

  it('keeps a noise-sized distance out of drift when its lower end is below the threshold', () => {
    const f = feature(effect, 'noise');
    expect(f.interval!.lower).toBeLessThan(f.threshold!);
    expect(f.drifted).toBe(false);
    expect(f.score).toBe(feature(point, 'noise').score);
  });

  it('decides a 1000-category feature on the collapsed table, where the point rule flags identical laws', () => {
    expect(feature(point, 'merchant').score).toBeGreaterThan(0.1);
    expect(feature(point, 'merchant').drifted).toBe(true);
    const f = feature(effect, 'merchant');
    expect(f.drifted).toBe(false);
    expect(f.binning).toMatch(
      /^on the reference's \d+ most frequent of \d+ categories \(each expected 5\+ times/,
    );
    // the reported score is the collapsed distance, the stats keep the full-table one (SciPy's)
    expect(f.score).toBeLessThan(f.stats.jensen_shannon!);
    expect(message(effect, 'merchant')).toContain(f.binning!);
  });

  it('says when the point reaches the threshold but the interval does not', async () => {
    // a 0.2 sd shift on 300 rows: W ≈ 0.2 ≥ 0.1, yet a 95% interval reaches below 0.1 some of the time;
    // the threshold is set just under the point so that the words must appear
    const r = table('r.parquet', [num('x', normal(small, 0, 1, 31))]);
    const c = table('c.parquet', [num('x', normal(small, 0.2, 1, 32))]);
    const probe = await drift(config({ drift: { decide_on: 'effect' } }), r, c);
    const f0 = probe.drift.features[0]!;
    const t = Math.max(f0.interval!.lower + 1e-3, f0.score! - 1e-3);
    const res = await drift(config({ drift: { decide_on: 'effect', threshold: t } }), r, c);
    const f = res.drift.features[0]!;
    expect(f.score).toBeGreaterThanOrEqual(t);
    expect(f.drifted).toBe(false);
    expect(res.checks.find((x) => x.id === 'drift.x')!.message).toMatch(
      /lower end .+ < .+: reaches the threshold, but may be sampling noise at these sizes$/,
    );
  });

  it('keeps a p-value test on significance and min_effect (no interval)', async () => {
    const res = await drift(
      config({ drift: { decide_on: 'effect', method: 'ks', min_effect: { ks: 0.2 } } }),
      reference,
      current,
    );
    const f = res.drift.features.find((x) => x.name === 'moved')!;
    expect(f.method).toBe('ks');
    expect(f.interval).toBeUndefined();
    expect(f.effect!.min).toBe(0.2);
    expect(f.drifted).toBe(true);
  });

  it('gives the same intervals for the same seed', async () => {
    const again = await drift(config({ drift: { decide_on: 'effect' } }), reference, current);
    expect(again.drift.features.map((f) => f.interval)).toEqual(effect.drift.features.map((f) => f.interval));
  });
});
