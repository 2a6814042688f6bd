/**
 * Drift, prediction drift and data quality for one reference/current pair (DESIGN §4, §5): picks the
 * features, reconciles each feature's kind across the two files, runs the per-feature analyses (on worker
 * threads in `buildDriftAsync`), applies thresholds and the multiple-testing correction, and returns the
 * report sections and checks. Thresholds are compared only through ./compare.ts.
 *
 * Features: config.columns.features.numerical/categorical when given, else the columns shared by reference
 * and current minus the target, prediction, score(s), id and segment columns, `exclude`, and date/timestamp
 * columns (time always moves; configure them explicitly to test them). Kind: the configured one
 * (features lists, drift.features.<name>.kind), else the reference's. The current column is read the same
 * way: numbers in a categorical column are parsed (categories "1", "2.5"), categories in a numerical
 * feature become String(value). Text that cannot be a number where the reference holds numbers is a
 * schema kind change (the feature is skipped), or an input error naming the first bad value when the
 * kind was configured.
 */
import type { Config } from '../config/types.js';
import {
  analyseCategorical,
  type CategoricalSide,
  type CategoricalTask,
  type FeatureAnalysis,
  type NumericTask,
} from '../drift/analyse.js';
import { correctedThresholds } from '../drift/correction.js';
import { analyseNumericInProcess, analyseNumericParallel, type ParallelOptions } from '../drift/pool.js';
import { driftTest } from '../drift/registry.js';
import { configuredMethod, featureMethod, featureThreshold, type MethodChoice } from '../drift/select.js';
import { inputError } from '../errors.js';
import type { Column, Table } from '../contract/table.js';
import type { ColumnKind } from '../contract/kinds.js';
import { isMissingToken, parseNumber } from '../io/values.js';
import { asCategorical } from '../io/raw-column.js';
import { schemaDifferences } from '../quality/schema.js';
import type { Check, DriftFeature, DriftSection, QualitySection } from '../contract/report.js';
import { formatPercent, formatScore } from '../report/format.js';
import { datasetDrifts, isDrift } from './compare.js';
import { columnChecks, qualityColumn, schemaCheck } from './quality.js';

export interface PredictionSource {
  reference: Column | null;
  current: Column | null;
  /** the column name */
  label: string;
}

export interface DriftResult {
  drift: DriftSection;
  predictionDrift: DriftFeature | null;
  quality: QualitySection;
  checks: Check[];
}

/** the plan: which features, with which kinds and tasks; analyses then run in or out of process */
interface Plan {
  numeric: NumericTask[];
  categorical: CategoricalTask[];
  /** features in report order, with the kind and a skip reason decided before any analysis */
  order: { name: string; kind: ColumnKind; preSkip: string | null; method: MethodChoice }[];
  schema: QualitySection['schema'];
  prediction:
    { task: NumericTask | CategoricalTask; kind: ColumnKind } | { skip: string; label: string } | null;
}

/** drift + quality on the main thread only (deterministic, synchronous) */
export function buildDrift(
  config: Config,
  reference: Table,
  current: Table,
  predictionSource?: PredictionSource,
): DriftResult {
  const plan = planDrift(config, reference, current, predictionSource);
  const numeric = analyseNumericInProcess(numericTasks(plan));
  const categorical = categoricalTasks(plan).map(analyseCategorical);
  return assemble(config, reference, current, plan, numeric, categorical);
}

/** the numerical tasks, the prediction's last when it is numerical */
function numericTasks(plan: Plan): NumericTask[] {
  const p = plan.prediction;
  return p && 'task' in p && p.kind === 'numerical' ? [...plan.numeric, p.task as NumericTask] : plan.numeric;
}

function categoricalTasks(plan: Plan): CategoricalTask[] {
  const p = plan.prediction;
  return p && 'task' in p && p.kind === 'categorical'
    ? [...plan.categorical, p.task as CategoricalTask]
    : plan.categorical;
}

/**
 * The same result as buildDrift, with the numerical features analysed on worker threads (both cores).
 * With `transfer: true` the feature columns of the two tables are handed to the workers and are detached
 * afterwards (the prediction source's columns are always copied, never detached); every task is then
 * posted at once, so the call returns its promise after the main-thread part (planning, categorical
 * features) and the workers keep going while the caller computes something else before awaiting it.
 */
