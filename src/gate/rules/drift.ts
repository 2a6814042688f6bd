/**
 * Drift rules (DESIGN §4): each tested feature's threshold (per-feature, global or the test's default, then
 * the multiple-testing correction over the p-value tests), whether it drifted, the dataset-drift share, and
 * the checks of features, the dataset and the prediction. Decisions only: scores come from the analyses,
 * comparisons from ./compare.ts, sentences from ../messages.ts.
 */
import type { Config } from '../../config/types.js';
import type { Check, DriftFeature } from '../../contract/report.js';
import type { FeatureAnalysis } from '../../drift/analyse.js';
import { correctedThresholds } from '../../drift/correction.js';
import { EFFECT_MEASURE, effectSize, isEffectTest } from '../../drift/effect.js';
import { driftTest } from '../../drift/registry.js';
import { categoricalResolution, numericalResolution } from '../../drift/resolution.js';
import { defaultThreshold, featureThreshold } from '../../drift/select.js';
import type { Family, FamilyMember } from '../family.js';
import * as say from '../messages.js';
import { datasetDrifts, effectReaches, isDrift } from './compare.js';

/** a tested feature's threshold before any correction: per-feature, global or the test's default */
function baseThresholds(config: Config, tested: readonly FeatureAnalysis[]): Map<string, number> {
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
        config.drift.decide_on === 'effect',
      ),
    );
  }
  return base;
}

function isPTested(a: FeatureAnalysis): boolean {
  return a.method !== 'auto' && driftTest(a.method).pValue;
}

/**
 * the threshold of each tested feature, by name, after the correction (drift.correction): over the
 * features' p-value tests, or — `family` given (drift.correction_family: gate, ../family.ts) — the
 * gate-wide family's corrected threshold of each (by check id drift.<name>)
 */
export function featureThresholds(
  config: Config,
  tested: readonly FeatureAnalysis[],
  family: Family | null = null,
): Map<string, number> {
  const base = baseThresholds(config, tested);
  const pTested = tested.filter(isPTested);
  const corrected = family
    ? pTested.map((a) => family.thresholds.get(`drift.${a.name}`)!)
    : correctedThresholds(
        pTested.map((a) => a.outcome!.score),
        pTested.map((a) => base.get(a.name)!),
        config.drift.correction,
      );
  const threshold = new Map(base);
  pTested.forEach((a, i) => threshold.set(a.name, corrected[i]!));
  return threshold;
}

/** the family members of the drift side: the features' and the prediction's p-value tests, uncorrected */
export function driftMembers(
  config: Config,
  tested: readonly FeatureAnalysis[],
  prediction: FeatureAnalysis | null,
): FamilyMember[] {
  const base = baseThresholds(config, tested);
  const members: FamilyMember[] = tested.filter(isPTested).map((a) => ({
    id: `drift.${a.name}`,
    group: 'drift',
    pValue: a.outcome!.score,
    threshold: base.get(a.name)!,
  }));
  if (prediction && prediction.skipped === null && prediction.outcome !== null && isPTested(prediction))
    members.push({
      id: 'prediction_drift',
      group: 'prediction_drift',
      pValue: prediction.outcome.score,
      threshold: predictionThreshold(config, prediction),
    });
  return members;
}

function predictionThreshold(config: Config, a: FeatureAnalysis): number {
  const test = a.method as Exclude<FeatureAnalysis['method'], 'auto'>;
  return config.prediction_drift.threshold ?? defaultThreshold(test, config.drift.decide_on === 'effect');
}

/** the min_effect floor of a feature's p-value test: per-feature, else drift.min_effect[test], else null */
export function minEffectOf(config: Config, name: string, method: string): number | null {
  if (!isEffectTest(method)) return null;
  return config.drift.features[name]?.min_effect ?? config.drift.min_effect?.[method] ?? null;
}

/**
 * the report record of an analysed feature at `threshold` (null = not tested); a p-value test drifts when
 * significant and its effect reaches `minEffect` (null = significance alone)
 */
export function toFeature(
  a: FeatureAnalysis,
  threshold: number | null,
  minEffect: number | null = null,
): DriftFeature {
  const tested = a.skipped === null && a.outcome !== null && a.method !== 'auto' && threshold !== null;
  // decide_on: effect, a distance: its interval's lower end must reach the threshold (src/drift/interval.ts)
  const interval = tested ? a.interval : null;
  const score = interval ? interval.value : (a.outcome?.score ?? null);
  const signals = tested
    ? isDrift(interval ? interval.lower : score!, threshold!, driftTest(a.method).driftWhen)
    : false;
  const n = a.reference?.summary.count ?? 0;
  const m = a.current?.summary.count ?? 0;
  let effect: DriftFeature['effect'] | null = null;
  if (tested && isEffectTest(a.method)) {
    const value = effectSize(a.method, a.stats, n, m);
    if (value !== null)
      effect = { measure: EFFECT_MEASURE[a.method], value, min: minEffect, significant: signals };
  }
  const drifted = signals && (effect === null || effectReaches(effect.value, effect.min));
  const f: DriftFeature = {
    name: a.name,
    kind: a.kind,
    method: a.method,
    score: tested ? score : null,
    threshold: tested ? threshold : null,
    drifted,
    stats: a.stats,
    reference: a.reference,
    current: a.current,
  };
  if (a.skipped !== null) f.skipped = a.skipped;
  if (a.binning !== null) f.binning = a.binning;
  if (interval?.note) f.binning = interval.note;
  if (effect) f.effect = effect;
  if (interval) f.interval = { lower: interval.lower, upper: interval.upper };
  if (a.sketch) f.sketch = a.sketch;
  const resolution = tested ? resolutionOf(f) : null;
  if (resolution) f.resolution = resolution;
  return f;
}

