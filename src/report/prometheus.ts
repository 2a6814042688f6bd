/**
 * Prometheus text exposition format (version 0.0.4) for teams that scrape a file (node_exporter's textfile
 * collector) or push to a Pushgateway. All gauges, labelled by `gate`:
 *
 *   model_gate_verdict{gate}                          0 pass, 1 warn, 2 fail
 *   model_gate_checks{gate,status}                    number of checks per status
 *   model_gate_metric{gate,model,metric}              model = candidate | baseline | production |
 *                                                     shadow_candidate | champion (labelled production rows) |
 *                                                     estimated (CBPE on current, no labels)
 *   model_gate_metric_ci_lower / _ci_upper{gate,model,metric}
 *   model_gate_metric_delta{gate,metric}              candidate − baseline
 *   model_gate_feature_drift_score{gate,feature,method}   the deciding test's score
 *   model_gate_feature_drifted{gate,feature}          1 drifted, 0 not (tested features only)
 *   model_gate_feature_drift_threshold{gate,feature,method}  the threshold after correction
 *   model_gate_feature_drift_ci_lower / _ci_upper{gate,feature,method}  decide_on: effect, the distance's interval
 *   model_gate_test_family_size{gate,correction}      drift.correction_family: gate, the family's size
 *   model_gate_metric_rule{gate,metric,rule}           a min / max rule's bound (candidate metrics)
 *   model_gate_prediction_drift_score{gate,column,method}
 *   model_gate_dataset_drift_share{gate}
 *   model_gate_dataset_drift{gate}                    1 when the dataset drifts
 *   model_gate_serving{gate,measure}                  latency_p50|p95|p99 (column unit), latency_share_over,
 *                                                     error_rate, throughput_per_second
 *   model_gate_serving_ci_lower / _ci_upper{gate,measure}
 *   model_gate_shadow{gate,measure}                   agreement, flip_share, shift (candidate − champion)
 *   model_gate_multivariate{gate,measure}             classifier_auc, classifier_p_value, mmd2, mmd_p_value
 *   model_gate_multivariate_drift{gate}               1 when drift.multivariate says drift
 *
 * Label values are escaped as the format requires (`\`, `"`, newline). Undefined values (null, NaN) are
 * omitted, not written as NaN; ±Infinity is written as +Inf / -Inf, which the format allows.
 */
import type { Estimate, Report } from '../contract/report.js';
import { escapePromLabel } from './escape.js';

type Labels = Record<string, string>;

class Family {
  readonly samples: string[] = [];
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  add(labels: Labels, value: unknown): void {
    if (typeof value === 'boolean') value = value ? 1 : 0;
    if (typeof value !== 'number' || Number.isNaN(value)) return;
    const v = value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : String(value);
    const l = Object.entries(labels)
      .map(([k, x]) => `${k}="${escapePromLabel(x)}"`)
      .join(',');
    this.samples.push(`${this.name}{${l}} ${v}`);
  }

  text(): string {
    if (this.samples.length === 0) return '';
    return `# HELP ${this.name} ${this.help}\n# TYPE ${this.name} gauge\n${this.samples.join('\n')}\n`;
  }
}

const VERDICT_VALUE = { pass: 0, warn: 1, fail: 2 } as const;

