// buildPerformance / performanceColumns on in-memory tables: preparation, pairing, bad input (exact
// messages), rules → checks, segments, production, curves.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { performanceConfig, type PerformanceConfig } from '../../src/config/types.js';
import { GateError } from '../../src/errors.js';
import type { Column, Table } from '../../src/contract/table.js';
import {
  buildPerformance as build,
  MIN_SEGMENT_ROWS,
  type PerformanceTables,
} from '../../src/gate/performance.js';
import { performanceColumns } from '../../src/prepare/plan.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { evaluate } from '../../src/metrics/intervals.js';
import { createRng } from '../../src/stats/random.js';

function config(record: Record<string, unknown>): PerformanceConfig {
  return performanceConfig(resolveConfig({ path: '/w/model-gate.yml', record }, {}, '/w'));
}

function num(name: string, values: ArrayLike<number>): Column {
  return { kind: 'numerical', name, source: 'float', values: Float64Array.from(values), nonFinite: 0 };
}

function cat(name: string, values: readonly (string | null)[]): Column {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return -1;
    let c = index.get(v);
    if (c === undefined) {
      c = dictionary.length;
      index.set(v, c);
      dictionary.push(v);
    }
    return c;
  });
  return { kind: 'categorical', name, source: 'string', codes, dictionary };
}

function table(path: string, columns: Column[]): Table {
  const rows = columns[0]
    ? columns[0].kind === 'numerical'
      ? columns[0].values.length
      : columns[0].codes.length
    : 0;
  return {
    path,
    format: 'csv',
    rows,
    columnNames: columns.map((c) => c.name),
    columns: new Map(columns.map((c) => [c.name, c])),
  };
}