/** the smallest drift the two sides' sizes resolve (src/drift/resolution.ts) */
function resolutionOf(f: DriftFeature): DriftFeature['resolution'] | null {
  const n = f.reference?.summary.count ?? 0;
  const m = f.current?.summary.count ?? 0;
  if (f.kind === 'numerical') {
    const sd = f.reference && 'std' in f.reference.summary ? f.reference.summary.std : null;
    return numericalResolution(n, m, sd);
  }
  const dof = f.stats.chi2?.dof;
  return dof === undefined ? null : categoricalResolution(n, m, dof);
}

/**
 * the prediction's record: prediction_drift.threshold, else the test's default (corrected in the gate-wide
 * `family` when it is a member); prediction_drift.min_effect
 */
export function predictionFeature(
  config: Config,
  a: FeatureAnalysis,
  family: Family | null = null,
): DriftFeature {
  if (a.skipped !== null || a.method === 'auto') return toFeature(a, null);
  const floor = isEffectTest(a.method) ? config.prediction_drift.min_effect : null;
  const threshold = family?.thresholds.get('prediction_drift') ?? predictionThreshold(config, a);
  return toFeature(a, threshold, floor);
}

export function featureCheck(config: Config, f: DriftFeature, group: 'drift' | 'prediction_drift'): Check {
  const severity = group === 'drift' ? config.drift.feature_severity : config.prediction_drift.severity;
  const id = group === 'drift' ? `drift.${f.name}` : 'prediction_drift';
  const who = say.driftSubject(f.name, group === 'prediction_drift');
  if (f.skipped !== undefined || f.score === null || f.threshold === null)
    return {
      id,
      group,
      subject: f.name,
      status: 'skip',
      severity,
      value: null,
      threshold: null,
      message: say.notTested(who, f.skipped ?? 'no score'),
    };
  const test = driftTest(f.method);
  return {
    id,
    group,
    subject: f.name,
    status: f.drifted ? severity : 'pass',
    severity,
    value: f.score,
    threshold: f.threshold,
    message: say.driftMessage({
      who,
      drifted: f.drifted,
      test: test.id,
      pValue: test.pValue,
      driftWhen: test.driftWhen,
      score: f.score,
      threshold: f.threshold,
      binning: test.input === 'bins' ? (f.binning ?? null) : null,
      effect: f.effect ?? null,
      interval: f.interval ? { ...f.interval, confidence: config.drift.interval.confidence } : null,
      sketch: sketchFacts(f),
    }),
  };
}

/** the deciding statistic's sketch bounds when a side was a profile and the test reads the CDF */
function sketchFacts(f: DriftFeature): say.DriftFacts['sketch'] {
  const s = f.sketch;
  if (!s) return null;
  const points: [number, number] = [s.points.reference, s.points.current];
  if (f.method === 'ks') return { name: 'KS statistic', ...s.ks, points };
  if (f.method === 'wasserstein') return { name: 'wasserstein', ...s.wasserstein, points };
  if (f.method === 'cramer_von_mises' && s.cramerVonMises)
    return { name: 'CvM statistic', ...s.cramerVonMises, points };
  return null;
}

/** dataset drift: the share of tested features that drifted against drift.share */
export function datasetCheck(
  config: Config,
  drifted: number,
  tested: number,
  family: Family | null = null,
): { check: Check; share: number; datasetDrift: boolean } {
  const share = tested > 0 ? drifted / tested : 0;
  const datasetDrift = datasetDrifts(drifted, tested, config.drift.share);
  const check: Check = {
    id: 'drift.dataset',
    group: 'drift',
    subject: 'dataset',
    status: tested === 0 ? 'skip' : datasetDrift ? config.drift.dataset_severity : 'pass',
    severity: config.drift.dataset_severity,
    value: tested > 0 ? share : null,
    threshold: config.drift.share,
    message: say.datasetMessage(
      drifted,
      tested,
      share,
      config.drift.share,
      datasetDrift,
      config.drift.correction,
      family?.summary.size ?? null,
    ),
  };
  return { check, share, datasetDrift };
}

/** the check of a prediction drift that could not be tested */
export function predictionSkipCheck(config: Config, label: string, reason: string): Check {
  return {
    id: 'prediction_drift',
    group: 'prediction_drift',
    subject: label,
    status: 'skip',
    severity: config.prediction_drift.severity,
    value: null,
    threshold: null,
    message: say.predictionNotTested(reason),
  };
}
