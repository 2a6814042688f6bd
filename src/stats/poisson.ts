/**
 * Seeded Poisson(λ) draws for any λ ≥ 0, as numpy's `Generator.poisson` draws them: λ < 10 by
 * multiplying uniforms until the product falls below e^−λ (Knuth), λ ≥ 10 by Hörmann's transformed
 * rejection with squeeze, PTRS (W. Hörmann, "The transformed rejection method for generating Poisson random
 * variables", Insurance: Mathematics and Economics 12 (1993) 39–45), constants as in numpy's
 * random_poisson_ptrs. Exact Poisson variates either way (no normal approximation).
 *
 * Used by the drift effect intervals (src/drift/interval.ts): a Poisson bootstrap of a sample's bin counts
 * draws Poisson(c) per bin, which is the per-row Poisson(1) bootstrap summed over the rows of each bin.
 * Cost: O(λ) draws below 10, about 1.2 uniform pairs and one lnΓ beyond; PoissonTables below: one uniform
 * and a binary search per draw for integer means.
 */
import { lnGamma } from './gamma.js';
import type { Rng } from './random.js';

const PTRS_FROM = 10;

export function poissonDraw(lambda: number, rng: Rng): number {
  if (!(lambda > 0)) return 0;
  if (lambda < PTRS_FROM) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let product = rng.nextFloat();
    while (product > limit) {
      k++;
      product *= rng.nextFloat();
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.nextFloat() - 0.5;
    const v = rng.nextFloat();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - lnGamma(k + 1)
    )
      return k;
  }
}

/** integer means up to this get an inversion table (PoissonTables); larger ones PTRS */
export const POISSON_TABLE_MAX = 10_000;

/**
 * Poisson draws for many integer means, by inversion of one uniform against the cumulative distribution
 * of Poisson(λ), a table built on first use per λ and kept (a bootstrap draws the same bin counts hundreds
 * of times): one uniform and a binary search instead of PTRS's two uniforms and a lnΓ. The table spans
 * λ ± (12√λ + 10), whose outside mass is below 1e-30; probabilities come from log space (−λ + k ln λ −
 * lnΓ(k + 1)), so large λ do not underflow e^−λ. Non-integer or larger means go to poissonDraw.
 */
export class PoissonTables {
  private readonly tables = new Map<number, { from: number; cdf: Float64Array }>();

  draw(lambda: number, rng: Rng): number {
    if (!(lambda > 0)) return 0;
    if (lambda > POISSON_TABLE_MAX || !Number.isInteger(lambda)) return poissonDraw(lambda, rng);
    const t = this.tables.get(lambda) ?? this.build(lambda);
    const u = rng.nextFloat();
    const cdf = t.cdf;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! <= u) lo = mid + 1;
      else hi = mid;
    }
    return t.from + lo;
  }

  private build(lambda: number): { from: number; cdf: Float64Array } {
    const spread = 12 * Math.sqrt(lambda) + 10;
    const from = Math.max(0, Math.floor(lambda - spread));
    const to = Math.ceil(lambda + spread);
    const cdf = new Float64Array(to - from + 1);
    const logLambda = Math.log(lambda);
    let total = 0;
    for (let k = from; k <= to; k++) {
      total += Math.exp(-lambda + k * logLambda - lnGamma(k + 1));
      cdf[k - from] = total;
    }
    for (let i = 0; i < cdf.length; i++) cdf[i] = cdf[i]! / total;
    cdf[cdf.length - 1] = 1;
    const t = { from, cdf };
    this.tables.set(lambda, t);
    return t;
  }
}

/** out[i] = Poisson(counts[i]) for every bin (integer counts through `tables`) */
export function poissonResample(
  counts: Float64Array,
  rng: Rng,
  out: Float64Array,
  tables: PoissonTables,
): Float64Array {
  for (let i = 0; i < counts.length; i++) out[i] = tables.draw(counts[i]!, rng);
  return out;
}
