/**
 * drift.multivariate (issue 11, part 2): the tested features together, one check `drift.multivariate`.
 * The encoded subsamples are taken before the feature columns go to the workers (buildDrift), then the
 * domain classifier (src/drift/domain-classifier.ts) and MMD (src/drift/mmd.ts) run on this thread while the
 * workers test the features one by one. Drift: the classifier's p < alpha and AUC ≥ min_auc, or MMD's
 * p < alpha, as `method` says. A run with no encodable feature or under 2 rows a side is a visible skip.
 */
import type { Config } from '../config/types.js';
import type { Check, MultivariateDrift } from '../contract/report.js';
import type { Encoded } from '../drift/multivariate-encode.js';
import { encodedSamples, multivariateTests } from '../drift/multivariate.js';
import type { FeaturePlan } from '../prepare/features.js';
import * as say from './messages-release.js';
import { significant } from './rules/compare.js';
import { brokenStatus } from './verdict.js';

export interface MultivariateInput {
  classifier: Encoded | null;
  mmd: Encoded | null;
  features: string[];
  skip: string | null;
}

/** the encoded subsamples, taken from the plan's columns before they are handed to the workers */
export function multivariateInput(config: Config, plan: FeaturePlan): MultivariateInput | null {
  const mv = config.drift.multivariate;
  if (mv === null) return null;
  const prediction = plan.prediction && 'task' in plan.prediction ? plan.prediction.task.name : null;
  const tested = new Set(plan.order.filter((o) => o.preSkip === null).map((o) => o.name));
  const numeric = plan.numeric.filter((t) => t.name !== prediction && tested.has(t.name));
  const categorical = plan.categorical.filter((t) => t.name !== prediction && tested.has(t.name));
  const features = [...numeric, ...categorical].map((t) => t.name);
  const first = numeric[0]?.reference.length ?? categorical[0]?.reference.codes.length ?? 0;
  const nRef = first;
  const nCur = numeric[0]?.current.length ?? categorical[0]?.current.codes.length ?? 0;
  if (features.length === 0)
    return { classifier: null, mmd: null, features, skip: 'no shared feature to test' };
  if (nRef < 2 || nCur < 2)
    return {
      classifier: null,
      mmd: null,
      features,
      skip: say.multivariateTooFew(nRef, nCur),
    };
  const { classifier, mmd } = encodedSamples(
    numeric,
    categorical,
    { reference: nRef, current: nCur },
    {
      classifier: mv.method !== 'mmd' ? mv.classifier_sample : null,
      mmd: mv.method !== 'classifier' ? mv.sample : null,
    },
    mv.seed,
  );
  if ((classifier ?? mmd)!.d === 0)
    return {
      classifier: null,
      mmd: null,
      features,
      skip: 'no feature varies in the reference (nothing to encode)',
    };
  return { classifier, mmd, features, skip: null };
}

export function buildMultivariate(
  config: Config,
  input: MultivariateInput,
): { section: MultivariateDrift; check: Check } {
  const mv = config.drift.multivariate!;
  const base = {
    id: 'drift.multivariate',
    group: 'drift' as const,
    subject: 'dataset',
    severity: mv.severity,
    threshold: mv.alpha,
  };
  const section: MultivariateDrift = {
    method: mv.method,
    features: input.features,
    columns: (input.classifier ?? input.mmd)?.d ?? 0,
    drifted: false,
    alpha: mv.alpha,
    classifier: null,
    mmd: null,
    notes: [],
  };
  if (input.skip !== null) {
    section.skipped = input.skip;
    return {
      section,
      check: { ...base, status: 'skip', value: null, message: say.multivariateSkipped(input.skip) },
    };
  }
  const confidence = config.performance.confidence;
  const results = multivariateTests(input.classifier, input.mmd, {
    folds: mv.folds,
    permutations: mv.permutations,
    confidence,
    seed: mv.seed,
  });
  let classifierDrift = false;
  if (input.classifier && results.classifier) {
    const c = input.classifier;
    const r = results.classifier;
    section.classifier = {
      rows: { reference: c.n, current: c.m },
      folds: r.folds,
      auc: { value: r.auc, ci: r.ci, method: 'delong_oof' },
      pValue: r.pValue,
      minAuc: mv.min_auc,
      top: r.importance.slice(0, 5),
    };
    classifierDrift = significant(r.pValue, mv.alpha) && r.auc >= mv.min_auc;
  }
  let mmdDrift = false;
  if (input.mmd && results.mmd) {
    const e = input.mmd;
    const r = results.mmd;
    section.mmd = { rows: { reference: e.n, current: e.m }, ...r };
    mmdDrift = significant(r.pValue, mv.alpha);
    section.notes.push(say.mmdSubsample(e.n, e.m, r.nullSd, r.permutations));
  }
  section.drifted = classifierDrift || mmdDrift;
  const value = section.classifier?.pValue ?? section.mmd?.pValue ?? null;
  return {
    section,
    check: {
      ...base,
      status: section.drifted ? brokenStatus(mv.severity) : 'pass',
      value,
      message: say.multivariateMessage(section, classifierDrift, mmdDrift, confidence),
    },
  };
}
