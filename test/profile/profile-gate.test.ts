/**
 * Issue 13: the gate on profiles against the gate on the rows they summarise. Binned statistics, missing,
 * out-of-range and new-category numbers must be the rows' (1e-9 relative: the same counts, summed in
 * another order); KS and Wasserstein from sketches must hold the rows' values inside their stated bounds,
 * with KS bounds no wider than the two rank errors; every drift decision and the verdict must agree.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DriftFeature, Report } from '../../src/contract/report.js';
import { renderHtml, renderMarkdown } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { gateRun } from '../helpers/gate-run.js';
import { writePair, writeProfiledPairs } from './data.js';

const yaml = (ref: string, cur: string, extra = ''): string =>
  `inputs:\n  reference: ${ref}\n  current: ${cur}\n${extra}`;

function close(a: number, b: number, rel = 1e-9): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(a), Math.abs(b)));
}

function sameAsRows(raw: Report, prof: Report): void {
  expect(prof.verdict).toBe(raw.verdict);
  for (const f of raw.drift!.features) {
    const p = prof.drift!.features.find((x) => x.name === f.name)! as DriftFeature;
    expect(p.method, f.name).toBe(f.method);
    expect(p.drifted, f.name).toBe(f.drifted);
    for (const id of ['psi', 'jensen_shannon', 'kl', 'hellinger'] as const)
      close(p.stats[id] as number, f.stats[id] as number);
    if (f.stats.chi2) close(p.stats.chi2!.statistic, f.stats.chi2.statistic);
    if (f.kind === 'numerical' && p.sketch) {
      const s = p.sketch;
      expect(f.stats.ks!.statistic).toBeGreaterThanOrEqual(s.ks.lower - 1e-12);
      expect(f.stats.ks!.statistic).toBeLessThanOrEqual(s.ks.upper + 1e-12);
      expect(s.ks.upper - s.ks.lower).toBeLessThanOrEqual(
        s.rankError.reference + s.rankError.current + 1e-12,
      );
      expect(f.stats.wasserstein!).toBeGreaterThanOrEqual(s.wasserstein.lower - 1e-12);
      expect(f.stats.wasserstein!).toBeLessThanOrEqual(s.wasserstein.upper + 1e-12);
    }
  }
  for (const q of raw.quality!.columns) {
    const p = prof.quality!.columns.find((x) => x.name === q.name)!;
    close(p.missing.reference, q.missing.reference);
    close(p.missing.current, q.missing.current);
    expect(p.outOfRange?.below ?? null).toBe(q.outOfRange?.below ?? null);
    expect(p.outOfRange?.above ?? null).toBe(q.outOfRange?.above ?? null);
    expect(p.newCategories?.count ?? null).toBe(q.newCategories?.count ?? null);
    if (q.newCategories) close(p.newCategories!.share, q.newCategories.share);
  }
}

describe('the gate on profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-profile-'));
  let raw: Report;
  beforeAll(async () => {
    writePair(dir);
    expect((await runCli(['profile', 'reference.csv', '--out', 'ref.json'], dir)).code).toBe(0);
    const cur = await runCli(
      ['profile', 'current.csv', '--reference-profile', 'ref.json', '-o', 'cur.json'],
      dir,
    );
    expect(cur.code).toBe(0);
    raw = (await gateRun(dir, yaml('reference.csv', 'current.csv'))).report;
  }, 60_000);

  test('two profiles give the rows report: binned statistics exact, KS and Wasserstein within the stated bounds', async () => {
    const r = await gateRun(dir, yaml('ref.json', 'cur.json'));
    expect(r.report.inputs.reference!.format).toBe('profile');
    sameAsRows(raw, r.report);
    const amount = r.report.drift!.features.find((f) => f.name === 'amount')!;
    expect(amount.sketch!.points.current).toBeGreaterThan(100);
    // the check says where the statistic came from
    const check = r.report.checks.find((c) => c.id === 'drift.amount')!;
    expect(check.message).toMatch(/from sketches of \d[\d,]* and \d[\d,]* points/);
    // the comment and the HTML table show the bound beside the score
    expect(renderMarkdown(r.report)).toMatch(/± [\d.]+ from sketches/);
    expect(renderHtml(r.report)).toMatch(/<span class="muted">± [\d.]+ from sketches<\/span>/);
  });

  test('rows on one side and a profile on the other', async () => {
    sameAsRows(raw, (await gateRun(dir, yaml('reference.csv', 'cur.json'))).report);
    sameAsRows(raw, (await gateRun(dir, yaml('ref.json', 'current.csv'))).report);
  });

  test('ks and cramer_von_mises decide from the sketches and hold the rows statistics', async () => {
    const extra =
      'drift:\n  features:\n    amount: { method: ks }\n    score: { method: cramer_von_mises }\n';
    const rows = (await gateRun(dir, yaml('reference.csv', 'current.csv', extra))).report;
    const prof = (await gateRun(dir, yaml('ref.json', 'cur.json', extra))).report;
    sameAsRows(rows, prof);
    const cvm = prof.drift!.features.find((f) => f.name === 'score')!;
    const t = rows.drift!.features.find((f) => f.name === 'score')!.stats.cramer_von_mises!.statistic;
    // continuous values: no ties, so the midrank statistic is the ties-free one the bounds hold
    expect(t).toBeGreaterThanOrEqual(cvm.sketch!.cramerVonMises!.lower - 1e-9);
    expect(t).toBeLessThanOrEqual(cvm.sketch!.cramerVonMises!.upper + 1e-9);
    const ks = prof.checks.find((c) => c.id === 'drift.amount')!;
    expect(ks.message).toMatch(/\(KS statistic [\d.]+ ± [\d.]+ from sketches of/);
  });

  test('decide_on: effect on profiles: binned intervals as on rows, Wasserstein on the fine grid', async () => {
    const extra = 'drift:\n  decide_on: effect\n';
    const rows = (await gateRun(dir, yaml('reference.csv', 'current.csv', extra))).report;
    const prof = (await gateRun(dir, yaml('ref.json', 'cur.json', extra))).report;
    for (const f of prof.drift!.features) {
      const g = rows.drift!.features.find((x) => x.name === f.name)!;
      expect(f.interval, f.name).toBeDefined();
      expect(f.interval!.lower).toBeLessThanOrEqual(f.interval!.upper);
      // numerical bins come in the same order, so the seeded bootstrap draws the same; categories are
      // in the layout's order (most frequent first), so another draw of the same resampling
      if (f.kind === 'numerical' && f.method !== 'wasserstein')
        expect(f.interval, f.name).toEqual(g.interval);
      else if (f.kind === 'categorical')
        expect(Math.abs(f.interval!.lower - g.interval!.lower), f.name).toBeLessThan(0.01);
    }
  });

  test('two days profiled apart and merged are the profile of both', async () => {
    const rows = readFileSync(join(dir, 'current.csv'), 'utf8').trimEnd().split('\n');
    const half = Math.floor(rows.length / 2);
    writeFileSync(join(dir, 'day1.csv'), rows.slice(0, half).join('\n') + '\n');
    writeFileSync(join(dir, 'day2.csv'), [rows[0], ...rows.slice(half)].join('\n') + '\n');
    for (const d of ['day1', 'day2'])
      expect(
        (await runCli(['profile', `${d}.csv`, '--reference-profile', 'ref.json', '-o', `${d}.json`], dir))
          .code,
      ).toBe(0);
    expect(
      (await runCli(['profile', '--merge', 'day1.json', 'day2.json', '-o', 'both.json'], dir)).code,
    ).toBe(0);
    const whole = JSON.parse(readFileSync(join(dir, 'cur.json'), 'utf8'));
    const both = JSON.parse(readFileSync(join(dir, 'both.json'), 'utf8'));
    expect(both.rows).toBe(whole.rows);
    for (const f of whole.features) {
      const g = both.features.find((x: { name: string }) => x.name === f.name);
      expect(g.counts, f.name).toEqual(f.counts);
      expect([g.count, g.missing], f.name).toEqual([f.count, f.missing]);
      if (f.kind === 'numerical') {
        expect([g.min, g.max, g.range], f.name).toEqual([f.min, f.max, f.range]);
        close(g.mean, f.mean, 1e-12);
        close(g.m2, f.m2, 1e-9);
      } else expect(g.other).toBe(f.other);
    }
    sameAsRows(raw, (await gateRun(dir, yaml('ref.json', 'both.json'))).report);
  }, 60_000);

  test('multivariate drift, production metrics and serving need rows: visible skips, not errors', async () => {
    const r = await gateRun(dir, yaml('ref.json', 'cur.json', 'drift:\n  multivariate: {}\n'));
    expect(r.code).toBeLessThan(2);
    expect(r.report.drift!.multivariate!.skipped).toMatch(/profile holds no rows/);
  });
});

describe('bad profiles: one line naming the file and the feature, exit 2, nothing written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-profile-bad-'));
  beforeAll(
    () => writeProfiledPairs(dir, { reference: 800, current: 700, other: 900 }, { drift: true, seed: 99 }),
    60_000,
  );

  async function fails(ref: string, cur: string, line: RegExp, extra = ''): Promise<void> {
    const r = await gateRun(dir, yaml(ref, cur, extra));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(line);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }

  function edit(
    name: string,
    change: (p: Record<string, unknown> & { features: Record<string, unknown>[] }) => void,
  ): string {
    const p = JSON.parse(readFileSync(join(dir, 'cur.json'), 'utf8'));
    change(p);
    writeFileSync(join(dir, name), JSON.stringify(p));
    return name;
  }

  test('a profile of another schemaVersion', async () => {
    const f = edit('v2.json', (p) => (p.schemaVersion = 2));
    await fails('ref.json', f, /profile v2\.json has schemaVersion 2; this model-gate reads schemaVersion 1/);
  });

  test('a current profile on other edges than the reference', async () => {
    await fails(
      'ref.json',
      'cur-other.json',
      /profile cur-other\.json was computed on other edges than the reference's \(feature 'amount': edge 1 is .* there and .* in the reference\)/,
    );
    await fails(
      'reference.csv',
      'cur-other.json',
      /profile cur-other\.json was computed on other edges than the reference's \(feature 'amount'/,
    );
  });

  test('a feature missing from one profile', async () => {
    const f = edit('no-age.json', (p) => (p.features = p.features.filter((x) => x.name !== 'age')));
    await fails(
      'ref.json',
      f,
      /profile no-age\.json has no feature 'age', which reference profile ref\.json has/,
    );
  });

  test('a truncated profile', async () => {
    writeFileSync(join(dir, 'cut.json'), readFileSync(join(dir, 'cur.json'), 'utf8').slice(0, 500));
    await fails('ref.json', 'cut.json', /profile cut\.json is not valid JSON \(truncated\?\)/);
  });

  test('counts that do not line up, a field of the wrong type', async () => {
    const a = edit('short.json', (p) => (p.features[0]!.counts = [1, 2]));
    await fails(
      'ref.json',
      a,
      /profile short\.json: feature 'amount': 2 counts where its 99 edges give 100 cells/,
    );
    const b = edit('text.json', (p) => (p.features[1]!.count = 'many'));
    await fails('ref.json', b, /profile text\.json: feature 'age': count: /);
  });

  test('a current-side profile given as the reference, drift.bins that does not divide the fine bins', async () => {
    await fails(
      'cur.json',
      'cur.json',
      /profile cur\.json was computed on another reference profile's edges/,
    );
    await fails(
      'ref.json',
      'cur.json',
      /drift\.bins 30 does not divide the 100 fine bins of profile ref\.json/,
      'drift:\n  bins: 30\n',
    );
  });

  test('nothing is written when the input is bad', async () => {
    const r = await runCli(['run', '--reference', 'ref.json', '--current', 'v2.json', '--out', 'never'], dir);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
