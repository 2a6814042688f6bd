/** Small helpers for bin counts. */

/** total of the bin counts (exact: counts are integers below 2^53) */
export function countTotal(counts: Float64Array): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += counts[i]!;
  return s;
}
