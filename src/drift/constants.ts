/**
 * Named constants of the drift tests (DESIGN §4). Every one is copied into report.settings by the gate, so a
 * reader can see exactly which floors and limits produced a number.
 */

/** shares below this are raised to it before psi and kl (an empty bin would make them infinite) */
export const SHARE_FLOOR = 1e-4;

/** numerical features with at most this many distinct values over both samples get one bin per value */
export const MAX_VALUE_BINS = 20;

/** `wasserstein` divides by max(std(reference), WASSERSTEIN_STD_FLOOR) (population std) */
export const WASSERSTEIN_STD_FLOOR = 0.001;

/** `auto`: reference samples with at most this many non-missing rows use the significance tests */
export const AUTO_SMALL_REFERENCE_ROWS = 1000;

/** `auto`: numerical features with more than this many distinct values (both samples) are continuous */
export const AUTO_CONTINUOUS_DISTINCT = 5;

/** default number of quantile bins of the reference (config drift.bins) */
export const DEFAULT_BINS = 10;
