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
 * and one or two table steps per draw for integer means.
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
 * of times): one uniform and a guide-table search (one or two steps) instead of PTRS's two uniforms and a
 * lnΓ. The table spans
 * λ ± (12√λ + 10), whose outside mass is below 1e-30; probabilities come from log space (−λ + k ln λ −
 * lnΓ(k + 1)), so large λ do not underflow e^−λ. Non-integer or larger means go to poissonDraw.
 */
export class PoissonTables {
  private readonly tables = new Map<number, PoissonTable>();

  /** the table of an integer mean up to POISSON_TABLE_MAX (ZERO for 0); null for others (poissonDraw) */
  tableOf(lambda: number): PoissonTable | null {
    if (lambda === 0) return ZERO;
    if (!(lambda > 0) || lambda > POISSON_TABLE_MAX || !Number.isInteger(lambda)) return null;
    return this.tables.get(lambda) ?? this.build(lambda);
  }

  draw(lambda: number, rng: Rng): number {
    if (!(lambda > 0)) return 0;
    const t = this.tableOf(lambda);
    if (t === null) return poissonDraw(lambda, rng);
    return invert(t, rng.nextFloat());
  }

  private build(lambda: number): PoissonTable {
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
    // guide[j] = the first index whose cdf exceeds j / G
    const guide = new Int32Array(cdf.length);
    let k = 0;
    for (let j = 0; j < guide.length; j++) {
      while (cdf[k]! <= j / guide.length) k++;
      guide[j] = k;
    }
    const t = { from, cdf, guide };
    this.tables.set(lambda, t);
    return t;
  }
}

interface PoissonTable {
  from: number;
  cdf: Float64Array;
  guide: Int32Array;
}

/**
 * the value whose cdf interval holds u ∈ [0, 1): the guide table starts the search at the first value whose
 * cdf passes u's cell (Chen & Asau 1974), one or two steps on average
 */
function invert(t: PoissonTable, u: number): number {
  const cdf = t.cdf;
  let k = t.guide[Math.floor(u * t.guide.length)]!;
  while (cdf[k]! <= u) k++;
  return t.from + k;
}

/** Poisson(0): always 0 */
const ZERO: PoissonTable = { from: 0, cdf: Float64Array.of(1), guide: Int32Array.of(0) };

/**
 * A resampler of fixed counts: out[i] = Poisson(counts[i]) for every bin, each bin's table looked up once.
 * Integer counts draw by inversion of one 32-bit uniform (resolution 2^−32, far below any probability a
 * bootstrap of at most 10^5 resamples can see); other counts through poissonDraw.
 */
export function poissonResampler(
  counts: Float64Array,
  tables: PoissonTables,
): (rng: Rng, out: Float64Array) => Float64Array {
  const byBin = Array.from(counts, (c) => tables.tableOf(c));
  return (rng, out) => {
    for (let i = 0; i < byBin.length; i++) {
      const t = byBin[i]!;
      if (t === null) {
        out[i] = poissonDraw(counts[i]!, rng);
        continue;
      }
      if (t === ZERO) {
        out[i] = 0;
        continue;
      }
      out[i] = invert(t, rng.nextUint32() / 4294967296);
    }
    return out;
  };
}
