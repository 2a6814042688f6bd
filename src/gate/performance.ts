/**
 * Model performance (DESIGN §2, §3, §6, §7): the prepared inputs (src/prepare/performance.ts), every
 * metric of the task with bootstrap intervals and paired deltas (src/metrics, resamples shared with the
 * executor's workers), the segments on the same resamples, production metrics on a labelled `current`, the
 * curves, and the rule checks (./rules/performance.ts).
 */
import type { PerformanceConfig } from '../config/types.js';
import type { Executor } from '../contract/executor.js';
import type { Task } from '../contract/kinds.js';
import type {
  Check,
  ModelMetrics,
  PerformanceCurves,
  PerformanceSection,
  SegmentGap,
  SegmentMetrics,
} from '../contract/report.js';
import type { Table } from '../contract/table.js';
import type { Evaluation } from '../metrics/bootstrap.js';
import { evaluate, type EvaluateOptions } from '../metrics/intervals.js';
import { binaryCurves, multiclassCurves } from '../metrics/curves.js';
import type { TaskInput } from '../metrics/inputs.js';
import { sharedResamples } from '../metrics/parallel.js';
import { type MetricDef, METRICS } from '../metrics/registry.js';
import { MIN_SEGMENT_ROWS } from '../metrics/settings.js';
import type { ModelOutputs } from '../prepare/outputs.js';
import { preparePerformance, prepareProduction, type PerformanceTables } from '../prepare/performance.js';
import type { SegmentRows } from '../prepare/segments.js';
import { ruleChecks, segmentChecks, validateRules } from './rules/performance.js';
import { ruleResolution } from './rules/resolution.js';
import { pointDeltas } from './baseline-run.js';

export { MIN_SEGMENT_ROWS, type PerformanceTables };

export interface PerformanceResult {
  section: PerformanceSection;
  checks: Check[];
  /** the candidate's prepared holdout outputs (CBPE calibrates on them) */
  candidate: TaskInput;
}

export function buildPerformance(
  config: PerformanceConfig,
  tables: PerformanceTables,
  executor: Executor,
  /** a past run's metrics standing in for a baseline file (issue 12: baseline-from), when there is none */
  stored: { metrics: ModelMetrics; label: string } | null = null,
): PerformanceResult {
  validateRules(config);
  const prepared = preparePerformance(config, tables);
  const { outputs, candidate, baseline } = prepared;
  const options: EvaluateOptions = {
    method: config.performance.intervals,
    resamples: config.performance.resamples,
    confidence: config.performance.confidence,
    seed: config.performance.seed,
    // resamples also on the executor's workers (the report is the same either way)
    parallel: sharedResamples(executor),
  };
  // segments: on the holdout's resamples up to BOOTSTRAP_MAX_ROWS, else by their own size (metrics/intervals.ts)
  const evaluation = evaluate(
    candidate,
    baseline,
    options,
    prepared.segments.map((s) => s.rows),
  );
  const notes = [...evaluation.notes, ...prepared.notes];
  const rows = candidate.data.y.length;
  const segments = segmentMetrics(prepared.segments, evaluation.segments, notes);
  const production = tables.current
    ? productionMetrics(config, tables.holdout, tables.current, outputs, notes, options)
    : null;
  const task = config.task;
  const section: PerformanceSection = {
    task,
    positiveLabel: outputs.positiveLabel,
    decisionThreshold: task === 'binary' ? config.decision_threshold : null,
    classes: outputs.classes,
    candidate: { rows, metrics: evaluation.candidate },
    baseline: evaluation.baseline
      ? { rows, metrics: evaluation.baseline }
      : stored
        ? { rows: stored.metrics.rows, metrics: stored.metrics.metrics }
        : null,
    deltas:
      evaluation.deltas ??
      (stored ? pointDeltas(evaluation.candidate, stored.metrics.metrics, stored.label) : null),
    segments,
    segmentGaps: segmentGaps(task, segments),
    production,
    curves: {
      candidate: curvesOf(outputs, candidate),
      baseline: baseline ? curvesOf(outputs, baseline) : null,
    },
    notes,
  };
  section.resolution = ruleResolution(config, section);
  return {
    section,
    checks: [...ruleChecks(config, section), ...segmentChecks(config, section)],
    candidate,
  };
}

function curvesOf(outputs: ModelOutputs, input: TaskInput): PerformanceCurves {
  if (input.task === 'binary') return binaryCurves(input.data, outputs.classes as [string, string]);
  if (input.task === 'multiclass') return multiclassCurves(input.data);
  return {};
}

function productionMetrics(
  config: PerformanceConfig,
  holdout: Table,
  current: Table,
  outputs: ModelOutputs,
  notes: string[],
  options: EvaluateOptions,
): ModelMetrics | null {
  if (!current.columns.has(config.columns.target)) return null;
  const p = prepareProduction(config, holdout, current, outputs);
  if (!('input' in p)) {
    notes.push(`production: ${p.note}`);
    return null;
  }
  if (p.note) notes.push(`production: ${p.note}`);
  const e = evaluate(p.input, null, options);
  notes.push(...e.notes.map((n) => `production ${n}`));
  return { rows: p.input.data.y.length, metrics: e.candidate };
}

function segmentMetrics(
  groups: readonly SegmentRows[],
  evaluations: readonly Evaluation[],
  notes: string[],
): SegmentMetrics[] {
  return groups.map((s, k) => {
    const e = evaluations[k]!;
    notes.push(...e.notes.map((n) => `segment ${s.column}=${s.value} ${n}`));
    return {
      column: s.column,
      value: s.value,
      rows: s.rows.length,
      gated: s.rows.length >= MIN_SEGMENT_ROWS,
      metrics: e.candidate,
    };
  });
}

/** per segment column and metric: the best and worst gated segments and the gap between them */
function segmentGaps(task: Task, segments: readonly SegmentMetrics[]): SegmentGap[] {
  const out: SegmentGap[] = [];
  const columns = [...new Set(segments.map((s) => s.column))];
  for (const col of columns) {
    const gated = segments.filter((s) => s.column === col && s.gated);
    for (const def of METRICS[task] as readonly MetricDef[]) {
      const values = gated
        .map((s) => ({ value: s.value, metric: s.metrics[def.id]?.value ?? null }))
        .filter((v): v is { value: string; metric: number } => v.metric !== null);
      if (values.length < 2) continue;
      let best = values[0]!;
      let worst = values[0]!;
      for (const v of values) {
        if (def.higherIsBetter ? v.metric > best.metric : v.metric < best.metric) best = v;
        if (def.higherIsBetter ? v.metric < worst.metric : v.metric > worst.metric) worst = v;
      }
      out.push({ column: col, metric: def.id, gap: Math.abs(best.metric - worst.metric), best, worst });
    }
  }
  return out;
}
