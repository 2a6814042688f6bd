/**
 * A CDF bracket: what a sketch, a set of bin counts or the sample itself says about C(t) = #{x ≤ t}.
 * `points` ascend; for points[j] ≤ t < points[j+1] (t ≥ the last point: j = last) lower[j] ≤ C(t) ≤
 * upper[j]; below points[0], C(t) = 0. Both bounds are non-decreasing step functions.
 *
 * Built from facts (BracketBuilder): `atLeast(e, c)` — C(e) ≥ c, so C(t) ≥ c for t ≥ e; `before(e, c)` —
 * #{x < e} ≤ c, so C(t) ≤ c for t < e. An exact count C(e) = c is atLeast(e, c) and before(nextUp(e), c); a
 * sample is exact at every value; an engine quantile v at 1-based rank in [r₋, r₊] is atLeast(v, r₋) and
 * before(v, r₊ − 1). Facts from several sources about the same data intersect (add them all to one builder);
 * brackets of two disjoint data sets add (mergeBrackets). `compactBracket` keeps at most k points with the
 * smallest largest width it can (greedy groups, bisection on the width).
 *
 * The drift statistics from two brackets (R of n values, C of m) are bounded over the merged grid, where
 * both brackets are constant: on each cell |F_R − F_C| lies in [lo, hi] with
 *   hi = max(U_R/n − L_C/m, U_C/m − L_R/n),  lo = max(0, L_R/n − U_C/m, L_C/m − U_R/n),
 * so KS D ∈ [max lo, max hi]; Wasserstein W₁ = ∫|F_R − F_C| ∈ [Σ lo·len, Σ hi·len]; and the Cramér–von
 * Mises T = nm/N² Σ_pooled (F_R − F_C)² (Anderson 1962, the ties-free form) within Σ lo²·mass₋ and
 * Σ hi²·mass₊, where a cell's count lies in [max(0, L_k − U_{k−1}), U_k − L_{k−1}] per side. On exact
 * brackets lo = hi and the three are the sample statistics (KS and W₁ exactly as scipy; T without midranks).
 *
 * Cost: building O(f log f) in the facts; the bounds O(p + q) in the points.
 */

export interface CdfBracket {
  points: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** C(+∞): the number of values */
  n: number;
}

const view = new DataView(new ArrayBuffer(8));

/** the smallest double above x (x finite) */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

export class BracketBuilder {
  private readonly lowAt: number[] = [];
  private readonly lowCount: number[] = [];
  private readonly upAt: number[] = [];
  private readonly upCount: number[] = [];
  constructor(readonly n: number) {}

  /** C(e) ≥ c */
  atLeast(e: number, c: number): this {
    this.lowAt.push(e);
    this.lowCount.push(c);
    return this;
  }

  /** #{x < e} ≤ c */
  before(e: number, c: number): this {
    this.upAt.push(e);
    this.upCount.push(c);
    return this;
  }

  /** C(e) = c */
  exact(e: number, c: number): this {
    return this.atLeast(e, c).before(nextUp(e), c);
  }

  build(): CdfBracket {
    const grid = Float64Array.from(new Set([...this.lowAt, ...this.upAt])).sort();
    const p = grid.length;
    const lower = new Float64Array(p);
    const upper = new Float64Array(p).fill(this.n);
    const lowOrder = order(this.lowAt);
    let k = 0;
    let best = 0;
    for (let j = 0; j < p; j++) {
      while (k < lowOrder.length && this.lowAt[lowOrder[k]!]! <= grid[j]!)
        best = Math.max(best, this.lowCount[lowOrder[k++]!]!);
      lower[j] = Math.min(best, this.n);
    }
    // upper[j]: the least c over facts before(e, c) with e > grid[j]
    const upOrder = order(this.upAt);
    k = upOrder.length - 1;
    best = this.n;
    for (let j = p - 1; j >= 0; j--) {
      while (k >= 0 && this.upAt[upOrder[k]!]! > grid[j]!)
        best = Math.min(best, this.upCount[upOrder[k--]!]!);
      upper[j] = Math.max(best, lower[j]!);
    }
    return dropFlat({ points: grid, lower, upper, n: this.n });
  }
}

