// Serving SLOs end to end through the CLI (issue 12): latency quantiles as numpy's with order-statistic
// intervals, the share over a latency, the error rate and throughput with their intervals, decided like
// metric rules; the columns come from current or a separate serving input; bad input is one line, exit 2.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateRun } from '../helpers/gate-run.js';
import { writeShadowScenario, type ShadowScenario } from '../helpers/shadow-dataset.js';
import { quantileSorted } from '../../src/stats/quantile.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { renderPrometheus } from '../../src/report/prometheus.js';
import { renderJunit } from '../../src/report/junit.js';
import type { Check, Report } from '../../src/contract/report.js';

let dir = '';
let scenario: ShadowScenario;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-serving-'));
  scenario = writeShadowScenario(dir, { rows: 3000 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SERVING = `serving:
  latency: {column: latency_ms, p50: 50, p95: 95, p99: 200, max_share_over: {value: 150, share: 0.01}}
  errors: {column: status, max_rate: 0.02}
  throughput: {column: ts, min_per_s: 50}
`;

const gate = (yaml: string, extra: string[] = []) => gateRun(dir, yaml, extra);

const byId = (r: Report, id: string): Check => r.checks.find((c) => c.id === id)!;

describe('serving SLOs from current', () => {
  it('measures what numpy measures and decides each rule', async () => {
    const { code, report } = await gate(
      `inputs: {reference: reference.csv, current: current.csv}\n${SERVING}`,
    );
    expect(code).toBe(0);
    const s = report.serving!;
    const sorted = Float64Array.from(scenario.latencies).sort();
    expect(s.source).toBe('current');
    expect(s.latency!.quantiles.p50.value).toBe(quantileSorted(sorted, 0.5));
    expect(s.latency!.quantiles.p95.value).toBe(quantileSorted(sorted, 0.95));
    expect(s.latency!.quantiles.p99.value).toBe(quantileSorted(sorted, 0.99));
    const over = scenario.latencies.filter((x) => x > 150).length;
    expect(s.latency!.over!.share.value).toBe(over / scenario.rows);
    expect(s.errors!.errors).toBe(scenario.errors);
    expect(s.errors!.rate.value).toBe(scenario.errors / scenario.rows);
    const span = (Math.max(...scenario.times) - Math.min(...scenario.times)) / 1000;
    expect(s.throughput!.spanSeconds).toBeCloseTo(span, 9);
    expect(s.throughput!.perSecond.value).toBeCloseTo((scenario.rows - 1) / span, 9);
    expect(s.latency!.histogram.counts.reduce((a, b) => a + b, 0)).toBe(scenario.rows);
    for (const id of [
      'serving.latency.p50',
      'serving.latency.p95',
      'serving.latency.p99',
      'serving.latency.share_over',
      'serving.errors.rate',
      'serving.throughput.per_second',
    ]) {
      expect(byId(report, id).group).toBe('serving');
    }
    expect(byId(report, 'serving.latency.p50').status).toBe('pass');
    expect(byId(report, 'serving.latency.p50').message).toMatch(
      /^latency p50 [\d.]+ ms \(95% CI [\d.]+ ms to [\d.]+ ms\) ≤ max 50 ms$/,
    );
    expect(byId(report, 'serving.throughput.per_second').message).toMatch(
      /^throughput [\d.]+\/s .* ≥ min 50\/s$/,
    );
    // the serving columns are not features
    expect(report.drift!.features.map((f) => f.name)).toEqual(['amount', 'country']);
  });

  it('a broken bound fails the gate with the serving severity; under decide_on: interval a point past the bound only warns', async () => {
    const p95 = (await gate(`inputs: {current: current.csv}\n${SERVING}`)).report.serving!.latency!.quantiles
      .p95;
    // a bound between the point estimate and the interval's lower end: the point breaks it, the interval does not
    const bound = (p95.value! + p95.ci![0]) / 2;
    const yaml = `inputs: {current: current.csv}\nserving:\n  latency: {column: latency_ms, p95: ${bound}}\n`;
    const point = await gate(yaml);
    expect(point.code).toBe(1);
    expect(byId(point.report, 'serving.latency.p95').status).toBe('fail');
    const interval = await gate(`${yaml}performance: {decide_on: interval}\n`);
    expect(interval.code).toBe(0);
    expect(byId(interval.report, 'serving.latency.p95').status).toBe('warn');
    const below = await gate(
      `inputs: {current: current.csv}\nserving:\n  latency: {column: latency_ms, p95: ${p95.ci![0] / 2}}\n  severity: warn\nperformance: {decide_on: interval}\n`,
    );
    expect(byId(below.report, 'serving.latency.p95').status).toBe('warn');
  });

  it('reads a separate serving input (--serving) and says so', async () => {
    const { code, report } = await gate(`inputs: {current: reference.csv}\n${SERVING}`, [
      '--serving',
      'current.csv',
    ]);
    expect(code).toBe(0);
    expect(report.serving!.source).toBe('serving');
    expect(report.inputs.serving!.rows).toBe(scenario.rows);
  });

  it('renders in the comment, the HTML, JUnit and Prometheus', async () => {
    const { report } = await gate(`inputs: {current: current.csv}\n${SERVING}`);
    const md = renderMarkdown(report);
    expect(md).toContain('### Serving');
    expect(md).toMatch(/\| latency p99 +\| [\d.]+ ms \([\d.]+ ms to [\d.]+ ms\) +\| ≤ 200 ms +\| ✅ pass/);
    const html = renderHtml(report);
    expect(html).toContain('<section id="serving">');
    expect(html).toContain('Latency histogram');
    expect(renderJunit(report)).toContain('name="model-gate.serving"');
    const prom = renderPrometheus(report);
    expect(prom).toMatch(/model_gate_serving\{gate="default",measure="latency_p99"\} [\d.]+/);
    expect(prom).toMatch(/model_gate_serving_ci_lower\{gate="default",measure="error_rate"\} [\d.e-]+/);
  });

  it('skips every rule visibly without a serving or current input', async () => {
    const { code, report } = await gate(`inputs: {reference: reference.csv}\n${SERVING}`);
    expect(code).toBe(0);
    expect(byId(report, 'serving.latency.p95').status).toBe('skip');
    expect(byId(report, 'serving.latency.p95').message).toBe(
      'serving.latency.p95 not checked: no serving or current input',
    );
  });

  it('a single timestamp spans no time: the throughput rule is a skip with the reason', async () => {
    writeFileSync(join(dir, 'one.csv'), 'latency_ms,ts\n12,2026-12-01T00:00:00Z\n');
    const { report } = await gate(
      'inputs: {current: one.csv}\nserving: {throughput: {column: ts, min_per_s: 1}, latency: {column: latency_ms, p99: 20}}\n',
    );
    expect(byId(report, 'serving.throughput.per_second').status).toBe('skip');
    expect(byId(report, 'serving.throughput.per_second').message).toMatch(/span no time/);
    expect(report.serving!.latency!.quantiles.p99.reason).toMatch(/cannot bound the upper end/);
  });

  it('epoch-second timestamps and boolean error columns', async () => {
    writeFileSync(
      join(dir, 'epoch.csv'),
      'ts,failed\n1764547200,false\n1764547201,true\n1764547203,false\n1764547204,false\n',
    );
    const { report } = await gate(
      'inputs: {current: epoch.csv}\nserving: {throughput: {column: ts, min_per_s: 0.5}, errors: {column: failed, max_rate: 0.5}}\n',
    );
    expect(report.serving!.throughput!.spanSeconds).toBe(4);
    expect(report.serving!.throughput!.perSecond.value).toBe(0.75);
    expect(report.serving!.errors!.errors).toBe(1);
  });
});

describe('bad serving input is one line and exit 2', () => {
  it.each([
    [
      'a negative latency',
      'latency_ms\n12\n-3\n',
      'serving: {latency: {column: latency_ms, p99: 20}}',
      "column 'latency_ms' in bad.csv has latency -3 at row 2; latencies must be ≥ 0",
    ],
    [
      'a missing latency',
      'latency_ms\n12\nNA\n4\n',
      'serving: {latency: {column: latency_ms, p99: 20}}',
      "column 'latency_ms' in bad.csv has 1 missing value (first at row 2); the serving checks need a value on every row",
    ],
    [
      'text latency',
      'latency_ms\n12\nslow\n',
      'serving: {latency: {column: latency_ms, p99: 20}}',
      "column 'latency_ms' in bad.csv has 'slow' at row 2; latencies must be numbers",
    ],
    [
      'an unparseable timestamp',
      'ts\n2026-12-01T00:00:00Z\nyesterday\n',
      'serving: {throughput: {column: ts, min_per_s: 1}}',
      "column 'ts' in bad.csv has 'yesterday' at row 2; timestamps must be ISO 8601 (2026-01-31T12:00:00Z), a Parquet timestamp or epoch seconds",
    ],
    [
      'a status that is not a code',
      'status\n200\nteapot\n',
      'serving: {errors: {column: status, max_rate: 0.1}}',
      "column 'status' in bad.csv has 'teapot' at row 2; an error column must be true/false, 0/1 or an HTTP status code (100–599)",
    ],
    [
      'a missing column',
      'latency\n12\n',
      'serving: {latency: {column: latency_ms, p99: 20}}',
      "column 'latency_ms' not found in bad.csv (columns: latency)",
    ],
  ])('%s', async (_name, csv, yaml, message) => {
    writeFileSync(join(dir, 'bad.csv'), csv);
    const { code, stderr } = await gate(`inputs: {current: bad.csv}\n${yaml}\n`);
    expect(code).toBe(2);
    expect(stderr).toBe(`model-gate: ${message}\n`);
  });

  it.each([
    [
      'a unit that is not ms or s',
      'serving: {latency: {column: l, unit: us}}',
      'serving.latency.unit must be one of ms, s, got "us"',
    ],
    [
      'a negative bound',
      'serving: {latency: {column: l, p99: -1}}',
      'serving.latency.p99 must be a number ≥ 0, got -1',
    ],
    [
      'an error rate above 1',
      'serving: {errors: {column: s, max_rate: 2}}',
      'serving.errors.max_rate must be a number between 0 and 1 (inclusive), got 2',
    ],
    [
      'a throughput without a column',
      'serving: {throughput: {min_per_s: 3}}',
      'serving.throughput.column must be a column name (a non-empty string), got nothing',
    ],
  ])('config: %s', async (_name, yaml, message) => {
    const { code, stderr } = await gate(`inputs: {current: current.csv}\n${yaml}\n`);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`^model-gate: c[a-z0-9]+\\.yml: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });
});
