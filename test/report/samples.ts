/**
 * Realistic sample reports for the renderer tests, built deterministically (seeded RNG) until the gate
 * writes real ones: binary with baseline, curves, 30 drift features and quality; multiclass; regression;
 * drift only (no performance); performance only (no drift); and a hostile one (500 features with markdown,
 * HTML and mention names, 10,000 categories, NaN and Infinity where numbers belong).
 */
import { createRng } from '../../src/stats/random.js';
import { formatCount, formatNumber, formatPercent, formatScore } from '../../src/report/format.js';
import type {
  Check,
  CheckStatus,
  DriftFeature,
  DriftSection,
  Estimate,
  Histogram,
  PerformanceCurves,
  PerformanceSection,
  QualityColumn,
  QualitySection,
  Report,
} from '../../src/contract/report.js';

type Rng = ReturnType<typeof createRng>;

function gauss(rng: Rng): number {
  const u = Math.max(rng.nextFloat(), 1e-12);
  const v = rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function est(value: number, halfWidth: number): Estimate {
  return { value, ci: [value - halfWidth * 1.1, value + halfWidth * 0.9] };
}

function summarize(checks: Check[]): Report['summary'] {
  const s = { passed: 0, warned: 0, failed: 0, skipped: 0 };
  for (const c of checks) {
    if (c.status === 'pass') s.passed++;
    else if (c.status === 'warn') s.warned++;
    else if (c.status === 'fail') s.failed++;
    else s.skipped++;
  }
  return s;
}

function verdictOf(checks: Check[]): Report['verdict'] {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  if (checks.some((c) => c.status === 'warn')) return 'warn';
  return 'pass';
}

const SETTINGS = {
  task: 'binary',
  decision_threshold: 0.5,
  performance: { confidence: 0.95, resamples: 1000, seed: 42, decide_on: 'point', severity: 'fail' },
  drift: { method: 'auto', bins: 10, correction: 'none', share: 0.5, psi_epsilon: 1e-4 },
  fail_on: 'fail',
};

function binaryCurves(rng: Rng, auc: number): PerformanceCurves {
  const fpr: number[] = [];
  const tpr: number[] = [];
  const k = auc / (1 - auc);
  for (let i = 0; i <= 50; i++) {
    const x = i / 50;
    fpr.push(x);
    tpr.push(Math.min(1, 1 - Math.pow(1 - x, k)));
  }
  const recall: number[] = [];
  const precision: number[] = [];
  for (let i = 0; i <= 50; i++) {
    const r = i / 50;
    recall.push(r);
    precision.push(Math.max(0.3, 1 - 0.6 * Math.pow(r, 3) - 0.02 * rng.nextFloat()));
  }
  const meanScore: number[] = [];
  const fractionPositive: number[] = [];
  const count: number[] = [];
  for (let b = 0; b < 10; b++) {
    const m = (b + 0.5) / 10;
    meanScore.push(m);
    fractionPositive.push(Math.min(1, Math.max(0, m + 0.08 * (m - 0.5) + 0.03 * gauss(rng))));
    count.push(200 + rng.nextInt(800));
  }
  return {
    roc: { fpr, tpr },
    pr: { recall, precision },
    calibration: { meanScore, fractionPositive, count },
    confusion: {
      labels: ['0', '1'],
      matrix: [
        [7123, 412],
        [388, 2077],
      ],
    },
  };
}

function numericHistogram(rng: Rng, shift: number, n: number, bins = 10): { ref: Histogram; cur: Histogram } {
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(-2 + (4 * i) / bins);
  const ref = new Array<number>(bins).fill(0);
  const cur = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const a = Math.min(bins - 1, Math.max(0, Math.floor(((gauss(rng) + 2) / 4) * bins)));
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((gauss(rng) + shift + 2) / 4) * bins)));
    ref[a] = (ref[a] ?? 0) + 1;
    cur[b] = (cur[b] ?? 0) + 1;
  }
  return { ref: { edges, counts: ref }, cur: { edges, counts: cur } };
}

