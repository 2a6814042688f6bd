// Weighted evaluation = evaluation on the expanded rows (the basis of the fast bootstrap), determinism,
// pairing, and the count sampler.
import { describe, expect, it } from 'vitest';
import { countSampler, drawResample, evaluateMetrics } from '../../src/metrics/bootstrap.js';
import { binaryKernel } from '../../src/metrics/binary.js';
import { multiclassKernel } from '../../src/metrics/multiclass.js';
import { regressionKernel } from '../../src/metrics/regression.js';
import { METRICS, type MetricDef, type StatsByTask } from '../../src/metrics/registry.js';
import type { Task } from '../../src/contract/kinds.js';
import { type TaskInput, subsetInput } from '../../src/metrics/inputs.js';
import { createRng } from '../../src/stats/random.js';

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9 * Math.abs(b), 1e-12);

function expand<A extends Uint8Array | Int32Array | Float64Array>(a: A, counts: Uint8Array): A {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) for (let c = 0; c < counts[i]!; c++) out.push(a[i]!);
  return new (a.constructor as new (v: number[]) => A)(out);
}

function values<T extends Task>(defs: readonly MetricDef<T>[], s: StatsByTask[T]): (number | null)[] {
  return defs.map((d) => (d.undefinedReason?.(s) ? null : d.compute(s)));
}

function randomCounts(n: number, seed: number): Uint8Array {
  const counts = new Uint8Array(n);
  countSampler(createRng(seed)).draw(counts);
  return counts;
}

function expectSame(a: (number | null)[], b: (number | null)[]): void {
  expect(a.length).toBe(b.length);
  a.forEach((v, j) => {
    if (v === null || b[j] === null) expect(v).toBe(b[j]);
    else expect(close(v, b[j]!), `metric ${j}: ${v} vs ${b[j]}`).toBe(true);
  });
}

describe('weighted statistics equal the statistics of the expanded rows', () => {
  const rng = createRng(9);
  const n = 400;
  const y = Uint8Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
  // heavy ties: 11 distinct scores
  const score = Float64Array.from({ length: n }, () => rng.nextInt(11) / 10);
  const pred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));

  it.each([1, 2, 3])('binary, resample seed %i', (seed) => {
    const counts = randomCounts(n, seed);
    const weighted = binaryKernel({ y, score, pred }).accumulate(counts);
    const ex = { y: expand(y, counts), score: expand(score, counts), pred: expand(pred, counts) };
    const plain = binaryKernel(ex).accumulate(new Uint8Array(ex.y.length).fill(1));
    expectSame(values(METRICS.binary, weighted), values(METRICS.binary, plain));
  });

  it('multiclass', () => {
    const k = 4;
    const yc = Int32Array.from({ length: n }, () => rng.nextInt(k));
    const pc = Int32Array.from(yc, (v) => (rng.nextFloat() < 0.6 ? v : rng.nextInt(k)));
    const proba = Array.from({ length: k }, () => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const raw = Array.from({ length: k }, (_, c) => 1 + rng.nextInt(3) + (c === yc[i] ? 2 : 0));
      for (const r of raw) sum += r;
      raw.forEach((r, c) => (proba[c]![i] = r / sum));
    }
    const counts = randomCounts(n, 4);
    const weighted = multiclassKernel({ classes: ['a', 'b', 'c', 'd'], y: yc, pred: pc, proba }).accumulate(
      counts,
    );
    const ex = {
      classes: ['a', 'b', 'c', 'd'],
      y: expand(yc, counts),
      pred: expand(pc, counts),
      proba: proba.map((p) => expand(p, counts)),
    };
    const plain = multiclassKernel(ex).accumulate(new Uint8Array(ex.y.length).fill(1));
    expectSame(values(METRICS.multiclass, weighted), values(METRICS.multiclass, plain));
  });

  it.each([5, 6])('regression (weighted median, r2), resample seed %i', (seed) => {
    const yr = Float64Array.from({ length: 301 }, () => Math.round(rng.nextFloat() * 20) / 2);
    const pr = Float64Array.from(yr, (v) => v + Math.round((rng.nextFloat() - 0.5) * 8) / 4);
    const counts = randomCounts(301, seed);
    const weighted = regressionKernel({ y: yr, pred: pr }).accumulate(counts);
    const ex = { y: expand(yr, counts), pred: expand(pr, counts) };
    const plain = regressionKernel(ex).accumulate(new Uint8Array(ex.y.length).fill(1));
    expectSame(values(METRICS.regression, weighted), values(METRICS.regression, plain));
  });
});

