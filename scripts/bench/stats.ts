// Bench for src/stats: radix sortedFinite vs the native Float64Array sort, and the two-sample tests on
// sorted columns. Timings on the shared 2-core machine are noisy; each line is the best of a few runs.
import { createRng } from '../../src/stats/random.js';
import { argsort } from '../../src/stats/argsort.js';
import { chi2TwoRow } from '../../src/stats/chi2-contingency.js';
import { cramerVonMisesTwoSample } from '../../src/stats/cramer-von-mises.js';
import { ksTwoSample } from '../../src/stats/ks-two-sample.js';
import { ksWassersteinSorted } from '../../src/stats/ks-wasserstein.js';
import { averageRanks } from '../../src/stats/ranks.js';
import { sortedFinite } from '../../src/stats/sort.js';
import { wassersteinSorted } from '../../src/stats/wasserstein.js';
import { timed } from './_util.js';

function best(label: string, reps: number, f: () => void): void {
  let min = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  console.log(`${label.padEnd(60)} ${min.toFixed(3).padStart(9)} ms   (best of ${reps})`);
}

const rng = createRng(42);
const normal = (): number => {
  // Box–Muller
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
};

for (const n of [1e3, 1e5, 1e6]) {
  const reps = n >= 1e6 ? 5 : n >= 1e5 ? 20 : 200;
  const x = Float64Array.from({ length: n }, normal);
  const ints = Float64Array.from({ length: n }, () => rng.nextInt(1000));
  best(`native Float64Array sort, normal, n=${n}`, reps, () => void x.slice().sort());
  best(`sortedFinite (radix), normal, n=${n}`, reps, () => void sortedFinite(x));
  best(`native Float64Array sort, integers 0..999, n=${n}`, reps, () => void ints.slice().sort());
  best(`sortedFinite (radix), integers 0..999, n=${n}`, reps, () => void sortedFinite(ints));
}

const column = Float64Array.from({ length: 1e6 }, normal);
await timed('sortedFinite 40 columns × 1M normal', () => {
  for (let c = 0; c < 40; c++) sortedFinite(column);
});

// the tests on sorted columns (what the drift module runs per feature)
const ref = sortedFinite(Float64Array.from({ length: 1e6 }, normal));
const curSame = sortedFinite(Float64Array.from({ length: 1e6 }, normal));
const curShift = sortedFinite(Float64Array.from({ length: 1e6 }, () => normal() + 0.01));
const curFar = sortedFinite(Float64Array.from({ length: 1e6 }, () => normal() * 1.5 + 0.3));
const x10k = sortedFinite(Float64Array.from({ length: 10000 }, normal));
const y9k = sortedFinite(Float64Array.from({ length: 9000 }, () => normal() + 0.05));
const y9kFar = sortedFinite(Float64Array.from({ length: 9000 }, () => normal() + 1));
const x20 = sortedFinite(Float64Array.from({ length: 20 }, normal));
const y19 = sortedFinite(Float64Array.from({ length: 19 }, () => normal() + 0.5));
for (const [label, x, y] of [
  ['1M vs 1M, same distribution', ref, curSame],
  ['1M vs 1M, shift 0.01 sd', ref, curShift],
  ['1M vs 1M, far (p underflows)', ref, curFar],
  ['10000 vs 9000 exact, shift 0.05', x10k, y9k],
  ['10000 vs 9000 exact, shift 1 (far tail)', x10k, y9kFar],
  ['20 vs 19 exact', x20, y19],
] as const) {
  best(`ksTwoSample ${label}`, 3, () => void ksTwoSample(x, y));
  best(`cramerVonMisesTwoSample ${label}`, 3, () => void cramerVonMisesTwoSample(x, y));
  best(`wassersteinSorted ${label}`, 3, () => void wassersteinSorted(x, y));
  best(`ksWassersteinSorted (one merge for both) ${label}`, 3, () => void ksWassersteinSorted(x, y));
}
const mixed = Float64Array.from({ length: 1e6 }, normal);
best('averageRanks 1M', 3, () => void averageRanks(mixed));
best('argsort 1M', 3, () => void argsort(mixed));
best(
  'chi2TwoRow 100000 bins',
  3,
  () =>
    void chi2TwoRow(
      Float64Array.from({ length: 1e5 }, (_, i) => 1 + (i % 7)),
      Float64Array.from({ length: 1e5 }, (_, i) => 1 + (i % 5)),
    ),
);