function numericFeature(rng: Rng, name: string, shift: number, method: string): DriftFeature {
  const { ref, cur } = numericHistogram(rng, shift, 2000);
  const ksStat = Math.min(0.99, Math.abs(shift) * 0.4 + 0.01 * rng.nextFloat());
  const pValue = Math.exp(-2 * 1000 * ksStat * ksStat);
  const wasserstein = Math.abs(shift) + 0.01 * rng.nextFloat();
  const psi = shift * shift * 0.9 + 0.002 * rng.nextFloat();
  const score = method === 'ks' ? pValue : method === 'psi' ? psi : wasserstein;
  const threshold = method === 'ks' ? 0.05 : 0.1;
  const drifted = method === 'ks' ? score < threshold : score >= threshold;
  const summary = (mean: number) => ({
    count: 2000,
    missing: rng.nextInt(20),
    mean,
    std: 1,
    min: mean - 3.4,
    max: mean + 3.6,
    quantiles: {
      p01: mean - 2.3,
      p05: mean - 1.6,
      p25: mean - 0.67,
      p50: mean,
      p75: mean + 0.67,
      p95: mean + 1.6,
      p99: mean + 2.3,
    },
  });
  return {
    name,
    kind: 'numerical',
    method,
    score,
    threshold,
    drifted,
    stats: {
      ks: { statistic: ksStat, pValue },
      psi,
      jensen_shannon: Math.sqrt(psi) / 4,
      kl: psi / 2,
      hellinger: Math.sqrt(psi) / 5,
      wasserstein,
    },
    reference: { summary: summary(0), histogram: ref },
    current: { summary: summary(shift), histogram: cur },
  };
}

function categoricalFeature(rng: Rng, name: string, labels: string[], tilt: number): DriftFeature {
  const ref = labels.map((_, i) => 100 + Math.round(900 / (i + 1)));
  const cur = labels.map((_, i) =>
    Math.max(0, Math.round((100 + 900 / (i + 1)) * (1 + tilt * (i % 2 ? 1 : -1)))),
  );
  const js = Math.abs(tilt) * 0.3 + 0.001 * rng.nextFloat();
  const chi2p = Math.exp(-Math.abs(tilt) * 80);
  return {
    name,
    kind: 'categorical',
    method: 'jensen_shannon',
    score: js,
    threshold: 0.1,
    drifted: js >= 0.1,
    stats: {
      chi2: { statistic: Math.abs(tilt) * 160, pValue: chi2p, dof: labels.length - 1 },
      psi: js * 2.1,
      jensen_shannon: js,
    },
    reference: {
      summary: {
        count: ref.reduce((a, b) => a + b, 0),
        missing: 3,
        distinct: labels.length,
        top: labels.map((value, i) => ({ value, count: ref[i] ?? 0 })).slice(0, 10),
      },
      histogram: { labels, counts: ref },
    },
    current: {
      summary: {
        count: cur.reduce((a, b) => a + b, 0),
        missing: 9,
        distinct: labels.length,
        top: labels.map((value, i) => ({ value, count: cur[i] ?? 0 })).slice(0, 10),
      },
      histogram: { labels, counts: cur },
    },
  };
}

function driftChecks(section: DriftSection): Check[] {
  const checks: Check[] = section.features.map((f) => {
    const status: CheckStatus = f.skipped ? 'skip' : f.drifted ? 'warn' : 'pass';
    return {
      id: `drift.${f.name}`,
      group: 'drift',
      subject: f.name,
      status,
      severity: 'warn',
      value: f.score,
      threshold: f.threshold,
      message: f.skipped
        ? `${f.name}: not tested (${f.skipped})`
        : `${f.name} ${f.drifted ? 'drifted' : 'stable'}: ${f.method} ${formatScore(f.score, f.method === 'ks')} ${f.method === 'ks' ? (f.drifted ? '<' : '≥') : f.drifted ? '≥' : '<'} ${formatScore(f.threshold, f.method === 'ks')}`,
    };
  });
  checks.push({
    id: 'drift.dataset',
    group: 'drift',
    subject: 'dataset',
    status: section.datasetDrift ? 'fail' : 'pass',
    severity: 'fail',
    value: section.share,
    threshold: section.shareThreshold,
    message: `dataset ${section.datasetDrift ? 'drifted' : 'stable'}: ${formatPercent(section.share)} of features drifted; dataset drift at ${formatPercent(section.shareThreshold)}`,
  });
  return checks;
}