export async function buildDriftAsync(
  config: Config,
  reference: Table,
  current: Table,
  predictionSource?: PredictionSource,
  options: ParallelOptions = {},
): Promise<DriftResult> {
  const plan = planDrift(config, reference, current, predictionSource);
  let categorical: FeatureAnalysis[] = [];
  // the model output columns are never given away: performance on current reads them too
  const keep = new Set<ArrayBufferLike>(options.keep ?? []);
  for (const col of [predictionSource?.reference, predictionSource?.current])
    if (col?.kind === 'numerical') keep.add(col.values.buffer);
  const numeric = await analyseNumericParallel(numericTasks(plan), { ...options, keep }, () => {
    categorical = categoricalTasks(plan).map(analyseCategorical);
  });
  return assemble(config, reference, current, plan, numeric, categorical);
}

const TIME_SOURCES = new Set(['timestamp', 'date']);

/** columns that are never features: model inputs/outputs named in the config, and `exclude` */
function nonFeatureColumns(config: Config, names: readonly string[]): Set<string> {
  const c = config.columns;
  const out = new Set<string>([c.target, ...c.features.exclude]);
  for (const x of [c.prediction, c.score, c.id]) if (x) out.add(x);
  for (const x of Object.values(c.scores ?? {})) out.add(x);
  if (c.scores_prefix) for (const n of names) if (n.startsWith(c.scores_prefix)) out.add(n);
  return out;
}

function candidateFeatures(config: Config, table: Table): string[] {
  const skip = nonFeatureColumns(config, table.columnNames);
  return table.columnNames.filter((n) => {
    if (skip.has(n)) return false;
    const col = table.columns.get(n);
    return col === undefined || !TIME_SOURCES.has(col.source);
  });
}

function configuredKind(config: Config, name: string): ColumnKind | null {
  const setting = config.drift.features[name]?.kind;
  if (setting) return setting;
  if (config.columns.features.numerical?.includes(name)) return 'numerical';
  if (config.columns.features.categorical?.includes(name)) return 'categorical';
  return null;
}

function planDrift(
  config: Config,
  reference: Table,
  current: Table,
  predictionSource: PredictionSource | undefined,
): Plan {
  const listed = config.columns.features.numerical !== null || config.columns.features.categorical !== null;
  const configured = listed
    ? [
        ...new Set([
          ...(config.columns.features.numerical ?? []),
          ...(config.columns.features.categorical ?? []),
        ]),
      ]
    : [];
  const excluded = new Set(config.columns.features.exclude);
  const refCandidates = listed
    ? configured.filter((n) => !excluded.has(n))
    : candidateFeatures(config, reference);
  const curCandidates = listed
    ? configured.filter((n) => !excluded.has(n))
    : candidateFeatures(config, current);
  const refNames = new Set(reference.columnNames);
  const curNames = new Set(current.columnNames);
  const kindChanges: QualitySection['schema']['kindChanges'] = [];
  const plan: Plan = {
    numeric: [],
    categorical: [],
    order: [],
    schema: { missingInCurrent: [], missingInReference: [], kindChanges },
    prediction: null,
  };

  const features = listed ? refCandidates : refCandidates.filter((n) => curNames.has(n));
  for (const name of features) {
    const refCol = reference.columns.get(name);
    const curCol = current.columns.get(name);
    const forced = configuredKind(config, name);
    const kind = forced ?? refCol?.kind ?? curCol?.kind ?? 'numerical';
    const method = featureMethod(config, name, kind);
    if (!refCol || !curCol) {
      const side = !refCol ? 'reference' : 'current';
      const inFile = (!refCol ? refNames : curNames).has(name);
      // a column in the file that was not read is the caller's read plan, named so it can be found
      const nestedIn = (!refCol ? reference : current).nested?.includes(name) ?? false;
      const reason = nestedIn
        ? `nested Parquet type (list, map or struct) in ${side}: not tested`
        : inFile
          ? `column not read from ${side}`
          : `column not in ${side}`;
      plan.order.push({ name, kind, preSkip: reason, method });
      continue;
    }
    const pair = reconcile(name, kind, forced !== null, refCol, curCol, reference.path, current.path);
    if ('kindChange' in pair) {
      kindChanges.push({ name, reference: refCol.kind, current: curCol.kind });
      plan.order.push({
        name,
        kind,
        preSkip: `kind differs: ${refCol.kind} in reference, ${curCol.kind} in current`,
        method,
      });
      continue;
    }
    plan.order.push({ name, kind, preSkip: null, method });
    if (pair.kind === 'numerical')
      plan.numeric.push({
        name,
        method,
        bins: config.drift.bins,
        reference: pair.reference,
        current: pair.current,
      });
    else plan.categorical.push({ name, method, reference: pair.reference, current: pair.current });
  }
  const s = schemaDifferences({
    referenceFeatures: refCandidates.filter((n) => refNames.has(n)),
    currentFeatures: curCandidates.filter((n) => curNames.has(n)),
    configured,
    referenceColumns: refNames,
    currentColumns: curNames,
    kindChanges,
  });
  plan.schema = s;
  plan.prediction = planPrediction(config, predictionSource, reference.path, current.path);
  return plan;
}

