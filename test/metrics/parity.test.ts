// Every metric against scikit-learn 1.2 (test/vectors/metrics.json, written by scripts/ref_sklearn.py):
// relative 1e-9, absolute 1e-12 near 0. null in the vectors = scikit-learn raises or returns NaN; ours must
// then be undefined (value null with a reason).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateMetrics, percentileInterval } from '../../src/metrics/bootstrap.js';
import { metricIds } from '../../src/metrics/registry.js';
import type { TaskInput } from '../../src/metrics/inputs.js';
import type { Estimate } from '../../src/contract/report.js';

interface Vectors {
  versions: Record<string, string>;
  binary: {
    name: string;
    y: number[];
    pred: number[];
    score: number[] | null;
    expected: Record<string, number | null>;
  }[];
  multiclass: {
    name: string;
    classes: string[];
    y: string[];
    pred: string[];
    proba: number[][] | null;
    expected: Record<string, number | null>;
  }[];
  regression: { name: string; y: number[]; pred: number[]; expected: Record<string, number | null> }[];
  percentile: { values: number[]; confidence: number; expected: [number, number] }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../vectors/metrics.json', import.meta.url), 'utf8'),
) as Vectors;

export function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= Math.max(1e-9 * Math.abs(expected), 1e-12);
}

function check(got: Record<string, Estimate>, expected: Record<string, number | null>): void {
  for (const [id, want] of Object.entries(expected)) {
    const e = got[id];
    expect(e, id).toBeDefined();
    if (want === null) {
      expect(e!.value, id).toBeNull();
      expect(e!.reason, id).toBeTruthy();
    } else {
      expect(e!.value, id).not.toBeNull();
      expect(close(e!.value!, want), `${id}: got ${e!.value}, sklearn ${want}`).toBe(true);
    }
  }
}

const POINT = { resamples: 0, confidence: 0.95, seed: 1 };

describe('parity with scikit-learn', () => {
  it('records the library versions', () => {
    expect(vectors.versions.sklearn).toMatch(/^1\.2\./);
  });

  it.each(vectors.binary.map((c) => [c.name, c] as const))('binary: %s', (_name, c) => {
    const input: TaskInput = {
      task: 'binary',
      data: {
        y: Uint8Array.from(c.y),
        pred: Uint8Array.from(c.pred),
        score: c.score ? Float64Array.from(c.score) : null,
      },
    };
    const got = evaluateMetrics(input, null, POINT).candidate;
    expect(Object.keys(got)).toEqual(metricIds('binary'));
    check(got, c.expected);
    if (!c.score)
      for (const id of ['roc_auc', 'pr_auc', 'log_loss', 'brier', 'ece']) expect(got[id]!.value).toBeNull();
  });

  it.each(vectors.multiclass.map((c) => [c.name, c] as const))('multiclass: %s', (_name, c) => {
    const index = new Map(c.classes.map((k, i) => [k, i]));
    const input: TaskInput = {
      task: 'multiclass',
      data: {
        classes: c.classes,
        y: Int32Array.from(c.y.map((v) => index.get(v)!)),
        pred: Int32Array.from(c.pred.map((v) => index.get(v)!)),
        proba: c.proba ? c.proba.map((col) => Float64Array.from(col)) : null,
      },
    };
    const got = evaluateMetrics(input, null, POINT).candidate;
    expect(Object.keys(got)).toEqual(metricIds('multiclass'));
    check(got, c.expected);
  });

  it.each(vectors.regression.map((c) => [c.name, c] as const))('regression: %s', (_name, c) => {
    const input: TaskInput = {
      task: 'regression',
      data: { y: Float64Array.from(c.y), pred: Float64Array.from(c.pred) },
    };
    const got = evaluateMetrics(input, null, POINT).candidate;
    expect(Object.keys(got)).toEqual(metricIds('regression'));
    check(got, c.expected);
  });

  it.each(vectors.percentile.map((c) => [c.values.length, c.confidence, c] as const))(
    'percentile interval = numpy.percentile (n=%i, confidence %f)',
    (_n, _c, c) => {
      const [lo, hi] = percentileInterval(Float64Array.from(c.values), c.confidence);
      expect(close(lo, c.expected[0])).toBe(true);
      expect(close(hi, c.expected[1])).toBe(true);
    },
  );
});
