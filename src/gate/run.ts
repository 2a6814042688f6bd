/**
 * Orchestration: plans the reads (src/prepare/plan.ts: only the columns needed, with the kinds the config
 * forces), reads every input at once through src/io, runs performance, drift and quality, collects the
 * checks and gives the verdict. Work goes through the injected executor (the entries inject the threaded
 * one; tests the in-process one); the result is a plain Report.
 */
import { displayPath } from '../contract/display-path.js';
import { performanceConfig, type Config, type PerformanceConfig } from '../config/types.js';
import { INPUT_ROLES, type InputRole } from '../contract/kinds.js';
import { readTables } from '../io/parallel.js';
import type { Executor } from '../contract/executor.js';
import { readColumnSchema } from '../io/read.js';
import { rowsOf, takeProfile } from './profile-drift.js';
import type { Table } from '../contract/table.js';
import type { Check, InputSummary, ModelMetrics, Report } from '../contract/report.js';
import { VERSION } from '../version.js';
import { GateError, isGateError } from '../errors.js';
import { buildDrift, type DriftResult } from './drift.js';
import { buildPerformance } from './performance.js';
import { buildServing } from './serving.js';
import { buildEstimated, validateEstimated } from './estimated.js';
import { checkStoredReport, historyPoints, runLabel, type StoredRun } from './baseline-run.js';
import { buildShadow } from './shadow.js';
import { shadowConfigured } from '../prepare/shadow.js';
import { sharedResamples } from '../metrics/parallel.js';
import type { EvaluateOptions } from '../metrics/intervals.js';
import { servingColumns } from '../prepare/serving.js';
import { shadowColumns } from '../prepare/shadow.js';
import { correctFamily, segmentMembers } from './family.js';
import { segmentChecks } from './rules/performance.js';
import { driftReadPlan, mergePlans, performanceColumns, type ReadPlan } from '../prepare/plan.js';
import { predictionSource } from '../prepare/features.js';
import * as say from './messages.js';
import * as release from './messages-release.js';
import { describeSettings } from './settings.js';
import { summarize, verdictOf } from './verdict.js';

export interface GateOptions {
  /** identifies this gate's PR comment; several gates may run in one repository */
  gateId: string;
  /** the report's createdAt; injectable so tests are reproducible */
  now?: Date;
  /** input paths in the report are shown relative to this folder (default: as configured, absolute) */
  cwd?: string;
  /** where work runs: the CLI and the action inject the threaded executor, tests the in-process one */
  executor: Executor;
  /**
   * the last green run's report standing in for a baseline file (action input baseline-from, or the CLI's
   * --baseline-report); ignored when a baseline input is given
   */
  baselineRun?: StoredRun | null;
  /** earlier green runs' reports for the trend of the gated metrics (any order) */
  history?: readonly StoredRun[];
}