function planPrediction(
  config: Config,
  source: PredictionSource | undefined,
  refPath: string,
  curPath: string,
): Plan['prediction'] {
  if (!config.prediction_drift.enabled) return null;
  if (!source) return { skip: 'no prediction or score column configured', label: 'prediction' };
  const label = source.label;
  if (!source.current) return { skip: `column '${label}' not in current`, label };
  if (!source.reference) return { skip: `column '${label}' not in reference (nor holdout)`, label };
  const kind = source.reference.kind;
  const method = configuredMethod(
    kind,
    config.prediction_drift.method,
    'auto',
    'prediction_drift.method',
    'prediction_drift.method',
  );
  const pair = reconcile(label, kind, false, source.reference, source.current, refPath, curPath);
  if ('kindChange' in pair)
    return {
      skip: `kind differs: ${source.reference.kind} in reference, ${source.current.kind} in current`,
      label,
    };
  if (pair.kind === 'numerical')
    return {
      kind,
      task: {
        name: label,
        method,
        bins: config.drift.bins,
        reference: pair.reference,
        current: pair.current,
      },
    };
  return { kind, task: { name: label, method, reference: pair.reference, current: pair.current } };
}

type Reconciled =
  | { kind: 'numerical'; reference: Float64Array; current: Float64Array }
  | { kind: 'categorical'; reference: CategoricalSide; current: CategoricalSide }
  | { kindChange: true };

/** both columns as `kind`; converting one side when the files were read differently */
function reconcile(
  name: string,
  kind: ColumnKind,
  forced: boolean,
  ref: Column,
  cur: Column,
  refPath: string,
  curPath: string,
): Reconciled {
  if (kind === 'numerical') {
    const r = asNumbers(ref, name, forced, refPath);
    const c = asNumbers(cur, name, forced, curPath);
    if (r === null || c === null) return { kindChange: true };
    return { kind, reference: r, current: c };
  }
  // a text column on one side and numbers on the other is a kind change unless the kind was configured
  const text = (col: Column): boolean =>
    col.kind === 'categorical' && (col.source === 'string' || col.source === 'boolean');
  if (!forced && ref.kind !== cur.kind && (text(ref) || text(cur))) return { kindChange: true };
  return { kind, reference: asCategories(ref), current: asCategories(cur) };
}

/** numbers of a column; categories are parsed (null when one is not a number, or an input error if forced) */
function asNumbers(col: Column, name: string, forced: boolean, path: string): Float64Array | null {
  if (col.kind === 'numerical') return col.values;
  const parsed = col.dictionary.map((s) => (isMissingToken(s) ? NaN : parseNumber(s)));
  const used = new Uint8Array(col.dictionary.length);
  for (let i = 0; i < col.codes.length; i++) if (col.codes[i]! >= 0) used[col.codes[i]!] = 1;
  for (let j = 0; j < parsed.length; j++) {
    if (used[j] && Number.isNaN(parsed[j]!) && !isMissingToken(col.dictionary[j]!)) {
      if (forced)
        throw inputError(
          `column '${name}' in ${path} is configured numerical but holds text: '${col.dictionary[j]}'`,
        );
      return null;
    }
  }
  const out = new Float64Array(col.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = col.codes[i]!;
    const v = c >= 0 ? parsed[c]! : NaN;
    out[i] = v - v === 0 ? v : NaN;
  }
  return out;
}

