// npm run bench domain-classifier: which domain classifier for drift.multivariate? (issue 11: "a small
// gradient-boosted tree ensemble or a regularised logistic regression on standardised numericals and
// encoded categoricals — choose by measured power and speed")
//
// Both run on the same encoded subsamples (src/drift/multivariate-encode.ts), cross-fitted over the same 5
// stratified folds, and are judged by the same out-of-fold AUC test (one-sided Mann–Whitney p < 0.05 and
// AUC ≥ 0.55, src/drift/domain-classifier.ts aucWithDeLong):
//   logistic: the shipped src/drift/domain-classifier.ts (L2, 40 accelerated-gradient steps);
//   gbt:      a small gradient-boosted ensemble written here for the comparison — 40 depth-2 trees on 16
//             quantile bins per column, logistic loss, shrinkage 0.2, Newton leaf values.
// BENCH_DC_REPLICATES (default 25) replicates per change, 4,000 rows a side, 50 features (40 numerical, 10 categorical with 8 levels).
import { aucWithDeLong, domainClassifier, stratifiedFolds } from '../../src/drift/domain-classifier.js';
import { encode, sampleRows, type Encoded } from '../../src/drift/multivariate-encode.js';
import { normalSf } from '../../src/stats/normal.js';
import { createRng, type Rng } from '../../src/stats/random.js';

const rng = createRng(33);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
const ROWS = 4000;
const REPLICATES = Number(process.env.BENCH_DC_REPLICATES ?? 25);

function data(change: string, size: number): Encoded {
  const side = (shifted: boolean) => {
    const num = Array.from({ length: 40 }, () => new Float64Array(ROWS));
    for (let i = 0; i < ROWS; i++) {
      for (let j = 0; j < 40; j++) num[j]![i] = normal();
      if (shifted && change === 'shift') num[0]![i] = num[0]![i]! + size;
      // a three-way interaction: x2 takes the sign of x1·x3 on a share of rows; every marginal and every
      // pairwise correlation stays as it was
      if (shifted && change === 'interaction' && rng.nextFloat() < size)
        num[2]![i] = Math.abs(num[2]![i]!) * Math.sign(num[1]![i]! * num[3]![i]!);
      if (shifted && change === 'correlation')
        num[2]![i] = size * num[1]![i]! + Math.sqrt(1 - size * size) * num[2]![i]!;
    }
    const cat = Array.from({ length: 10 }, (_, j) => ({
      codes: Int32Array.from({ length: ROWS }, () =>
        shifted && change === 'category' && j === 0 && rng.nextFloat() < size ? 8 : rng.nextInt(8),
      ),
      dictionary: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'new'],
    }));
    return { num, cat };
  };
  const r = side(false);
  const c = side(true);
  const rows = sampleRows(ROWS, ROWS, rng);
  return encode(
    r.num.map((v, j) => ({ name: `x${j}`, reference: v, current: c.num[j]! })),
    r.cat.map((v, j) => ({ name: `c${j}`, reference: v, current: c.cat[j]! })),
    rows,
    rows,
  );
}

