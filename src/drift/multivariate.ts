/**
 * The two multivariate tests on their subsamples, with their seeded randomness (issue 11): the encoded
 * subsamples drawn from one seed (./multivariate-encode.ts), then the domain classifier
 * (./domain-classifier.ts) and MMD (./mmd.ts) from a second stream of the same seed. The gate
 * (src/gate/multivariate.ts) decides; this file only computes.
 */
import { createRng } from '../stats/random.js';
import { domainClassifier, type DomainClassifierResult } from './domain-classifier.js';
import { mmdTest, type MmdResult } from './mmd.js';
import {
  encode,
  sampleRows,
  type CategoricalFeature,
  type Encoded,
  type NumericFeature,
} from './multivariate-encode.js';

/** seeded subsamples of each side, encoded: one of `classifierRows`, one of `mmdRows` (null = not needed) */
export function encodedSamples(
  numeric: readonly NumericFeature[],
  categorical: readonly CategoricalFeature[],
  rows: { reference: number; current: number },
  sizes: { classifier: number | null; mmd: number | null },
  seed: number,
): { classifier: Encoded | null; mmd: Encoded | null } {
  const rng = createRng(seed);
  const take = (k: number) =>
    encode(numeric, categorical, sampleRows(rows.reference, k, rng), sampleRows(rows.current, k, rng));
  return {
    classifier: sizes.classifier === null ? null : take(sizes.classifier),
    mmd: sizes.mmd === null ? null : take(sizes.mmd),
  };
}

export function multivariateTests(
  classifier: Encoded | null,
  mmd: Encoded | null,
  settings: { folds: number; permutations: number; confidence: number; seed: number },
): { classifier: DomainClassifierResult | null; mmd: MmdResult | null } {
  const rng = createRng((settings.seed ^ 0x9e3779b9) >>> 0);
  return {
    classifier: classifier ? domainClassifier(classifier, settings.folds, settings.confidence, rng) : null,
    mmd: mmd ? mmdTest(mmd.x, mmd.n, mmd.y, mmd.m, mmd.d, settings.permutations, rng) : null,
  };
}
