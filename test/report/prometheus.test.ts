import { describe, expect, it } from 'vitest';
import { renderPrometheus } from '../../src/report/prometheus.js';
import { SAMPLES, binaryReport, hostileReport } from './samples.js';

const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:\\\\[\\\\"n]|[^"\\\\\\n])*"';
const SAMPLE = new RegExp(
  `^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{(${LABEL}(?:,${LABEL})*)?\\} (-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?|[+-]Inf)$`,
);

/** parses the text format strictly enough to catch malformed lines; returns series by name */
function parse(text: string): Map<string, string[]> {
  const families = new Map<string, string[]>();
  const typed = new Set<string>();
  const seen = new Set<string>();
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.slice(0, -1).split('\n')) {
    const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+$/.exec(line);
    if (help) continue;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) gauge$/.exec(line);
    if (type) {
      expect(typed.has(type[1]!), `TYPE once for ${type[1]}`).toBe(false);
      typed.add(type[1]!);
      continue;
    }
    const m = SAMPLE.exec(line);
    expect(m, `malformed line: ${line}`).not.toBeNull();
    const name = m![1]!;
    expect(typed.has(name), `TYPE before samples of ${name}`).toBe(true);
    const series = line.slice(0, line.lastIndexOf(' '));
    expect(seen.has(series), `duplicate series ${series}`).toBe(false);
    seen.add(series);
    families.set(name, [...(families.get(name) ?? []), line]);
  }
  return families;
}

describe('renderPrometheus', () => {
  it.each(Object.keys(SAMPLES))('%s: every line parses, no NaN', (name) => {
    const text = renderPrometheus(SAMPLES[name]!());
    expect(text).not.toContain('NaN');
    parse(text);
  });

  it('writes the verdict, checks, metrics, deltas and drift gauges', () => {
    const f = parse(renderPrometheus(binaryReport()));
    expect(f.get('model_gate_verdict')).toEqual(['model_gate_verdict{gate="fraud-model"} 2']);
    expect(f.get('model_gate_checks')).toContain('model_gate_checks{gate="fraud-model",status="fail"} 1');
    expect(f.get('model_gate_metric')).toContain(
      'model_gate_metric{gate="fraud-model",model="candidate",metric="roc_auc"} 0.912',
    );
    expect(f.get('model_gate_metric')).toContain(
      'model_gate_metric{gate="fraud-model",model="baseline",metric="roc_auc"} 0.921',
    );
    expect(f.get('model_gate_metric_delta')).toHaveLength(9);
    expect(f.get('model_gate_feature_drift_score')).toHaveLength(29); // 30 features, one skipped
    expect(f.get('model_gate_feature_drifted')!.filter((l) => l.endsWith(' 1'))).toHaveLength(4);
    expect(f.get('model_gate_dataset_drift')).toEqual(['model_gate_dataset_drift{gate="fraud-model"} 0']);
    expect(f.has('model_gate_dataset_drift_share')).toBe(true);
  });

  it("writes the effect rule's intervals and the gate-wide family size when present", () => {
    const report = binaryReport();
    expect(renderPrometheus(report)).not.toContain('model_gate_feature_drift_ci_lower');
    expect(renderPrometheus(report)).not.toContain('model_gate_test_family_size');
    const f = report.drift!.features.find((x) => !x.skipped && x.method === 'wasserstein')!;
    f.interval = { lower: 0.118, upper: 0.166 };
    report.family = {
      scope: 'gate',
      correction: 'holm',
      size: 37,
      members: { drift: 30, predictionDrift: 1, segments: 6 },
    };
    const series = parse(renderPrometheus(report));
    expect(series.get('model_gate_feature_drift_ci_lower')).toEqual([
      `model_gate_feature_drift_ci_lower{gate="fraud-model",feature="${f.name}",method="wasserstein"} 0.118`,
    ]);
    expect(series.get('model_gate_feature_drift_ci_upper')).toHaveLength(1);
    expect(series.get('model_gate_test_family_size')).toEqual([
      'model_gate_test_family_size{gate="fraud-model",correction="holm"} 37',
    ]);
  });

  it('escapes label values and omits undefined values', () => {
    const text = renderPrometheus(hostileReport());
    const f = parse(text);
    expect(text).toContain('feature="line\\nbreak_4"');
    expect(text).toContain('gate="hostile<script>|@x"');
    expect(text).toContain('feature="=cmd|\\" /C calc\\"!A0_9"');
    // roc_auc is NaN in the hostile report: omitted; +Inf is allowed by the format
    expect(f.get('model_gate_metric')!.some((l) => l.includes('model="candidate",metric="roc_auc"'))).toBe(
      false,
    );
    expect(f.has('model_gate_dataset_drift_share')).toBe(false);
    expect(f.get('model_gate_metric')).toContain(
      'model_gate_metric{gate="hostile<script>|@x",model="candidate",metric="<script>m</script>"} +Inf',
    );
  });
});