/** out-of-fold AUC test of a small gradient-boosted ensemble */
function gbt(enc: Encoded, folds: number, r: Rng): { auc: number; pValue: number } {
  const { n, m, d } = enc;
  const N = n + m;
  const x = new Float64Array(N * d);
  x.set(enc.x.subarray(0, n * d));
  x.set(enc.y.subarray(0, m * d), n * d);
  const BINS = 16;
  // bin edges per column from the pooled quantiles
  const bin = new Uint8Array(N * d);
  for (let k = 0; k < d; k++) {
    const col = Float64Array.from({ length: N }, (_, i) => x[i * d + k]!).sort();
    const edges = Array.from({ length: BINS - 1 }, (_, b) => col[Math.floor(((b + 1) * N) / BINS)]!);
    for (let i = 0; i < N; i++) {
      const v = x[i * d + k]!;
      let b = 0;
      while (b < BINS - 1 && v > edges[b]!) b++;
      bin[i * d + k] = b;
    }
  }
  const fold = stratifiedFolds(n, m, folds, r);
  const label = (i: number) => (i >= n ? 1 : 0);
  const scores = new Float64Array(N);
  for (let f = 0; f < folds; f++) {
    const train = Int32Array.from({ length: N }, (_, i) => i).filter((i) => fold[i] !== f);
    const raw = new Float64Array(N);
    for (let t = 0; t < 40; t++) {
      const g = new Float64Array(N);
      const h = new Float64Array(N);
      for (const i of train) {
        const p = 1 / (1 + Math.exp(-raw[i]!));
        g[i] = p - label(i);
        h[i] = p * (1 - p);
      }
      // depth 2: the best root split, then the best split in each child (histogram gain)
      const split = (rows: Int32Array) => {
        let best = { gain: 0, k: -1, b: -1 };
        let G = 0;
        let H = 0;
        for (const i of rows) {
          G += g[i]!;
          H += h[i]!;
        }
        const hg = new Float64Array(BINS);
        const hh = new Float64Array(BINS);
        for (let k = 0; k < d; k++) {
          hg.fill(0);
          hh.fill(0);
          for (const i of rows) {
            const b = bin[i * d + k]!;
            hg[b] = hg[b]! + g[i]!;
            hh[b] = hh[b]! + h[i]!;
          }
          let gl = 0;
          let hl = 0;
          for (let b = 0; b < BINS - 1; b++) {
            gl += hg[b]!;
            hl += hh[b]!;
            const gr = G - gl;
            const hr = H - hl;
            if (hl < 1 || hr < 1) continue;
            const gain = (gl * gl) / (hl + 1) + (gr * gr) / (hr + 1) - (G * G) / (H + 1);
            if (gain > best.gain) best = { gain, k, b };
          }
        }
        return best;
      };
      const leaf = (rows: Int32Array) => {
        let G = 0;
        let H = 0;
        for (const i of rows) {
          G += g[i]!;
          H += h[i]!;
        }
        return -G / (H + 1);
      };
      const root = split(train);
      if (root.k < 0) break;
      const goesLeft = (i: number, s: { k: number; b: number }) => bin[i * d + s.k]! <= s.b;
      const left = train.filter((i) => goesLeft(i, root));
      const right = train.filter((i) => !goesLeft(i, root));
      const ls = split(left);
      const rs = split(right);
      const leafOf = (rows: Int32Array, s: { k: number; b: number }) =>
        s.k < 0
          ? { all: leaf(rows) }
          : { l: leaf(rows.filter((i) => goesLeft(i, s))), r: leaf(rows.filter((i) => !goesLeft(i, s))) };
      const lv = leafOf(left, ls);
      const rv = leafOf(right, rs);
      const value = (i: number) => {
        const [s, v] = goesLeft(i, root) ? [ls, lv] : [rs, rv];
        return 'all' in v ? v.all! : goesLeft(i, s) ? v.l! : v.r!;
      };
      for (let i = 0; i < N; i++) raw[i] = raw[i]! + 0.2 * value(i);
    }
    for (let i = 0; i < N; i++) if (fold[i] === f) scores[i] = raw[i]!;
  }
  const { auc } = aucWithDeLong(scores, n, m);
  return { auc, pValue: normalSf((auc - 0.5) / Math.sqrt((n + m + 1) / (12 * n * m))) };
}

console.log(
  `${'change'.padEnd(46)} ${'logistic'.padStart(9)} ${'gbt'.padStart(6)}   seconds per fit (logistic / gbt)`,
);
for (const [label, change, size] of [
  ['none (false alarms)', 'none', 0],
  ['mean shift 0.25 sd in 1 of 50 features', 'shift', 0.25],
  ['a new category at 10% in 1 feature', 'category', 0.1],
  ['correlation 0 → 0.6 between 2 features', 'correlation', 0.6],
  ['interaction: x2 takes sign(x1·x3) on 50% of rows', 'interaction', 0.5],
] as const) {
  let lHits = 0;
  let gHits = 0;
  let lTime = 0;
  let gTime = 0;
  for (let r = 0; r < REPLICATES; r++) {
    const enc = data(change, size);
    let t = performance.now();
    const l = domainClassifier(enc, 5, 0.95, createRng(r));
    lTime += performance.now() - t;
    t = performance.now();
    const g = gbt(enc, 5, createRng(r));
    gTime += performance.now() - t;
    if (l.pValue < 0.05 && l.auc >= 0.55) lHits++;
    if (g.pValue < 0.05 && g.auc >= 0.55) gHits++;
  }
  const pct = (k: number) => `${((100 * k) / REPLICATES).toFixed(0)}%`;
  console.log(
    `${label.padEnd(46)} ${pct(lHits).padStart(9)} ${pct(gHits).padStart(6)}   ${(lTime / REPLICATES / 1000).toFixed(2)} / ${(gTime / REPLICATES / 1000).toFixed(2)}`,
  );
}
