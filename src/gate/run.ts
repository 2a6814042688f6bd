/**
 * Orchestration: reads the inputs the config names (only the columns needed, with the kinds the config
 * forces), runs performance, drift and quality, collects the checks and gives the verdict. The only
 * input/output here is reading tables through src/io; the result is a plain Report.
 */
import { displayPath } from '../contract/display-path.js';
import type { Config } from '../config/types.js';
import type { InputRole } from '../contract/kinds.js';
import { INPUT_ROLES } from '../contract/kinds.js';
import { readTables, type ParallelReadOptions } from '../io/parallel.js';
import { readColumnSchema } from '../io/read.js';
import type { Column, Table } from '../contract/table.js';
import type { Check, InputSummary, Report } from '../contract/report.js';
import { VERSION } from '../version.js';
import { GateError, isGateError } from '../errors.js';
import { buildDriftAsync } from './drift.js';
import { buildPerformance, performanceColumns } from './performance.js';
import { driftReadPlan, mergePlans, type ReadPlan } from './plan.js';
import { describeSettings } from './settings.js';
import { summarize, verdictOf } from './verdict.js';

export interface GateOptions {
  /** identifies this gate's PR comment; several gates may run in one repository */
  gateId: string;
  /** the report's createdAt; injectable so tests are reproducible */
  now?: Date;
  /** input paths in the report are shown relative to this folder (default: as configured, absolute) */
  cwd?: string;
  /** reading on worker threads (default: the bundled read worker, when the inputs are large enough) */
  read?: ParallelReadOptions;
}

export async function runGate(config: Config, options: GateOptions): Promise<Report> {
  const names: Partial<Record<InputRole, readonly string[]>> = {};
  const nested: Partial<Record<InputRole, readonly string[]>> = {};
  for (const role of INPUT_ROLES) {
    const path = config.inputs[role];
    if (!path) continue;
    const schema = await asTyped(path, options.cwd, () => readColumnSchema(path));
    names[role] = schema.names;
    nested[role] = schema.nested;
  }

  const plans: Partial<Record<InputRole, ReadPlan>> = {};
  const performanceWanted = names.holdout !== undefined;
  if (names.holdout) plans.holdout = performanceColumns(config, 'holdout', names.holdout);
  if (names.baseline && performanceWanted)
    plans.baseline = performanceColumns(config, 'baseline', names.baseline);
  if (names.reference) plans.reference = driftReadPlan(config, names.reference, nested.reference);
  if (names.current) {
    const drift = driftReadPlan(config, names.current, nested.current);
    const labelled = performanceWanted && names.current.includes(config.columns.target);
    plans.current = labelled
      ? mergePlans(drift, performanceColumns(config, 'current', names.current))
      : drift;
  }

  // every input at once (Parquet on worker threads); the first failing input in role order is reported
  const reading = INPUT_ROLES.flatMap((role) => {
    const path = config.inputs[role];
    const plan = plans[role];
    return path && plan ? [{ role, path, options: { columns: plan.columns, kinds: plan.kinds } }] : [];
  });
  const read = await readTables(reading, options.read);
  const tables: Partial<Record<InputRole, Table>> = {};
  for (const [k, { role, path }] of reading.entries()) {
    const outcome = read[k]!;
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
      ? buildDriftAsync(config, tables.reference, tables.current, predictionSource(config, tables), {
          transfer: true,
        })
      : null;
  // a failure below must not leave the workers running, nor the drift promise unobserved
  const settleDrift = () => driftPending?.catch(() => undefined);

  if (tables.holdout) {
    const current =
      tables.current && tables.current.columns.has(config.columns.target) ? tables.current : null;
    let perf: ReturnType<typeof buildPerformance>;
    try {
      perf = buildPerformance(config, {
        holdout: tables.holdout,
        baseline: tables.baseline ?? null,
        current,
      });
    } catch (e) {
      await settleDrift();
      throw e;
    }
    report.performance = perf.section;
    checks.push(...perf.checks);
  } else {
    skipSection(checks, skipped, 'performance', 'no holdout input: performance checks were not run');
  }

  if (driftPending) {
    const drift = await driftPending;
    report.drift = drift.drift;
    report.predictionDrift = drift.predictionDrift;
    report.quality = drift.quality;
    checks.push(...drift.checks);
  } else {
    const missing = (['reference', 'current'] as const).filter((r) => !tables[r]).join(' and ');
    skipSection(checks, skipped, 'drift', `no ${missing} input: drift and data quality checks were not run`);
  }

  report.verdict = verdictOf(checks);
  report.summary = summarize(checks);
  return report;
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

/** the model output compared for prediction drift: reference's column, else the holdout's (DESIGN §4) */
function predictionSource(
  config: Config,
  tables: Partial<Record<InputRole, Table>>,
): { reference: Column | null; current: Column | null; label: string } | undefined {
  const output = config.columns.score ?? config.columns.prediction;
  if (!output) return undefined;
  const cur = tables.current?.columns.get(output) ?? null;
  const ref = tables.reference?.columns.get(output) ?? tables.holdout?.columns.get(output) ?? null;
  return { reference: ref, current: cur, label: output };
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
