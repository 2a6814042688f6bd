/**
 * Issue 15's cross-check: on the golden fixtures (holdouts of 8,000–10,000 rows, where `auto` uses the
 * bootstrap), every analytic interval (DeLong, the delta method, normal intervals of mean losses) agrees with
 * the paired percentile bootstrap of the same rows to within the bootstrap's Monte-Carlo error.
 *
 * Tolerance: an endpoint of a percentile interval from R resamples has a Monte-Carlo standard error of about
 * √(α/2·(1 − α/2)/R) / φ(z) · σ (the quantile of a normal sampling distribution with standard deviation σ;
 * σ from the analytic interval's half-width / z). Each endpoint must agree within 4 such errors. R = 4000.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { performanceConfig } from '../../src/config/types.js';
import { readConfigFile } from '../../src/io/config-file.js';
import { readTable } from '../../src/io/index.js';
import { evaluate } from '../../src/metrics/intervals.js';
import { preparePerformance } from '../../src/prepare/performance.js';
import type { Estimate } from '../../src/contract/report.js';

const root = join(import.meta.dirname, '..', '..');
const R = 4000;
const CONFIDENCE = 0.95;
const Z = 1.959963984540054;
const PHI_Z = Math.exp(-(Z * Z) / 2) / Math.sqrt(2 * Math.PI);
const ENDPOINT_SE = Math.sqrt((((1 - CONFIDENCE) / 2) * (1 - (1 - CONFIDENCE) / 2)) / R) / PHI_Z;

async function prepared(name: string) {
  const dir = join(root, 'fixtures', name);
  const config = performanceConfig(
    resolveConfig(readConfigFile(join(dir, 'model-gate.yml'), root), {}, root),
  );
  const holdout = await readTable(join(dir, 'holdout.parquet'));
  const baseline = await readTable(join(dir, 'baseline.parquet'));
  return preparePerformance(config, { holdout, baseline, current: null });
}

for (const name of ['binary-fraud', 'regression-delivery']) {
  describe(`${name}: analytic intervals agree with the bootstrap`, async () => {
    const p = await prepared(name);
    const options = { confidence: CONFIDENCE, resamples: R, seed: 11 } as const;
    const boot = evaluate(p.candidate, p.baseline, { ...options, method: 'bootstrap' });
    const fast = evaluate(p.candidate, p.baseline, { ...options, method: 'auto', largeAbove: 0 });

    it('uses the large-holdout methods when asked to', () => {
      expect(fast.candidate[name === 'binary-fraud' ? 'roc_auc' : 'mae']!.method).toBe(
        name === 'binary-fraud' ? 'delong' : 'clt',
      );
    });

    for (const who of ['candidate', 'baseline', 'deltas'] as const) {
      it(`${who}: every analytic endpoint within 4 Monte-Carlo errors of the bootstrap's`, () => {
        const a = fast[who]!;
        const b = boot[who]!;
        const checked: string[] = [];
        const misses: string[] = [];
        for (const [id, est] of Object.entries(a) as [string, Estimate][]) {
          if (!est.ci || !['delong', 'delta', 'clt'].includes(est.method!)) continue;
          const ref = b[id]!.ci!;
          const sigma = (est.ci[1] - est.ci[0]) / (2 * Z);
          const tol = 4 * ENDPOINT_SE * sigma;
          checked.push(id);
          for (const k of [0, 1] as const) {
            const gap = Math.abs(est.ci[k] - ref[k]);
            if (gap > tol)
              misses.push(
                `${id}[${k}]: ${est.ci[k]} vs ${ref[k]} (${(gap / (ENDPOINT_SE * sigma)).toFixed(1)} errors)`,
              );
          }
        }
        expect(checked.length).toBeGreaterThanOrEqual(name === 'binary-fraud' ? 11 : 5);
        expect(misses).toEqual([]);
      });
    }
  });
}
