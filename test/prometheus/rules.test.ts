// `model-gate rules` (issue 10): the alert rules parse and pass `promtool check rules`, the PrometheusRule
// carries the same groups, every alert's expression names a gauge metrics.prom exports, and promtool
// accepts the metrics.prom of every sample report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { renderRules } from '../../src/prometheus/rules.js';
import { renderPrometheus } from '../../src/report/prometheus.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { SAMPLES } from '../report/samples.js';

const PROMTOOL = '/usr/bin/promtool';
const have = existsSync(PROMTOOL);
const dir = mkdtempSync(join(tmpdir(), 'mg-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model-gate rules', () => {
  it('prints the rules file; the PrometheusRule holds the same groups', async () => {
    let out = '';
    const code = await main(['rules'], {
      cwd: dir,
      executor: inProcessExecutor(),
      stdout: (s) => void (out += s),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(out).toBe(renderRules('prometheus'));
    const plain = parse(renderRules('prometheus'));
    const crd = parse(renderRules('prometheus-rule'));
    expect(crd.kind).toBe('PrometheusRule');
    expect(crd.spec.groups).toEqual(plain.groups);
  });

  it('every alert reads a gauge metrics.prom exports', () => {
    const exported = new Set(
      Object.values(SAMPLES).flatMap((f) =>
        [...renderPrometheus(f()).matchAll(/^# TYPE (\S+) gauge$/gm)].map((m) => m[1]!),
      ),
    );
    for (const r of parse(renderRules('prometheus')).groups[0].rules as { alert: string; expr: string }[]) {
      const names = [...r.expr.matchAll(/\bmodel_gate_[a-z_]+/g)].map((m) => m[0]);
      expect(names.length, r.alert).toBeGreaterThan(0);
      for (const n of names) expect(exported.has(n), `${r.alert}: ${n}`).toBe(true);
    }
  });

  it.runIf(have)('passes promtool check rules', () => {
    const file = join(dir, 'rules.yml');
    writeFileSync(file, renderRules('prometheus'));
    const r = spawnSync(PROMTOOL, ['check', 'rules', file], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/SUCCESS: 5 rules found/);
  });

  it.runIf(have).each(Object.keys(SAMPLES))('promtool check metrics accepts the %s sample', (name) => {
    const r = spawnSync(PROMTOOL, ['check', 'metrics'], {
      input: renderPrometheus(SAMPLES[name]!()),
      encoding: 'utf8',
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('a bad --format is one line', async () => {
    let err = '';
    const code = await main(['rules', '--format', 'yaml'], {
      cwd: dir,
      executor: inProcessExecutor(),
      stdout: () => {},
      stderr: (s) => void (err += s),
    });
    expect(code).toBe(2);
    expect(err).toBe(
      "model-gate: option --format of model-gate rules takes prometheus or prometheus-rule, got 'yaml'\n",
    );
  });
});
