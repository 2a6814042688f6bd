// Bench for src/stats: radix sortedFinite vs the native Float64Array sort, and the two-sample tests on
// sorted columns. Timings on the shared 2-core machine are noisy; each line is the best of a few runs.
import { createRng } from '../../src/stats/random.js';
import { sortedFinite } from '../../src/stats/sort.js';
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