function qualityChecks(q: QualitySection): Check[] {
  const checks: Check[] = [];
  for (const c of q.columns) {
    const rise = c.missing.current - c.missing.reference;
    checks.push({
      id: `quality.missing.${c.name}`,
      group: 'quality',
      subject: c.name,
      status: rise > 0.05 ? 'warn' : 'pass',
      severity: 'warn',
      value: rise,
      threshold: 0.05,
      message: `${c.name}: ${formatPercent(c.missing.current)} missing in current vs ${formatPercent(c.missing.reference)} in reference`,
    });
    if (c.newCategories) {
      checks.push({
        id: `quality.new_categories.${c.name}`,
        group: 'quality',
        subject: c.name,
        status: c.newCategories.count > 0 ? 'warn' : 'pass',
        severity: 'warn',
        value: c.newCategories.count,
        threshold: 0,
        message: `${c.name}: ${formatCount(c.newCategories.count)} new categories in current (${formatPercent(c.newCategories.share)} of rows), e.g. ${c.newCategories.examples.slice(0, 3).join(', ')}`,
      });
    }
  }
  if (q.schema.missingInCurrent.length > 0) {
    checks.push({
      id: 'quality.schema',
      group: 'quality',
      subject: 'schema',
      status: 'fail',
      severity: 'fail',
      value: q.schema.missingInCurrent.length,
      threshold: 0,
      message: `columns missing in current: ${q.schema.missingInCurrent.join(', ')}`,
    });
  }
  return checks;
}

const BINARY_METRICS = [
  'roc_auc',
  'pr_auc',
  'accuracy',
  'f1',
  'precision',
  'recall',
  'log_loss',
  'brier',
  'ece',
];

function performanceChecks(p: PerformanceSection, rules: Record<string, [string, number]>): Check[] {
  const checks: Check[] = [];
  for (const [metric, [rule, limit]] of Object.entries(rules)) {
    const value =
      rule === 'max_regression'
        ? -(p.deltas?.[metric]?.value ?? 0)
        : (p.candidate.metrics[metric]?.value ?? null);
    const broken = value !== null && (rule === 'min' ? value < limit : value > limit);
    checks.push({
      id: `performance.${metric}.${rule}`,
      group: 'performance',
      subject: metric,
      status: broken ? 'fail' : 'pass',
      severity: 'fail',
      value,
      threshold: limit,
      message: broken
        ? `${metric} ${rule === 'min' ? `${formatNumber(value)} is below the minimum ${formatNumber(limit)}` : `fell ${formatNumber(value)} vs baseline; allowed ${formatNumber(limit)}`}`
        : `${metric} ${formatNumber(value)} within ${rule} ${formatNumber(limit)}`,
    });
  }
  return checks;
}

function finish(partial: Omit<Report, 'verdict' | 'summary'>): Report {
  return { ...partial, verdict: verdictOf(partial.checks), summary: summarize(partial.checks) };
}

const BASE = {
  schemaVersion: 1 as const,
  tool: { name: 'model-gate' as const, version: '0.1.0' },
  createdAt: '2026-11-22T04:00:00.000Z',
};

const NUMERIC_NAMES = [
  'amount',
  'age',
  'tenure_days',
  'balance',
  'credit_limit',
  'utilization',
  'n_transactions_30d',
  'avg_ticket',
  'days_since_last_login',
  'session_length',
  'page_views',
  'income',
  'debt_ratio',
  'score_bureau',
  'num_cards',
  'late_payments',
  'distance_km',
  'hour_of_day',
  'device_age_days',
  'email_age_days',
  'ip_risk',
  'velocity_1h',
  'velocity_24h',
  'merchant_risk',
];