describe('evaluateMetrics', () => {
  const rng = createRng(3);
  const n = 2000;
  const y = Uint8Array.from({ length: n }, () => (rng.nextFloat() < 0.25 ? 1 : 0));
  const model = (noise: number): TaskInput => {
    const score = Float64Array.from(y, (v) =>
      Math.min(1, Math.max(0, 0.3 + 0.4 * v + noise * (rng.nextFloat() - 0.5))),
    );
    return { task: 'binary', data: { y, score, pred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)) } };
  };
  const candidate = model(0.8);
  const baseline = model(1.2);
  const options = { resamples: 200, confidence: 0.9, seed: 7 };

  it('is deterministic for a seed and changes with the seed', () => {
    const a = evaluateMetrics(candidate, baseline, options);
    const b = evaluateMetrics(candidate, baseline, options);
    expect(b).toEqual(a);
    const c = evaluateMetrics(candidate, baseline, { ...options, seed: 8 });
    expect(c.candidate.roc_auc!.value).toBe(a.candidate.roc_auc!.value);
    expect(c.candidate.roc_auc!.ci).not.toEqual(a.candidate.roc_auc!.ci);
  });

  it('gives intervals around the point estimate', () => {
    const r = evaluateMetrics(candidate, baseline, options);
    for (const [id, e] of Object.entries(r.candidate)) {
      expect(e.ci, id).not.toBeNull();
      expect(e.ci![0], id).toBeLessThanOrEqual(e.ci![1]);
      expect(e.value!, id).toBeGreaterThanOrEqual(e.ci![0] - 0.05);
      expect(e.value!, id).toBeLessThanOrEqual(e.ci![1] + 0.05);
    }
    const d = r.deltas!.roc_auc!;
    expect(d.value).toBeCloseTo(r.candidate.roc_auc!.value! - r.baseline!.roc_auc!.value!, 12);
    expect(d.value!).toBeGreaterThan(0);
  });

  it('pairs the resamples: a model against itself has delta 0 with interval [0, 0]', () => {
    const r = evaluateMetrics(candidate, candidate, options);
    for (const [id, d] of Object.entries(r.deltas!)) {
      expect(d.value, id).toBe(0);
      expect(d.ci, id).toEqual([0, 0]);
    }
  });

  it('reports an undefined metric as null with a reason, and notes resamples left out', () => {
    const yy = new Uint8Array(40);
    yy[0] = 1; // one positive in 40: many resamples miss it
    const score = Float64Array.from(yy, (v, i) => (v ? 0.95 : (i % 10) / 10));
    const input: TaskInput = {
      task: 'binary',
      data: { y: yy, score, pred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)) },
    };
    const r = evaluateMetrics(input, null, { resamples: 100, confidence: 0.95, seed: 1 });
    expect(r.candidate.roc_auc!.value).toBe(1);
    expect(r.notes.some((t) => t.startsWith('roc_auc: undefined in '))).toBe(true);
    const none: TaskInput = {
      task: 'binary',
      data: { y: new Uint8Array(10), score: null, pred: new Uint8Array(10) },
    };
    const e = evaluateMetrics(none, null, { resamples: 10, confidence: 0.95, seed: 1 }).candidate;
    expect(e.roc_auc).toEqual({ value: null, ci: null, reason: 'needs a score column' });
    expect(e.precision!.value).toBe(0);
  });
});

describe('countSampler', () => {
  it.each([1, 7, 1000, 0x200001])('draws n rows in total (n = %i)', (n) => {
    const counts = new Uint8Array(n);
    const sampler = countSampler(createRng(5));
    sampler.draw(counts);
    let total = 0;
    let zeros = 0;
    for (const c of counts) {
      total += c;
      if (c === 0) zeros++;
    }
    expect(total).toBe(n);
    // a row is left out with probability (1 − 1/n)^n → e^−1 ≈ 0.368
    if (n >= 1000) expect(Math.abs(zeros / n - Math.exp(-1))).toBeLessThan(0.05);
  });

  it('covers both halves of a large range evenly (the split multiply path, n > 2^21)', () => {
    const n = 3_000_001;
    const counts = new Uint8Array(n);
    countSampler(createRng(11)).draw(counts);
    let first = 0;
    for (let i = 0; i < n / 2; i++) first += counts[i]!;
    expect(Math.abs(first / n - 0.5)).toBeLessThan(0.002);
  });
});