function errorOf(f: () => unknown): GateError {
  try {
    f();
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError');
}

/** n rows of a binary problem: labels, a good and a weaker score, ids, a segment column */
function binaryData(n: number, seed = 1) {
  const rng = createRng(seed);
  const y = Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
  const noisy = (signal: number): number[] =>
    y.map(
      (v) =>
        Math.round(1000 / (1 + Math.exp(-(signal * (2 * v - 1) + 2 * (rng.nextFloat() - 0.5) * 2)))) / 1000,
    );
  const ids = y.map((_, i) => `id${i}`);
  const country = y.map((_, i) => (i % 10 === 0 ? 'FR' : i % 2 === 0 ? 'DE' : 'US'));
  return { y, good: noisy(1.5), weak: noisy(0.8), ids, country };
}

const BASE = {
  task: 'binary',
  columns: { target: 'label', score: 'score' },
  performance: { resamples: 400, seed: 3 },
};

/** performance on the in-process executor with one pretend worker: the shared-resample job runs here */
const buildPerformance = (c: PerformanceConfig, tables: PerformanceTables) =>
  build(c, tables, inProcessExecutor({ threads: 1, eager: true }));

describe('performanceColumns', () => {
  it('reads the target, outputs and segments with forced kinds, the id exactly with the kind it has', () => {
    const c = config({
      ...BASE,
      columns: { target: 'label', score: 'score', prediction: 'pred', id: 'rid', segments: ['country'] },
    });
    expect(performanceColumns(c, 'holdout', ['rid', 'label', 'score', 'pred', 'country', 'x'])).toEqual({
      columns: ['label', 'pred', 'score', 'rid', 'country'],
      kinds: {
        label: 'categorical',
        pred: 'categorical',
        score: 'numerical',
        country: 'categorical',
      },
      exact: ['rid'],
    });
    // the baseline without a target column, only a score; the current without id or segments
    expect(performanceColumns(c, 'baseline', ['rid', 'score'])).toEqual({
      columns: ['score', 'rid'],
      kinds: { score: 'numerical' },
      exact: ['rid'],
    });
    expect(performanceColumns(c, 'current', ['label', 'score', 'country']).columns).toEqual([
      'label',
      'score',
    ]);
    // no output column present: the configured ones are listed so the reader names the missing one
    expect(performanceColumns(c, 'holdout', ['label']).columns).toEqual([
      'label',
      'pred',
      'score',
      'rid',
      'country',
    ]);
  });

  it('finds multiclass probability columns by prefix; regression reads numbers', () => {
    const m = config({ task: 'multiclass', columns: { target: 'y', scores_prefix: 'p_' } });
    expect(performanceColumns(m, 'holdout', ['y', 'p_a', 'p_b', 'other'])).toEqual({
      columns: ['y', 'p_a', 'p_b'],
      kinds: { y: 'categorical', p_a: 'numerical', p_b: 'numerical' },
    });
    const r = config({ task: 'regression', columns: { target: 'y', prediction: 'yhat' } });
    expect(performanceColumns(r, 'holdout', ['y', 'yhat']).kinds).toEqual({
      y: 'numerical',
      yhat: 'numerical',
    });
  });
});

describe('buildPerformance: binary', () => {
  const d = binaryData(600);
  const holdout = table('holdout.csv', [
    cat('label', d.y.map(String)),
    num('score', d.good),
    cat('country', d.country),
    cat('rid', d.ids),
  ]);
  const baseline = table('baseline.csv', [num('score', d.weak), cat('rid', d.ids)]);

  it('computes every metric as src/metrics does, with paired deltas and curves', () => {
    const c = config(BASE);
    const { section } = buildPerformance(c, { holdout, baseline, current: null });
    const y = Uint8Array.from(d.y);
    const direct = evaluate(
      {
        task: 'binary',
        data: {
          y,
          score: Float64Array.from(d.good),
          pred: Uint8Array.from(d.good, (s) => (s >= 0.5 ? 1 : 0)),
        },
      },
      {
        task: 'binary',
        data: {
          y,
          score: Float64Array.from(d.weak),
          pred: Uint8Array.from(d.weak, (s) => (s >= 0.5 ? 1 : 0)),
        },
      },
      { method: 'auto', resamples: 400, confidence: 0.95, seed: 3 },
    );
    expect(section.candidate.metrics.roc_auc!.method).toBe('bootstrap');
    expect(section.candidate.metrics).toEqual(direct.candidate);
    expect(section.baseline!.metrics).toEqual(direct.baseline);
    expect(section.deltas).toEqual(direct.deltas);
    expect(section.positiveLabel).toBe('1');
    expect(section.classes).toEqual(['0', '1']);
    expect(section.decisionThreshold).toBe(0.5);
    const curves = section.curves.candidate;
    expect(curves.roc!.fpr.length).toBeLessThanOrEqual(200);
    expect(curves.roc!.fpr[0]).toBe(0);
    expect(curves.roc!.tpr.at(-1)).toBe(1);
    expect(curves.calibration!.count.reduce((a, b) => a + b, 0)).toBe(600);
    const m = curves.confusion!.matrix;
    expect(m[0]![0]! + m[0]![1]! + m[1]![0]! + m[1]![1]!).toBe(600);
    expect(section.curves.baseline).not.toBeNull();
  });

  it('pairs baseline rows by id whatever their order', () => {
    const c = config({ ...BASE, columns: { target: 'label', score: 'score', id: 'rid' } });
    const perm = d.ids.map((_, i) => (i * 7) % 600); // 7 is coprime with 600: a permutation
    const shuffled = table('baseline.csv', [
      num(
        'score',
        perm.map((i) => d.weak[i]!),
      ),
      cat(
        'rid',
        perm.map((i) => d.ids[i]!),
      ),
    ]);
    const byOrder = buildPerformance(config(BASE), { holdout, baseline, current: null }).section;
    const byId = buildPerformance(c, { holdout, baseline: shuffled, current: null }).section;
    expect(byId.deltas).toEqual(byOrder.deltas);
  });

  it('numerical ids pair by number, and numbers pair with the same ids written as text', () => {
    const c = config({ ...BASE, columns: { target: 'label', score: 'score', id: 'rid' } });
    const perm = d.ids.map((_, i) => (i * 7) % 600);
    const numbers = (rows: readonly number[]) =>
      num(
        'rid',
        rows.map((i) => 1000 + 3 * i),
      );
    const h = table('holdout.csv', [
      cat('label', d.y.map(String)),
      num('score', d.good),
      numbers(d.ids.map((_, i) => i)),
    ]);
    const b = table('baseline.csv', [
      num(
        'score',
        perm.map((i) => d.weak[i]!),
      ),
      numbers(perm),
    ]);
    const text = table('baseline.csv', [
      num(
        'score',
        perm.map((i) => d.weak[i]!),
      ),
      cat(
        'rid',
        perm.map((i) => String(1000 + 3 * i)),
      ),
    ]);
    const byOrder = buildPerformance(config(BASE), { holdout, baseline, current: null }).section;
    expect(buildPerformance(c, { holdout: h, baseline: b, current: null }).section.deltas).toEqual(
      byOrder.deltas,
    );
    expect(buildPerformance(c, { holdout: h, baseline: text, current: null }).section.deltas).toEqual(
      byOrder.deltas,
    );
    const errorFor = (baseline: Table) =>
      errorOf(() => buildPerformance(c, { holdout: h, baseline, current: null })).message;
    const dup = perm.map((i) => (i === 5 ? 6 : i));
    expect(errorFor(table('baseline.csv', [num('score', d.weak), numbers(dup)]))).toBe(
      "column 'rid' in baseline.csv has 1 duplicate id (first '1018'); rows cannot be paired with holdout.csv",
    );
    const gap = table('baseline.csv', [
      num('score', d.weak),
      num(
        'rid',
        perm.map((i) => (i === 9 ? NaN : i)),
      ),
    ]);
    expect(errorFor(gap)).toMatch(/^column 'rid' in baseline\.csv has 1 missing value \(first at row \d+\)/);
    expect(errorFor(table('baseline.csv', [num('score', d.weak), numbers(perm.map((i) => i + 1))]))).toBe(
      "baseline.csv does not pair with holdout.csv by 'rid': 1 holdout id missing from the baseline, 1 baseline id not in the holdout (holdout 600 rows, baseline 600 rows)",
    );
  });

  it('reports a rule breach with the delta interval; passes, skips and interval mode', () => {
    const c = config({
      ...BASE,
      performance: {
        resamples: 400,
        seed: 3,
        metrics: {
          roc_auc: { min: 0.99, max_regression: 0.5 },
          log_loss: { max: 10 },
          brier: { max_relative_regression: 0.01, severity: 'warn' },
        },
      },
    });
    // candidate = weak, baseline = good: the candidate is worse
    const worse = table('holdout.csv', [cat('label', d.y.map(String)), num('score', d.weak)]);
    const good = table('baseline.csv', [num('score', d.good)]);
    const { section, checks } = buildPerformance(c, { holdout: worse, baseline: good, current: null });
    const byId = new Map(checks.map((k) => [k.id, k]));
    expect([...byId.keys()]).toEqual([
      'performance.roc_auc.min',
      'performance.roc_auc.max_regression',
      'performance.log_loss.max',
      'performance.brier.max_relative_regression',
    ]);
    const auc = section.candidate.metrics.roc_auc!.value!;
    expect(byId.get('performance.roc_auc.min')).toMatchObject({
      status: 'fail',
      severity: 'fail',
      value: auc,
      threshold: 0.99,
      group: 'performance',
      subject: 'roc_auc',
    });
    expect(byId.get('performance.roc_auc.min')!.message).toMatch(/^roc_auc 0\.\d+ < min 0\.99$/);
    const reg = byId.get('performance.roc_auc.max_regression')!;
    expect(reg.status).toBe('pass');
    expect(reg.value).toBeCloseTo(-section.deltas!.roc_auc!.value!, 12);
    expect(reg.message).toMatch(
      /^roc_auc fell 0\.\d+ \(95% CI −0\.\d+ to −0\.\d+\) vs baseline; allowed 0\.5$/,
    );
    expect(byId.get('performance.log_loss.max')!.status).toBe('pass');
    expect(byId.get('performance.log_loss.max')!.message).toMatch(/^log_loss 0\.\d+ ≤ max 10$/);
    const rel = byId.get('performance.brier.max_relative_regression')!;
    expect(rel).toMatchObject({ status: 'warn', severity: 'warn' });
    expect(rel.message).toMatch(
      /^brier rose [\d.]+% \(95% CI [\d.]+% to [\d.]+%\) vs baseline 0\.\d+; allowed 1%$/,
    );

    // without a baseline the regression rules are skipped with the reason
    const alone = buildPerformance(c, { holdout: worse, baseline: null, current: null }).checks;
    expect(alone.find((k) => k.id === 'performance.roc_auc.max_regression')).toMatchObject({
      status: 'skip',
      message: 'roc_auc max_regression needs a baseline input; none was given',
    });
  });

  it('decide_on interval: fails only when the whole interval breaks the rule, warns when only the point does', () => {
    const { section } = buildPerformance(config(BASE), { holdout, baseline: null, current: null });
    const e = section.candidate.metrics.roc_auc!;
    const inside = (e.value! + e.ci![1]) / 2; // above the point, below the upper end
    const above = e.ci![1] + 0.001;
    const run = (min: number) =>
      buildPerformance(
        config({
          ...BASE,
          performance: { resamples: 400, seed: 3, decide_on: 'interval', metrics: { roc_auc: { min } } },
        }),
        {
          holdout,
          baseline: null,
          current: null,
        },
      ).checks[0]!;
    expect(run(inside).status).toBe('warn');
    expect(run(above).status).toBe('fail');
    expect(run(e.ci![0] - 0.001).status).toBe('pass');
    expect(run(above).message).toMatch(/^roc_auc 0\.\d+ \(95% CI 0\.\d+ to 0\.\d+\) < min 0\.\d+$/);
  });

  it('reports segments, gates only those with enough rows, and the largest gap', () => {
    const c = config({
      ...BASE,
      columns: { target: 'label', score: 'score', segments: ['country'] },
      performance: { resamples: 400, metrics: { accuracy: { min: 0.1 } } },
    });
    const small = d.country.map((v, i) => (i < 20 ? 'LU' : v));
    const t = table('holdout.csv', [
      cat('label', d.y.map(String)),
      num('score', d.good),
      cat('country', small),
    ]);
    const { section, checks } = buildPerformance(c, { holdout: t, baseline: null, current: null });
    const lu = section.segments.find((s) => s.value === 'LU')!;
    expect(lu.rows).toBeLessThan(MIN_SEGMENT_ROWS);
    expect(lu.gated).toBe(false);
    expect(
      section.segments
        .filter((s) => s.gated)
        .map((s) => s.value)
        .sort(),
    ).toEqual(['DE', 'FR', 'US']);
    const gap = section.segmentGaps.find((g) => g.metric === 'accuracy')!;
    const acc = section.segments.filter((s) => s.gated).map((s) => s.metrics.accuracy!.value!);
    expect(gap.gap).toBeCloseTo(Math.max(...acc) - Math.min(...acc), 12);
    expect(gap.best.metric).toBe(Math.max(...acc));
    const segmentChecks = checks.filter((k) => k.group === 'segments');
    expect(segmentChecks.map((k) => k.id).sort()).toEqual([
      'segments.accuracy.min.country=DE',
      'segments.accuracy.min.country=FR',
      'segments.accuracy.min.country=US',
    ]);
    expect(segmentChecks.every((k) => k.severity === 'warn' && k.status === 'pass')).toBe(true);
    expect(segmentChecks[0]!.message).toMatch(
      /^accuracy 0\.\d+ \(95% CI 0\.\d+ to 0\.\d+\) ≥ min 0\.1 in segment country=(DE|FR|US) \(\d+ rows\)$/,
    );
  });

  it('segment rules are decided on the segment interval: a point estimate alone across the bound passes', () => {
    const t = table('holdout.csv', [
      cat('label', d.y.map(String)),
      num('score', d.good),
      cat('country', d.country),
    ]);
    const run = (min: number, resamples: number) => {
      const c = config({
        ...BASE,
        columns: { target: 'label', score: 'score', segments: ['country'] },
        performance: { resamples, metrics: { accuracy: { min } } },
      });
      const out = buildPerformance(c, { holdout: t, baseline: null, current: null });
      const us = out.section.segments.find((s) => s.value === 'US')!.metrics.accuracy!;
      return { us, check: out.checks.find((k) => k.id === 'segments.accuracy.min.country=US')! };
    };
    const { us } = run(0.5, 400);
    const [lo, hi] = us.ci!;
    // between the interval's upper end and the point: only the point is below the bound
    const pointOnly = run((us.value! + hi) / 2, 400).check;
    expect(pointOnly.status).toBe('pass');
    expect(pointOnly.message).toMatch(
      /< min .* in segment country=US \(\d+ rows\); the interval reaches the bound, so not flagged$/,
    );
    // above the whole interval: a warning
    const whole = run(hi + 0.01, 400).check;
    expect(whole.status).toBe('warn');
    expect(whole.message).not.toMatch(/not flagged/);
    // below the whole interval: a pass that says nothing about chance
    expect(run(lo - 0.01, 400).check.message).toMatch(/≥ min/);
    // no intervals (resamples 0): the point decides
    expect(run((us.value! + hi) / 2, 0).check.status).toBe('warn');
  });

  it('computes production performance when current carries labels', () => {
    const current = table('current.csv', [
      cat('label', d.y.slice(0, 100).map(String)),
      num('score', d.weak.slice(0, 100)),
    ]);
    const { section } = buildPerformance(config(BASE), { holdout, baseline: null, current });
    expect(section.production!.rows).toBe(100);
    expect(section.production!.metrics.roc_auc!.value).toBeGreaterThan(0.5);
  });

  it('derives predictions from the threshold, or reads the prediction column', () => {
    const c = config({ ...BASE, decision_threshold: 0.9 });
    const { section } = buildPerformance(c, { holdout, baseline: null, current: null });
    const expected = d.good.filter((s) => s >= 0.9).length / d.good.length;
    expect(section.candidate.metrics.positive_rate!.value).toBeCloseTo(expected, 15);
    const withPred = table('h.csv', [cat('label', ['a', 'b', 'a', 'b']), cat('pred', ['a', 'a', 'a', 'b'])]);
    const p = buildPerformance(
      config({
        task: 'binary',
        columns: { target: 'label', prediction: 'pred', positive_label: 'b' },
        performance: { resamples: 0 },
      }),
      {
        holdout: withPred,
        baseline: null,
        current: null,
      },
    ).section;
    expect(p.positiveLabel).toBe('b');
    expect(p.candidate.metrics.recall!.value).toBe(0.5);
    expect(p.candidate.metrics.precision!.value).toBe(1);
    expect(p.candidate.metrics.roc_auc).toEqual({ value: null, ci: null, reason: 'needs a score column' });
  });

  it('one class only: AUC is undefined and its checks skip, other metrics are computed', () => {
    const c = config({
      ...BASE,
      performance: { resamples: 400, metrics: { roc_auc: { min: 0.8 }, accuracy: { min: 0.1 } } },
    });
    const t = table('holdout.csv', [cat('label', ['0', '0', '0', '0']), num('score', [0.1, 0.6, 0.2, 0.3])]);
    const { section, checks } = buildPerformance(c, { holdout: t, baseline: null, current: null });
    expect(section.candidate.metrics.roc_auc).toMatchObject({
      value: null,
      reason: 'only one class in the target',
    });
    expect(section.candidate.metrics.accuracy!.value).toBe(0.75);
    expect(checks[0]).toMatchObject({
      id: 'performance.roc_auc.min',
      status: 'skip',
      message: 'roc_auc is undefined (only one class in the target); min 0.8 not checked',
    });
    expect(checks[1]!.status).toBe('pass');
  });
});

describe('buildPerformance: bad input', () => {
  const c = config(BASE);
  const ok = (cols: Column[]) => table('holdout.csv', cols);
  const messageOf = (holdout: Table, cfg: PerformanceConfig = c, baseline: Table | null = null): string =>
    errorOf(() => buildPerformance(cfg, { holdout, baseline, current: null })).message;

  it.each([
    [
      'label outside the pair',
      ok([cat('label', ['0', '1', '2']), num('score', [0.1, 0.2, 0.3])]),
      "column 'label' in holdout.csv has label '2' (row 3) outside the binary pair (0, 1)",
    ],
    [
      'missing labels',
      ok([cat('label', ['0', null, '1', null]), num('score', [0.1, 0.2, 0.3, 0.4])]),
      "column 'label' in holdout.csv has 2 missing values (first at row 2); performance needs a value on every row",
    ],
    [
      'missing scores',
      ok([cat('label', ['0', '1']), num('score', [NaN, 0.2])]),
      "column 'score' in holdout.csv has 1 missing value (first at row 1); performance needs a value on every row",
    ],
    [
      'scores outside [0, 1]',
      ok([cat('label', ['0', '1', '1']), num('score', [0.1, 1.5, -2])]),
      "column 'score' in holdout.csv has 2 values outside [0, 1] (first at row 2: 1.5); scores must be probabilities",
    ],
    [
      'an empty holdout',
      ok([cat('label', []), num('score', [])]),
      'holdout holdout.csv has no rows; performance needs labelled rows',
    ],
  ])('%s', (_what, holdout, message) => {
    expect(messageOf(holdout)).toBe(message);
  });

  it('needs positive_label for labels that are not 0/1 or booleans, and checks it', () => {
    const t = ok([cat('label', ['yes', 'no', 'yes']), num('score', [0.9, 0.1, 0.8])]);
    const e = errorOf(() => buildPerformance(c, { holdout: t, baseline: null, current: null }));
    expect(e.code).toBe('config');
    expect(e.message).toBe(
      "config columns.positive_label is required: the labels of column 'label' in holdout.csv are not 0/1 or booleans (labels: no, yes)",
    );
    const wrong = config({ ...BASE, columns: { target: 'label', score: 'score', positive_label: 'maybe' } });
    expect(messageOf(t, wrong)).toBe(
      "config columns.positive_label 'maybe' is not a label of column 'label' in holdout.csv (labels: no, yes)",
    );
    const bools = ok([cat('label', ['True', 'False']), num('score', [0.9, 0.1])]);
    expect(buildPerformance(c, { holdout: bools, baseline: null, current: null }).section.positiveLabel).toBe(
      'true',
    );
  });

  it('a rule on a metric the task does not have is a config error listing the metrics', () => {
    const bad = config({ ...BASE, performance: { metrics: { rmse: { max: 1 } } } });
    const e = errorOf(() =>
      buildPerformance(bad, {
        holdout: ok([cat('label', ['0', '1']), num('score', [0.1, 0.9])]),
        baseline: null,
        current: null,
      }),
    );
    expect(e.code).toBe('config');
    expect(e.message).toBe(
      'config performance.metrics.rmse is not a binary metric (binary metrics: accuracy, balanced_accuracy, precision, recall, f1, specificity, mcc, cohen_kappa, roc_auc, pr_auc, log_loss, brier, ece, positive_rate)',
    );
  });

  it('baseline pairing errors name both files and the counts', () => {
    const h = ok([cat('label', ['0', '1', '1']), num('score', [0.1, 0.8, 0.7]), cat('rid', ['a', 'b', 'c'])]);
    expect(messageOf(h, c, table('baseline.csv', [num('score', [0.1, 0.2])]))).toBe(
      'baseline.csv has 2 rows but holdout.csv has 3; without columns.id rows pair by order, so the counts must match',
    );
    const byId = config({ ...BASE, columns: { target: 'label', score: 'score', id: 'rid' } });
    expect(
      messageOf(h, byId, table('baseline.csv', [num('score', [0.1, 0.2, 0.3]), cat('rid', ['a', 'b', 'x'])])),
    ).toBe(
      "baseline.csv does not pair with holdout.csv by 'rid': 1 holdout id missing from the baseline, 1 baseline id not in the holdout (holdout 3 rows, baseline 3 rows)",
    );
    expect(
      messageOf(
        h,
        byId,
        table('baseline.csv', [num('score', [0.1, 0.2, 0.3, 0.4]), cat('rid', ['a', 'b', 'c', 'b'])]),
      ),
    ).toBe(
      "column 'rid' in baseline.csv has 1 duplicate id (first 'b'); rows cannot be paired with holdout.csv",
    );
    const dupHoldout = ok([cat('label', ['0', '1']), num('score', [0.1, 0.8]), cat('rid', ['a', 'a'])]);
    expect(
      messageOf(dupHoldout, byId, table('baseline.csv', [num('score', [0.1, 0.2]), cat('rid', ['a', 'b'])])),
    ).toBe(
      "column 'rid' in holdout.csv has 1 duplicate id (first 'a'); rows cannot be paired with baseline.csv",
    );
    const disagree = table('baseline.csv', [
      num('score', [0.1, 0.2, 0.3]),
      cat('rid', ['c', 'b', 'a']),
      cat('label', ['0', '1', '1']),
    ]);
    expect(messageOf(h, byId, disagree)).toBe(
      "baseline.csv and holdout.csv disagree on column 'label' in 2 paired rows (first at holdout row 1)",
    );
  });
});

describe('buildPerformance: multiclass and regression', () => {
  it('multiclass: prefix columns, argmax prediction, classes in sklearn order', () => {
    const c = config({
      task: 'multiclass',
      columns: { target: 'y', scores_prefix: 'p_' },
      performance: { resamples: 400 },
    });
    const t = table('h.csv', [
      cat('y', ['b', 'a', 'c', 'b', 'a', 'c']),
      num('p_b', [0.6, 0.2, 0.1, 0.5, 0.3, 0.3]),
      num('p_a', [0.2, 0.7, 0.2, 0.15, 0.6, 0.3]),
      num('p_c', [0.2, 0.1, 0.7, 0.35, 0.1, 0.4]),
    ]);
    const { section } = buildPerformance(c, { holdout: t, baseline: null, current: null });
    expect(section.classes).toEqual(['a', 'b', 'c']);
    expect(section.candidate.metrics.accuracy!.value).toBe(1);
    expect(section.candidate.metrics.roc_auc_ovr_macro!.value).toBe(1);
    expect(section.curves.candidate.confusion).toEqual({
      labels: ['a', 'b', 'c'],
      matrix: [
        [2, 0, 0],
        [0, 2, 0],
        [0, 0, 2],
      ],
    });
  });

  it('multiclass: rows must sum to 1', () => {
    const c = config({ task: 'multiclass', columns: { target: 'y', scores: { a: 'pa', b: 'pb' } } });
    const t = table('h.csv', [
      cat('y', ['a', 'b', 'a']),
      num('pa', [0.5, 0.2, 0.9]),
      num('pb', [0.5, 0.7, 0.2]),
    ]);
    expect(errorOf(() => buildPerformance(c, { holdout: t, baseline: null, current: null })).message).toBe(
      'probability columns in h.csv (pa, pb) do not sum to 1 within 0.000001 in 2 rows (first at row 2: sum 0.8999999999999999)',
    );
  });

  it('regression: numeric metrics, NaN predictions are an input error', () => {
    const c = config({
      task: 'regression',
      columns: { target: 'y', prediction: 'yhat' },
      performance: { resamples: 400, metrics: { mae: { max: 0.5 } } },
    });
    const t = table('h.csv', [num('y', [1, 2, 3, 4]), num('yhat', [1.5, 2, 2, 4])]);
    const { section, checks } = buildPerformance(c, { holdout: t, baseline: null, current: null });
    expect(section.candidate.metrics.mae!.value).toBe(0.375);
    expect(checks[0]).toMatchObject({
      id: 'performance.mae.max',
      status: 'pass',
      message: 'mae 0.375 ≤ max 0.5',
    });
    const bad = table('h.csv', [num('y', [1, 2]), num('yhat', [NaN, 2])]);
    expect(errorOf(() => buildPerformance(c, { holdout: bad, baseline: null, current: null })).message).toBe(
      "column 'yhat' in h.csv has 1 missing value (first at row 1); performance needs a value on every row",
    );
  });
});

describe('buildPerformance: determinism and multiclass baselines', () => {
  it('the same input and seed give the same section and checks', () => {
    const d = binaryData(300, 5);
    const c = config({
      ...BASE,
      columns: { target: 'label', score: 'score', segments: ['country'] },
      performance: { resamples: 400, seed: 9, metrics: { f1: { min: 0.5 } } },
    });
    const make = () =>
      buildPerformance(c, {
        holdout: table('h.csv', [
          cat('label', d.y.map(String)),
          num('score', d.good),
          cat('country', d.country),
        ]),
        baseline: table('b.csv', [num('score', d.weak)]),
        current: null,
      });
    expect(make()).toEqual(make());
  });

  it('multiclass: numeric classes in numeric order, a baseline with predictions only, production rows', () => {
    const c = config({
      task: 'multiclass',
      columns: { target: 'y', prediction: 'pred', scores: { '2': 'p2', '10': 'p10', '1': 'p1' } },
      performance: { resamples: 400 },
    });
    const y = ['2', '10', '1', '2', '10', '1', '2', '2'];
    const holdout = table('h.csv', [
      cat('y', y),
      cat('pred', ['2', '10', '1', '2', '1', '1', '2', '10']),
      num('p1', [0.1, 0.1, 0.8, 0.2, 0.5, 0.7, 0.1, 0.2]),
      num('p2', [0.8, 0.1, 0.1, 0.6, 0.2, 0.2, 0.8, 0.3]),
      num('p10', [0.1, 0.8, 0.1, 0.2, 0.3, 0.1, 0.1, 0.5]),
    ]);
    const baseline = table('b.csv', [cat('pred', ['2', '2', '1', '1', '10', '2', '2', '2'])]);
    const current = table('c.csv', [cat('y', ['1', '2']), cat('pred', ['1', '1'])]);
    const { section } = buildPerformance(c, { holdout, baseline, current });
    expect(section.classes).toEqual(['1', '2', '10']);
    expect(section.candidate.metrics.accuracy!.value).toBe(6 / 8);
    expect(section.baseline!.metrics.accuracy!.value).toBe(5 / 8);
    expect(section.deltas!.accuracy!.value).toBeCloseTo(1 / 8, 15);
    expect(section.baseline!.metrics.log_loss!.value).toBeNull();
    expect(section.deltas!.log_loss!.value).toBeNull();
    expect(section.production!.metrics.accuracy!.value).toBe(0.5);
    const bad = table('b.csv', [cat('pred', ['2', '2', '1', '1', '10', '1', '2', '7'])]);
    // a baseline label the holdout never has becomes a class (the baseline may predict it); the candidate's
    // probability columns then lack it
    expect(errorOf(() => buildPerformance(c, { holdout, baseline: bad, current: null })).message).toBe(
      "class '7' has no probability column in h.csv (classes with one: 1, 2, 10)",
    );
  });
});
