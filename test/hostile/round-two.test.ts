// Hostile and extreme input, round two (issue 14): each case with the exact line a user sees. The table of
// every bad input the tests cover is docs/TESTING.md.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate/run.js';
import { runConfiguredGate } from '../../src/action/gate.js';
import { parseInputs } from '../../src/action/inputs.js';
import { runCli } from '../helpers/cli.js';
import { readTable } from '../../src/io/read.js';
import { escapeXml } from '../../src/report/escape.js';
import { writeTinyScenario } from '../helpers/tiny-dataset.js';
import { resolveConfig } from '../../src/config/index.js';
import { performanceConfig } from '../../src/config/types.js';
import { isGateError } from '../../src/errors.js';
import { buildDrift } from '../../src/gate/drift.js';
import { buildPerformance } from '../../src/gate/performance.js';
import { formatConfidence } from '../../src/report/format.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { cat, config, normal, num, table } from '../drift/helpers.js';

const here = inProcessExecutor({ threads: 1, eager: true });

function configError(record: Record<string, unknown>): string {
  try {
    resolveConfig(
      { path: '/w/model-gate.yml', record: { task: 'binary', columns: { target: 'y' }, ...record } },
      {},
      '/w',
    );
  } catch (e) {
    if (isGateError(e)) return e.message;
    throw e;
  }
  return 'no error';
}

describe('sizes the config controls are bounded, with one line', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'bins 1e9',
      { drift: { bins: 1_000_000_000 } },
      'model-gate.yml: drift.bins must be an integer between 2 and 1000, got 1000000000',
    ],
    [
      'resamples 1e7',
      { performance: { resamples: 10_000_000 } },
      'model-gate.yml: performance.resamples must be an integer between 0 and 100000, got 10000000',
    ],
    [
      'max_segments 0',
      { performance: { max_segments: 0 } },
      'model-gate.yml: performance.max_segments must be an integer between 1 and 1000, got 0',
    ],
    [
      'too few resamples for the confidence',
      { performance: { resamples: 1, decide_on: 'interval' } },
      'model-gate.yml: performance.resamples 1 is too few for confidence 0.95: an interval needs 10 resamples beyond each end, so at least 400 (or 0 for no intervals)',
    ],
    [
      '100 resamples at 99.9999%',
      { performance: { resamples: 100, confidence: 0.999999 } },
      'model-gate.yml: performance.resamples 100 is too few for confidence 0.999999: an interval needs 10 resamples beyond each end, so at least 20000000 (or 0 for no intervals)',
    ],
  ])('%s', (_label, record, line) => {
    expect(configError(record)).toBe(line);
  });

  it('accepts exactly the fewest resamples for the confidence', () => {
    expect(configError({ performance: { resamples: 400 } })).toBe('no error');
    expect(configError({ performance: { resamples: 200, confidence: 0.9 } })).toBe('no error');
  });

  it('prints a confidence level exactly', () => {
    expect(formatConfidence(0.95)).toBe('95%');
    expect(formatConfidence(0.999999)).toBe('99.9999%');
    expect(formatConfidence(0.9)).toBe('90%');
  });

  it('more bins than reference rows: capped, and the drift section says so', async () => {
    const c = config({ drift: { bins: 1000, method: 'psi' } });
    const out = await buildDrift(
      c,
      table('r', [num('x', normal(300, 0, 1, 1))]),
      table('c', [num('x', normal(300, 0, 1, 2))]),
      undefined,
      here,
    );
    expect(out.drift.notes).toEqual([
      "drift.bins 1000 is more than the reference's 300 rows: quantile bins were capped at 300",
    ]);
    expect(out.drift.features[0]!.score).not.toBeNull();
  });
});

describe('undefined statistics are skips, never "stable"', () => {
  it('±1e308 with wasserstein: a visible skip with the reason', async () => {
    const big = Float64Array.from({ length: 200 }, (_, i) => (i % 2 ? 1e308 : -1e308) * (0.5 + i / 400));
    const c = config({ drift: { method: 'wasserstein' } });
    const out = await buildDrift(
      c,
      table('r', [num('x', big)]),
      table('c', [num('x', big.slice().reverse())]),
      undefined,
      here,
    );
    const check = out.checks.find((k) => k.id === 'drift.x')!;
    expect(check.status).toBe('skip');
    expect(check.message).toBe(
      'x not tested: wasserstein is undefined on these values (the computation overflows: values reach magnitude 9.98e+307)',
    );
    expect(out.drift.datasetDrift).toBe(false);
    expect(out.checks.find((k) => k.id === 'drift.dataset')!.status).toBe('skip');
  });
});

describe('a reference constant (or with few values) cannot hide a shift from binned tests', () => {
  it.each(['psi', 'jensen_shannon', 'kl', 'hellinger'])(
    '%s: reference all 3.0, current N(0.1, 1) drifts',
    async (method) => {
      const c = config({ drift: { method } });
      const out = await buildDrift(
        c,
        table('r', [num('x', new Array(1000).fill(3.0))]),
        table('c', [num('x', normal(1000, 0.1, 1, 7))]),
        undefined,
        here,
      );
      const f = out.drift.features[0]!;
      expect(f.drifted).toBe(true);
      expect(f.binning).toBe(
        "binned on the reference's 1 distinct value (3) and the gaps around it: its quantile edges collapse",
      );
      expect(out.checks.find((k) => k.id === 'drift.x')!.message).toContain('(binned on the reference');
    },
  );
});