describe('binary kernel layouts agree (in place, scatter into few groups, gather over many)', () => {
  it.each([
    ['few tie groups (scatter)', 5000, 1000],
    ['more groups than SCATTER_MAX_GROUPS (gather)', 70000, 1e9],
  ])('%s', (_what, n, levels) => {
    const rng = createRng(21);
    const y = Uint8Array.from({ length: n }, () => (rng.nextFloat() < 0.4 ? 1 : 0));
    const score = Float64Array.from({ length: n }, () => Math.floor(rng.nextFloat() * levels) / levels);
    const pred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
    const counts = randomCounts(n, 2);
    const unsorted = binaryKernel({ y, score, pred }).accumulate(counts);
    // the same rows in descending score order, with their counts moved along
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]!);
    const pick = <A extends Uint8Array | Float64Array>(a: A): A =>
      new (a.constructor as new (v: number[]) => A)(order.map((i) => a[i]!));
    const sorted = binaryKernel({ y: pick(y), score: pick(score), pred: pick(pred) }).accumulate(
      pick(counts),
    );
    expectSame(values(METRICS.binary, unsorted), values(METRICS.binary, sorted));
    expect(unsorted.tp).toBe(sorted.tp);
  });
});

describe('segments share the holdout resamples', () => {
  const rng = createRng(31);
  const n = 1500;
  const y = Uint8Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
  const score = Float64Array.from(y, (v) => Math.round((0.3 + 0.3 * v + 0.5 * rng.nextFloat()) * 100) / 100);
  const candidate: TaskInput = {
    task: 'binary',
    data: { y, score, pred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)) },
  };
  const options = { resamples: 100, confidence: 0.95, seed: 5 };
  const all = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
  const odd = Int32Array.from({ length: n / 2 }, (_, i) => 2 * i + 1);

  it('a segment of every row gives exactly the holdout evaluation', () => {
    const r = evaluateMetrics(candidate, null, options, [all]);
    expect(r.segments[0]!.candidate).toEqual(r.candidate);
  });

  it("a segment's point estimates are those of its rows alone; its intervals use the shared counts", () => {
    const r = evaluateMetrics(candidate, null, options, [odd]);
    const alone = evaluateMetrics(subsetInput(candidate, odd), null, options);
    for (const [id, e] of Object.entries(r.segments[0]!.candidate)) {
      expect(e.value, id).toBe(alone.candidate[id]!.value);
      expect(e.ci, id).not.toBeNull();
    }
    // resample b of the segment = the holdout's resample b restricted to the odd rows
    const counts = new Uint8Array(n);
    drawResample(options.seed, 0, counts);
    const restricted = Uint8Array.from(odd, (r) => counts[r]!);
    const direct = binaryKernel(
      (subsetInput(candidate, odd) as Extract<TaskInput, { task: 'binary' }>).data,
    ).accumulate(restricted);
    let total = 0;
    for (const c of restricted) total += c;
    expect(direct.n).toBe(total);
    expect(total).not.toBe(n / 2); // the segment's size varies with the resample
  });

  it('works for regression and multiclass segments as well', () => {
    const yr = Float64Array.from({ length: n }, () => rng.nextFloat());
    const reg: TaskInput = {
      task: 'regression',
      data: { y: yr, pred: Float64Array.from(yr, (v) => v + 0.1) },
    };
    const r = evaluateMetrics(reg, null, options, [all, odd]);
    expect(r.segments[0]!.candidate).toEqual(r.candidate);
    expect(r.segments[1]!.candidate.mae!.value).toBeCloseTo(0.1, 12);
  });
});

describe('drawResample', () => {
  it('gives each resample its own stream: the same counts whatever was drawn before', () => {
    const a = new Uint8Array(1000);
    const b = new Uint8Array(1000);
    drawResample(9, 3, a);
    drawResample(9, 2, b);
    drawResample(9, 3, b);
    expect(b).toEqual(a);
    drawResample(9, 4, b);
    expect(b).not.toEqual(a);
    drawResample(10, 3, b);
    expect(b).not.toEqual(a);
  });
});
