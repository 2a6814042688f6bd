/**
 * Feature choice and kind reconciliation for drift (DESIGN §4, §5), pure: from the reference and current
 * tables to the analysis tasks of src/drift, the schema differences, and the prediction-drift task.
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
import { featureSeed, type IntervalSettings } from '../drift/interval.js';
import type { ColumnKind, InputRole } from '../contract/kinds.js';
import type { QualitySection } from '../contract/report.js';
import type { Column, Table } from '../contract/table.js';
import type { Config } from '../config/types.js';
import type { CategoricalSide, CategoricalTask, NumericTask } from '../drift/analyse.js';
import { configuredMethod, featureMethod, type MethodChoice } from '../drift/select.js';
import { inputError } from '../errors.js';
import { servingColumns } from './serving.js';
import { schemaDifferences } from '../quality/schema.js';
import { asCategorical, asNumbers } from '../values/coerce.js';

export interface PredictionSource {
  reference: Column | null;
  current: Column | null;
  /** the column name */
  label: string;
}

/** which features, with which kinds and analysis tasks; the prediction's task or why it is skipped */
export interface FeaturePlan {
  numeric: NumericTask[];
  categorical: CategoricalTask[];
  /** features in report order, with the kind and a skip reason decided before any analysis */
  order: { name: string; kind: ColumnKind; preSkip: string | null; method: MethodChoice }[];
  schema: QualitySection['schema'];
  prediction:
    { task: NumericTask | CategoricalTask; kind: ColumnKind } | { skip: string; label: string } | null;
}

/** the model output compared for prediction drift: reference's column, else the holdout's (DESIGN §4) */
export function predictionSource(
  config: Config,
  tables: Partial<Record<InputRole, Table>>,
): PredictionSource | undefined {
  const output = config.columns.score ?? config.columns.prediction;
  if (!output) return undefined;
  const cur = tables.current?.columns.get(output) ?? null;
  const ref = tables.reference?.columns.get(output) ?? tables.holdout?.columns.get(output) ?? null;
  return { reference: ref, current: cur, label: output };
}

const TIME_SOURCES = new Set(['timestamp', 'date']);

/** columns that are never features: model inputs/outputs named in the config, and `exclude` */
function nonFeatureColumns(config: Config, names: readonly string[]): Set<string> {
  const c = config.columns;
  const out = new Set<string>(c.features.exclude);
  if (c.target) out.add(c.target);
  for (const x of [c.prediction, c.score, c.id, c.champion_score, c.champion_prediction]) if (x) out.add(x);
  for (const x of servingColumns(config)) out.add(x);
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

/**
 * The quantile bins a feature is cut into: drift.bins, capped at the reference's rows (more bins than rows
 * cannot all hold a value; the drift section notes the cap, see binsNote)
 */
export function binsFor(config: Config, referenceRows: number): number {
  return Math.min(config.drift.bins, Math.max(2, referenceRows));
}

/** the note when drift.bins was capped, or null */
export function binsNote(config: Config, referenceRows: number): string | null {
  const used = binsFor(config, referenceRows);
  return used < config.drift.bins
    ? `drift.bins ${config.drift.bins} is more than the reference's ${referenceRows} rows: quantile bins were capped at ${used}`
    : null;
}

export function planFeatures(
  config: Config,
  reference: Table,
  current: Table,
  predictionSource: PredictionSource | undefined,
): FeaturePlan {
  const bins = binsFor(config, reference.rows);
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
  const plan: FeaturePlan = {
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
        bins,
        interval: intervalFor(config, name),
        reference: pair.reference,
        current: pair.current,
      });
    else
      plan.categorical.push({
        name,
        method,
        interval: intervalFor(config, name),
        reference: pair.reference,
        current: pair.current,
      });
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
  plan.prediction = planPrediction(config, predictionSource, reference.path, current.path, bins);
  return plan;
}

function planPrediction(
  config: Config,
  source: PredictionSource | undefined,
  refPath: string,
  curPath: string,
  bins: number,
): FeaturePlan['prediction'] {
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
        bins,
        interval: intervalFor(config, label),
        reference: pair.reference,
        current: pair.current,
      },
    };
  const interval = intervalFor(config, label);
  return { kind, task: { name: label, method, interval, reference: pair.reference, current: pair.current } };
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
    const r = featureNumbers(ref, name, forced, refPath);
    const c = featureNumbers(cur, name, forced, curPath);
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
function featureNumbers(col: Column, name: string, forced: boolean, path: string): Float64Array | null {
  const n = asNumbers(col);
  if (n.ok) return n.values;
  if (forced)
    throw inputError(`column '${name}' in ${path} is configured numerical but holds text: '${n.text}'`);
  return null;
}

/** categories of a column; numbers become their decimal text, NaN missing */
function asCategories(col: Column): CategoricalSide {
  const c = asCategorical(col);
  return { codes: c.codes, dictionary: c.dictionary };
}

/** a feature's interval settings under drift.decide_on: effect (seed mixed with its name); else null */
function intervalFor(config: Config, name: string): IntervalSettings | null {
  if (config.drift.decide_on !== 'effect') return null;
  const i = config.drift.interval;
  return { confidence: i.confidence, resamples: i.resamples, seed: featureSeed(i.seed, name) };
}

/** the numerical tasks, the prediction's last when it is numerical */
export function numericTasks(plan: FeaturePlan): NumericTask[] {
  const p = plan.prediction;
  return p && 'task' in p && p.kind === 'numerical' ? [...plan.numeric, p.task as NumericTask] : plan.numeric;
}

export function categoricalTasks(plan: FeaturePlan): CategoricalTask[] {
  const p = plan.prediction;
  return p && 'task' in p && p.kind === 'categorical'
    ? [...plan.categorical, p.task as CategoricalTask]
    : plan.categorical;
}
