/**
 * Every constant the performance computations use, in one object for report.settings (STYLE habit 5).
 * Each is defined (and documented) where it is used; this file only collects them.
 */
import { DEFAULT_CONFIDENCE, DEFAULT_RESAMPLES } from './bootstrap.js';
import { CURVE_POINTS } from './curves.js';
import { PROBA_SUM_TOLERANCE } from './inputs.js';
import { ECE_BINS, LOG_LOSS_EPS } from './probabilistic.js';
import { MAPE_EPS } from './regression.js';
import { INTERVAL_CONSTANTS } from './intervals.js';

/** segments with fewer rows are reported but not gated (DESIGN §3) */
export const MIN_SEGMENT_ROWS = 30;

export const PERFORMANCE_CONSTANTS = {
  log_loss_eps: LOG_LOSS_EPS,
  ece_bins: ECE_BINS,
  mape_eps: MAPE_EPS,
  proba_sum_tolerance: PROBA_SUM_TOLERANCE,
  min_segment_rows: MIN_SEGMENT_ROWS,
  curve_points: CURVE_POINTS,
  default_resamples: DEFAULT_RESAMPLES,
  default_confidence: DEFAULT_CONFIDENCE,
  bootstrap: 'percentile (numpy linear), multinomial resamples paired across candidate and baseline',
  zero_division: 0,
  intervals: INTERVAL_CONSTANTS,
} as const;
