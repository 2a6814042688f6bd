/**
 * The drift tests of DESIGN §4 as literal data (STYLE habit 3): id, the kinds it applies to, what the score
 * means, which side of the threshold is drift, the default threshold, whether `correction` adjusts it, the
 * compute function and the SciPy oracle it is checked against. Thresholds are compared only in
 * src/gate/compare.ts.
 */
import type { ColumnKind } from '../contract/kinds.js';
import { configError } from '../errors.js';
import { chi2Test } from './chi2.js';
import { cramerVonMisesTest } from './cramer-von-mises.js';
import { hellingerDistance } from './hellinger.js';
import { jensenShannonDistance } from './jensen-shannon.js';
import { klDivergence } from './kl.js';
import { ksTest } from './ks.js';
import { populationStabilityIndex } from './psi.js';
import type { DriftTest, DriftTestId, TestOutcome } from './types.js';
import { wassersteinTest } from './wasserstein.js';

const size =
  (f: (r: Float64Array, c: Float64Array) => number) =>
  (r: Float64Array, c: Float64Array): TestOutcome => ({ score: f(r, c) });

export const DRIFT_TESTS = {
  ks: {
    id: 'ks',
    kinds: ['numerical'],
    score: 'p-value',
    driftWhen: 'below',
    defaultThreshold: 0.05,
    pValue: true,
    input: 'sorted',
    compute: ksTest,
    oracle: "scipy.stats.ks_2samp(ref, cur, method='auto')",
  },
  cramer_von_mises: {
    id: 'cramer_von_mises',
    kinds: ['numerical'],
    score: 'p-value',
    driftWhen: 'below',
    defaultThreshold: 0.05,
    pValue: true,
    input: 'sorted',
    compute: cramerVonMisesTest,
    oracle: 'scipy.stats.cramervonmises_2samp(ref, cur)',
  },
  chi2: {
    id: 'chi2',
    kinds: ['categorical'],
    score: 'p-value',
    driftWhen: 'below',
    defaultThreshold: 0.05,
    pValue: true,
    input: 'bins',
    compute: chi2Test,
    oracle: 'scipy.stats.chi2_contingency([ref_counts, cur_counts], correction=False)',
  },
  psi: {
    id: 'psi',
    kinds: ['numerical', 'categorical'],
    score: 'index',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    pValue: false,
    input: 'bins',
    compute: size(populationStabilityIndex),
    oracle: 'sum((c - r) * log(c / r)), shares floored at 1e-4 (numpy)',
  },
  jensen_shannon: {
    id: 'jensen_shannon',
    kinds: ['numerical', 'categorical'],
    score: 'distance',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    pValue: false,
    input: 'bins',
    compute: size(jensenShannonDistance),
    oracle: 'scipy.spatial.distance.jensenshannon(r, c, base=2)',
  },
  kl: {
    id: 'kl',
    kinds: ['numerical', 'categorical'],
    score: 'divergence',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    pValue: false,
    input: 'bins',
    compute: size(klDivergence),
    oracle: 'scipy.stats.entropy(r, c), shares floored at 1e-4',
  },
  hellinger: {
    id: 'hellinger',
    kinds: ['numerical', 'categorical'],
    score: 'distance',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    pValue: false,
    input: 'bins',
    compute: size(hellingerDistance),
    oracle: 'sqrt(1 - sum(sqrt(r * c))) (numpy)',
  },
  wasserstein: {
    id: 'wasserstein',
    kinds: ['numerical'],
    score: 'distance',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    pValue: false,
    input: 'sorted',
    compute: wassersteinTest,
    oracle: 'scipy.stats.wasserstein_distance(ref, cur) / max(numpy.std(ref), 0.001)',
  },
} as const satisfies Record<DriftTestId, DriftTest>;

/** every drift test id, in registry order */
export const DRIFT_TEST_IDS = Object.keys(DRIFT_TESTS) as DriftTestId[];

export function isDriftTestId(id: string): id is DriftTestId {
  return Object.prototype.hasOwnProperty.call(DRIFT_TESTS, id);
}

/** the test with this id; `key` names the config key in the error ("drift.method") */
export function driftTest(id: string, key = 'drift.method'): DriftTest {
  if (!isDriftTestId(id))
    throw configError(`config ${key} must be auto or one of ${DRIFT_TEST_IDS.join(', ')}, got '${id}'`);
  return DRIFT_TESTS[id];
}

/** whether a test applies to a kind of feature */
export function supports(test: DriftTest, kind: ColumnKind): boolean {
  return (test.kinds as readonly ColumnKind[]).includes(kind);
}
