// drift.multivariate end to end (issue 11, part 2): one check over the features together, the
// classifier's top features, MMD's subsample and its cost stated, renderings, skips and config errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateRun } from '../helpers/gate-run.js';
import { createRng } from '../../src/stats/random.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { renderPrometheus } from '../../src/report/prometheus.js';
import type { Report } from '../../src/contract/report.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-multivariate-'));
  const rng = createRng(9);
  const normal = () =>
    Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
  const rows = (n: number, corr: number, shift: number) => {
    const out = ['a,b,c,kind'];
    for (let i = 0; i < n; i++) {
      const u = normal();
      const b = corr * u + Math.sqrt(1 - corr * corr) * normal();
      out.push(
        `${u.toFixed(5)},${b.toFixed(5)},${(normal() + shift).toFixed(5)},${['x', 'y', 'z'][rng.nextInt(3)]}`,
      );
    }
    return out.join('\n') + '\n';
  };
  writeFileSync(join(dir, 'reference.csv'), rows(1500, 0, 0));
  writeFileSync(join(dir, 'same.csv'), rows(1500, 0, 0));
  writeFileSync(join(dir, 'shifted.csv'), rows(1500, 0, 0.4));
  // the marginals stay N(0, 1); only a and b become correlated: per-feature tests cannot see it
  writeFileSync(join(dir, 'correlated.csv'), rows(1500, 0.9, 0));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gate = (yaml: string) => gateRun(dir, yaml);
const check = (r: Report) => r.checks.find((c) => c.id === 'drift.multivariate')!;

describe('drift.multivariate', () => {
  it('stays quiet on the same population', async () => {
    const { report } = await gate(
      'inputs: {reference: reference.csv, current: same.csv}\ndrift: {multivariate: {}}\n',
    );
    const mv = report.drift!.multivariate!;
    expect(mv.features).toEqual(['a', 'b', 'c', 'kind']);
    expect(mv.drifted).toBe(false);
    expect(check(report).status).toBe('pass');
    expect(mv.mmd!.rows).toEqual({ reference: 1000, current: 1000 });
    expect(mv.classifier!.rows).toEqual({ reference: 1500, current: 1500 });
    expect(mv.notes[0]).toMatch(
      /^MMD on a seeded subsample of 1,000 reference and 1,000 current rows: at this size MMD² varies by [\d.e−-]+ \(sd\) under no drift, and 100 permutations resolve p-values to 0\.0099$/,
    );
  });

  it('finds a mean shift with both tests, and names the feature that moved first', async () => {
    const { report } = await gate(
      'inputs: {reference: reference.csv, current: shifted.csv}\ndrift: {multivariate: {severity: fail}}\n',
    );
    const mv = report.drift!.multivariate!;
    expect(mv.drifted).toBe(true);
    expect(mv.classifier!.top[0]!.feature).toBe('c');
    expect(mv.classifier!.pValue).toBeLessThan(1e-6);
    expect(mv.mmd!.pValue).toBeCloseTo(1 / 101, 12); // no permutation reaches it: (0 + 1) / (100 + 1)
    expect(check(report).status).toBe('fail');
    expect(check(report).message).toMatch(
      /^multivariate drift: domain classifier AUC [\d.]+ \(95% CI [\d.]+ to [\d.]+\), p .+ < 0\.05 and AUC ≥ 0\.55 \(1,500 \+ 1,500 rows\); separates most: c \(/,
    );
  });

  it('MMD sees a correlation change that no single feature shows', async () => {
    const { report } = await gate(
      'inputs: {reference: reference.csv, current: correlated.csv}\ndrift: {multivariate: {method: mmd}}\n',
    );
    const mv = report.drift!.multivariate!;
    expect(mv.classifier).toBeNull();
    expect(mv.mmd!.pValue).toBeLessThan(0.05);
    expect(mv.drifted).toBe(true);
    // per feature, a and b are stable
    for (const f of report.drift!.features.filter((x) => x.name === 'a' || x.name === 'b'))
      expect(f.drifted).toBe(false);
  });

  it('renders in the comment, the HTML and Prometheus', async () => {
    const { report } = await gate(
      'inputs: {reference: reference.csv, current: shifted.csv}\ndrift: {multivariate: {}}\n',
    );
    const md = renderMarkdown(report);
    expect(md).toContain('**Multivariate drift:** ⚠️ warn over 4 features together');
    expect(md).toMatch(/- separate reference from current the most: c \([\d.]+%\)/);
    const html = renderHtml(report);
    expect(html).toContain('<section id="multivariate">');
    expect(html).toContain('Features that separate reference from current the most');
    const prom = renderPrometheus(report);
    expect(prom).toMatch(/model_gate_multivariate\{gate="default",measure="classifier_auc"\} [\d.]+/);
    expect(prom).toMatch(/model_gate_multivariate_drift\{gate="default"\} 1/);
  });

  it('a single row or no shared feature is a visible skip', async () => {
    writeFileSync(join(dir, 'one.csv'), 'a,b,c,kind\n0.1,0.2,0.3,x\n');
    const one = await gate(
      'inputs: {reference: reference.csv, current: one.csv}\ndrift: {multivariate: {}}\n',
    );
    expect(check(one.report)).toMatchObject({
      status: 'skip',
      message: 'multivariate drift not tested: too few rows (reference 1,500, current 1; at least 2 a side)',
    });
    writeFileSync(join(dir, 'other.csv'), 'q\n1\n2\n3\n');
    const none = await gate(
      'inputs: {reference: reference.csv, current: other.csv}\ndrift: {multivariate: {}}\n',
    );
    expect(check(none.report)).toMatchObject({
      status: 'skip',
      message: 'multivariate drift not tested: no shared feature to test',
    });
  });

  it.each([
    [
      'sample: 1',
      'drift: {multivariate: {sample: 1}}',
      'drift.multivariate.sample must be an integer between 10 and 5000, got 1',
    ],
    [
      'method: knn',
      'drift: {multivariate: {method: knn}}',
      'drift.multivariate.method must be one of both, classifier, mmd, got "knn"',
    ],
    [
      'folds: 1',
      'drift: {multivariate: {folds: 1}}',
      'drift.multivariate.folds must be an integer between 2 and 20, got 1',
    ],
  ])('config %s is one line', async (_name, yaml, message) => {
    const { code, stderr } = await gate(`inputs: {reference: reference.csv, current: same.csv}\n${yaml}\n`);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`^model-gate: c[a-z0-9]+\\.yml: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`),
    );
  });
});
