// Synthetic reports for the action tests: a small one with chosen check statuses, and a huge one whose full
// rendering is far over GitHub's comment (65,536 chars) and summary (1 MiB) limits, with multi-byte text.
import type { Check, CheckStatus, DriftFeature, Report } from '../../src/contract/report.js';

function verdictOf(checks: Check[]): Report['verdict'] {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  if (checks.some((c) => c.status === 'warn')) return 'warn';
  return 'pass';
}

export function check(id: string, status: CheckStatus, message = `${id} is ${status}`): Check {
  return {
    id,
    group: id.startsWith('drift') ? 'drift' : 'performance',
    subject: id.split('.')[1] ?? id,
    status,
    severity: status === 'warn' ? 'warn' : 'fail',
    value: 0.5,
    threshold: 0.6,
    message,
  };
}

export function report(checks: Check[], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'model-gate', version: 'test' },
    createdAt: '2026-01-01T00:00:00.000Z',
    gateId: 'default',
    verdict: verdictOf(checks),
    summary: {
      passed: checks.filter((c) => c.status === 'pass').length,
      warned: checks.filter((c) => c.status === 'warn').length,
      failed: checks.filter((c) => c.status === 'fail').length,
      skipped: checks.filter((c) => c.status === 'skip').length,
    },
    checks,
    inputs: {},
    settings: {},
    performance: null,
    drift: null,
    predictionDrift: null,
    quality: null,
    skipped: [],
    ...extra,
  };
}

export function hugeReport(): Report {
  const features: DriftFeature[] = [];
  const checks: Check[] = [];
  for (let i = 0; i < 6000; i++) {
    const name = `féature_${i}_${'数据'.repeat(20)}`;
    const drifted = i % 3 === 0;
    features.push({
      name,
      kind: 'numerical',
      method: 'ks',
      score: drifted ? 0.001 : 0.4,
      threshold: 0.05,
      drifted,
      stats: { ks: { statistic: 0.3, pValue: drifted ? 0.001 : 0.4 }, psi: 0.2 },
      reference: null,
      current: null,
    });
    checks.push(
      check(
        `drift.${name}`,
        drifted ? 'fail' : 'pass',
        `${name} drifted — ks p-value 0.001 < 0.05 ✓ ${'é'.repeat(200)}`,
      ),
    );
  }
  return report(checks, {
    drift: {
      rows: { reference: 1000, current: 1000 },
      share: 2000 / 6000,
      datasetDrift: false,
      shareThreshold: 0.5,
      correction: 'none',
      features,
    },
  });
}
