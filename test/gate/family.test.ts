/**
 * One multiple-testing family across the gate (issue 16, part 3): segment rules' one-sided p-values from
 * their intervals, the family's corrected thresholds, and the whole gate on the fraud fixture with
 * drift.correction_family: gate — the thresholds in the report are Holm's over features, prediction and
 * segment rules together, and the family's size is reported.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { readConfigFile } from '../../src/io/config-file.js';
import { runGate } from '../../src/gate/run.js';
import { correctFamily, type FamilyMember } from '../../src/gate/family.js';
import { boundPValue as segmentPValue } from '../../src/metrics/interval-p-value.js';
import { correctedThresholds } from '../../src/drift/correction.js';
import { inProcessExecutor } from '../../src/runtime/index.js';
import { normalCdf } from '../../src/stats/normal.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';

const root = join(import.meta.dirname, '..', '..');

describe('segmentPValue', () => {
  it('is below (1 − c)/2 exactly when the interval lies wholly past the bound', () => {
    // 95%: z = 1.95996…; a min rule reads the upper half-width
    const e = (value: number, lo: number, hi: number) => ({ value, ci: [lo, hi] as [number, number] });
    expect(segmentPValue(e(0.7, 0.6, 0.79), 'min', 0.8, 0.95)!).toBeLessThan(0.025);
    expect(segmentPValue(e(0.7, 0.6, 0.81), 'min', 0.8, 0.95)!).toBeGreaterThan(0.025);
    expect(segmentPValue(e(0.7, 0.6, 0.8), 'min', 0.8, 0.95)!).toBeCloseTo(0.025, 12);
    expect(segmentPValue(e(0.3, 0.21, 0.4), 'max', 0.2, 0.95)!).toBeLessThan(0.025);
    expect(segmentPValue(e(0.3, 0.19, 0.4), 'max', 0.2, 0.95)!).toBeGreaterThan(0.025);
    // far inside the bound: p near 1; the formula is Φ(margin / half · z)
    expect(segmentPValue(e(0.9, 0.85, 0.95), 'min', 0.8, 0.95)).toBeCloseTo(
      normalCdf(2 * 1.959963984540054),
      12,
    );
  });

  it('handles a degenerate interval and an estimate without one', () => {
    expect(segmentPValue({ value: 0.5, ci: [0.5, 0.5] }, 'min', 0.6, 0.95)).toBe(0);
    expect(segmentPValue({ value: 0.7, ci: [0.7, 0.7] }, 'min', 0.6, 0.95)).toBe(1);
    expect(segmentPValue({ value: 0.5, ci: null }, 'min', 0.6, 0.95)).toBeNull();
    expect(segmentPValue(undefined, 'min', 0.6, 0.95)).toBeNull();
  });
});

describe('correctFamily', () => {
  it('corrects every member together at its own level and counts each part', () => {
    const members: FamilyMember[] = [
      { id: 'drift.a', group: 'drift', pValue: 0.001, threshold: 0.05 },
      { id: 'drift.b', group: 'drift', pValue: 0.04, threshold: 0.05 },
      { id: 'prediction_drift', group: 'prediction_drift', pValue: 0.02, threshold: 0.05 },
      { id: 'segments.roc_auc.min.country=IT', group: 'segments', pValue: 0.003, threshold: 0.025 },
    ];
    const f = correctFamily(members, 'holm');
    const expected = correctedThresholds(
      members.map((m) => m.pValue),
      members.map((m) => m.threshold),
      'holm',
    );
    expect([...f.thresholds.values()]).toEqual(expected);
    expect(f.summary).toEqual({
      scope: 'gate',
      correction: 'holm',
      size: 4,
      members: { drift: 2, predictionDrift: 1, segments: 1 },
    });
  });
});

describe('drift.correction_family: gate on the fraud fixture', async () => {
  const file = readConfigFile(join(root, 'fixtures/binary-fraud/model-gate.yml'), root);
  const record = file.record as Record<string, Record<string, unknown>>;
  const withFamily = (family: 'features' | 'gate') =>
    resolveConfig(
      {
        ...file,
        record: {
          ...record,
          drift: { ...record.drift, method: 'ks', correction: 'holm', correction_family: family },
          prediction_drift: { method: 'ks' },
        },
      },
      {},
      root,
    );
  const run = (family: 'features' | 'gate') =>
    runGate(withFamily(family), {
      gateId: 'default',
      cwd: root,
      executor: inProcessExecutor({ threads: 1, eager: true }),
    });
  const gate = await run('gate');
  const features = await run('features');

  it('reports one family with its size and parts', () => {
    const ks = gate.drift!.features.filter((f) => f.method === 'ks' && !f.skipped);
    const segmentRules = gate.checks.filter((c) => c.group === 'segments' && c.status !== 'skip');
    expect(ks.length).toBeGreaterThan(2);
    expect(segmentRules.length).toBeGreaterThan(0);
    expect(gate.family).toEqual({
      scope: 'gate',
      correction: 'holm',
      size: ks.length + 1 + segmentRules.length,
      members: { drift: ks.length, predictionDrift: 1, segments: segmentRules.length },
    });
    expect(features.family).toBeUndefined();
  });

  it("sets each feature's, the prediction's and each segment's threshold to Holm's over the whole family", () => {
    const ks = gate.drift!.features.filter((f) => f.method === 'ks' && !f.skipped);
    const segments = gate.checks.filter((c) => c.group === 'segments' && c.status !== 'skip');
    const perf = gate.performance!;
    const segmentP = segments.map((c) => {
      const [, metric, rule, where] = /^segments\.([a-z_]+)\.(min|max)\.(.+)$/.exec(c.id)!;
      const s = perf.segments.find((x) => `${x.column}=${x.value}` === where)!;
      return segmentPValue(s.metrics[metric!], rule as 'min' | 'max', c.threshold!, 0.95)!;
    });
    const p = [...ks.map((f) => f.score!), gate.predictionDrift!.score!, ...segmentP];
    const levels = [...ks.map(() => 0.05), 0.05, ...segments.map(() => 0.025)];
    const holm = correctedThresholds(p, levels, 'holm');
    expect(ks.map((f) => f.threshold)).toEqual(holm.slice(0, ks.length));
    expect(gate.predictionDrift!.threshold).toBe(holm[ks.length]);
    segments.forEach((c, i) => {
      const t = holm[ks.length + 1 + i]!;
      expect(c.status).toBe(segmentP[i]! < t ? 'warn' : 'pass');
      expect(c.message).toContain(`holm over ${gate.family!.size} tests`);
    });
    // Holm over a larger family never rejects more of the same tests: a feature drifted in the gate-wide
    // family drifted in the features-only one (the threshold itself, the largest rejected p-value plus an
    // ulp, can move either way)
    for (const f of ks) {
      const alone = features.drift!.features.find((x) => x.name === f.name)!;
      if (f.drifted) expect(alone.drifted).toBe(true);
    }
    expect(gate.checks.find((c) => c.id === 'drift.dataset')!.message).toContain(
      `(holm correction over a gate-wide family of ${gate.family!.size} tests)`,
    );
  });

  it('names the family in the comment and the HTML report', () => {
    const f = gate.family!;
    const line = `Multiple testing: holm over one gate-wide family of ${f.size} tests (${f.members.drift} features, prediction drift, ${f.members.segments} segment rule${f.members.segments === 1 ? '' : 's'}).`;
    expect(renderMarkdown(gate)).toContain(line);
    expect(renderHtml(gate)).toContain(line);
    expect(renderMarkdown(features)).not.toContain('Multiple testing');
  });
});