export async function runGate(given: Config, options: GateOptions): Promise<Report> {
  const { executor } = options;
  validateEstimated(given);
  const fromRun = storedBaseline(given, options.baselineRun ?? null);
  // a stored run's holdout predictions are read as the baseline file
  const config: Config = fromRun?.predictions
    ? { ...given, inputs: { ...given.inputs, baseline: fromRun.predictions } }
    : given;
  const names: Partial<Record<InputRole, readonly string[]>> = {};
  const nested: Partial<Record<InputRole, readonly string[]>> = {};
  const profiles: Partial<Record<InputRole, Table>> = {};
  for (const role of INPUT_ROLES) {
    const path = config.inputs[role];
    if (!path) continue;
    if (await takeProfile(role, path, options.cwd, asTyped, { profiles, names, nested })) continue;
    let schema: Awaited<ReturnType<typeof readColumnSchema>>;
    try {
      schema = await asTyped(path, options.cwd, () => readColumnSchema(path));
    } catch (e) {
      if (!(role === 'baseline' && fromRun && isGateError(e))) throw e;
      fromRun.notes.push(storedUnreadable(fromRun, e));
      continue;
    }
    names[role] = schema.names;
    nested[role] = schema.nested;
  }

  // performance runs with a holdout, and then resolveConfig has required task and target
  const perf = names.holdout !== undefined ? performanceConfig(config) : null;
  const plans = readPlans(config, perf, names, nested);

  // every input at once (Parquet on worker threads); the first failing input in role order is reported
  const reading = INPUT_ROLES.flatMap((role) => {
    const path = config.inputs[role];
    const plan = plans[role];
    return path && plan && !profiles[role]
      ? [{ role, path, options: { columns: plan.columns, kinds: plan.kinds, exact: plan.exact } }]
      : [];
  });
  const read = await readTables(reading, executor);
  const tables: Partial<Record<InputRole, Table>> = { ...profiles };
  for (const [k, { role, path }] of reading.entries()) {
    const outcome = read[k]!;
    if (outcome.status === 'rejected' && role === 'baseline' && fromRun) {
      fromRun.notes.push(storedUnreadable(fromRun, outcome.reason));
      continue;
    }
    if (outcome.status === 'rejected') throw asTypedError(outcome.reason, path, options.cwd);
    // later messages (labels, pairing, kinds) name the file as the user typed it, too
    tables[role] = { ...outcome.value, path: displayPath(path, options.cwd) };
  }

  const checks: Check[] = [];
  const skipped: Report['skipped'] = [];
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'model-gate', version: VERSION },
    createdAt: (options.now ?? new Date()).toISOString(),
    gateId: options.gateId,
    verdict: 'pass',
    summary: { passed: 0, warned: 0, failed: 0, skipped: 0 },
    checks,
    inputs: inputSummaries(config, tables, names, options.cwd),
    settings: describeSettings(config, options.cwd),
    performance: null,
    drift: null,
    predictionDrift: null,
    quality: null,
    skipped,
  };

  // Drift runs on worker threads while performance (bootstrap) runs here. The workers take the feature
  // columns (transfer): nothing else reads them; model outputs and labels are copied, never moved.
  const driftPending =
    tables.reference && tables.current
      ? buildDrift(config, tables.reference, tables.current, predictionSource(config, tables), executor, {
          transfer: true,
        })
      : null;
  // a failure below must not leave the workers running, nor the drift promise unobserved
  const settleDrift = () => driftPending?.catch(() => undefined);

  let performanceChecks: Check[] = [];
  if (tables.holdout && perf) {
    try {
      performanceChecks = performanceInto(report, perf, tables, executor, fromRun, options.history ?? []);
    } catch (e) {
      await settleDrift();
      throw e;
    }
  } else {
    skipSection(checks, skipped, 'performance', say.sectionSkipped('performance', ''));
    if (config.production.estimated !== null) skipped.push(release.estimatedNeedsHoldout());
  }

  let drift = driftPending ? await driftPending : null;
  if (config.drift.correction_family === 'gate') {
    const joint = gateFamily(config, perf, report, drift, performanceChecks);
    drift = joint.drift;
    performanceChecks = joint.performanceChecks;
  }
  checks.push(...performanceChecks);

  if (drift) {
    report.drift = drift.drift;
    report.predictionDrift = drift.predictionDrift;
    report.quality = drift.quality;
    checks.push(...drift.checks);
  } else {
    const missing = (['reference', 'current'] as const).filter((r) => !tables[r]).join(' and ');
    skipSection(checks, skipped, 'drift', say.sectionSkipped('drift', missing));
  }

  releaseSections(config, tables, executor, report, checks, skipped);

  report.verdict = verdictOf(checks);
  report.summary = summarize(checks);
  return report;
}

