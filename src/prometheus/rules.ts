/**
 * `model-gate rules`: alert rules to copy for the gauges metrics.prom exports (src/report/prometheus.ts),
 * as a Prometheus rules file or a Kubernetes PrometheusRule (prometheus-operator). One group, four alerts:
 * the verdict failed, the dataset drifted, a feature drifted (its score past its threshold, in the test's
 * direction: model_gate_feature_drifted), and a candidate metric below its min or above its max rule. Checked
 * with `promtool check rules` in the tests. Pure: returns the YAML text.
 */
export const RULES_FORMATS = ['prometheus', 'prometheus-rule'] as const;
export type RulesFormat = (typeof RULES_FORMATS)[number];

const ALERTS = `    rules:
      - alert: ModelGateFailed
        expr: model_gate_verdict == 2
        labels:
          severity: critical
        annotations:
          summary: 'model-gate {{ $labels.gate }}: the gate failed'
          description: 'A check at or above fail_on failed; the report artifact says which.'
      - alert: ModelGateDatasetDrift
        expr: model_gate_dataset_drift == 1
        labels:
          severity: warning
        annotations:
          summary: 'model-gate {{ $labels.gate }}: dataset drift'
          description: 'The share of drifted features (model_gate_dataset_drift_share) reached drift.share.'
      - alert: ModelGateFeatureDrift
        expr: model_gate_feature_drifted == 1
        labels:
          severity: warning
        annotations:
          summary: 'model-gate {{ $labels.gate }}: feature {{ $labels.feature }} drifted'
          description: 'Its score (model_gate_feature_drift_score; under decide_on: effect, model_gate_feature_drift_ci_lower) is past its threshold (model_gate_feature_drift_threshold).'
      - alert: ModelGateMetricBelowMin
        expr: model_gate_metric{model="candidate"} < on(gate, metric) group_left() model_gate_metric_rule{rule="min"}
        labels:
          severity: warning
        annotations:
          summary: 'model-gate {{ $labels.gate }}: {{ $labels.metric }} below its min rule'
          description: '{{ $labels.metric }} is {{ $value }}, under performance.metrics.{{ $labels.metric }}.min.'
      - alert: ModelGateMetricAboveMax
        expr: model_gate_metric{model="candidate"} > on(gate, metric) group_left() model_gate_metric_rule{rule="max"}
        labels:
          severity: warning
        annotations:
          summary: 'model-gate {{ $labels.gate }}: {{ $labels.metric }} above its max rule'
          description: '{{ $labels.metric }} is {{ $value }}, over performance.metrics.{{ $labels.metric }}.max.'
`;

export function renderRules(format: RulesFormat): string {
  if (format === 'prometheus') return `groups:\n  - name: model-gate\n${ALERTS}`;
  return `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: model-gate
spec:
  groups:
    - name: model-gate
${ALERTS.replace(/^/gm, '  ').replace(/ +$/gm, '')}`;
}