function order(a: readonly number[]): number[] {
  return a.map((_, i) => i).sort((x, y) => a[x]! - a[y]!);
}

/** points whose bounds equal the previous point's are redundant */
function dropFlat(b: CdfBracket): CdfBracket {
  const keep: number[] = [];
  for (let j = 0; j < b.points.length; j++)
    if (j === 0 || b.lower[j] !== b.lower[j - 1] || b.upper[j] !== b.upper[j - 1]) keep.push(j);
  if (keep.length === b.points.length) return b;
  return {
    points: Float64Array.from(keep, (j) => b.points[j]!),
    lower: Float64Array.from(keep, (j) => b.lower[j]!),
    upper: Float64Array.from(keep, (j) => b.upper[j]!),
    n: b.n,
  };
}

/** the exact bracket of a sorted, finite sample: a point per distinct value */
export function sampleBracket(sorted: Float64Array): CdfBracket {
  const points: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    if (i + 1 < sorted.length && sorted[i + 1] === v) continue;
    points.push(v);
    counts.push(i + 1);
  }
  const c = Float64Array.from(counts);
  return { points: Float64Array.from(points), lower: c, upper: c.slice(), n: sorted.length };
}

/** index of the last point ≤ t, or −1 */
function cellOf(points: Float64Array, t: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** [lower, upper] bounds on C(t) */
export function boundsAt(b: CdfBracket, t: number): [number, number] {
  const j = cellOf(b.points, t);
  return j < 0 ? [0, 0] : [b.lower[j]!, b.upper[j]!];
}

/** the bracket of the union of two disjoint data sets */
export function mergeBrackets(a: CdfBracket, b: CdfBracket): CdfBracket {
  const grid = Float64Array.from(new Set([...a.points, ...b.points])).sort();
  const lower = new Float64Array(grid.length);
  const upper = new Float64Array(grid.length);
  walk(a, b, grid, (j, ra, rb) => {
    lower[j] = ra[0] + rb[0];
    upper[j] = ra[1] + rb[1];
  });
  return dropFlat({ points: grid, lower, upper, n: a.n + b.n });
}

/** visits each grid point with both brackets' bounds there (grid sorted, a superset of both point sets) */
function walk(
  a: CdfBracket,
  b: CdfBracket,
  grid: Float64Array,
  visit: (j: number, ra: [number, number], rb: [number, number]) => void,
): void {
  let ia = -1;
  let ib = -1;
  for (let j = 0; j < grid.length; j++) {
    const t = grid[j]!;
    while (ia + 1 < a.points.length && a.points[ia + 1]! <= t) ia++;
    while (ib + 1 < b.points.length && b.points[ib + 1]! <= t) ib++;
    visit(j, ia < 0 ? [0, 0] : [a.lower[ia]!, a.upper[ia]!], ib < 0 ? [0, 0] : [b.lower[ib]!, b.upper[ib]!]);
  }
}

/** the largest upper − lower over the points (the bracket's rank error, in values) */
export function bracketWidth(b: CdfBracket): number {
  let w = 0;
  for (let j = 0; j < b.points.length; j++) w = Math.max(w, b.upper[j]! - b.lower[j]!);
  return w;
}

/** greedy groups of consecutive cells whose merged width stays ≤ w: the group starts */
function groups(b: CdfBracket, w: number): number[] {
  const starts: number[] = [];
  let s = 0;
  starts.push(0);
  for (let j = 1; j < b.points.length; j++) {
    if (b.upper[j]! - b.lower[s]! > w) {
      s = j;
      starts.push(j);
    }
  }
  return starts;
}

/** at most k points, merging neighbouring cells (a merged cell keeps the first lower, the last upper) */
export function compactBracket(b: CdfBracket, k: number): CdfBracket {
  if (b.points.length <= k) return b;
  let lo = bracketWidth(b);
  let hi = b.n;
  for (let it = 0; it < 60 && hi - lo > 0.5; it++) {
    const mid = (lo + hi) / 2;
    if (groups(b, mid).length <= k) hi = mid;
    else lo = mid;
  }
  const starts = groups(b, hi);
  const points = new Float64Array(starts.length);
  const lower = new Float64Array(starts.length);
  const upper = new Float64Array(starts.length);
  starts.forEach((s, g) => {
    const e = (starts[g + 1] ?? b.points.length) - 1;
    points[g] = b.points[s]!;
    lower[g] = b.lower[s]!;
    upper[g] = b.upper[e]!;
  });
  return { points, lower, upper, n: b.n };
}

export interface Bounds {
  lower: number;
  upper: number;
  /** the midpoint of the bounds (exact when they meet) */
  estimate: number;
}

function bounds(lower: number, upper: number): Bounds {
  return { lower, upper, estimate: lower === upper ? lower : (lower + upper) / 2 };
}

/** KS D, Wasserstein W₁ and (when asked) the Cramér–von Mises T between two brackets, bounded */
export function bracketStatistics(
  r: CdfBracket,
  c: CdfBracket,
  cvm = false,
): { ks: Bounds; wasserstein: Bounds; cramerVonMises: Bounds | null } {
  const grid = Float64Array.from(new Set([...r.points, ...c.points])).sort();
  const n = r.n;
  const m = c.n;
  let dLo = 0;
  let dHi = 0;
  let wLo = 0;
  let wHi = 0;
  let tLo = 0;
  let tHi = 0;
  let prevR: [number, number] = [0, 0];
  let prevC: [number, number] = [0, 0];
  walk(r, c, grid, (j, br, bc) => {
    const hi = Math.max(br[1] / n - bc[0] / m, bc[1] / m - br[0] / n);
    const lo = Math.max(0, br[0] / n - bc[1] / m, bc[0] / m - br[1] / n);
    dLo = Math.max(dLo, lo);
    dHi = Math.max(dHi, hi);
    const next = grid[j + 1];
    if (next !== undefined) {
      wLo += lo * (next - grid[j]!);
      wHi += hi * (next - grid[j]!);
    }
    if (cvm) {
      const massLo = Math.max(0, br[0] - prevR[1]) + Math.max(0, bc[0] - prevC[1]);
      const massHi = br[1] - prevR[0] + (bc[1] - prevC[0]);
      tLo += lo * lo * massLo;
      tHi += hi * hi * massHi;
    }
    prevR = br;
    prevC = bc;
  });
  const big = n + m;
  const scale = (n * m) / (big * big);
  return {
    ks: bounds(dLo, dHi),
    wasserstein: bounds(wLo, wHi),
    cramerVonMises: cvm ? bounds(tLo * scale, tHi * scale) : null,
  };
}

/** the value at rank share p (0…1) read off the bracket's midpoint CDF: an estimate for summaries */
export function bracketQuantile(b: CdfBracket, p: number): number {
  const target = p * b.n;
  for (let j = 0; j < b.points.length; j++)
    if ((b.lower[j]! + b.upper[j]!) / 2 >= target) return b.points[j]!;
  return b.points[b.points.length - 1]!;
}

/** adds what a bracket says about its data to a builder (to intersect it with other facts) */
export function addBracketFacts(builder: BracketBuilder, b: CdfBracket): void {
  for (let j = 0; j < b.points.length; j++) {
    builder.atLeast(b.points[j]!, b.lower[j]!);
    const next = b.points[j + 1];
    if (next !== undefined) builder.before(next, b.upper[j]!);
  }
  if (b.points.length > 0) builder.before(b.points[0]!, 0);
}