export function renderPrometheus(report: Report): string {
  const gate = String(report.gateId ?? '');
  const verdict = new Family('model_gate_verdict', 'Gate verdict: 0 pass, 1 warn, 2 fail.');
  const checks = new Family('model_gate_checks', 'Number of checks by status.');
  const metric = new Family('model_gate_metric', 'Metric value by model (candidate, baseline, production).');
  const lower = new Family('model_gate_metric_ci_lower', 'Lower end of the bootstrap interval of a metric.');
  const upper = new Family('model_gate_metric_ci_upper', 'Upper end of the bootstrap interval of a metric.');
  const delta = new Family(
    'model_gate_metric_delta',
    'Paired difference candidate minus baseline of a metric.',
  );
  const score = new Family(
    'model_gate_feature_drift_score',
    'Drift score of a feature by the deciding test (p-value, index or distance).',
  );
  const drifted = new Family(
    'model_gate_feature_drifted',
    'Whether a tested feature drifted (1) or not (0).',
  );
  const threshold = new Family(
    'model_gate_feature_drift_threshold',
    'Threshold of a feature drift test after correction (drift below it for p-values, at or above it otherwise).',
  );
  const driftLower = new Family(
    'model_gate_feature_drift_ci_lower',
    'Lower end of a distance interval under drift.decide_on: effect (drift when it reaches the threshold).',
  );
  const driftUpper = new Family(
    'model_gate_feature_drift_ci_upper',
    'Upper end of a distance interval under drift.decide_on: effect.',
  );
  const familySize = new Family(
    'model_gate_test_family_size',
    'Tests corrected together under drift.correction_family: gate (features, prediction drift, segment rules).',
  );
  const rule = new Family(
    'model_gate_metric_rule',
    'A min or max rule on a candidate metric (rule = min | max), from performance.metrics.',
  );
  const pred = new Family('model_gate_prediction_drift_score', 'Drift score of the model output column.');
  const share = new Family('model_gate_dataset_drift_share', 'Share of tested features that drifted.');
  const dataset = new Family('model_gate_dataset_drift', 'Whether the dataset drifts (1) or not (0).');
  const v = report.verdict;
  if (v === 'pass' || v === 'warn' || v === 'fail') verdict.add({ gate }, VERDICT_VALUE[v]);
  const s = report.summary;
  if (s) {
    checks.add({ gate, status: 'pass' }, s.passed);
    checks.add({ gate, status: 'warn' }, s.warned);
    checks.add({ gate, status: 'fail' }, s.failed);
    checks.add({ gate, status: 'skip' }, s.skipped);
  }
  const p = report.performance;
  const models: [string, Record<string, Estimate> | undefined][] = [
    ['candidate', p?.candidate?.metrics],
    ['baseline', p?.baseline?.metrics],
    ['production', p?.production?.metrics],
    ['shadow_candidate', report.shadow?.candidate?.metrics],
    ['champion', report.shadow?.champion?.metrics],
    ['estimated', p?.estimated?.metrics],
  ];
  for (const [model, metrics] of models) {
    for (const [id, e] of Object.entries(metrics ?? {})) {
      metric.add({ gate, model, metric: id }, e?.value);
      lower.add({ gate, model, metric: id }, e?.ci?.[0]);
      upper.add({ gate, model, metric: id }, e?.ci?.[1]);
    }
  }
  for (const [id, e] of Object.entries(p?.deltas ?? {})) delta.add({ gate, metric: id }, e?.value);
  for (const f of report.drift?.features ?? []) {
    if (f.skipped) continue;
    score.add({ gate, feature: f.name, method: f.method }, f.score);
    drifted.add({ gate, feature: f.name }, f.drifted);
    threshold.add({ gate, feature: f.name, method: f.method }, f.threshold);
    driftLower.add({ gate, feature: f.name, method: f.method }, f.interval?.lower);
    driftUpper.add({ gate, feature: f.name, method: f.method }, f.interval?.upper);
  }
  if (report.family) familySize.add({ gate, correction: report.family.correction }, report.family.size);
  for (const c of report.checks ?? []) {
    const m = /^performance\.(.+)\.(min|max)$/.exec(c.id);
    if (m) rule.add({ gate, metric: m[1]!, rule: m[2]! }, c.threshold);
  }
  const pd = report.predictionDrift;
  if (pd && !pd.skipped) pred.add({ gate, column: pd.name, method: pd.method }, pd.score);
  if (report.drift) {
    share.add({ gate }, report.drift.share);
    dataset.add({ gate }, report.drift.datasetDrift);
  }
  return [
    verdict,
    checks,
    metric,
    lower,
    upper,
    delta,
    rule,
    score,
    drifted,
    threshold,
    driftLower,
    driftUpper,
    familySize,
    pred,
    share,
    dataset,
    ...releaseFamilies(report, gate),
  ]
    .map((f) => f.text())
    .join('');
}

/** the serving measures and the shadow comparison (issue 12) */
function releaseFamilies(report: Report, gate: string): Family[] {
  const serving = new Family(
    'model_gate_serving',
    'Serving measure: latency quantiles (column unit), shares over a latency, error rate, throughput per second.',
  );
  const servingLower = new Family('model_gate_serving_ci_lower', 'Lower end of a serving measure interval.');
  const servingUpper = new Family('model_gate_serving_ci_upper', 'Upper end of a serving measure interval.');
  const shadow = new Family(
    'model_gate_shadow',
    'Shadow comparison on live traffic: agreement, share of decisions flipping at the threshold, mean shift.',
  );

  const sv = report.serving;
  const measures: [string, Estimate | null | undefined][] = [
    ['latency_p50', sv?.latency?.quantiles.p50],
    ['latency_p95', sv?.latency?.quantiles.p95],
    ['latency_p99', sv?.latency?.quantiles.p99],
    ['latency_share_over', sv?.latency?.over?.share],
    ['error_rate', sv?.errors?.rate],
    ['throughput_per_second', sv?.throughput?.perSecond],
  ];
  for (const [measure, e] of measures) {
    serving.add({ gate, measure }, e?.value);
    servingLower.add({ gate, measure }, e?.ci?.[0]);
    servingUpper.add({ gate, measure }, e?.ci?.[1]);
  }
  const sh = report.shadow;
  shadow.add({ gate, measure: 'agreement' }, sh?.agreement?.value);
  shadow.add({ gate, measure: 'flip_share' }, sh?.flips?.share.value);
  shadow.add({ gate, measure: 'shift' }, sh?.shift?.value);
  const mv = new Family(
    'model_gate_multivariate',
    'Multivariate drift: the domain classifier AUC and p-value, MMD² and its p-value.',
  );
  const mvDrift = new Family(
    'model_gate_multivariate_drift',
    'Whether drift.multivariate says drift (1) or not (0).',
  );
  const m = report.drift?.multivariate;
  if (m && !m.skipped) {
    mv.add({ gate, measure: 'classifier_auc' }, m.classifier?.auc.value);
    mv.add({ gate, measure: 'classifier_p_value' }, m.classifier?.pValue);
    mv.add({ gate, measure: 'mmd2' }, m.mmd?.mmd2);
    mv.add({ gate, measure: 'mmd_p_value' }, m.mmd?.pValue);
    mvDrift.add({ gate }, m.drifted);
  }
  return [serving, servingLower, servingUpper, shadow, mv, mvDrift];
}
