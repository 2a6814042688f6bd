/**
 * New categories (DESIGN §5): categories present in current and never seen in reference, with their
 * number, their share of current non-missing values and up to NEW_CATEGORY_EXAMPLES examples, most
 * frequent first. Works on the per-category counts over the union of both dictionaries.
 *
 * Cost: O(k + e log e) for k categories and e new ones. Returns null when current has no values.
 */
import type { QualityColumn } from '../contract/report.js';

/** examples of new categories kept in the report */
export const NEW_CATEGORY_EXAMPLES = 10;

export function newCategories(
  refCounts: Float64Array,
  curCounts: Float64Array,
  labels: readonly string[],
): QualityColumn['newCategories'] {
  let total = 0;
  let inNew = 0;
  const fresh: number[] = [];
  for (let i = 0; i < curCounts.length; i++) {
    const c = curCounts[i]!;
    total += c;
    if (c > 0 && refCounts[i] === 0) {
      inNew += c;
      fresh.push(i);
    }
  }
  if (total === 0) return null;
  fresh.sort((a, b) => curCounts[b]! - curCounts[a]! || a - b);
  return {
    count: fresh.length,
    share: inNew / total,
    examples: fresh.slice(0, NEW_CATEGORY_EXAMPLES).map((i) => labels[i]!),
  };
}
