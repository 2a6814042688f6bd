// ROC and PR curve points against scikit-learn 1.2 (roc_curve(drop_intermediate=False),
// precision_recall_curve) for the vector cases with ≤ 150 distinct scores (so no thinning), to 1e-12;
// calibration and confusion by hand; thinning keeps the ends.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURVE_POINTS, binaryCurves, multiclassCurves } from '../../src/metrics/curves.js';

interface Vectors {
  binary: { name: string; y: number[]; pred: number[]; score: number[] | null }[];
  curves: { name: string; fpr: number[]; tpr: number[]; recall: number[]; precision: number[] }[];
}
const vectors = JSON.parse(
  readFileSync(new URL('../vectors/metrics.json', import.meta.url), 'utf8'),
) as Vectors;

function expectClose(actual: number[], expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(1e-12));
}

describe('binaryCurves', () => {
  it.each(vectors.curves.map((c) => [c.name, c] as const))('ROC and PR match scikit-learn: %s', (name, c) => {
    const b = vectors.binary.find((x) => x.name === name)!;
    const curves = binaryCurves(
      { y: Uint8Array.from(b.y), pred: Uint8Array.from(b.pred), score: Float64Array.from(b.score!) },
      ['0', '1'],
    );
    expectClose(curves.roc!.fpr, c.fpr);
    expectClose(curves.roc!.tpr, c.tpr);
    expectClose(curves.pr!.recall, c.recall);
    expectClose(curves.pr!.precision, c.precision);
  });

  it('calibration bins, confusion matrix, thinning', () => {
    const n = 1000;
    const score = Float64Array.from({ length: n }, (_, i) => i / n);
    const y = Uint8Array.from(score, (s, i) => (i % 3 === 0 || s > 0.9 ? 1 : 0));
    const pred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
    const curves = binaryCurves({ y, score, pred }, ['no', 'yes']);
    expect(curves.roc!.fpr.length).toBe(CURVE_POINTS);
    expect(curves.roc!.fpr[0]).toBe(0);
    expect(curves.roc!.fpr.at(-1)).toBe(1);
    expect(curves.calibration!.count).toEqual(new Array(10).fill(100));
    expect(curves.calibration!.meanScore[0]).toBeCloseTo(0.0495, 12);
    let tp = 0;
    let fn = 0;
    for (let i = 0; i < n; i++) {
      if (y[i] === 1 && pred[i] === 1) tp++;
      else if (y[i] === 1) fn++;
    }
    expect(curves.confusion!.labels).toEqual(['no', 'yes']);
    expect(curves.confusion!.matrix[1]).toEqual([fn, tp]);
    const one = binaryCurves({ y: new Uint8Array(5), score: new Float64Array(5), pred: new Uint8Array(5) }, [
      '0',
      '1',
    ]);
    expect(one.roc).toBeUndefined();
    expect(one.confusion!.matrix).toEqual([
      [5, 0],
      [0, 0],
    ]);
  });

  it('multiclass confusion matrix: rows = true class', () => {
    const c = multiclassCurves({
      classes: ['a', 'b'],
      y: Int32Array.from([0, 0, 1]),
      pred: Int32Array.from([1, 0, 1]),
      proba: null,
    });
    expect(c).toEqual({
      confusion: {
        labels: ['a', 'b'],
        matrix: [
          [1, 1],
          [0, 1],
        ],
      },
    });
  });
});