/** categories of a column; numbers become their decimal text, NaN missing */
function asCategories(col: Column): CategoricalSide {
  const c = asCategorical(col);
  return { codes: c.codes, dictionary: c.dictionary };
}

/** a skipped feature's analysis, before any data was looked at */
function preSkipped(name: string, kind: ColumnKind, method: MethodChoice, reason: string): DriftFeature {
  return {
    name,
    kind,
    method,
    score: null,
    threshold: null,
    drifted: false,
    skipped: reason,
    stats: kind === 'numerical' ? { ks: null, psi: null } : { chi2: null, psi: null },
    reference: null,
    current: null,
  };
}

function assemble(
  config: Config,
  reference: Table,
  current: Table,
  plan: Plan,
  numeric: FeatureAnalysis[],
  categorical: FeatureAnalysis[],
): DriftResult {
  // the prediction's analysis is the last of its kind's list (numericTasks / categoricalTasks)
  const p = plan.prediction;
  let predictionAnalysis: FeatureAnalysis | null = null;
  if (p && 'task' in p) predictionAnalysis = (p.kind === 'numerical' ? numeric : categorical).at(-1) ?? null;
  const byName = new Map<string, FeatureAnalysis>();
  for (const a of [...numeric, ...categorical]) if (a !== predictionAnalysis) byName.set(a.name, a);

  // thresholds before correction, per tested feature
  const tested = plan.order
    .map((o) => byName.get(o.name))
    .filter((a): a is FeatureAnalysis => a !== undefined && a.skipped === null && a.outcome !== null);
  const base = new Map<string, number>();
  for (const a of tested) {
    const test = a.method as Exclude<FeatureAnalysis['method'], 'auto'>;
    const viaGlobal = config.drift.features[a.name]?.method === undefined;
    base.set(
      a.name,
      featureThreshold(
        test,
        config.drift.features[a.name]?.threshold,
        config.drift.method,
        config.drift.threshold,
        viaGlobal,
      ),
    );
  }
  const pTested = tested.filter((a) => a.method !== 'auto' && driftTest(a.method).pValue);
  const corrected = correctedThresholds(
    pTested.map((a) => a.outcome!.score),
    pTested.map((a) => base.get(a.name)!),
    config.drift.correction,
  );
  const threshold = new Map(base);
  pTested.forEach((a, i) => threshold.set(a.name, corrected[i]!));

  const features: DriftFeature[] = [];
  const checks: Check[] = [];
  const qualityColumns = [];
  let drifted = 0;
  for (const o of plan.order) {
    const a = byName.get(o.name);
    if (!a) {
      const f = preSkipped(o.name, o.kind, o.method, o.preSkip ?? 'not analysed');
      features.push(f);
      checks.push(featureCheck(config, f, 'drift'));
      continue;
    }
    const f = toFeature(a, threshold.get(a.name) ?? null);
    if (f.drifted) drifted++;
    features.push(f);
    checks.push(featureCheck(config, f, 'drift'));
    qualityColumns.push(qualityColumn(a, nonFiniteCounts(a, reference, current)));
  }
  const nTested = tested.length;
  const share = nTested > 0 ? drifted / nTested : 0;
  const datasetDrift = datasetDrifts(drifted, nTested, config.drift.share);
  checks.push({
    id: 'drift.dataset',
    group: 'drift',
    subject: 'dataset',
    status: nTested === 0 ? 'skip' : datasetDrift ? config.drift.dataset_severity : 'pass',
    severity: config.drift.dataset_severity,
    value: nTested > 0 ? share : null,
    threshold: config.drift.share,
    message:
      nTested === 0
        ? 'dataset drift: no feature could be tested'
        : `dataset ${datasetDrift ? 'drifted' : 'stable'}: ${drifted} of ${nTested} features drifted (${formatPercent(share)}) ${datasetDrift ? '≥' : '<'} share ${formatPercent(config.drift.share)}${config.drift.correction !== 'none' ? ` (${config.drift.correction} correction)` : ''}`,
  });

  const predictionDrift = predictionAnalysis ? predictionFeature(config, predictionAnalysis) : null;
  if (plan.prediction) {
    if ('skip' in plan.prediction)
      checks.push({
        id: 'prediction_drift',
        group: 'prediction_drift',
        subject: plan.prediction.label,
        status: 'skip',
        severity: config.prediction_drift.severity,
        value: null,
        threshold: null,
        message: `prediction drift not tested: ${plan.prediction.skip}`,
      });
    else if (predictionDrift) checks.push(featureCheck(config, predictionDrift, 'prediction_drift'));
  }

  const quality: QualitySection = { columns: qualityColumns, schema: plan.schema };
  checks.push(schemaCheck(config, plan.schema));
  for (const c of qualityColumns) checks.push(...columnChecks(config, c));

  return {
    drift: {
      rows: { reference: reference.rows, current: current.rows },
      share,
      datasetDrift,
      shareThreshold: config.drift.share,
      correction: config.drift.correction,
      features,
    },
    predictionDrift,
    quality,
    checks,
  };
}

