/**
 * The large-holdout interval methods (src/metrics/intervals.ts, analytic.ts, delong.ts, blb.ts):
 * - analytic intervals against scripts/ref_intervals.py → test/vectors/intervals.json (DeLong from SciPy's
 *   midranks, the delta method with hand-written gradients, per-row losses from numpy), relative 1e-9;
 * - the method chosen by size, named on every estimate, and the fallbacks to the bootstrap;
 * - the bag of little bootstraps: deterministic for a seed, paired (a model against itself has a zero
 *   delta interval), re-centred on the full-sample value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryAnalytic, normalZ, regressionAnalytic } from '../../src/metrics/analytic.js';
import { blbIntervals, blbSubsetRows, poissonSampler } from '../../src/metrics/blb.js';
import { evaluate, BOOTSTRAP_MAX_ROWS } from '../../src/metrics/intervals.js';
import type { TaskInput } from '../../src/metrics/inputs.js';
import { METRICS } from '../../src/metrics/registry.js';
import { createRng } from '../../src/stats/random.js';

interface Ref {
  candidate?: [number, number];
  baseline?: [number, number];
  delta?: [number, number];
}
const vectors = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'vectors', 'intervals.json'), 'utf8'),
) as {
  tolerance: { relative: number };
  z: Record<string, number>;
  binary: {
    name: string;
    threshold: number;
    y: number[];
    candidate: number[];
    baseline: number[];
    expected: Record<string, Ref>;
  }[];
  regression: {
    name: string;
    y: number[];
    candidate: number[];
    baseline: number[];
    expected: Record<string, Ref>;
  }[];
};
const REL = vectors.tolerance.relative;

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(REL * Math.max(1e-12, Math.abs(expected)));
}

/** value ± z·√variance, clipped to [lo, hi] */
function expectedInterval(
  [value, variance]: [number, number],
  z: number,
  lo: number,
  hi: number,
): [number, number] {
  const half = z * Math.sqrt(variance);
  return [Math.max(lo, value - half), Math.min(hi, value + half)];
}

describe('normalZ', () => {
  it('is scipy.stats.norm.ppf(1 − α/2)', () => {
    for (const [c, z] of Object.entries(vectors.z)) close(normalZ(Number(c)), z);
  });
});

describe('binary analytic intervals match scripts/ref_intervals.py', () => {
  for (const c of vectors.binary) {
    it(c.name, () => {
      const y = Uint8Array.from(c.y);
      const model = (s: number[]) => ({
        y,
        score: Float64Array.from(s),
        pred: Uint8Array.from(s, (v) => (v >= c.threshold ? 1 : 0)),
      });
      const out = binaryAnalytic(METRICS.binary, model(c.candidate), model(c.baseline), 0.95);
      const z = vectors.z['0.95']!;
      for (const [id, ref] of Object.entries(c.expected)) {
        const got = out.get(id)!;
        expect(got, id).toBeDefined();
        expect(got.method).toBe(
          id === 'roc_auc' ? 'delong' : ['log_loss', 'brier'].includes(id) ? 'clt' : 'delta',
        );
        const range = METRICS.binary.find((d) => d.id === id)!.range;
        for (const who of ['candidate', 'baseline', 'delta'] as const) {
          const [lo, hi] = who === 'delta' ? [range[0] - range[1], range[1] - range[0]] : range;
          const want = expectedInterval(ref[who]!, z, lo, hi);
          const have = got[who]!;
          close(have[0], want[0]);
          close(have[1], want[1]);
        }
      }
    });
  }
});

describe('regression analytic intervals match scripts/ref_intervals.py', () => {
  for (const c of vectors.regression) {
    it(c.name, () => {
      const y = Float64Array.from(c.y);
      const out = regressionAnalytic(
        METRICS.regression,
        { y, pred: Float64Array.from(c.candidate) },
        { y, pred: Float64Array.from(c.baseline) },
        0.95,
      );
      const z = vectors.z['0.95']!;
      for (const [id, ref] of Object.entries(c.expected)) {
        const range = METRICS.regression.find((d) => d.id === id)!.range;
        for (const who of ['candidate', 'baseline', 'delta'] as const) {
          if (!ref[who]) continue;
          const [lo, hi] = who === 'delta' ? [range[0] - range[1], range[1] - range[0]] : range;
          const want = expectedInterval(ref[who], z, lo, hi);
          const have = out.get(id)![who]!;
          close(have[0], want[0]);
          close(have[1], want[1]);
        }
      }
      // RMSE's own interval is the square root of MSE's
      const mse = out.get('mse')!.candidate!;
      expect(out.get('rmse')!.candidate).toEqual([Math.sqrt(mse[0]), Math.sqrt(mse[1])]);
    });
  }
});

