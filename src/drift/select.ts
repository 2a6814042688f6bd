/**
 * Which test decides for a feature (DESIGN §4).
 *
 * `auto` is Evidently's rule, so users moving over meet familiar choices; distinct values are counted over
 * both samples, rows over the reference's non-missing values:
 *   reference rows ≤ AUTO_SMALL_REFERENCE_ROWS (1000):
 *     numerical with > AUTO_CONTINUOUS_DISTINCT (5) distinct values → ks, otherwise chi2
 *   reference rows > 1000:
 *     numerical with > 5 distinct values → wasserstein, otherwise jensen_shannon.
 * Categorical features count as "not > 5 distinct numbers" whatever their cardinality (chi2 or
 * jensen_shannon), as in Evidently.
 * Under drift.decide_on: effect there is no switch: the distance at every size (wasserstein for continuous
 * numericals, jensen_shannon otherwise), decided on its interval's lower end (./interval.ts), so the
 * small-sample noise the switch was meant to avoid is in the interval instead.
 *
 * Configured methods: `drift.features.<name>.method` wins and must support the feature's kind (a config
 * error otherwise); then `drift.method` for the kinds it supports; other kinds keep `auto`.
 */
import type { Config } from '../config/types.js';
import { configError } from '../errors.js';
import type { ColumnKind } from '../contract/kinds.js';
import { AUTO_CONTINUOUS_DISTINCT, AUTO_SMALL_REFERENCE_ROWS } from './constants.js';
import { driftTest, supports } from './registry.js';
import type { DriftTestId } from './types.js';

/** a resolved method: a test id, or 'auto' to be decided from the data */
export type MethodChoice = DriftTestId | 'auto';

export function autoMethod(
  kind: ColumnKind,
  referenceRows: number,
  distinct: number,
  effectRule = false,
): DriftTestId {
  const continuous = kind === 'numerical' && distinct > AUTO_CONTINUOUS_DISTINCT;
  if (referenceRows <= AUTO_SMALL_REFERENCE_ROWS && !effectRule) return continuous ? 'ks' : 'chi2';
  return continuous ? 'wasserstein' : 'jensen_shannon';
}

/**
 * The method configured for one feature: the per-feature setting, else the global method when it
 * supports the kind, else 'auto'. `method` and `key` let prediction drift reuse this with its own keys.
 */
export function configuredMethod(
  kind: ColumnKind,
  featureMethod: string | undefined,
  globalMethod: string,
  featureKey: string,
  globalKey: string,
): MethodChoice {
  if (featureMethod !== undefined && featureMethod !== 'auto') {
    const test = driftTest(featureMethod, featureKey);
    if (!supports(test, kind))
      throw configError(
        `config ${featureKey} '${featureMethod}' does not apply to ${kind} features (it supports: ${test.kinds.join(', ')})`,
      );
    return test.id;
  }
  if (featureMethod === 'auto' || globalMethod === 'auto') return 'auto';
  const test = driftTest(globalMethod, globalKey);
  return supports(test, kind) ? test.id : 'auto';
}

/** the method for a feature of the main drift section */
export function featureMethod(config: Config, name: string, kind: ColumnKind): MethodChoice {
  return configuredMethod(
    kind,
    config.drift.features[name]?.method,
    config.drift.method,
    `drift.features.${name}.method`,
    'drift.method',
  );
}

/**
 * The threshold for a feature decided by `test`: the per-feature threshold, else drift.threshold when the
 * test is the globally configured method (or the method is auto and so applies everywhere), else the
 * test's default (its effect default under drift.decide_on: effect, src/catalog/drift-tests.ts).
 */
export function featureThreshold(
  test: DriftTestId,
  featureThresholdSetting: number | undefined,
  globalMethod: string,
  globalThreshold: number | null,
  decidedByGlobal: boolean,
  effectRule = false,
): number {
  if (featureThresholdSetting !== undefined) return featureThresholdSetting;
  if (globalThreshold !== null && decidedByGlobal && (globalMethod === 'auto' || globalMethod === test))
    return globalThreshold;
  return defaultThreshold(test, effectRule);
}

/** a test's default threshold: under drift.decide_on: effect its effectThreshold */
export function defaultThreshold(test: DriftTestId, effectRule: boolean): number {
  const t = driftTest(test);
  return effectRule ? t.effectThreshold : t.defaultThreshold;
}