/** one family: the features' and the prediction's p-value tests and the segment rules (./family.ts) */
function gateFamily(
  config: Config,
  perf: PerformanceConfig | null,
  report: Report,
  drift: DriftResult | null,
  performanceChecks: Check[],
): { drift: DriftResult | null; performanceChecks: Check[] } {
  const segments = perf && report.performance ? segmentMembers(perf, report.performance) : [];
  const family = correctFamily([...(drift?.members ?? []), ...segments], config.drift.correction);
  report.family = family.summary;
  return {
    drift: drift ? drift.redecide(family) : null,
    performanceChecks:
      perf && report.performance
        ? [
            ...performanceChecks.filter((c) => c.group !== 'segments'),
            ...segmentChecks(perf, report.performance, family),
          ]
        : performanceChecks,
  };
}

/** which columns of each input are read, with which kinds (src/prepare/plan.ts) */
function readPlans(
  config: Config,
  perf: PerformanceConfig | null,
  names: Partial<Record<InputRole, readonly string[]>>,
  nested: Partial<Record<InputRole, readonly string[]>>,
): Partial<Record<InputRole, ReadPlan>> {
  const plans: Partial<Record<InputRole, ReadPlan>> = {};
  if (perf && names.holdout) plans.holdout = performanceColumns(perf, 'holdout', names.holdout);
  if (perf && names.baseline) plans.baseline = performanceColumns(perf, 'baseline', names.baseline);
  if (names.reference) plans.reference = driftReadPlan(config, names.reference, nested.reference);
  const serving: ReadPlan = { columns: servingColumns(config), kinds: {} };
  if (names.current) {
    const drift = driftReadPlan(config, names.current, nested.current);
    const labelled = perf !== null && names.current.includes(perf.columns.target);
    let plan = labelled ? mergePlans(drift, performanceColumns(perf, 'current', names.current)) : drift;
    plan = mergePlans(plan, shadowColumns(config, names.current));
    // without a serving input, the serving columns come from current (a missing one is the reader's error)
    plans.current = names.serving ? plan : mergePlans(plan, serving);
  }
  if (names.serving) plans.serving = serving;

  return plans;
}

/**
 * The performance section into the report, with its checks; a stored run's predictions that do not pair
 * with this holdout give way to the run's metrics (with a note), and stored runs give the trend
 */
function performanceInto(
  report: Report,
  perf: PerformanceConfig,
  tables: Partial<Record<InputRole, Table>>,
  executor: Executor,
  fromRun: FromRun | null,
  history: readonly StoredRun[],
): Check[] {
  const holdout = tables.holdout!;
  const current = rowsOf(tables.current)?.columns.has(perf.columns.target) ? tables.current! : null;
  const stored = fromRun ? { metrics: fromRun.metrics, label: fromRun.label } : null;
  const build = (baseline: Table | null) =>
    buildPerformance(perf, { holdout, baseline, current }, executor, stored);
  let built: ReturnType<typeof buildPerformance>;
  try {
    built = build(tables.baseline ?? null);
  } catch (e) {
    if (!(fromRun && tables.baseline && isGateError(e))) throw e;
    fromRun.notes.push(storedUnreadable(fromRun, e));
    delete tables.baseline;
    built = build(null);
  }
  built.section.notes.push(...(fromRun?.notes ?? []));
  report.performance = built.section;
  const checks = built.checks;
  if (perf.production.estimated !== null) {
    const e = buildEstimated(perf, holdout, built.candidate, rowsOf(tables.current), built.section);
    built.section.estimated = e.section;
    checks.push(...e.checks);
    if (e.skip !== null) report.skipped.push({ section: 'production.estimated', reason: e.skip });
  }
  if (fromRun) report.baselineRun = { ...fromRun.run, predictions: tables.baseline !== undefined };
  if (history.length > 0)
    report.history = historyPoints(perf, history, built.section.candidate.metrics, report.createdAt);
  return checks;
}

interface FromRun {
  run: StoredRun['run'];
  label: string;
  metrics: ModelMetrics;
  /** the stored predictions file used as the baseline input, or null */
  predictions: string | null;
  notes: string[];
}