function binaryModel(y: Uint8Array, signal: number, seed: number): TaskInput {
  const rng = createRng(seed);
  const score = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const z = rng.nextFloat() + rng.nextFloat() - 1 + signal * (2 * y[i]! - 1);
    score[i] = Math.round(1000 / (1 + Math.exp(-3 * z))) / 1000;
  }
  return { task: 'binary', data: { y, score, pred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)) } };
}

function labels(n: number, prevalence: number, seed: number): Uint8Array {
  const rng = createRng(seed);
  return Uint8Array.from({ length: n }, () => (rng.nextFloat() < prevalence ? 1 : 0));
}

const OPTIONS = { method: 'auto', resamples: 1000, confidence: 0.95, seed: 5 } as const;

describe('evaluate: the method chosen by size', () => {
  const y = labels(BOOTSTRAP_MAX_ROWS + 5000, 0.3, 1);
  const c = binaryModel(y, 0.4, 2);
  const b = binaryModel(y, 0.3, 3);
  const e = evaluate(c, b, OPTIONS);

  it('names the method on every interval above BOOTSTRAP_MAX_ROWS', () => {
    const methods = Object.fromEntries(Object.entries(e.candidate).map(([id, est]) => [id, est.method]));
    expect(methods).toEqual({
      accuracy: 'delta',
      balanced_accuracy: 'delta',
      precision: 'delta',
      recall: 'delta',
      f1: 'delta',
      specificity: 'delta',
      mcc: 'delta',
      cohen_kappa: 'delta',
      roc_auc: 'delong',
      pr_auc: 'blb',
      log_loss: 'clt',
      brier: 'clt',
      ece: 'blb',
      positive_rate: 'delta',
    });
    for (const r of [e.baseline!, e.deltas!]) {
      for (const [id, est] of Object.entries(r)) expect(est.method, id).toBe(methods[id]);
    }
  });

  it('keeps the paired percentile bootstrap at or below BOOTSTRAP_MAX_ROWS and with `bootstrap`', () => {
    const small = evaluate(binaryModel(y.subarray(0, 2000), 0.4, 2), null, OPTIONS);
    expect(new Set(Object.values(small.candidate).map((x) => x.method))).toEqual(new Set(['bootstrap']));
    const forced = evaluate(c, b, { ...OPTIONS, method: 'bootstrap', resamples: 400 });
    expect(new Set(Object.values(forced.deltas!).map((x) => x.method))).toEqual(new Set(['bootstrap']));
  });

  it('falls back to the bootstrap, with a note, when a class is too rare for the large-sample methods', () => {
    const rare = labels(BOOTSTRAP_MAX_ROWS + 1000, 0.001, 4);
    const r = evaluate(binaryModel(rare, 0.5, 5), null, { ...OPTIONS, resamples: 400 });
    expect(r.candidate.roc_auc!.method).toBe('bootstrap');
    expect(
      r.notes.some((n) =>
        /^intervals: percentile bootstrap for 21000 rows because a class has fewer than 50 rows/.test(n),
      ),
    ).toBe(true);
  });

  it('evaluates segments by their own size: a small one gets its own bootstrap', () => {
    const big = Int32Array.from({ length: BOOTSTRAP_MAX_ROWS + 2000 }, (_, i) => i);
    const small = Int32Array.from({ length: 3000 }, (_, i) => i * 3);
    const s = evaluate(c, b, { ...OPTIONS, resamples: 400 }, [big, small]);
    expect(s.segments[0]!.candidate.roc_auc!.method).toBe('delong');
    expect(s.segments[1]!.candidate.roc_auc!.method).toBe('bootstrap');
    expect(s.segments[0]!.baseline).toBeNull();
  });

  it('is deterministic for a seed', () => {
    expect(evaluate(c, b, OPTIONS)).toEqual(e);
  });
});