export function binaryReport(): Report {
  const rng = createRng(7);
  const candidate: Record<string, Estimate> = {};
  const baseline: Record<string, Estimate> = {};
  const deltas: Record<string, Estimate> = {};
  const values: Record<string, [number, number]> = {
    roc_auc: [0.912, 0.921],
    pr_auc: [0.781, 0.79],
    accuracy: [0.92, 0.918],
    f1: [0.838, 0.835],
    precision: [0.834, 0.82],
    recall: [0.843, 0.851],
    log_loss: [0.231, 0.226],
    brier: [0.0702, 0.0688],
    ece: [0.0213, 0.0154],
  };
  for (const m of BINARY_METRICS) {
    const [c, b] = values[m] ?? [0, 0];
    candidate[m] = est(c, 0.007);
    baseline[m] = est(b, 0.007);
    deltas[m] = est(c - b, 0.004);
  }
  const performance: PerformanceSection = {
    task: 'binary',
    positiveLabel: '1',
    decisionThreshold: 0.5,
    classes: ['0', '1'],
    candidate: { rows: 10000, metrics: candidate },
    baseline: { rows: 10000, metrics: baseline },
    deltas,
    segments: [
      { column: 'country', value: 'DE', rows: 4120, gated: true, metrics: { roc_auc: est(0.921, 0.01) } },
      { column: 'country', value: 'FR', rows: 3870, gated: true, metrics: { roc_auc: est(0.903, 0.011) } },
      { column: 'country', value: 'LU', rows: 22, gated: false, metrics: { roc_auc: est(0.84, 0.12) } },
    ],
    segmentGaps: [
      {
        column: 'country',
        metric: 'roc_auc',
        gap: 0.018,
        best: { value: 'DE', metric: 0.921 },
        worst: { value: 'FR', metric: 0.903 },
      },
    ],
    production: null,
    curves: { candidate: binaryCurves(rng, 0.912), baseline: binaryCurves(rng, 0.921) },
    notes: [],
  };
  const features: DriftFeature[] = [];
  NUMERIC_NAMES.forEach((name, i) => {
    const shift = i === 0 ? 0.9 : i === 3 ? 0.45 : i === 7 ? 0.3 : 0.02 * ((i % 5) - 2);
    features.push(numericFeature(rng, name, shift, i % 4 === 1 ? 'ks' : 'wasserstein'));
  });
  features.push(categoricalFeature(rng, 'country', ['DE', 'FR', 'IT', 'ES', 'NL', 'LU'], 0.6));
  features.push(categoricalFeature(rng, 'channel', ['web', 'ios', 'android'], 0.05));
  features.push(categoricalFeature(rng, 'plan', ['free', 'pro', 'team', 'enterprise'], 0.01));
  features.push(categoricalFeature(rng, 'device_os', ['ios', 'android', 'windows', 'macos', 'linux'], 0.02));
  features.push(categoricalFeature(rng, 'currency', ['EUR', 'USD', 'GBP'], 0.03));
  features.push({
    name: 'legacy_flag',
    kind: 'categorical',
    method: 'chi2',
    score: null,
    threshold: null,
    drifted: false,
    skipped: 'one value only in reference',
    stats: {},
    reference: null,
    current: null,
  });
  const tested = features.filter((f) => !f.skipped);
  const drifted = tested.filter((f) => f.drifted).length;
  const drift: DriftSection = {
    rows: { reference: 50000, current: 12000 },
    share: drifted / tested.length,
    datasetDrift: drifted / tested.length >= 0.5,
    shareThreshold: 0.5,
    correction: 'none',
    features,
  };
  const quality: QualitySection = {
    columns: features.map((f, i): QualityColumn => ({
      name: f.name,
      kind: f.kind,
      missing: { reference: 0.001 * (i % 3), current: i === 2 ? 0.082 : 0.001 * (i % 4) },
      newCategories:
        f.kind === 'categorical'
          ? f.name === 'country'
            ? { count: 2, share: 0.013, examples: ['PL', 'CZ'] }
            : { count: 0, share: 0, examples: [] }
          : null,
      outOfRange:
        f.kind === 'numerical'
          ? { share: i === 0 ? 0.021 : 0, below: 0, above: i === 0 ? 252 : 0, min: -3.4, max: 3.6 }
          : null,
      constant: { reference: false, current: false },
    })),
    schema: { missingInCurrent: [], missingInReference: ['debug_id'], kindChanges: [] },
  };
  const predictionDrift = numericFeature(rng, 'score', 0.15, 'wasserstein');
  const checks: Check[] = [
    ...performanceChecks(performance, {
      roc_auc: ['max_regression', 0.005],
      accuracy: ['min', 0.9],
      log_loss: ['max', 0.35],
    }),
    ...driftChecks(drift),
    {
      id: 'prediction_drift.score',
      group: 'prediction_drift',
      subject: 'score',
      status: predictionDrift.drifted ? 'warn' : 'pass',
      severity: 'warn',
      value: predictionDrift.score,
      threshold: predictionDrift.threshold,
      message: `prediction score ${predictionDrift.drifted ? 'drifted' : 'stable'}: wasserstein ${formatNumber(predictionDrift.score)} ≥ 0.1`,
    },
    ...qualityChecks(quality),
  ];
  return finish({
    ...BASE,
    gateId: 'fraud-model',
    checks,
    inputs: {
      holdout: {
        path: 'data/holdout.parquet',
        format: 'parquet',
        rows: 10000,
        columns: ['label', 'score', 'predicted'],
      },
      baseline: {
        path: 'data/baseline.parquet',
        format: 'parquet',
        rows: 10000,
        columns: ['label', 'score'],
      },
      reference: { path: 'data/reference.parquet', format: 'parquet', rows: 50000, columns: NUMERIC_NAMES },
      current: { path: 'data/current.csv.gz', format: 'csv', rows: 12000, columns: NUMERIC_NAMES },
    },
    settings: SETTINGS,
    performance,
    drift,
    predictionDrift,
    quality,
    skipped: [],
  });
}

