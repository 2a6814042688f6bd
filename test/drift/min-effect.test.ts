// drift.min_effect (issue 16, part 1): a significant p-value test is called drift only when its effect size
// reaches the floor; the report carries the effect, the floor and the significance, and says why in words.
import { describe, expect, it } from 'vitest';
import { buildDrift, type PredictionSource } from '../../src/gate/drift.js';
import type { Config } from '../../src/config/types.js';
import type { Table } from '../../src/contract/table.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { normalCdf } from '../../src/stats/normal.js';
import { cat, config, normal, num, table } from './helpers.js';

const drift = (c: Config, r: Table, cu: Table, p?: PredictionSource) =>
  buildDrift(c, r, cu, p, inProcessExecutor({ threads: 1, eager: true }));

/** n labels with the given shares of 'a', 'b', 'c', laid out deterministically */
function shares(n: number, p: [number, number, number]): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const u = (i + 0.5) / n;
    out.push(u < p[0] ? 'a' : u < p[0] + p[1] ? 'b' : 'c');
  }
  return out;
}

describe('drift.min_effect', async () => {
  const n = 50_000;
  const reference = table('ref.parquet', [
    num('tiny', normal(n, 0, 1, 1)),
    num('large', normal(n, 0, 1, 2)),
    num('cvm', normal(n, 0, 1, 3)),
    cat('plan', shares(n, [0.5, 0.3, 0.2])),
  ]);
  const current = table('cur.parquet', [
    num('tiny', normal(n, 0.05, 1, 4)),
    num('large', normal(n, 0.5, 1, 5)),
    num('cvm', normal(n, 0.05, 1, 6)),
    cat('plan', shares(n, [0.48, 0.31, 0.21])),
  ]);
  const settings = {
    method: 'ks',
    min_effect: { ks: 0.05, chi2: 0.1 },
    features: {
      plan: { method: 'chi2' },
      cvm: { method: 'cramer_von_mises', min_effect: 0.0001 },
    },
  };
  const floored = await drift(config({ drift: settings }), reference, current);
  const plain = await drift(
    config({
      drift: {
        ...settings,
        min_effect: null,
        features: { plan: { method: 'chi2' }, cvm: { method: 'cramer_von_mises' } },
      },
    }),
    reference,
    current,
  );
  const feature = (r: typeof floored, name: string) => r.drift.features.find((f) => f.name === name)!;
  const message = (r: typeof floored, name: string) =>
    r.checks.find((c) => c.id === `drift.${name}`)!.message;

  it('keeps a significant but small KS shift out of drift, and says so', () => {
    const f = feature(floored, 'tiny');
    expect(f.score).toBeLessThan(1e-6);
    expect(f.effect).toEqual({
      measure: 'ks_statistic',
      value: f.stats.ks!.statistic,
      min: 0.05,
      significant: true,
    });
    // two normals 0.05 sd apart are 2Φ(0.025) − 1 ≈ 0.020 apart in KS; the sample's D is within 0.01
    expect(Math.abs(f.effect!.value - (2 * normalCdf(0.025) - 1))).toBeLessThan(0.01);
    expect(f.drifted).toBe(false);
    expect(message(floored, 'tiny')).toMatch(
      /^tiny stable: ks p-value .+ < 0\.05 but KS statistic 0\.0\d+ < min_effect 0\.05: significant, too small to call drift$/,
    );
    expect(feature(plain, 'tiny').drifted).toBe(true);
    expect(feature(plain, 'tiny').effect!.min).toBeNull();
  });

  it('calls a large shift drift under the same floor', () => {
    const f = feature(floored, 'large');
    expect(f.effect!.value).toBeGreaterThan(0.15);
    expect(f.drifted).toBe(true);
    expect(message(floored, 'large')).toMatch(
      /drifted: ks p-value .+ < 0\.05 and KS statistic 0\.\d+ ≥ min_effect 0\.05$/,
    );
  });

  it("measures chi2 by Cramér's V of the 2 × k table", () => {
    const f = feature(floored, 'plan');
    // by hand: the table [[25000, 15000, 10000], [24000, 15500, 10500]]
    const rows = [
      [25000, 15000, 10000],
      [24000, 15500, 10500],
    ];
    const total = 2 * n;
    let chi2 = 0;
    for (let j = 0; j < 3; j++) {
      const col = rows[0]![j]! + rows[1]![j]!;
      for (const r of rows) {
        const e = (n * col) / total;
        chi2 += (r[j]! - e) ** 2 / e;
      }
    }
    expect(f.stats.chi2!.statistic).toBeCloseTo(chi2, 8);
    expect(f.effect!.measure).toBe('cramers_v');
    expect(f.effect!.value).toBeCloseTo(Math.sqrt(chi2 / total), 12);
    expect(f.effect!.significant).toBe(true);
    expect(f.drifted).toBe(false);
    expect(feature(plain, 'plan').drifted).toBe(true);
  });

  it('takes a per-feature floor over the global one, for cramer_von_mises as ω²', () => {
    const f = feature(floored, 'cvm');
    const t = f.stats.cramer_von_mises!.statistic;
    expect(f.effect).toEqual({
      measure: 'omega_squared',
      value: (t * 2 * n) / (n * n),
      min: 0.0001,
      significant: true,
    });
    // ω² of two normals 0.05 sd apart is about 0.05² / (4·√3·π) ≈ 1.1e-4 (small-shift expansion): near the floor
    expect(f.effect!.value).toBeGreaterThan(2e-5);
    expect(f.effect!.value).toBeLessThan(5e-4);
    expect(f.drifted).toBe(f.effect!.value >= 0.0001);
  });

  it('counts only features that reach the floor toward dataset drift', () => {
    expect(
      floored.drift.features
        .filter((f) => f.drifted)
        .map((f) => f.name)
        .sort(),
    ).toEqual(['large', ...(feature(floored, 'cvm').drifted ? ['cvm'] : [])].sort());
    expect(plain.drift.features.every((f) => f.drifted)).toBe(true);
  });

  it('floors prediction drift by prediction_drift.min_effect', async () => {
    const c = config({ prediction_drift: { method: 'ks', min_effect: 0.05 } });
    const r = await drift(c, reference, current, {
      reference: reference.columns.get('tiny')!,
      current: current.columns.get('tiny')!,
      label: 'tiny',
    });
    expect(r.predictionDrift!.effect).toMatchObject({
      measure: 'ks_statistic',
      min: 0.05,
      significant: true,
    });
    expect(r.predictionDrift!.drifted).toBe(false);
    expect(r.checks.find((x) => x.id === 'prediction_drift')!.status).toBe('pass');
  });
});