describe('blbIntervals', () => {
  const y = labels(60_000, 0.25, 6);
  const c = binaryModel(y, 0.4, 7);
  const centres = (m: TaskInput): number[] => {
    const e = evaluate(m, null, { ...OPTIONS, resamples: 0 });
    return METRICS.binary.map((d) => e.candidate[d.id]!.value ?? NaN);
  };

  it('gives a model against itself a zero delta interval (the weights are shared)', () => {
    const k = centres(c);
    const r = blbIntervals(c, c, { candidate: k, baseline: k }, 1, 0.95, 1000);
    for (const d of r.delta!) expect(d).toEqual([0, 0]);
    expect(r.subsetRows).toBe(blbSubsetRows(60_000));
    expect(r.subsetRows).toBe(Math.ceil(60_000 ** 0.6));
  });

  it('is centred on the full-sample value it is given', () => {
    const k = centres(c);
    const j = METRICS.binary.findIndex((d) => d.id === 'pr_auc');
    const a = blbIntervals(c, null, { candidate: k, baseline: null }, 1, 0.95, 1000).candidate[j]!;
    const shifted = k.map((v, i) => (i === j ? v - 0.1 : v));
    const s = blbIntervals(c, null, { candidate: shifted, baseline: null }, 1, 0.95, 1000).candidate[j]!;
    close(s[0], a[0] - 0.1);
    close(s[1], a[1] - 0.1);
    expect(a[0]).toBeLessThan(k[j]!);
    expect(a[1]).toBeGreaterThan(k[j]!);
  });
});

describe('poissonSampler', () => {
  it('draws Poisson(λ) weights: mean and variance λ', () => {
    for (const lambda of [1, 7.3, 63]) {
      const counts = new Uint8Array(200_000);
      poissonSampler(lambda, createRng(9)).draw(counts);
      let sum = 0;
      let sq = 0;
      for (const v of counts) {
        sum += v;
        sq += v * v;
      }
      const mean = sum / counts.length;
      const variance = sq / counts.length - mean * mean;
      // 5 standard errors of the mean and (roughly) of the variance
      expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / counts.length));
      expect(Math.abs(variance / lambda - 1)).toBeLessThan(
        5 * Math.sqrt(2 / counts.length) + 5 / Math.sqrt(lambda * counts.length),
      );
    }
  });
});

describe('evaluate: the large-holdout path of every task', () => {
  const n = BOOTSTRAP_MAX_ROWS + 3000;
  const rng = createRng(31);

  it('binary without scores: delta-method intervals for the label metrics, the score metrics undefined', () => {
    const y = labels(n, 0.3, 32);
    const pred = Uint8Array.from(y, (v) => (rng.nextFloat() < 0.8 ? v : 1 - v));
    const e = evaluate({ task: 'binary', data: { y, score: null, pred } }, null, {
      ...OPTIONS,
      resamples: 400,
    });
    expect(e.candidate.accuracy!.method).toBe('delta');
    expect(e.candidate.roc_auc!.value).toBeNull();
    expect(e.candidate.roc_auc!.ci).toBeNull();
  });

  it('multiclass: the bag of little bootstraps for every metric', () => {
    const classes = ['a', 'b', 'c'];
    const y = Int32Array.from({ length: n }, () => rng.nextInt(3));
    const proba = classes.map(() => new Float64Array(n));
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const raw = classes.map((_, c) => rng.nextFloat() + (c === y[i] ? 0.7 : 0));
      const sum = raw.reduce((a, b) => a + b, 0);
      raw.forEach((r, c) => (proba[c]![i] = r / sum));
      pred[i] = raw.indexOf(Math.max(...raw));
    }
    const e = evaluate({ task: 'multiclass', data: { classes, y, pred, proba } }, null, {
      ...OPTIONS,
      resamples: 400,
    });
    for (const [id, est] of Object.entries(e.candidate)) {
      expect(est.method, id).toBe('blb');
      expect(est.ci![0], id).toBeLessThanOrEqual(est.value!);
      expect(est.ci![1], id).toBeGreaterThanOrEqual(est.value!);
    }
  });

  it('regression: normal intervals of mean errors, RMSE by the delta method, max error without an interval', () => {
    const y = Float64Array.from({ length: n }, () => 50 + 10 * (rng.nextFloat() - 0.5));
    const a = Float64Array.from(y, (v) => v + 3 * (rng.nextFloat() - 0.5));
    const b = Float64Array.from(y, (v) => v + 4 * (rng.nextFloat() - 0.5));
    const e = evaluate(
      { task: 'regression', data: { y, pred: a } },
      { task: 'regression', data: { y, pred: b } },
      { ...OPTIONS, resamples: 400 },
    );
    expect(e.candidate.mae!.method).toBe('clt');
    expect(e.candidate.rmse!.method).toBe('delta');
    expect(e.candidate.r2!.method).toBe('blb');
    expect(e.candidate.median_ae!.method).toBe('blb');
    expect(e.candidate.max_error!.ci).toBeNull();
    expect(e.candidate.max_error!.reason).toMatch(/extreme order statistic/);
    expect(e.deltas!.rmse!.method).toBe('delta');
  });
});