/** the stored run that stands in for the baseline, checked; null when a baseline input is given */
function storedBaseline(config: Config, stored: StoredRun | null): FromRun | null {
  if (!stored || config.inputs.baseline || !config.inputs.holdout) return null;
  const perf = checkStoredReport(stored, performanceConfig(config));
  return {
    run: stored.run,
    label: runLabel(stored.run),
    metrics: perf.candidate,
    predictions: stored.predictions,
    notes: [],
  };
}

function storedUnreadable(fromRun: FromRun, e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  return `baseline: the holdout predictions stored by ${fromRun.label} could not be used (${why}); compared with its metrics only`;
}

/** the shadow comparison and the serving SLOs (issue 12): sections, checks and skips, into the report */
function releaseSections(
  config: Config,
  tables: Partial<Record<InputRole, Table>>,
  executor: Executor,
  report: Report,
  checks: Check[],
  skipped: Report['skipped'],
): void {
  if (shadowConfigured(config)) {
    const perf = config.task !== null && config.columns.target !== null ? performanceConfig(config) : null;
    const why = !perf
      ? 'it needs task and columns.target (set them, with or without a holdout)'
      : !rowsOf(tables.current)
        ? tables.current
          ? 'current is a profile, which holds no rows'
          : 'no current input'
        : null;
    const built =
      why === null && perf && tables.current
        ? buildShadow(perf, tables.current, tables.holdout ?? null, shadowOptions(perf, executor))
        : { section: null, checks: [], skip: release.shadowSkipped(why!) };
    report.shadow = built.section;
    checks.push(...built.checks);
    if (built.skip !== null) skipSection(checks, skipped, 'shadow', built.skip);
  }
  const servingTable = tables.serving ?? rowsOf(tables.current);
  const serving = buildServing(config, servingTable, tables.serving ? 'serving' : 'current');
  if (serving.section) report.serving = serving.section;
  checks.push(...serving.checks);
}

function shadowOptions(config: PerformanceConfig, executor: Executor): EvaluateOptions {
  return {
    method: config.performance.intervals,
    resamples: config.performance.resamples,
    confidence: config.performance.confidence,
    seed: config.performance.seed,
    parallel: sharedResamples(executor),
  };
}

/**
 * Input errors name the file as the user typed it: config and flags resolve paths to absolute ones, and
 * the message shows them relative to the working folder again (as report.inputs does).
 */
async function asTyped<T>(path: string, cwd: string | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    throw asTypedError(e, path, cwd);
  }
}

/** the error with `path` shown as the user typed it (a GateError's message; anything else as it is) */
function asTypedError(e: unknown, path: string, cwd: string | undefined): unknown {
  const shown = displayPath(path, cwd);
  return isGateError(e) && shown !== path ? new GateError(e.code, e.message.split(path).join(shown)) : e;
}

/** a section that cannot run is a visible skip, never silently dropped (DESIGN §1) */
function skipSection(checks: Check[], skipped: Report['skipped'], section: string, reason: string): void {
  skipped.push({ section, reason });
  checks.push({
    id: `${section}.inputs`,
    group: 'inputs',
    subject: section,
    status: 'skip',
    severity: 'warn',
    value: null,
    threshold: null,
    message: reason,
  });
}

function inputSummaries(
  config: Config,
  tables: Partial<Record<InputRole, Table>>,
  names: Partial<Record<InputRole, readonly string[]>>,
  cwd: string | undefined,
): Partial<Record<InputRole, InputSummary>> {
  const out: Partial<Record<InputRole, InputSummary>> = {};
  for (const role of INPUT_ROLES) {
    const table = tables[role];
    const path = config.inputs[role];
    if (!table || !path) continue;
    out[role] = {
      path: displayPath(path, cwd),
      format: table.format,
      rows: table.rows,
      columns: [...(names[role] ?? table.columnNames)],
    };
  }
  return out;
}