export function multiclassReport(): Report {
  const rng = createRng(11);
  const classes = ['cat', 'dog', 'bird', 'fish'];
  const metrics: Record<string, Estimate> = {
    accuracy: est(0.874, 0.006),
    balanced_accuracy: est(0.861, 0.007),
    f1_macro: est(0.858, 0.008),
    f1_weighted: est(0.872, 0.006),
    log_loss: est(0.412, 0.02),
    roc_auc_ovr_macro: est(0.972, 0.003),
  };
  const matrix = classes.map((_, i) =>
    classes.map((__, j) => (i === j ? 800 + rng.nextInt(200) : rng.nextInt(60))),
  );
  const performance: PerformanceSection = {
    task: 'multiclass',
    positiveLabel: null,
    decisionThreshold: null,
    classes,
    candidate: { rows: 4000, metrics },
    baseline: null,
    deltas: null,
    segments: [],
    segmentGaps: [],
    production: null,
    curves: { candidate: { confusion: { labels: classes, matrix } }, baseline: null },
    notes: ['precision_macro: class fish has no predicted samples; value set to 0 as scikit-learn does'],
  };
  const checks = performanceChecks(performance, { accuracy: ['min', 0.85], log_loss: ['max', 0.4] });
  return finish({
    ...BASE,
    gateId: 'animals',
    checks,
    inputs: { holdout: { path: 'holdout.csv', format: 'csv', rows: 4000, columns: ['label', 'p_cat'] } },
    settings: { ...SETTINGS, task: 'multiclass' },
    performance,
    drift: null,
    predictionDrift: null,
    quality: null,
    skipped: [{ section: 'drift', reason: 'no reference input' }],
  });
}

