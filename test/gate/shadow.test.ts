// Shadow champion/challenger end to end (issue 12): agreement and the decisions that would change at the
// threshold on every production request; on the rows with late labels, both models' metrics paired row by
// row with the holdout's interval machinery and the holdout's rules against the champion.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateRun } from '../helpers/gate-run.js';
import { writeShadowScenario, type ShadowScenario } from '../helpers/shadow-dataset.js';
import { evaluate } from '../../src/metrics/intervals.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { renderPrometheus } from '../../src/report/prometheus.js';
import type { Check, Report } from '../../src/contract/report.js';
import { wilsonInterval } from '../../src/stats/proportion.js';

let dir = '';
let scenario: ShadowScenario;
let rows: string[][] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-shadow-'));
  scenario = writeShadowScenario(dir, { rows: 1500, labelled: 0.4 });
  rows = readFileSync(join(dir, 'current.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = `inputs: {holdout: holdout.csv, current: current.csv}
task: binary
columns: {target: label, score: score, champion_score: champ_score}
`;

const gate = (yaml: string) => gateRun(dir, yaml);

const byId = (r: Report, id: string): Check | undefined => r.checks.find((c) => c.id === id);

describe('shadow comparison on current', () => {
  it('agreement, flips and shift on every request, computed from the file', async () => {
    const { report } = await gate(`${BASE}shadow: {min_agreement: 0.4}\n`);
    const s = report.shadow!;
    expect(s.rows).toBe(scenario.rows);
    const cand = rows.map((r) => Number(r[2]));
    const champ = rows.map((r) => Number(r[3]));
    const alike = cand.filter((c, i) => c >= 0.5 === champ[i]! >= 0.5).length;
    expect(s.agreement!.value).toBe(alike / scenario.rows);
    expect(s.agreement!.ci).toEqual(wilsonInterval(alike, scenario.rows, 0.95));
    const up = cand.filter((c, i) => c >= 0.5 && champ[i]! < 0.5).length;
    expect(s.flips!.toPositive).toBe(up);
    expect(s.flips!.toPositive + s.flips!.toNegative).toBe(scenario.rows - alike);
    const shift = cand.reduce((a, c, i) => a + (c - champ[i]!), 0) / scenario.rows;
    expect(s.shift!.value).toBeCloseTo(shift, 12);
    expect(byId(report, 'shadow.agreement.min')!.status).toBe('pass');
  });

  it('pairs both models on the labelled rows only, as the holdout pairs candidate and baseline', async () => {
    const { report } = await gate(`${BASE}performance: {metrics: {roc_auc: {max_regression: 0.01}}}\n`);
    const s = report.shadow!;
    expect(s.labelledRows).toBe(scenario.labelled);
    const labelled = rows.filter((r) => r[4] !== '');
    const y = Uint8Array.from(labelled, (r) => Number(r[4]));
    const input = (col: number) => {
      const score = Float64Array.from(labelled, (r) => Number(r[col]));
      return {
        task: 'binary' as const,
        data: { y, score, pred: Uint8Array.from(score, (x) => (x >= 0.5 ? 1 : 0)) },
      };
    };
    const e = evaluate(input(2), input(3), { method: 'auto', resamples: 1000, confidence: 0.95, seed: 42 });
    expect(s.candidate!.metrics.roc_auc).toEqual(e.candidate.roc_auc);
    expect(s.champion!.metrics.roc_auc).toEqual(e.baseline!.roc_auc);
    expect(s.deltas!.roc_auc).toEqual(e.deltas!.roc_auc);
    const check = byId(report, 'shadow.roc_auc.max_regression')!;
    expect(check.group).toBe('shadow');
    expect(check.severity).toBe('warn');
    expect(check.status).toBe('pass');
    expect(check.message).toMatch(
      new RegExp(
        `^roc_auc on ${scenario.labelled} labelled production rows rose [\\d.]+ \\(95% CI \\+[\\d.]+ to \\+[\\d.]+\\) vs champion; allowed 0\\.01$`,
      ),
    );
    // production metrics (realised, candidate only) are on the same labelled rows
    expect(report.performance!.production!.rows).toBe(scenario.labelled);
    expect(report.performance!.notes).toContain(
      `production: ${scenario.labelled} of ${scenario.rows} rows of current.csv have labels; production metrics are on those`,
    );
  });

  it('a candidate worse than the champion on live traffic breaks the rule at shadow.severity', async () => {
    writeShadowScenario(join(dir, 'worse'), { rows: 1500, labelled: 0.5, candidateBetter: false, seed: 9 });
    const { code, report } = await gate(
      BASE.replace(/holdout\.csv/, 'worse/holdout.csv').replace(/current\.csv/, 'worse/current.csv') +
        'performance: {metrics: {roc_auc: {max_regression: 0.01}}}\nshadow: {severity: fail}\n',
    );
    expect(byId(report, 'shadow.roc_auc.max_regression')!.status).toBe('fail');
    expect(code).toBe(1);
  });

  it('without late labels: agreement only, and a note that metrics wait for labels', async () => {
    writeShadowScenario(join(dir, 'nolabels'), { rows: 500, labelled: 0 });
    const { report } = await gate(
      BASE.replace(/holdout\.csv/, 'nolabels/holdout.csv').replace(/current\.csv/, 'nolabels/current.csv') +
        'performance: {metrics: {roc_auc: {min: 0.7}}}\n',
    );
    expect(report.shadow!.labelledRows).toBe(0);
    expect(report.shadow!.candidate).toBeNull();
    expect(report.shadow!.notes).toEqual([
      'no labelled rows in current: metrics vs the champion wait for late labels',
    ]);
    expect(byId(report, 'shadow.roc_auc.min')).toBeUndefined();
    expect(report.performance!.production).toBeNull();
  });

  it('regression: the mean prediction shift and mean absolute difference, no agreement', async () => {
    writeFileSync(
      join(dir, 'reg.csv'),
      ['y,pred,champ', '1,1.5,1', '2,2.5,2.5', ',3,2', '4,3.5,4', ',5,6'].join('\n') + '\n',
    );
    const { report } = await gate(
      'inputs: {current: reg.csv}\ntask: regression\ncolumns: {target: y, prediction: pred, champion_prediction: champ}\nshadow: {min_agreement: 0.9}\n',
    );
    const s = report.shadow!;
    expect(s.agreement).toBeNull();
    expect(s.shift!.value).toBeCloseTo((0.5 + 0 + 1 - 0.5 - 1) / 5, 12);
    expect(s.meanAbsDifference).toBeCloseTo((0.5 + 0 + 1 + 0.5 + 1) / 5, 12);
    expect(s.labelledRows).toBe(3);
    expect(s.candidate!.metrics.mae!.value).toBeCloseTo((0.5 + 0.5 + 0.5) / 3, 12);
    expect(byId(report, 'shadow.agreement.min')!.status).toBe('skip');
  });

  it('multiclass: agreement on predicted classes, the champion metrics from its predicted classes', async () => {
    writeFileSync(
      join(dir, 'mc.csv'),
      ['y,pred,champ', 'a,a,a', 'b,b,a', 'c,c,c', 'a,b,b', ',a,a', 'b,b,b'].join('\n') + '\n',
    );
    const { report } = await gate(
      'inputs: {current: mc.csv}\ntask: multiclass\ncolumns: {target: y, prediction: pred, champion_prediction: champ}\n',
    );
    expect(report.shadow!.agreement!.value).toBe(5 / 6);
    expect(report.shadow!.champion!.metrics.accuracy!.value).toBe(3 / 5);
  });

  it('is a visible skip without a task, and a configured champion column missing from current is one line', async () => {
    const skip = await gate('inputs: {current: current.csv}\ncolumns: {champion_score: champ_score}\n');
    expect(skip.report.skipped).toContainEqual({
      section: 'shadow',
      reason:
        'shadow comparison not run: it needs task and columns.target (set them, with or without a holdout)',
    });
    const missing = await gate(BASE.replace('champ_score', 'champion_p'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^model-gate: column 'champion_p' not found in current\.csv \(columns: /);
  });

  it('renders in the comment, the HTML and Prometheus', async () => {
    const { report } = await gate(
      `${BASE}performance: {metrics: {roc_auc: {max_regression: 0.01}}}\nshadow: {min_agreement: 0.5}\n`,
    );
    const md = renderMarkdown(report);
    expect(md).toContain('### Shadow: candidate vs champion on live traffic');
    expect(md).toMatch(
      /agreement with the champion: \*\*[\d.]+% \([\d.]+% to [\d.]+%\)\*\* of 1,500 requests/,
    );
    expect(md).toMatch(
      /\| roc\\_auc +\| [\d.]+ +\| [\d.]+ +\| \+[\d.]+ \(\+[\d.]+ to \+[\d.]+\) +\| ✅ pass/,
    );
    expect(renderHtml(report)).toContain('<section id="shadow">');
    const prom = renderPrometheus(report);
    expect(prom).toMatch(/model_gate_shadow\{gate="default",measure="agreement"\} [\d.]+/);
    expect(prom).toMatch(/model_gate_metric\{gate="default",model="champion",metric="roc_auc"\} [\d.]+/);
  });
});
