// Drift tests (DESIGN §4): the registry, binning, selection, correction, per-feature analysis.
import {
  AUTO_CONTINUOUS_DISTINCT,
  AUTO_SMALL_REFERENCE_ROWS,
  MAX_VALUE_BINS,
  SHARE_FLOOR,
  WASSERSTEIN_STD_FLOOR,
} from './constants.js';
import {
  HISTOGRAM_BINS,
  HISTOGRAM_TAIL_SHARE,
  SUMMARY_QUANTILES,
  SUMMARY_TOP_CATEGORIES,
} from './summary.js';
import { NEW_CATEGORY_EXAMPLES } from '../quality/new-categories.js';
import { CATEGORY_CAP, MIN_EXPECTED_COUNT, WASSERSTEIN_GRID } from './interval.js';

export * from './constants.js';
export { DRIFT_TESTS, DRIFT_TEST_IDS, driftTest, isDriftTestId, supports } from './registry.js';
export type { DriftTest, DriftTestId, TestOutcome } from './types.js';
export {
  HISTOGRAM_BINS,
  HISTOGRAM_TAIL_SHARE,
  OTHER_LABEL,
  SUMMARY_QUANTILES,
  SUMMARY_TOP_CATEGORIES,
} from './summary.js';

/** every constant the drift and quality computations use, for report.settings.constants (STYLE habit 5) */
export const DRIFT_CONSTANTS = {
  shareFloor: SHARE_FLOOR,
  maxValueBins: MAX_VALUE_BINS,
  wassersteinStdFloor: WASSERSTEIN_STD_FLOOR,
  autoSmallReferenceRows: AUTO_SMALL_REFERENCE_ROWS,
  autoContinuousDistinct: AUTO_CONTINUOUS_DISTINCT,
  histogramBins: HISTOGRAM_BINS,
  histogramTailShare: HISTOGRAM_TAIL_SHARE,
  summaryTopCategories: SUMMARY_TOP_CATEGORIES,
  summaryQuantiles: SUMMARY_QUANTILES,
  newCategoryExamples: NEW_CATEGORY_EXAMPLES,
  // decide_on: effect (./interval.ts)
  effectCategoryCap: CATEGORY_CAP,
  effectMinExpectedCount: MIN_EXPECTED_COUNT,
  effectWassersteinGrid: WASSERSTEIN_GRID,
} as const;
