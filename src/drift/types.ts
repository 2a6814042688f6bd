/**
 * Shapes shared by the drift tests, the registry and the per-feature analysis.
 */
import type { DriftTestFacts, DriftTestId } from '../catalog/drift-tests.js';

export type { DriftTestId };

/** what a test returns: `score` is the number compared with the threshold (a p-value or a size) */
export interface TestOutcome {
  score: number;
  statistic?: number;
  pValue?: number;
  dof?: number;
}

/** a test: its catalog facts, its id, and its compute over the input the catalog names */
export interface DriftTest extends DriftTestFacts {
  readonly id: DriftTestId;
  /** the same as `correctable`: p-value tests are the ones `correction` adjusts */
  readonly pValue: boolean;
  /** 'sorted': the two sorted, finite, non-empty samples; 'bins': counts of the two over the same bins */
  compute(reference: Float64Array, current: Float64Array): TestOutcome;
}