export function regressionReport(): Report {
  const metrics: Record<string, Estimate> = {
    mae: est(12.41, 0.3),
    rmse: est(18.93, 0.5),
    r2: est(0.8123, 0.01),
    mape: est(0.0841, 0.002),
    max_error: est(231.5, 20),
    mean_error: est(-0.842, 0.3),
  };
  const base: Record<string, Estimate> = {
    mae: est(12.02, 0.3),
    rmse: est(18.11, 0.5),
    r2: est(0.8211, 0.01),
    mape: est(0.0822, 0.002),
    max_error: est(245.1, 20),
    mean_error: est(0.11, 0.3),
  };
  const deltas: Record<string, Estimate> = {};
  for (const k of Object.keys(metrics))
    deltas[k] = est((metrics[k]?.value ?? 0) - (base[k]?.value ?? 0), 0.2);
  const performance: PerformanceSection = {
    task: 'regression',
    positiveLabel: null,
    decisionThreshold: null,
    classes: null,
    candidate: { rows: 25000, metrics },
    baseline: { rows: 25000, metrics: base },
    deltas,
    segments: [],
    segmentGaps: [],
    production: null,
    curves: { candidate: {}, baseline: null },
    notes: [],
  };
  const checks: Check[] = [
    {
      id: 'performance.mae.max_relative_regression',
      group: 'performance',
      subject: 'mae',
      status: 'warn',
      severity: 'warn',
      value: 0.0324,
      threshold: 0.02,
      message: 'mae rose 3.2% vs baseline (12.02 → 12.41); allowed 2%',
    },
    {
      id: 'performance.r2.min',
      group: 'performance',
      subject: 'r2',
      status: 'pass',
      severity: 'fail',
      value: 0.8123,
      threshold: 0.8,
      message: 'r2 0.812 ≥ 0.8',
    },
  ];
  return finish({
    ...BASE,
    gateId: 'price-regressor',
    checks,
    inputs: {},
    settings: { ...SETTINGS, task: 'regression' },
    performance,
    drift: null,
    predictionDrift: null,
    quality: null,
    skipped: [{ section: 'drift', reason: 'no current input' }],
  });
}

/** drift and quality only: no holdout given */
export function driftOnlyReport(): Report {
  const full = binaryReport();
  const checks = full.checks.filter((c) => c.group !== 'performance');
  return finish({
    ...full,
    gateId: 'drift-monitor',
    checks: [
      ...checks,
      {
        id: 'performance.inputs',
        group: 'inputs',
        subject: 'performance',
        status: 'skip',
        severity: 'fail',
        value: null,
        threshold: null,
        message: 'performance: no holdout input',
      },
    ],
    performance: null,
    skipped: [{ section: 'performance', reason: 'no holdout input' }],
  });
}

/** performance only: no reference/current given */
export function performanceOnlyReport(): Report {
  const full = binaryReport();
  return finish({
    ...full,
    gateId: 'perf-only',
    checks: full.checks.filter((c) => c.group === 'performance'),
    drift: null,
    predictionDrift: null,
    quality: null,
    skipped: [{ section: 'drift', reason: 'no reference input' }],
  });
}

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  'a|b',
  '@octocat',
  '#12',
  'line\nbreak',
  '**x**',
  '[x](http://e)',
  '`code`',
  '</details><img src=x onerror=alert(1)>',
  '=cmd|" /C calc"!A0',
  '<!-- model-gate:other -->',
  'x'.repeat(5000),
  '\u202eevil',
  'tab\there',
];

