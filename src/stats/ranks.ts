/**
 * Average ranks: rank 1 for the smallest value, ties share the mean of the ranks they span.
 * Reference: `scipy.stats.rankdata(values, method='average')` (SciPy 1.10). Used by the Cramér–von Mises
 * statistic's definition and by rank metrics (AUC).
 * Cost: one radix argsort (O(n)) plus a pass over the runs of equal values; -0 equals +0.
 * Edge cases: NaN → RangeError (drop missing values first; SciPy would return all-NaN); empty → empty.
 */
import { argsort } from './argsort.js';

export function averageRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = argsort(values);
  const ranks = new Float64Array(n);
  let s = 0;
  while (s < n) {
    const v = values[order[s]!]!;
    let e = s + 1;
    while (e < n && values[order[e]!] === v) e++;
    const r = (s + 1 + e) / 2; // mean of ranks s+1 … e
    for (let k = s; k < e; k++) ranks[order[k]!] = r;
    s = e;
  }
  return ranks;
}