describe('segments are capped per column', () => {
  it('40,000 segment values: the largest max_segments evaluated, the rest counted in one note', () => {
    const n = 40_100;
    const y = Array.from({ length: n }, (_, i) => String(i % 2));
    const score = Float64Array.from({ length: n }, (_, i) => (i % 2 ? 0.7 : 0.3));
    // 100 rows in segment "big", every other row its own value
    const user = Array.from({ length: n }, (_, i) => (i < 100 ? 'big' : `u${i}`));
    const c = config({
      columns: { target: 'label', score: 'score', segments: ['user'] },
      performance: { resamples: 0, max_segments: 3 },
    });
    const t = table('holdout.csv', [cat('label', y), num('score', score), cat('user', user)]);
    const { section } = buildPerformance(
      performanceConfig(c),
      { holdout: t, baseline: null, current: null },
      here,
    );
    expect(section.segments.map((s) => s.value)).toEqual(['big', 'u100', 'u101']);
    expect(section.notes).toContain(
      "segments: column 'user' has 40001 values; the 39998 smallest (39998 rows) were not evaluated (performance.max_segments is 3)",
    );
  });
});

describe('smaller ones', () => {
  const cli = (argv: string[], cwd: string, env: { sourceDateEpoch?: string } = {}) => runCli(argv, cwd, env);
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mg-hostile-'));
    writeTinyScenario(dir, { passing: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a --format json run removes the HTML (and every other format) an earlier run left', async () => {
    const out = join(dir, 'stale');
    expect((await cli(['run', '--out', out, '-q'], dir)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'junit.xml',
      'metrics.prom',
      'report.html',
      'report.json',
      'report.md',
    ]);
    expect((await cli(['run', '--out', out, '-q', '--format', 'json'], dir)).code).toBe(0);
    expect(readdirSync(out)).toEqual(['report.json']);
  });

  it('a failed run leaves no report of an earlier run behind (other files stay)', async () => {
    const out = join(dir, 'failed');
    expect((await cli(['run', '--out', out, '-q'], dir)).code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await cli(['run', '--out', out, '--holdout', 'missing.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('gate ids are exact: one that another id would share a comment marker with is refused', async () => {
    const r = await cli(['run', '--gate-id', 'fraud model'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "model-gate: option --gate-id must be 1-64 letters, digits, '.', '_' or '-' starting with a letter or digit, got 'fraud model'\n",
    );
  });

  it('SOURCE_DATE_EPOCH fixes createdAt; a bad value is one line', async () => {
    const out = join(dir, 'dated');
    expect((await cli(['run', '--out', out, '-q'], dir, { sourceDateEpoch: '1767225600' })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).createdAt).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    const r = await cli(['run', '--out', out, '-q'], dir, { sourceDateEpoch: 'yesterday' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "model-gate: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (e.g. 1767225600), got 'yesterday'\n",
    );
  });

  it('trailing lines of blanks in a CSV are blank lines, however many', async () => {
    const path = join(dir, 'blanks.csv');
    writeFileSync(path, 'a,b\n1.5,2\n3.5,4\n \n  \n\t\n\n');
    expect((await readTable(path)).rows).toBe(2);
  });

  it('1e400 counts as non-finite, like ±Infinity', async () => {
    const path = join(dir, 'overflow.csv');
    writeFileSync(path, 'a,b\n1.5,1e400\n3.5,4\n2.5,-1e999\n');
    const col = (await readTable(path)).columns.get('b')!;
    expect(col.kind === 'numerical' ? col.nonFinite : -1).toBe(2);
  });

  it('junit.xml drops bidirectional overrides (U+202E) as the other renderings do', () => {
    expect(escapeXml('pay\u202Emoc.exe')).toBe('paymoc.exe');
  });
});

describe('the action reads only files inside the workspace', () => {
  let root = '';
  let ws = '';
  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'mg-ws-')));
    ws = join(root, 'workspace');
    mkdirSync(ws);
    writeTinyScenario(ws, { passing: true });
    copyFileSync(join(ws, 'reference.csv'), join(root, 'secret.csv'));
    symlinkSync(join(root, 'secret.csv'), join(ws, 'link.csv'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const gate = (inputs: Record<string, string>) =>
    runConfiguredGate(
      parseInputs((n) => inputs[n] ?? '', ws),
      ws,
      inProcessExecutor(),
    ).then(
      () => 'ran',
      (e: unknown) => (isGateError(e) ? e.message : String(e)),
    );

  it.each<[string, Record<string, string>, (ws: string, root: string) => string]>([
    [
      'a relative path out of it',
      { reference: '../secret.csv' },
      (w, r) =>
        `inputs.reference '${r}/secret.csv' is outside the workspace ${w} (it resolves to ${r}/secret.csv); set the action input allow-outside-workspace: true to read it`,
    ],
    [
      'a link inside it pointing out',
      { current: 'link.csv' },
      (w, r) =>
        `inputs.current 'link.csv' is outside the workspace ${w} (it resolves to ${r}/secret.csv); set the action input allow-outside-workspace: true to read it`,
    ],
    [
      'a config file outside it',
      { config: '../secret.csv' },
      (w, r) =>
        `config '${r}/secret.csv' is outside the workspace ${w} (it resolves to ${r}/secret.csv); set the action input allow-outside-workspace: true to read it`,
    ],
  ])('%s is refused with one line', async (_label, inputs, line) => {
    expect(await gate(inputs)).toBe(line(ws, root));
  });

  it('allow-outside-workspace: true reads it; inside paths always work', async () => {
    expect(await gate({ reference: '../secret.csv', 'allow-outside-workspace': 'true' })).toBe('ran');
    expect(await gate({})).toBe('ran');
  });
});

describe('64-bit ids pair exactly, whatever the format', () => {
  let dir = '';
  const T = 2n ** 60n;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mg-ids-'));
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (expr: string) =>
      `SELECT ${expr} AS id, (i % 2)::INTEGER AS label, (i % 10) / 10.0 AS score FROM range(300) t(i)`;
    const copy = async (expr: string, name: string) =>
      db.run(
        `COPY (${name.startsWith('h-') ? rows(expr) : `SELECT ${expr} AS id, (i % 10) / 10.0 AS score FROM range(300) t(i)`}) TO '${join(dir, name)}' (FORMAT parquet)`,
      );
    // ids 2^60 + 1024·i: as doubles each equals its neighbour one larger
    await copy(`(${T} + 1024 * i)::BIGINT`, 'h-spaced.parquet');
    await copy(`(${T} + 1024 * i + 1)::BIGINT`, 'b-spaced.parquet');
    // distinct ids 2^60 + i: as doubles, 298 "duplicates"
    await copy(`(${T} + i)::BIGINT`, 'h-dense.parquet');
    await copy(`(${T} + 299 - i)::BIGINT`, 'b-dense.parquet');
    await copy(`(${T} + i)::UBIGINT`, 'b-dense-u.parquet');
    await copy(`i::BIGINT`, 'h-small.parquet');
    await copy(`i::VARCHAR`, 'b-text.parquet');
    await copy(`('u' || i)::VARCHAR`, 'b-words.parquet');
    const csv = (ids: (i: number) => string) =>
      ['id,score', ...Array.from({ length: 300 }, (_, i) => `${ids(i)},${(i % 10) / 10}`)].join('\n') + '\n';
    writeFileSync(
      join(dir, 'b-dense.csv'),
      csv((i) => String(T + BigInt(299 - i))),
    );
    writeFileSync(
      join(dir, 'b-spaced.csv'),
      csv((i) => String(T + 1024n * BigInt(i) + 1n)),
    );
    writeFileSync(
      join(dir, 'b-dense.jsonl'),
      Array.from({ length: 300 }, (_, i) => `{"id": ${T + BigInt(299 - i)}, "score": ${(i % 10) / 10}}`).join(
        '\n',
      ) + '\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pair = async (h: string, b: string): Promise<string> => {
    const c = resolveConfig(
      {
        path: join(dir, 'model-gate.yml'),
        record: {
          task: 'binary',
          inputs: { holdout: h, baseline: b },
          columns: { target: 'label', score: 'score', id: 'id' },
          performance: { resamples: 0 },
        },
      },
      {},
      dir,
    );
    return runGate(c, { gateId: 'ids', cwd: dir, executor: here }).then(
      (r) => `paired ${r.performance!.baseline!.rows}`,
      (e: unknown) => (isGateError(e) ? e.message : String(e)),
    );
  };

  it('ids one apart beyond 2^53 do not pair (they did as doubles)', async () => {
    expect(await pair('h-spaced.parquet', 'b-spaced.parquet')).toBe(
      "b-spaced.parquet does not pair with h-spaced.parquet by 'id': 300 holdout ids missing from the baseline, 300 baseline ids not in the holdout (holdout 300 rows, baseline 300 rows)",
    );
    expect(await pair('h-spaced.parquet', 'b-spaced.csv')).toMatch(
      /^b-spaced\.csv does not pair with h-spaced\.parquet by 'id': 300/,
    );
  });

  it('distinct ids beyond 2^53 pair (as doubles they were "298 duplicates")', async () => {
    for (const b of ['b-dense.parquet', 'b-dense-u.parquet', 'b-dense.csv', 'b-dense.jsonl'])
      expect(await pair('h-dense.parquet', b), b).toBe('paired 300');
  });

  it('integer ids against integer text pair by value; against words they are an input error naming both kinds', async () => {
    expect(await pair('h-small.parquet', 'b-text.parquet')).toBe('paired 300');
    expect(await pair('h-small.parquet', 'b-words.parquet')).toBe(
      "column 'id' holds numbers in h-small.parquet but text in b-words.parquet; ids pair only with ids of the same kind",
    );
  });
});
