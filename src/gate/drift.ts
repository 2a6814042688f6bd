/**
 * Drift, prediction drift and data quality for one reference/current pair (DESIGN §4, §5): the features
 * and their kinds from src/prepare/features.ts, the analyses from src/drift (numerical features through the
 * executor, categorical ones meanwhile on this thread), then the rules (./rules/drift.ts, quality.ts) and
 * the report sections.
 */
import type { Config } from '../config/types.js';
import type { Executor } from '../contract/executor.js';
import type { ColumnKind } from '../contract/kinds.js';
import type { Check, DriftFeature, DriftSection, QualitySection } from '../contract/report.js';
import type { Table } from '../contract/table.js';
import { analyseCategorical, type FeatureAnalysis } from '../drift/analyse.js';
import { analyseNumericParallel, type ParallelOptions } from '../drift/parallel.js';
import type { MethodChoice } from '../drift/select.js';
import {
  binsNote,
  categoricalTasks,
  numericTasks,
  planFeatures,
  type FeaturePlan,
  type PredictionSource,
} from '../prepare/features.js';
import {
  datasetCheck,
  driftMembers,
  featureCheck,
  featureThresholds,
  predictionFeature,
  predictionSkipCheck,
  minEffectOf,
  toFeature,
} from './rules/drift.js';
import { columnChecks, qualityColumn, schemaCheck } from './rules/quality.js';
import type { Family, FamilyMember } from './family.js';
import { buildMultivariate, multivariateInput, type MultivariateInput } from './multivariate.js';
import { checkProfilePair, profiledAnalyses } from './profile-drift.js';

/** multivariate drift needs rows on both sides: with a profile it is a visible skip */
function multivariateOnProfile(config: Config, plan: FeaturePlan): MultivariateInput | null {
  if (config.drift.multivariate === null) return null;
  const features = plan.order.filter((o) => o.preSkip === null).map((o) => o.name);
  return {
    classifier: null,
    mmd: null,
    features,
    skip: 'a profile holds no rows: multivariate drift needs rows on both sides',
  };
}

export type { PredictionSource };

export interface DriftResult {
  drift: DriftSection;
  predictionDrift: DriftFeature | null;
  quality: QualitySection;
  checks: Check[];
  /** the drift side's members of a gate-wide family (drift.correction_family: gate, ./family.ts) */
  members: FamilyMember[];
  /** the same result with the thresholds of a gate-wide family (no data is read again) */
  redecide(family: Family): DriftResult;
}

/**
 * Drift + quality. The numerical analyses go through `executor` (on worker threads with the threaded one);
 * with `transfer: true` the feature columns of the two tables are handed to the workers and are detached
 * afterwards (the prediction source's columns are always copied, never detached); the jobs are then handed
 * out at once, so the call returns its promise after the main-thread part (planning, categorical features)
 * and the workers keep going while the caller computes something else before awaiting it.
 */
export async function buildDrift(
  config: Config,
  reference: Table,
  current: Table,
  predictionSource: PredictionSource | undefined,
  executor: Executor,
  options: ParallelOptions = {},
): Promise<DriftResult> {
  checkProfilePair(reference, current);
  const plan = planFeatures(config, reference, current, predictionSource);
  let categorical: FeatureAnalysis[] = [];
  // the model output columns are never given away: performance on current reads them too
  const keep = new Set<ArrayBufferLike>(options.keep ?? []);
  for (const col of [predictionSource?.reference, predictionSource?.current])
    if (col?.kind === 'numerical') keep.add(col.values.buffer);
  // multivariate drift encodes its subsamples now: the workers take the feature columns
  const profiled = reference.profile !== undefined || current.profile !== undefined;
  const multivariate = profiled ? multivariateOnProfile(config, plan) : multivariateInput(config, plan);
  let multi: ReturnType<typeof buildMultivariate> | null = null;
  let numeric: FeatureAnalysis[];
  if (profiled) {
    const p = profiledAnalyses(config, numericTasks(plan), categoricalTasks(plan), reference, current);
    numeric = p.numeric;
    categorical = p.categorical;
    if (multivariate) multi = buildMultivariate(config, multivariate);
  } else
    numeric = await analyseNumericParallel(executor, numericTasks(plan), { ...options, keep }, () => {
      categorical = categoricalTasks(plan).map(analyseCategorical);
      if (multivariate) multi = buildMultivariate(config, multivariate);
    });
  const withMultivariate = (r: Omit<DriftResult, 'redecide'>): Omit<DriftResult, 'redecide'> => {
    const m = multi as ReturnType<typeof buildMultivariate> | null;
    if (!m) return r;
    return { ...r, drift: { ...r.drift, multivariate: m.section }, checks: [...r.checks, m.check] };
  };
  const decide = (family: Family | null): DriftResult => ({
    ...withMultivariate(assemble(config, reference, current, plan, numeric, categorical, family)),
    redecide: (f: Family) => decide(f),
  });
  return decide(null);
}

/** a skipped feature's record, before any data was looked at */
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
  plan: FeaturePlan,
  numeric: FeatureAnalysis[],
  categorical: FeatureAnalysis[],
  family: Family | null,
): Omit<DriftResult, 'redecide'> {
  // the prediction's analysis is the last of its kind's list (numericTasks / categoricalTasks)
  const p = plan.prediction;
  let predictionAnalysis: FeatureAnalysis | null = null;
  if (p && 'task' in p) predictionAnalysis = (p.kind === 'numerical' ? numeric : categorical).at(-1) ?? null;
  const byName = new Map<string, FeatureAnalysis>();
  for (const a of [...numeric, ...categorical]) if (a !== predictionAnalysis) byName.set(a.name, a);

  const tested = plan.order
    .map((o) => byName.get(o.name))
    .filter((a): a is FeatureAnalysis => a !== undefined && a.skipped === null && a.outcome !== null);
  const threshold = featureThresholds(config, tested, family);

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
    const f = toFeature(a, threshold.get(a.name) ?? null, minEffectOf(config, a.name, a.method));
    if (f.drifted) drifted++;
    features.push(f);
    checks.push(featureCheck(config, f, 'drift'));
    qualityColumns.push(qualityColumn(a, nonFiniteCounts(a, reference, current)));
  }
  const dataset = datasetCheck(config, drifted, tested.length, family);
  checks.push(dataset.check);

  const predictionDrift = predictionAnalysis ? predictionFeature(config, predictionAnalysis, family) : null;
  if (plan.prediction) {
    if ('skip' in plan.prediction)
      checks.push(predictionSkipCheck(config, plan.prediction.label, plan.prediction.skip));
    else if (predictionDrift) checks.push(featureCheck(config, predictionDrift, 'prediction_drift'));
  }

  const quality: QualitySection = { columns: qualityColumns, schema: plan.schema };
  const note = binsNote(config, reference.rows);
  checks.push(schemaCheck(config, plan.schema));
  for (const c of qualityColumns) checks.push(...columnChecks(config, c));

  return {
    drift: {
      rows: { reference: reference.rows, current: current.rows },
      share: dataset.share,
      datasetDrift: dataset.datasetDrift,
      shareThreshold: config.drift.share,
      correction: config.drift.correction,
      decideOn: config.drift.decide_on,
      ...(config.drift.decide_on === 'effect'
        ? { interval: { method: 'basic_bootstrap' as const, ...config.drift.interval } }
        : {}),
      features,
      ...(note !== null ? { notes: [note] } : {}),
    },
    predictionDrift,
    quality,
    checks,
    members: driftMembers(config, tested, predictionAnalysis),
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