/** ±Infinity counts of a numerical feature's two columns as read (they are missing values by then) */
function nonFiniteCounts(
  a: FeatureAnalysis,
  reference: Table,
  current: Table,
): { reference: number; current: number } | null {
  if (a.kind !== 'numerical') return null;
  const count = (t: Table): number => {
    const col = t.columns.get(a.name);
    return col?.kind === 'numerical' ? col.nonFinite : 0;
  };
  return { reference: count(reference), current: count(current) };
}

function predictionFeature(config: Config, a: FeatureAnalysis): DriftFeature {
  if (a.skipped !== null || a.method === 'auto') return toFeature(a, null);
  return toFeature(a, config.prediction_drift.threshold ?? driftTest(a.method).defaultThreshold);
}

function toFeature(a: FeatureAnalysis, threshold: number | null): DriftFeature {
  const tested = a.skipped === null && a.outcome !== null && a.method !== 'auto' && threshold !== null;
  const drifted = tested ? isDrift(a.outcome!.score, threshold!, driftTest(a.method).driftWhen) : false;
  const f: DriftFeature = {
    name: a.name,
    kind: a.kind,
    method: a.method,
    score: tested ? a.outcome!.score : null,
    threshold: tested ? threshold : null,
    drifted,
    stats: a.stats,
    reference: a.reference,
    current: a.current,
  };
  if (a.skipped !== null) f.skipped = a.skipped;
  return f;
}

function featureCheck(config: Config, f: DriftFeature, group: 'drift' | 'prediction_drift'): Check {
  const severity = group === 'drift' ? config.drift.feature_severity : config.prediction_drift.severity;
  const id = group === 'drift' ? `drift.${f.name}` : 'prediction_drift';
  const who = group === 'drift' ? f.name : `prediction '${f.name}'`;
  if (f.skipped !== undefined || f.score === null || f.threshold === null)
    return {
      id,
      group,
      subject: f.name,
      status: 'skip',
      severity,
      value: null,
      threshold: null,
      message: `${who} not tested: ${f.skipped ?? 'no score'}`,
    };
  const test = driftTest(f.method);
  const what = test.pValue ? `${test.id} p-value` : test.id;
  const op = test.driftWhen === 'below' ? (f.drifted ? '<' : '≥') : f.drifted ? '≥' : '<';
  return {
    id,
    group,
    subject: f.name,
    status: f.drifted ? severity : 'pass',
    severity,
    value: f.score,
    threshold: f.threshold,
    message: `${who} ${f.drifted ? 'drifted' : 'stable'}: ${what} ${formatScore(f.score, test.pValue)} ${op} ${formatScore(f.threshold, test.pValue)}`,
  };
}
