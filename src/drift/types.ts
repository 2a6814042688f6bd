/**
 * Shapes shared by the drift tests, the registry and the per-feature analysis.
 */
import type { ColumnKind } from '../contract/kinds.js';

export type DriftTestId =
  'ks' | 'cramer_von_mises' | 'chi2' | 'psi' | 'jensen_shannon' | 'kl' | 'hellinger' | 'wasserstein';

/** what a test returns: `score` is the number compared with the threshold (a p-value or a size) */
export interface TestOutcome {
  score: number;
  statistic?: number;
  pValue?: number;
  dof?: number;
}

interface DriftTestBase {
  readonly id: DriftTestId;
  readonly kinds: readonly ColumnKind[];
  /** what the score means, for readers of the report */
  readonly score: 'p-value' | 'index' | 'distance' | 'divergence';
  /** p-values signal drift below the threshold; sizes at or above it (src/gate/compare.ts isDrift) */
  readonly driftWhen: 'below' | 'above';
  readonly defaultThreshold: number;
  /** p-value tests are the ones `correction` adjusts */
  readonly pValue: boolean;
  /** the SciPy expression the test is checked against (test/drift/parity.test.ts) */
  readonly oracle: string;
}

/** tests on the two sorted, finite, non-empty samples (numerical features) */
export interface SortedInputTest extends DriftTestBase {
  readonly input: 'sorted';
  compute(sortedReference: Float64Array, sortedCurrent: Float64Array): TestOutcome;
}

/** tests on bin counts of the two samples over the same bins (DESIGN §4 binning) */
export interface BinnedInputTest extends DriftTestBase {
  readonly input: 'bins';
  compute(referenceCounts: Float64Array, currentCounts: Float64Array): TestOutcome;
}

export type DriftTest = SortedInputTest | BinnedInputTest;
