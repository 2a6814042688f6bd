/**
 * What the gate could not see (issue 16, part 2): ruleResolution turns the interval of every holdout rule
 * into the smallest change the holdout resolves, and the comment lists the regression rules whose allowance
 * is below it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoricalResolution, chi2Critical, numericalResolution } from '../../src/drift/resolution.js';
import { ruleResolution } from '../../src/gate/rules/resolution.js';
import type { PerformanceConfig } from '../../src/config/types.js';
import type { PerformanceSection, Report } from '../../src/contract/report.js';
import { unenforceableRules } from '../../src/report/view.js';

function config(metrics: PerformanceConfig['performance']['metrics']): PerformanceConfig {
  return { performance: { metrics, confidence: 0.95 } } as unknown as PerformanceConfig;
}

const section = {
  candidate: {
    rows: 800,
    metrics: {
      roc_auc: { value: 0.9, ci: [0.88, 0.92], method: 'bootstrap' },
      f1: { value: 0.5, ci: null },
    },
  },
  baseline: {
    rows: 800,
    metrics: { roc_auc: { value: 0.8, ci: [0.78, 0.82] }, f1: { value: 0.5, ci: null } },
  },
  deltas: { roc_auc: { value: 0.1, ci: [0.069, 0.131] }, f1: { value: 0, ci: null } },
} as unknown as PerformanceSection;

describe('ruleResolution', () => {
  it('reads half the width of the interval each rule reads; null allowance for min / max', () => {
    const r = ruleResolution(
      config({
        roc_auc: { min: 0.85, max_regression: 0.005, max_relative_regression: 0.1 },
        f1: { max_regression: 0.01 },
      }),
      section,
    );
    expect(r).toHaveLength(3); // f1 has no interval: nothing to say about it
    expect(r[0]).toEqual({
      metric: 'roc_auc',
      rule: 'min',
      rows: 800,
      resolvable: expect.closeTo(0.02, 12),
      allowed: null,
      enforceable: null,
    });
    expect(r[1]).toMatchObject({ rule: 'max_regression', allowed: 0.005, enforceable: false });
    expect(r[1]!.resolvable).toBeCloseTo(0.031, 12);
    // relative to the baseline's value: 0.031 / 0.8
    expect(r[2]).toMatchObject({ rule: 'max_relative_regression', allowed: 0.1, enforceable: true });
    expect(r[2]!.resolvable).toBeCloseTo(0.03875, 12);
  });

  it('says nothing of regression rules without a baseline', () => {
    const alone = { ...section, baseline: null, deltas: null } as unknown as PerformanceSection;
    expect(ruleResolution(config({ roc_auc: { max_regression: 0.01 } }), alone)).toEqual([]);
  });
});

describe('unenforceableRules', () => {
  it('names each rule the holdout cannot enforce, with its rows and the size it misses', () => {
    const resolution = ruleResolution(
      config({ roc_auc: { max_regression: 0.005, max_relative_regression: 0.1 } }),
      section,
    );
    const report = {
      settings: { performance: { confidence: 0.95 } },
      performance: { ...section, resolution },
    } as unknown as Report;
    expect(unenforceableRules(report)).toEqual([
      'roc_auc max_regression 0.005: with 800 holdout rows a worsening smaller than 0.031 lies inside the 95% interval and would pass unnoticed; the rule cannot be enforced on this holdout',
    ]);
  });
});

describe('drift resolution (src/drift/resolution.ts) against scripts/ref_intervals.py', () => {
  const cases = (
    JSON.parse(readFileSync(join(import.meta.dirname, '..', 'vectors', 'intervals.json'), 'utf8')) as {
      resolution: {
        n: number;
        m: number;
        dof: number;
        ks: number;
        shiftSd: number | null;
        chi2Critical: number;
        cramersV: number;
      }[];
    }
  ).resolution;
  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.abs(b));
  it.each(cases)('n = $n, m = $m, dof = $dof', (c) => {
    const num = numericalResolution(c.n, c.m, 2)!;
    close(num.ks!, c.ks);
    if (c.shiftSd === null) expect(num.shiftSd).toBeNull();
    else {
      close(num.shiftSd!, c.shiftSd);
      close(num.shift!, 2 * c.shiftSd);
    }
    close(chi2Critical(0.05, c.dof), c.chi2Critical);
    close(categoricalResolution(c.n, c.m, c.dof)!.cramersV!, c.cramersV);
  });
});
