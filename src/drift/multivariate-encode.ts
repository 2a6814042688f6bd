/**
 * The rows multivariate drift looks at (issue 11, drift.multivariate), as numbers: a seeded subsample of
 * each side, every tested feature encoded into columns of a row-major matrix —
 *   numerical: standardised by the reference subsample's mean and population sd; a missing value is 0 (the
 *     mean) plus a 0/1 "(missing)" column when either side misses any; a constant feature is left out;
 *   categorical: one 0/1 column per reference category among the TOP_CATEGORIES most frequent in the
 *     reference subsample, one for every other category (current's new ones included), and a "(missing)"
 *     column when either side misses any.
 * `owner[j]` names the feature column j came from, so a classifier's weights map back to features.
 * Cost: O(rows × columns) for the sampled rows. Pure; randomness from the given Rng.
 */
import type { Rng } from '../stats/random.js';
import type { CategoricalSide } from './analyse.js';

/** categories of a categorical feature with a column of their own (the rest share "other") */
export const TOP_CATEGORIES = 10;

export interface NumericFeature {
  name: string;
  reference: Float64Array;
  current: Float64Array;
}
export interface CategoricalFeature {
  name: string;
  reference: CategoricalSide;
  current: CategoricalSide;
}

export interface Encoded {
  /** reference rows × d, row-major */
  x: Float64Array;
  n: number;
  /** current rows × d */
  y: Float64Array;
  m: number;
  d: number;
  /** the feature each column encodes */
  owner: string[];
}

/** `k` of `n` row indices without replacement, ascending (all when n ≤ k) */
export function sampleRows(n: number, k: number, rng: Rng): Int32Array {
  if (n <= k) return Int32Array.from({ length: n }, (_, i) => i);
  // Floyd's algorithm: k draws, no n-sized allocation beyond a set of k
  const chosen = new Set<number>();
  for (let j = n - k; j < n; j++) {
    const t = rng.nextInt(j + 1);
    chosen.add(chosen.has(t) ? j : t);
  }
  return Int32Array.from(chosen).sort();
}

interface Column {
  owner: string;
  ref: (row: number) => number;
  cur: (row: number) => number;
}

export function encode(
  numeric: readonly NumericFeature[],
  categorical: readonly CategoricalFeature[],
  refRows: Int32Array,
  curRows: Int32Array,
): Encoded {
  const columns: Column[] = [];
  for (const f of numeric) {
    let sum = 0;
    let count = 0;
    let missing = false;
    for (const r of refRows) {
      const v = f.reference[r]!;
      if (Number.isNaN(v)) missing = true;
      else {
        sum += v;
        count++;
      }
    }
    for (const r of curRows) if (Number.isNaN(f.current[r]!)) missing = true;
    if (count === 0) continue;
    const mean = sum / count;
    let ss = 0;
    for (const r of refRows) {
      const v = f.reference[r]!;
      if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
    }
    const sd = Math.sqrt(ss / count);
    if (sd > 0) {
      const z = (v: number) => (Number.isNaN(v) ? 0 : (v - mean) / sd);
      columns.push({ owner: f.name, ref: (r) => z(f.reference[r]!), cur: (r) => z(f.current[r]!) });
    }
    if (missing) {
      const m = (v: number) => (Number.isNaN(v) ? 1 : 0);
      columns.push({ owner: f.name, ref: (r) => m(f.reference[r]!), cur: (r) => m(f.current[r]!) });
    }
  }
  for (const f of categorical) {
    const counts = new Map<number, number>();
    let missing = false;
    for (const r of refRows) {
      const c = f.reference.codes[r]!;
      if (c < 0) missing = true;
      else counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const r of curRows) if (f.current.codes[r]! < 0) missing = true;
    const top = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, TOP_CATEGORIES)
      .map(([code]) => f.reference.dictionary[code]!);
    const slot = new Map(top.map((label, i) => [label, i]));
    const refSlot = f.reference.dictionary.map((label) => slot.get(label) ?? top.length);
    const curSlot = f.current.dictionary.map((label) => slot.get(label) ?? top.length);
    const at = (side: CategoricalSide, slots: number[], r: number) => {
      const c = side.codes[r]!;
      return c < 0 ? -1 : slots[c]!;
    };
    for (let k = 0; k <= top.length; k++) {
      columns.push({
        owner: f.name,
        ref: (r) => (at(f.reference, refSlot, r) === k ? 1 : 0),
        cur: (r) => (at(f.current, curSlot, r) === k ? 1 : 0),
      });
    }
    if (missing) {
      columns.push({
        owner: f.name,
        ref: (r) => (f.reference.codes[r]! < 0 ? 1 : 0),
        cur: (r) => (f.current.codes[r]! < 0 ? 1 : 0),
      });
    }
  }
  const d = columns.length;
  const x = new Float64Array(refRows.length * d);
  const y = new Float64Array(curRows.length * d);
  columns.forEach((c, j) => {
    refRows.forEach((r, i) => (x[i * d + j] = c.ref(r)));
    curRows.forEach((r, i) => (y[i * d + j] = c.cur(r)));
  });
  return { x, n: refRows.length, y, m: curRows.length, d, owner: columns.map((c) => c.owner) };
}
