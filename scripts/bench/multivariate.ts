// npm run bench multivariate: drift.multivariate at DESIGN §10's scale and its power at the default
// subsample sizes (issue 11: "under 2 s for 1M × 1M × 50 on 2 cores, by subsampling with the error that
// costs stated").
//
// Speed: 1,000,000 reference and 1,000,000 current rows of 40 numerical and 10 categorical features (in
// memory, as the gate holds them): the seeded subsamples encoded (classifier 4,000 a side, MMD 1,000 a
// side), the cross-fitted classifier and MMD with 100 permutations — the work drift.multivariate adds.
// Power: 40 replicates per change at the default sizes, p < 0.05 (and AUC ≥ 0.55 for the classifier):
// no change, a mean shift of one feature in 50, a correlation change between two features (marginals kept),
// a new category at 10 %.
import { encodedSamples, multivariateTests } from '../../src/drift/multivariate.js';
import type { CategoricalFeature, NumericFeature } from '../../src/drift/multivariate-encode.js';
import { createRng } from '../../src/stats/random.js';
import { timed } from './_util.js';

const rng = createRng(21);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
const CATS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

function side(
  n: number,
  change: 'none' | 'shift' | 'correlation' | 'category',
  size: number,
): { numeric: Float64Array[]; categorical: { codes: Int32Array; dictionary: string[] }[] } {
  const numeric = Array.from({ length: 40 }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 40; j++) numeric[j]![i] = normal();
    if (change === 'shift') numeric[0]![i] = numeric[0]![i]! + size;
    if (change === 'correlation')
      numeric[2]![i] = size * numeric[1]![i]! + Math.sqrt(1 - size * size) * numeric[2]![i]!;
  }
  const dictionary = [...CATS, 'new'];
  const categorical = Array.from({ length: 10 }, (_, j) => {
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++)
      codes[i] = change === 'category' && j === 0 && rng.nextFloat() < size ? 8 : rng.nextInt(CATS.length);
    return { codes, dictionary };
  });
  return { numeric, categorical };
}

function features(ref: ReturnType<typeof side>, cur: ReturnType<typeof side>) {
  const numeric: NumericFeature[] = ref.numeric.map((r, j) => ({
    name: `x${j}`,
    reference: r,
    current: cur.numeric[j]!,
  }));
  const categorical: CategoricalFeature[] = ref.categorical.map((r, j) => ({
    name: `c${j}`,
    reference: r,
    current: cur.categorical[j]!,
  }));
  return { numeric, categorical };
}

const SETTINGS = { folds: 5, permutations: 100, confidence: 0.95 };

// ---- speed at 1M × 1M × 50
const N = 1_000_000;
const big = features(side(N, 'none', 0), side(N, 'shift', 0.05));
const encoded = await timed('encode the subsamples (4,000 and 1,000 a side of 1M × 50)', () =>
  encodedSamples(
    big.numeric,
    big.categorical,
    { reference: N, current: N },
    { classifier: 4000, mmd: 1000 },
    42,
  ),
);
console.log(`  ${encoded.classifier!.d} encoded columns`);
const both = await timed('classifier (5-fold) + MMD (100 permutations)', () =>
  multivariateTests(encoded.classifier, encoded.mmd, { ...SETTINGS, seed: 42 }),
);
// the shared VM's speed varies by ±40% from run to run: five more runs, the fastest and the median
const runs: number[] = [];
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  multivariateTests(encoded.classifier, encoded.mmd, { ...SETTINGS, seed: 42 + k });
  runs.push((performance.now() - t0) / 1000);
}
runs.sort((a, b) => a - b);
console.log(
  `  five more runs: fastest ${runs[0]!.toFixed(2)} s, median ${runs[2]!.toFixed(2)} s, slowest ${runs[4]!.toFixed(2)} s`,
);
console.log(
  `  classifier AUC ${both.classifier!.auc.toFixed(4)} [${both.classifier!.ci.map((v) => v.toFixed(4)).join(', ')}], p ${both.classifier!.pValue.toExponential(2)}; MMD² ${both.mmd!.mmd2.toExponential(3)} (null sd ${both.mmd!.nullSd.toExponential(2)}), p ${both.mmd!.pValue.toFixed(4)}`,
);
await timed('classifier alone (4,000 a side)', () =>
  multivariateTests(encoded.classifier, null, { ...SETTINGS, seed: 1 }),
);
await timed('MMD alone (1,000 a side)', () => multivariateTests(null, encoded.mmd, { ...SETTINGS, seed: 1 }));

// ---- power at the default sizes
const REPLICATES = Number(process.env.BENCH_MULTIVARIATE_REPLICATES ?? 40);
console.log(`\npower (${REPLICATES} replicates, 20,000 rows a side, default subsamples)`);
console.log(`${'change'.padEnd(42)} ${'classifier'.padStart(10)} ${'MMD'.padStart(6)}`);
for (const [label, change, size] of [
  ['none (false alarms)', 'none', 0],
  ['mean shift 0.1 sd in 1 of 50 features', 'shift', 0.1],
  ['mean shift 0.25 sd in 1 of 50 features', 'shift', 0.25],
  ['correlation 0 → 0.6 between 2 features', 'correlation', 0.6],
  ['a new category at 10% in 1 feature', 'category', 0.1],
] as const) {
  let c = 0;
  let m = 0;
  for (let r = 0; r < REPLICATES; r++) {
    const f = features(side(20_000, 'none', 0), side(20_000, change, size));
    const e = encodedSamples(
      f.numeric,
      f.categorical,
      { reference: 20_000, current: 20_000 },
      { classifier: 4000, mmd: 1000 },
      100 + r,
    );
    const t = multivariateTests(e.classifier, e.mmd, { ...SETTINGS, seed: 100 + r });
    if (t.classifier!.pValue < 0.05 && t.classifier!.auc >= 0.55) c++;
    if (t.mmd!.pValue < 0.05) m++;
  }
  const pct = (k: number) => `${((100 * k) / REPLICATES).toFixed(0)}%`;
  console.log(`${label.padEnd(42)} ${pct(c).padStart(10)} ${pct(m).padStart(6)}`);
}
