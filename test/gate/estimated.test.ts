// production.estimated (issue 11, part 1) end to end through the CLI: CBPE fitted on the holdout and
// applied to current, equal to the NannyML-checked kernel (test/metrics/cbpe.test.ts) on the same arrays;
// realised beside estimated on the rows whose labels arrived; rules decided like metric rules; skips and
// config errors as one visible line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateRun } from '../helpers/gate-run.js';
import { writeShadowScenario } from '../helpers/shadow-dataset.js';
import { estimateCbpe, fitCbpe } from '../../src/metrics/cbpe.js';
import { cbpeBootstrapErrors } from '../../src/metrics/cbpe-bootstrap.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { renderPrometheus } from '../../src/report/prometheus.js';
import type { Check, Report } from '../../src/contract/report.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-estimated-'));
  writeShadowScenario(dir, { rows: 2500, labelled: 0.25 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = `inputs: {holdout: holdout.csv, current: current.csv}
task: binary
columns: {target: label, score: score}
`;

const gate = (yaml: string) => gateRun(dir, yaml);

const csv = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
const byId = (r: Report, id: string): Check => r.checks.find((c) => c.id === id)!;

describe('production.estimated', () => {
  it('is CBPE of the holdout-calibrated scores on every current row', async () => {
    const { report } = await gate(`${BASE}production: {estimated: {}}\n`);
    const e = report.performance!.estimated!;
    const holdout = csv('holdout.csv');
    const current = csv('current.csv');
    const hs = Float64Array.from(holdout, (r) => Number(r[1]));
    const model = fitCbpe(
      Uint8Array.from(holdout, (r) => Number(r[0])),
      hs,
      Uint8Array.from(hs, (s) => (s >= 0.5 ? 1 : 0)),
    );
    const cs = Float64Array.from(current, (r) => Number(r[2]));
    const direct = estimateCbpe(
      model,
      cs,
      Uint8Array.from(cs, (s) => (s >= 0.5 ? 1 : 0)),
      0.95,
      cbpeBootstrapErrors(
        model,
        cs,
        Uint8Array.from(cs, (s) => (s >= 0.5 ? 1 : 0)),
        42,
      ),
    );
    expect(e.metrics).toEqual(direct.metrics);
    expect(e.rows).toBe(current.length);
    expect(e.calibration).toMatchObject({ method: 'isotonic', holdoutRows: holdout.length, thin: false });
    expect(e.holdout.roc_auc).toBe(report.performance!.candidate.metrics.roc_auc!.value);
    // late labels: the estimate on those rows beside their realised metrics (the production metrics)
    expect(e.labelled!.rows).toBe(current.filter((r) => r[4] !== '').length);
    expect(e.labelled!.realised.f1).toEqual(report.performance!.production!.metrics.f1);
    expect(report.checks.filter((c) => c.group === 'production')).toEqual([]);
  });

  it('decides min and max_regression like metric rules, at production.severity', async () => {
    const { report } = await gate(
      `${BASE}production:\n  estimated:\n    roc_auc: {min: 0.999}\n    f1: {max_regression: 0}\n  severity: fail\n`,
    );
    const min = byId(report, 'production.estimated.roc_auc.min');
    expect(min.status).toBe('fail');
    expect(min.message).toMatch(
      /^estimated roc_auc [\d.]+ \(95% CI [\d.]+ to [\d.]+\) < min 0\.999 on production \(CBPE, no labels\)$/,
    );
    const reg = byId(report, 'production.estimated.f1.max_regression');
    const e = report.performance!.estimated!;
    expect(reg.value).toBeCloseTo(e.holdout.f1! - e.metrics.f1!.value!, 15);
    expect(reg.status).toBe(reg.value! > 0 ? 'fail' : 'pass');
    // under decide_on: interval the estimate's interval decides
    const interval = await gate(
      `${BASE}performance: {decide_on: interval}\nproduction:\n  estimated:\n    roc_auc: {min: ${e.metrics.roc_auc!.value! + 0.0005}}\n`,
    );
    expect(byId(interval.report, 'production.estimated.roc_auc.min').status).toBe('warn');
  });

  it('renders in the comment, the HTML and Prometheus, never mixed with realised metrics', async () => {
    const { report } = await gate(`${BASE}production: {estimated: {roc_auc: {min: 0.5}}}\n`);
    const md = renderMarkdown(report);
    expect(md).toContain('### Estimated performance on production (CBPE, no labels)');
    expect(md).toMatch(
      /\| roc\\_auc +\| [\d.]+ +\| [\d.]+ \([\d.]+ to [\d.]+\) +\| [\d.]+ \/ [\d.]+ +\| ≥ 0\.5 +\| ✅ pass/,
    );
    const html = renderHtml(report);
    expect(html).toContain('<section id="estimated">');
    expect(html).toContain('Estimated (CBPE) vs holdout');
    expect(renderPrometheus(report)).toMatch(
      /model_gate_metric\{gate="default",model="estimated",metric="roc_auc"\} [\d.]+/,
    );
  });

  it('a thin calibration warns and keeps its rules at warn', async () => {
    const { report } = await gate(
      `${BASE}production: {estimated: {roc_auc: {min: 0.999}}, min_class_rows: 5000, severity: fail}\n`,
    );
    expect(report.performance!.estimated!.calibration.thin).toBe(true);
    expect(report.performance!.estimated!.notes[0]).toMatch(
      /^the calibration rests on [\d,]+ positive and [\d,]+ negative holdout rows, fewer than 5,000 of the rarer class: too thin to trust, so the estimates' rules warn only$/,
    );
    expect(byId(report, 'production.estimated.roc_auc.min').status).toBe('warn');
  });

  it.each([
    [
      'no scores',
      'inputs: {holdout: holdout.csv, current: current.csv}\ntask: binary\ncolumns: {target: label, prediction: label}\nproduction: {estimated: {f1: {min: 0.5}}}\n',
      'estimated performance (CBPE) not computed: the holdout has no score column (columns.score): CBPE calibrates scores',
    ],
    [
      'a one-class holdout',
      'inputs: {holdout: one.csv, current: current.csv}\ntask: binary\ncolumns: {target: label, score: score}\nproduction: {estimated: {f1: {min: 0.5}}}\n',
      'estimated performance (CBPE) not computed: the holdout has one class only (0 positive, 3 negative rows): nothing to calibrate',
    ],
    [
      'no holdout',
      'inputs: {current: current.csv}\ntask: binary\ncolumns: {target: label, score: score}\nproduction: {estimated: {}}\n',
      'estimated performance (CBPE) not computed: it needs a holdout input to calibrate on',
    ],
  ])('%s: a visible skip with the reason', async (_name, yaml, reason) => {
    writeFileSync(join(dir, 'one.csv'), 'label,score\n0,0.1\n0,0.2\n0,0.3\n');
    const { code, report } = await gate(yaml);
    expect(code).toBe(0);
    expect(report.skipped).toContainEqual({ section: 'production.estimated', reason });
    const rule = report.checks.find((c) => c.group === 'production');
    if (rule) expect(rule).toMatchObject({ status: 'skip', message: reason });
  });

  it.each([
    [
      'another task',
      'inputs: {holdout: holdout.csv}\ntask: regression\ncolumns: {target: label, prediction: score}\nproduction: {estimated: {}}\n',
      'config production.estimated needs task binary (CBPE estimates binary classifiers; multiclass and regression are not supported), got task regression',
    ],
    [
      'a metric CBPE does not estimate',
      `${BASE}production: {estimated: {log_loss: {min: 0.1}}}\n`,
      'config production.estimated.log_loss is not a metric CBPE estimates (estimated metrics: accuracy, balanced_accuracy, precision, recall, f1, specificity, roc_auc)',
    ],
  ])('%s is one config error', async (_name, yaml, message) => {
    const { code, stderr } = await gate(yaml);
    expect(code).toBe(2);
    expect(stderr).toBe(`model-gate: ${message}\n`);
  });

  it('scores outside [0, 1] in current are the input error they are everywhere', async () => {
    writeFileSync(join(dir, 'bad-current.csv'), 'score\n0.2\n1.7\n');
    const { code, stderr } = await gate(
      'inputs: {holdout: holdout.csv, current: bad-current.csv}\ntask: binary\ncolumns: {target: label, score: score}\nproduction: {estimated: {}}\n',
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "model-gate: column 'score' in bad-current.csv has 1 value outside [0, 1] (first at row 2: 1.7); scores must be probabilities\n",
    );
  });
});