/** 500 features with hostile names, a 10,000-category feature, NaN and Infinity in numbers */
export function hostileReport(): Report {
  const rng = createRng(3);
  const features: DriftFeature[] = [];
  for (let i = 0; i < 500; i++) {
    const hostile = HOSTILE_NAMES[i % HOSTILE_NAMES.length] ?? '';
    const name = `${hostile}_${i}`;
    const f = numericFeature(rng, name, i % 3 === 0 ? 0.5 : 0.01, i % 2 ? 'ks' : 'psi');
    if (i % 50 === 7) f.score = Number.NaN;
    if (i % 50 === 9) f.threshold = Number.POSITIVE_INFINITY;
    if (i % 50 === 11 && f.reference) f.reference.histogram.counts[2] = Number.NaN;
    features.push(f);
  }
  const many = Array.from({ length: 10000 }, (_, i) => `<b>cat${i}</b>@user${i}`);
  const wide = categoricalFeature(rng, '<img src=x>|@everyone', many, 0.9);
  Object.assign(wide, { method: 'chi2', score: 0, threshold: 0.05, drifted: true });
  features.unshift(wide);
  const drift: DriftSection = {
    rows: { reference: 1_000_000, current: 1_000_000 },
    share: Number.NaN,
    datasetDrift: true,
    shareThreshold: 0.5,
    correction: 'fdr',
    features,
  };
  const quality: QualitySection = {
    columns: features.map((f, i) => ({
      name: f.name,
      kind: f.kind,
      missing: { reference: i % 7 === 0 ? Number.NaN : 0.01, current: 0.2 },
      newCategories:
        f.kind === 'categorical' ? { count: 10000, share: 0.5, examples: many.slice(0, 10) } : null,
      outOfRange:
        f.kind === 'numerical'
          ? { share: Number.POSITIVE_INFINITY, below: 1, above: 2, min: Number.NEGATIVE_INFINITY, max: 3 }
          : null,
      constant: { reference: false, current: i % 9 === 0 },
    })),
    schema: {
      missingInCurrent: HOSTILE_NAMES.slice(0, 5),
      missingInReference: HOSTILE_NAMES.slice(5, 9),
      kindChanges: [{ name: '<script>x</script>', reference: 'numerical', current: 'categorical' }],
    },
  };
  const performance = binaryReport().performance as PerformanceSection;
  performance.candidate.metrics['roc_auc'] = {
    value: Number.NaN,
    ci: [Number.NaN, Number.POSITIVE_INFINITY],
  };
  performance.candidate.metrics['<script>m</script>'] = { value: Number.POSITIVE_INFINITY, ci: null };
  if (performance.deltas) performance.deltas['f1'] = { value: Number.NEGATIVE_INFINITY, ci: [Number.NaN, 1] };
  const checks: Check[] = [
    ...driftChecks(drift),
    ...qualityChecks(quality),
    {
      id: 'performance.roc_auc.min',
      group: 'performance',
      subject: 'roc_auc',
      status: 'fail',
      severity: 'fail',
      value: Number.NaN,
      threshold: Number.POSITIVE_INFINITY,
      message: 'roc_auc <script>alert(1)</script> @octocat #12 |broken| table\nnewline',
    },
  ];
  return finish({
    ...BASE,
    gateId: 'hostile<script>|@x',
    checks,
    inputs: {
      current: { path: '/tmp/<script>.csv', format: 'csv', rows: 1_000_000, columns: many.slice(0, 100) },
    },
    settings: { ...SETTINGS, note: '<script>alert(1)</script>', nested: { deep: { value: Number.NaN } } },
    performance,
    drift,
    predictionDrift: numericFeature(rng, '</script><script>alert(2)</script>', 0.4, 'psi'),
    quality,
    skipped: [{ section: '<b>x</b>', reason: '@octocat #99' }],
  });
}

export const SAMPLES: Record<string, () => Report> = {
  binary: binaryReport,
  multiclass: multiclassReport,
  regression: regressionReport,
  driftOnly: driftOnlyReport,
  performanceOnly: performanceOnlyReport,
  hostile: hostileReport,
};

/** the binary sample decided under drift.decide_on: effect, one Wasserstein feature with its interval */
export function effectRuleReport(): { report: Report; feature: DriftFeature } {
  const report = binaryReport();
  Object.assign(report.drift!, {
    decideOn: 'effect',
    interval: { method: 'basic_bootstrap', confidence: 0.95, resamples: 400, seed: 42 },
  });
  const feature = report.drift!.features.find((x) => !x.skipped && x.method === 'wasserstein')!;
  Object.assign(feature, {
    score: 0.142,
    threshold: 0.1,
    drifted: true,
    interval: { lower: 0.118, upper: 0.166 },
  });
  return { report, feature };
}
