// buildDrift end to end on in-memory tables: feature choice, kind reconciliation, skips, checks, messages.
import { describe, expect, it } from 'vitest';
import { isGateError } from '../../src/errors.js';
import { buildDrift, type PredictionSource } from '../../src/gate/drift.js';
import type { Config } from '../../src/config/types.js';
import type { Table } from '../../src/contract/table.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import type { Check } from '../../src/contract/report.js';
import { cat, config, normal, num, table } from './helpers.js';

function check(checks: Check[], id: string): Check {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`);
  return c;
}

const letters = (n: number, seed: number, alphabet: string[], weights: number[]): string[] => {
  const out: string[] = [];
  const u = normal(n, 0, 1, seed);
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < n; i++) {
    const x = 0.5 * (1 + Math.tanh(u[i]! * 0.8)) * total; // a deterministic spread over [0, total)
    let acc = 0;
    let k = 0;
    while (k < weights.length - 1 && x >= acc + weights[k]!) acc += weights[k++]!;
    out.push(alphabet[k]!);
  }
  return out;
};

/** the one drift API on the in-process executor (the workers' code, run here) */
const drift = (c: Config, r: Table, cu: Table, p?: PredictionSource) =>
  buildDrift(c, r, cu, p, inProcessExecutor({ threads: 1, eager: true }));

describe('buildDrift', async () => {
  const n = 3000;
  const reference = table('ref.parquet', [
    num('amount', normal(n, 100, 20, 1)),
    num('stable', normal(n, 0, 1, 2)),
    cat('merchant', letters(n, 3, ['a', 'b', 'c', 'd'], [4, 3, 2, 1])),
    num('label', normal(n, 0, 1, 4)),
    num('score', normal(n, 0.3, 0.1, 5)),
  ]);
  const current = table('cur.parquet', [
    num('amount', normal(n, 115, 20, 6)),
    num('stable', normal(n, 0, 1, 7)),
    cat('merchant', letters(n, 8, ['a', 'b', 'c', 'd', 'crypto', 'bnpl'], [3, 3, 2, 1, 1, 0.5])),
    num('label', normal(n, 3, 1, 9)),
    num('score', normal(n, 0.45, 0.1, 10)),
  ]);
  const c = config({ columns: { target: 'label', score: 'score' } });
  const result = await drift(c, reference, current, {
    reference: reference.columns.get('score')!,
    current: current.columns.get('score')!,
    label: 'score',
  });

  it('tests the shared columns minus target and score, in reference order', async () => {
    expect(result.drift.features.map((f) => f.name)).toEqual(['amount', 'stable', 'merchant']);
    expect(result.drift.rows).toEqual({ reference: n, current: n });
  });

  it('picks by the auto rule and reports drift with a plain message', async () => {
    const amount = result.drift.features[0]!;
    expect(amount.method).toBe('wasserstein');
    expect(amount.drifted).toBe(true);
    expect(amount.stats.ks?.pValue).toBeLessThan(1e-10);
    expect(amount.stats.psi).toBeGreaterThan(0.1);
    const ch = check(result.checks, 'drift.amount');
    expect(ch.status).toBe('warn');
    expect(ch.group).toBe('drift');
    expect(ch.message).toMatch(/^amount drifted: wasserstein 0\.\d+ ≥ 0\.1$/);
    const stable = check(result.checks, 'drift.stable');
    expect(stable.status).toBe('pass');
    expect(stable.message).toMatch(/^stable stable: wasserstein 0\.0\d* < 0\.1$/);
  });

  it('carries chi2 and psi for categorical features and lists new categories', async () => {
    const m = result.drift.features[2]!;
    expect(m.kind).toBe('categorical');
    expect(m.method).toBe('jensen_shannon');
    expect(m.stats.chi2?.dof).toBe(5);
    expect(typeof m.stats.psi).toBe('number');
    const q = result.quality.columns.find((x) => x.name === 'merchant')!;
    expect(q.newCategories?.count).toBe(2);
    const nc = check(result.checks, 'quality.new_categories.merchant');
    expect(nc.status).toBe('warn');
    expect(nc.message).toMatch(
      /^merchant: 2 new categories \(\d+(\.\d)?% of current\), e\.g\. 'crypto', 'bnpl'$/,
    );
  });

  it('computes dataset drift over tested features', async () => {
    const d = check(result.checks, 'drift.dataset');
    const drifted = result.drift.features.filter((f) => f.drifted).length;
    expect(result.drift.share).toBeCloseTo(drifted / 3, 12);
    expect(d.value).toBe(result.drift.share);
    expect(d.status).toBe(drifted / 3 >= 0.5 ? 'fail' : 'pass');
  });

  it('checks prediction drift on the score column', async () => {
    expect(result.predictionDrift?.name).toBe('score');
    expect(result.predictionDrift?.kind).toBe('numerical');
    const p = check(result.checks, 'prediction_drift');
    expect(p.group).toBe('prediction_drift');
    expect(p.status).toBe('warn');
    expect(p.message).toMatch(/^prediction 'score' drifted: wasserstein \d\.\d+ ≥ 0\.1$/);
  });

  it('summarises both sides on common histogram bins', async () => {
    const a = result.drift.features[0]!;
    expect(a.reference?.histogram.edges).toEqual(a.current?.histogram.edges);
    expect(a.reference?.histogram.counts.reduce((x, y) => x + y, 0)).toBe(n);
    const s = a.reference!.summary as { count: number; quantiles: Record<string, number> };
    expect(s.count).toBe(n);
    expect(Object.keys(s.quantiles)).toEqual(['p01', 'p05', 'p25', 'p50', 'p75', 'p95', 'p99']);
    const m = result.drift.features[2]!;
    expect(m.reference?.histogram.labels).toEqual(m.current?.histogram.labels);
  });

  it('passes the schema check when both files have the same features', async () => {
    expect(check(result.checks, 'quality.schema').status).toBe('pass');
  });
});

describe('kinds across files', async () => {
  const ints = (n: number, k: number, seed: number): number[] =>
    Array.from(normal(n, 0, 1, seed), (v) => Math.abs(Math.round(v * 3)) % k);

  it('an integer column categorical in reference but numerical in current is compared as categories', async () => {
    const r = ints(500, 6, 1);
    const cu = ints(500, 12, 2);
    const ref = table('r.csv', [cat('tier', r.map(String), 'integer')]);
    const cur = table('c.csv', [num('tier', cu, 'integer')]);
    const out = await drift(config(), ref, cur);
    const f = out.drift.features[0]!;
    expect(f.kind).toBe('categorical');
    expect(f.skipped).toBeUndefined();
    expect(out.quality.schema.kindChanges).toEqual([]);
    const labels = new Set([...r, ...cu].map(String));
    expect(
      (f.reference!.summary as { distinct: number }).distinct +
        (f.current!.summary as { distinct: number }).distinct,
    ).toBeGreaterThan(0);
    expect(out.quality.columns[0]!.newCategories?.count).toBe(labels.size - new Set(r).size);
  });

  it('a numerical reference column read as categories in current is parsed back to numbers', async () => {
    const r = Array.from({ length: 400 }, (_, i) => 18 + (i % 40));
    const cu = Array.from({ length: 400 }, (_, i) => 18 + (i % 8));
    const ref = table('r.csv', [num('age', r, 'integer')]);
    const cur = table('c.csv', [cat('age', cu.map(String), 'integer')]);
    const out = await drift(config(), ref, cur);
    const f = out.drift.features[0]!;
    expect(f.kind).toBe('numerical');
    expect((f.current!.summary as { max: number }).max).toBe(25);
  });

  it('text where the reference holds numbers is a schema kind change, not a crash', async () => {
    const ref = table('r.csv', [num('zip', [1, 2, 3, 4])]);
    const cur = table('c.csv', [cat('zip', ['a1', 'b2', '3', '4'])]);
    const out = await drift(config(), ref, cur);
    expect(out.quality.schema.kindChanges).toEqual([
      { name: 'zip', reference: 'numerical', current: 'categorical' },
    ]);
    const s = check(out.checks, 'quality.schema');
    expect(s.status).toBe('fail');
    expect(s.message).toBe(
      "schema differs between reference and current: kind changed: 'zip' (numerical in reference, categorical in current)",
    );
    expect(check(out.checks, 'drift.zip').status).toBe('skip');
    expect(check(out.checks, 'drift.zip').message).toBe(
      'zip not tested: kind differs: numerical in reference, categorical in current',
    );
  });

  it('a feature configured numerical that holds text is an input error naming the value', async () => {
    const ref = table('r.csv', [num('amount', [1, 2, 3])]);
    const cur = table('c.csv', [cat('amount', ['1', 'n/a?', '3'])]);
    const c = config({ columns: { features: { numerical: ['amount'] } } });
    let err: unknown;
    try {
      await drift(c, ref, cur);
    } catch (e) {
      err = e;
    }
    expect(isGateError(err)).toBe(true);
    expect((err as Error).message).toBe(
      "column 'amount' in c.csv is configured numerical but holds text: 'n/a?'",
    );
  });
});

describe('untestable features are skips with the reason', async () => {
  it.each([
    ['all missing in current', [1, 2, 3], [NaN, NaN, NaN], 'all values missing in current'],
    ['infinities are missing', [1, 2, 3], [Infinity, -Infinity, NaN], 'all values missing in current'],
    [
      'one value on each side, the same',
      [5, 5, 5],
      [5, 5],
      'one value only (5) in both reference and current',
    ],
    ['fewer than 2 values', [1, 2, 3], [4, NaN], 'fewer than 2 values in current (1)'],
  ])('%s', async (_label, r, cu, reason) => {
    const out = await drift(config(), table('r', [num('x', r)]), table('c', [num('x', cu)]));
    const f = out.drift.features[0]!;
    expect(f.skipped).toBe(reason);
    expect(f.score).toBeNull();
    const ch = check(out.checks, 'drift.x');
    expect(ch.status).toBe('skip');
    expect(ch.message).toBe(`x not tested: ${reason}`);
    expect(check(out.checks, 'drift.dataset').status).toBe('skip');
  });

  it('a constant side at another value than the other side is tested (and drifts)', async () => {
    const out = await drift(
      config(),
      table('r', [num('x', [1, 1, 1, 1])]),
      table('c', [num('x', [2, 2, 2])]),
    );
    const f = out.drift.features[0]!;
    expect(f.skipped).toBeUndefined();
    expect(f.method).toBe('chi2');
    expect(f.drifted).toBe(true);
    expect(check(out.checks, 'quality.constant.x').message).toBe(
      'x: one value only in both reference and current',
    );
  });

  it('counts ±Infinity as missing and flags the rise of the missing share', async () => {
    const r = Array.from({ length: 100 }, (_, i) => i);
    const cu = r.map((v, i) => (i % 5 === 0 ? Infinity : v));
    const out = await drift(config(), table('r', [num('x', r)]), table('c', [num('x', cu)]));
    expect(out.quality.columns[0]!.missing).toEqual({ reference: 0, current: 0.2 });
    const m = check(out.checks, 'quality.missing.x');
    expect(m.status).toBe('warn');
    expect(m.value).toBeCloseTo(0.2, 12);
    expect(m.message).toBe(
      'x: 20% missing in current (incl. 20 ±Infinity) vs 0% in reference (+20 points; allowed +5)',
    );
    expect(out.quality.columns[0]!.nonFinite).toEqual({ reference: 0, current: 20 });
  });
});

describe('schema', async () => {
  it('lists inferred features found in one file only, without failing', async () => {
    const ref = table('r', [num('a', [1, 2, 3]), num('gone', [1, 2, 3])]);
    const cur = table('c', [num('a', [1, 2, 4]), num('new', [1, 2, 3])]);
    const out = await drift(config(), ref, cur);
    expect(out.quality.schema.missingInCurrent).toEqual(['gone']);
    expect(out.quality.schema.missingInReference).toEqual(['new']);
    expect(out.drift.features.map((f) => f.name)).toEqual(['a']);
    expect(check(out.checks, 'quality.schema').message).toBe(
      "schema: every feature tested is in both files with the same kind; only in reference (not tested): 'gone'; only in current (not tested): 'new'",
    );
    expect(check(out.checks, 'quality.schema').status).toBe('pass');
  });

  it('a configured feature absent from current is a skip and a schema failure', async () => {
    const c = config({ columns: { features: { numerical: ['a', 'b'] } } });
    const out = await drift(
      c,
      table('r', [num('a', [1, 2, 3]), num('b', [1, 2, 3])]),
      table('c', [num('a', [1, 2, 3])]),
    );
    expect(check(out.checks, 'drift.b').message).toBe('b not tested: column not in current');
    expect(out.quality.schema.missingInCurrent).toEqual(['b']);
    expect(check(out.checks, 'quality.schema').status).toBe('fail');
    expect(check(out.checks, 'quality.schema').message).toBe(
      "schema differs between reference and current: configured but missing in current: 'b'",
    );
  });
});

describe('correction and configuration', async () => {
  const ref = table('r', [
    num('a', normal(300, 0, 1, 1)),
    num('b', normal(300, 0, 1, 2)),
    num('c', normal(300, 0, 1, 3)),
  ]);
  const cur = table('c', [
    num('a', normal(300, 0.4, 1, 4)),
    num('b', normal(300, 0.05, 1, 5)),
    num('c', normal(300, 0, 1, 6)),
  ]);

  it('bonferroni divides the p-value thresholds by the number of p-value tests', async () => {
    const out = await drift(config({ drift: { correction: 'bonferroni' } }), ref, cur);
    for (const f of out.drift.features) {
      expect(f.method).toBe('ks');
      expect(f.threshold).toBeCloseTo(0.05 / 3, 15);
    }
    expect(out.drift.correction).toBe('bonferroni');
  });

  it('per-feature method and threshold override auto', async () => {
    const out = await drift(
      config({ drift: { features: { a: { method: 'psi', threshold: 0.3 } } } }),
      ref,
      cur,
    );
    const a = out.drift.features[0]!;
    expect(a.method).toBe('psi');
    expect(a.threshold).toBe(0.3);
    expect(a.score).toBe(a.stats.psi);
  });

  it('cramer_von_mises is computed only when it decides', async () => {
    const out = await drift(config({ drift: { method: 'cramer_von_mises' } }), ref, cur);
    expect(out.drift.features[0]!.stats.cramer_von_mises?.pValue).toBe(out.drift.features[0]!.score);
    const auto = await drift(config(), ref, cur);
    expect(auto.drift.features[0]!.stats.cramer_von_mises).toBeUndefined();
  });
});

describe('prediction drift', async () => {
  it('compares predicted classes as categories', async () => {
    const ref = table('r', [cat('pred', letters(2000, 1, ['0', '1'], [8, 2]), 'integer')]);
    const cur = table('c', [cat('pred', letters(2000, 2, ['0', '1'], [6, 4]), 'integer')]);
    const c = config({ columns: { prediction: 'pred' } });
    const out = await drift(c, ref, cur, {
      reference: ref.columns.get('pred')!,
      current: cur.columns.get('pred')!,
      label: 'pred',
    });
    expect(out.predictionDrift?.kind).toBe('categorical');
    expect(out.predictionDrift?.method).toBe('jensen_shannon');
    expect(out.drift.features).toEqual([]);
  });

  it('is a skip when current has no prediction column', async () => {
    const ref = table('r', [num('x', [1, 2, 3]), num('score', [0.1, 0.2, 0.3])]);
    const cur = table('c', [num('x', [1, 2, 3])]);
    const out = await drift(config({ columns: { score: 'score' } }), ref, cur, {
      reference: ref.columns.get('score')!,
      current: null,
      label: 'score',
    });
    expect(out.predictionDrift).toBeNull();
    expect(check(out.checks, 'prediction_drift').message).toBe(
      "prediction drift not tested: column 'score' not in current",
    );
  });
});

describe('report schema', async () => {
  it('drift, prediction drift and quality sections validate against report.json schema after a JSON round trip', async () => {
    const { REPORT_SCHEMA } = await import('../../src/contract/report-schema.js');
    const ref = table('r', [
      num('a', normal(1500, 0, 1, 1)),
      num('gone', [...normal(1499, 0, 1, 2), Infinity]),
      num('flat', new Array(1500).fill(1)),
      cat('k', letters(1500, 3, ['x', 'y'], [1, 1])),
      num('score', normal(1500, 0.2, 0.1, 4)),
    ]);
    const cur = table('c', [
      num('a', normal(1200, 0.3, 1, 5)),
      num('flat', new Array(1200).fill(NaN)),
      cat('k', letters(1200, 6, ['x', 'y', 'z'], [1, 1, 1])),
      num('score', normal(1200, 0.3, 0.1, 7)),
    ]);
    const out = await drift(config({ columns: { score: 'score' } }), ref, cur, {
      reference: ref.columns.get('score')!,
      current: cur.columns.get('score')!,
      label: 'score',
    });
    const report = JSON.parse(
      JSON.stringify({
        schemaVersion: 1,
        tool: { name: 'model-gate', version: '0' },
        createdAt: '2026-01-01T00:00:00Z',
        gateId: 'g',
        verdict: 'warn',
        summary: { passed: 0, warned: 0, failed: 0, skipped: 0 },
        checks: out.checks,
        inputs: {},
        settings: {},
        performance: null,
        drift: out.drift,
        predictionDrift: out.predictionDrift,
        quality: out.quality,
        skipped: [],
      }),
    );
    const parsed = REPORT_SCHEMA.safeParse(report);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(new Set(out.checks.map((c) => c.id)).size).toBe(out.checks.length);
  });
});
