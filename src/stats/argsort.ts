/**
 * Stable ascending argsort of doubles: a permutation p with values[p[0]] ≤ values[p[1]] ≤ …, equal values
 * in index order (as `numpy.argsort(values, kind='stable')`, with -0 equal to +0).
 * Algorithm: the LSD radix sort of sortedFinite (six 11/10-bit digits of the IEEE-754 pattern, skipped when
 * constant) carrying a Uint32 index with each key; the negative block, which comes out by ascending
 * magnitude, is reversed and each run of equal negatives re-reversed to keep stability.
 * Cost: O(n), 2 × (8 + 4) bytes per value; below RADIX_MIN_LENGTH a comparison sort of the indices.
 * Edge cases: NaN → RangeError (rank callers drop missing values first); ±Infinity sort to the ends;
 * empty → empty.
 */
import { RADIX_MIN_LENGTH } from './sort.js';

const SHIFTS = [0, 11, 22, 0, 11, 22];
const WORDS = [0, 0, 0, 1, 1, 1];
const MASKS = [0x7ff, 0x7ff, 0x3ff, 0x7ff, 0x7ff, 0x3ff];
const BUCKETS = 2048;

export function argsort(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  let a = new Float64Array(n);
  let ia = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) throw new RangeError(`argsort: NaN at index ${i}`);
    a[i] = v === 0 ? 0 : v;
    ia[i] = i;
  }
  if (n < RADIX_MIN_LENGTH) {
    const keys = a;
    return ia.sort((p, q) => keys[p]! - keys[q]! || p - q);
  }
  let b = new Float64Array(n);
  let ib = new Uint32Array(n);
  let ua = new Uint32Array(a.buffer);
  let ub = new Uint32Array(b.buffer);
  const counts = new Uint32Array(6 * BUCKETS);
  for (let i = 0; i < n; i++) {
    const lo = ua[2 * i]!;
    const hi = ua[2 * i + 1]!;
    counts[lo & 0x7ff]!++;
    counts[BUCKETS + ((lo >>> 11) & 0x7ff)]!++;
    counts[2 * BUCKETS + (lo >>> 22)]!++;
    counts[3 * BUCKETS + (hi & 0x7ff)]!++;
    counts[4 * BUCKETS + ((hi >>> 11) & 0x7ff)]!++;
    counts[5 * BUCKETS + (hi >>> 22)]!++;
  }
  const offsets = new Uint32Array(BUCKETS);
  for (let d = 0; d < 6; d++) {
    const word = WORDS[d]!;
    const shift = SHIFTS[d]!;
    const mask = MASKS[d]!;
    const base = d * BUCKETS;
    if (counts[base + ((ua[word]! >>> shift) & mask)] === n) continue;
    let sum = 0;
    for (let j = 0; j <= mask; j++) {
      offsets[j] = sum;
      sum += counts[base + j]!;
    }
    for (let i = 0; i < n; i++) {
      const o = offsets[(ua[2 * i + word]! >>> shift) & mask]!++;
      b[o] = a[i]!;
      ib[o] = ia[i]!;
    }
    [a, b] = [b, a];
    [ia, ib] = [ib, ia];
    [ua, ub] = [ub, ua];
  }
  let firstNegative = n;
  for (let i = 0; i < n; i++) {
    if (ua[2 * i + 1]! >= 0x80000000) {
      firstNegative = i;
      break;
    }
  }
  if (firstNegative === n) return ia;
  const negatives = n - firstNegative;
  for (let i = 0; i < negatives; i++) {
    b[i] = a[n - 1 - i]!;
    ib[i] = ia[n - 1 - i]!;
  }
  // restore index order inside each run of equal negative values
  for (let s = 0; s < negatives;) {
    let e = s + 1;
    while (e < negatives && b[e] === b[s]) e++;
    for (let l = s, r = e - 1; l < r; l++, r--) {
      const t = ib[l]!;
      ib[l] = ib[r]!;
      ib[r] = t;
    }
    s = e;
  }
  ib.set(ia.subarray(0, firstNegative), negatives);
  return ib;
}
