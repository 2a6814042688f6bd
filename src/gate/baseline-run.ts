/**
 * The baseline from a past green run (issue 12): that run's report (and, when it stored them, its holdout
 * predictions) stands in for a baseline file. Pure: judges a parsed report.json and derives from it.
 *
 * - checkStoredReport: schemaVersion 1, a performance section, the same task — else one input error
 *   naming the run ("the report of run 123 on main has schemaVersion 2; …").
 * - pointDeltas: without stored predictions the comparison is metric against metric: the delta is the
 *   point difference, with no interval (and the reason), so interval-mode rules fall back to the point.
 * - historyPoints: the gated metrics of each stored report (oldest first) and this run's, for the trend.
 */
import type { PerformanceConfig } from '../config/types.js';
import type { BaselineRun, Estimate, HistoryPoint, ModelMetrics } from '../contract/report.js';
import { inputError } from '../errors.js';

/** a past run as the action found it: where it is, its parsed report, its stored predictions file */
export interface StoredRun {
  run: Omit<BaselineRun, 'predictions'>;
  report: unknown;
  predictions: string | null;
}

export function runLabel(run: Omit<BaselineRun, 'predictions'>): string {
  return `run ${run.runId} on ${run.branch}`;
}

interface StoredPerformance {
  task: string;
  candidate: ModelMetrics;
}

/** the stored report's performance, or one input error naming the run */
export function checkStoredReport(stored: StoredRun, config: PerformanceConfig): StoredPerformance {
  const label = runLabel(stored.run);
  const r = stored.report as { schemaVersion?: unknown; performance?: unknown } | null;
  if (r === null || typeof r !== 'object')
    throw inputError(`report.json of ${label} is not a model-gate report (not a JSON object)`);
  if (r.schemaVersion !== 1)
    throw inputError(
      `the report of ${label} has schemaVersion ${JSON.stringify(r.schemaVersion ?? null)}; this model-gate reads schemaVersion 1 (compare with a run of a compatible version, or pass a baseline file)`,
    );
  const p = r.performance as
    { task?: unknown; candidate?: { rows?: unknown; metrics?: unknown } } | null | undefined;
  if (
    !p ||
    typeof p !== 'object' ||
    !p.candidate ||
    typeof p.candidate.metrics !== 'object' ||
    p.candidate.metrics === null
  )
    throw inputError(
      `the report of ${label} has no performance section (a drift-only run?); it cannot serve as the baseline`,
    );
  if (p.task !== config.task)
    throw inputError(
      `the report of ${label} is for task ${String(p.task)}; this gate's task is ${config.task}`,
    );
  return { task: p.task as string, candidate: p.candidate as ModelMetrics };
}

/** candidate − stored baseline, metric by metric, as point differences without an interval */
export function pointDeltas(
  candidate: Record<string, Estimate>,
  baseline: Record<string, Estimate>,
  label: string,
): Record<string, Estimate> {
  const out: Record<string, Estimate> = {};
  for (const [id, c] of Object.entries(candidate)) {
    const b = baseline[id];
    if (!b || typeof b.value !== 'number' || c.value === null) {
      out[id] = { value: null, ci: null, reason: `${id} is undefined for the candidate or for ${label}` };
      continue;
    }
    out[id] = {
      value: c.value - b.value,
      ci: null,
      reason: `${label} stored no holdout predictions: no paired interval`,
    };
  }
  return out;
}

/** the gated metrics (performance.metrics) of stored reports, oldest first, then this run's */
export function historyPoints(
  config: PerformanceConfig,
  stored: readonly StoredRun[],
  current: Record<string, Estimate>,
  createdAt: string,
): HistoryPoint[] {
  const ids = Object.keys(config.performance.metrics);
  const pick = (metrics: Record<string, Estimate> | undefined) =>
    Object.fromEntries(
      ids.map((id) => [id, typeof metrics?.[id]?.value === 'number' ? metrics[id]!.value : null]),
    );
  const points: HistoryPoint[] = [];
  for (const s of stored) {
    const r = s.report as {
      schemaVersion?: unknown;
      createdAt?: unknown;
      performance?: { task?: unknown; candidate?: { metrics?: Record<string, Estimate> } } | null;
    };
    // an older report another version wrote, or of another task, is left out of the trend (not an error)
    if (r?.schemaVersion !== 1 || r.performance?.task !== config.task) continue;
    points.push({
      runId: s.run.runId,
      url: s.run.url,
      sha: s.run.sha,
      createdAt: s.run.createdAt ?? (typeof r.createdAt === 'string' ? r.createdAt : ''),
      metrics: pick(r.performance?.candidate?.metrics),
    });
  }
  points.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  points.push({ runId: null, url: null, sha: null, createdAt, metrics: pick(current) });
  return points;
}
