/**
 * Insertion index into sorted edges, as `numpy.searchsorted(edges, x, side='left' | 'right')`:
 *   left:  the number of edges strictly less than x   (first i with edges[i] ≥ x),
 *   right: the number of edges less than or equal to x (first i with edges[i] > x).
 * Binary search. Reference: numpy.searchsorted (numpy 1.24); NaN sorts after every number, as in numpy,
 * so a NaN x returns edges.length for both sides.
 *
 * Cost: O(log n), no allocation. Edge cases: empty edges → 0; edges must be ascending and NaN-free.
 */
export function searchsortedLeft(sortedEdges: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sortedEdges.length;
  if (x !== x) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedEdges[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** numpy.searchsorted(edges, x, side='right'); see searchsortedLeft. */
export function searchsortedRight(sortedEdges: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sortedEdges.length;
  if (x !== x) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedEdges[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
