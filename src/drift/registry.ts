/**
 * The drift tests' compute table: one function per catalog id (src/catalog/drift-tests.ts holds every other
 * fact). The mapped type below makes the compiler demand a compute for each id, on the input its catalog
 * entry names ('sorted' samples or 'bins' counts). DRIFT_TESTS joins the two: what the analysis and the
 * rules look a test up by. Thresholds are compared only in src/gate/compare.ts.
 */
import { configError } from '../errors.js';
import { DRIFT_CATALOG, DRIFT_TEST_IDS, isDriftTestId, type DriftTestId } from '../catalog/drift-tests.js';
import type { ColumnKind } from '../contract/kinds.js';
import { chi2Test } from './chi2.js';
import { cramerVonMisesTest } from './cramer-von-mises.js';
import { hellingerDistance } from './hellinger.js';
import { jensenShannonDistance } from './jensen-shannon.js';
import { klDivergence } from './kl.js';
import { ksTest } from './ks.js';
import { populationStabilityIndex } from './psi.js';
import type { DriftTest, TestOutcome } from './types.js';
import { wassersteinTest } from './wasserstein.js';

type Compute = (reference: Float64Array, current: Float64Array) => TestOutcome;

const size =
  (f: (r: Float64Array, c: Float64Array) => number): Compute =>
  (r, c) => ({ score: f(r, c) });

/** one compute per catalog id: the two sorted samples or the two count vectors, by the entry's `input` */
const COMPUTE: { readonly [K in DriftTestId]: Compute } = {
  ks: ksTest,
  cramer_von_mises: cramerVonMisesTest,
  chi2: chi2Test,
  psi: size(populationStabilityIndex),
  jensen_shannon: size(jensenShannonDistance),
  kl: size(klDivergence),
  hellinger: size(hellingerDistance),
  wasserstein: wassersteinTest,
};

/** every test: its catalog facts and its compute, by id */
export const DRIFT_TESTS = Object.fromEntries(
  DRIFT_TEST_IDS.map((id) => {
    const facts = DRIFT_CATALOG[id];
    const test: DriftTest = { id, ...facts, pValue: facts.correctable, compute: COMPUTE[id] };
    return [id, test];
  }),
) as { readonly [K in DriftTestId]: DriftTest };

export { DRIFT_TEST_IDS, isDriftTestId };

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
