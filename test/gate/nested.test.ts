// Nested Parquet columns (an embedding as a list, a struct) in the drift files: inferred features leave them
// unread and report them as skipped with the reason; a configured one is an input error naming it. And the
// drift read plan (src/prepare/plan.ts): what is read from reference and current.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { resolveConfig } from '../../src/config/index.js';
import { GateError } from '../../src/errors.js';
import { driftReadPlan } from '../../src/prepare/plan.js';
import { runGate } from '../../src/gate/run.js';
import { readTable } from '../../src/io/read.js';

let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-nested-'));
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [name, shift] of [
    ['reference', 0],
    ['current', 2],
  ] as const) {
    await db.run(`COPY (
        SELECT i * 0.5 + ${shift * 40} AS amount,
               ['web', 'ios'][1 + (i % 2)] AS channel,
               [i * 0.1, i * 0.2, ${shift}]::FLOAT[] AS embedding,
               {'source': 'crm', 'version': i % 3} AS meta,
               'row ' || i AS note,
               (i % 10) / 10.0 AS score
        FROM range(400) t(i))
      TO '${join(dir, `${name}.parquet`)}' (FORMAT parquet)`);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(extra: Record<string, unknown> = {}) {
  return resolveConfig(
    {
      path: join(dir, 'model-gate.yml'),
      record: {
        inputs: { reference: 'reference.parquet', current: 'current.parquet' },
        task: 'binary',
        columns: { target: 'label', score: 'score', features: { exclude: ['note'] }, ...extra },
      },
    },
    {},
    dir,
  );
}

describe('nested Parquet columns in drift inputs', () => {
  it('readTable leaves them out and names them', async () => {
    const t = await readTable(join(dir, 'reference.parquet'));
    expect([...t.columns.keys()]).toEqual(['amount', 'channel', 'note', 'score']);
    expect(t.nested).toEqual(['embedding', 'meta']);
    expect(t.columnNames).toEqual(['amount', 'channel', 'embedding', 'meta', 'note', 'score']);
  });

  it('inferred features: tested where flat, skipped with the reason where nested, excluded ones unread', async () => {
    const report = await runGate(config(), { gateId: 'default', cwd: dir, executor: inProcessExecutor() });
    const features = Object.fromEntries(report.drift!.features.map((f) => [f.name, f]));
    expect(Object.keys(features).sort()).toEqual(['amount', 'channel', 'embedding', 'meta']);
    expect(features.amount!.skipped).toBeUndefined();
    expect(features.amount!.drifted).toBe(true);
    expect(features.embedding!.skipped).toBe(
      'nested Parquet type (list, map or struct) in reference: not tested',
    );
    expect(features.meta!.skipped).toBe('nested Parquet type (list, map or struct) in reference: not tested');
    expect(report.inputs.reference!.columns).toEqual([
      'amount',
      'channel',
      'embedding',
      'meta',
      'note',
      'score',
    ]);
    expect(report.predictionDrift?.name).toBe('score');
  });

  it('a nested column configured as a feature is an input error naming it', async () => {
    const e = await runGate(config({ features: { numerical: ['amount', 'embedding'] } }), {
      gateId: 'default',
      cwd: dir,
      executor: inProcessExecutor(),
    }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(GateError);
    expect((e as GateError).message).toBe(
      "column 'embedding' in reference.parquet is a nested Parquet type (list, map or struct), which cannot be read",
    );
  });
});

describe('driftReadPlan', () => {
  const names = ['id', 'amount', 'embedding', 'note', 'score', 'label'];

  it('inferred features: every column but the excluded and the nested ones; model outputs always', () => {
    const c = config({ features: { exclude: ['note', 'score'] } });
    expect(driftReadPlan(c, names, ['embedding'])).toEqual({
      columns: ['id', 'amount', 'score', 'label'],
      kinds: { score: 'numerical' },
    });
  });

  it('listed features: those present plus the model outputs, with their kinds', () => {
    const c = config({ features: { numerical: ['amount', 'missing'], categorical: ['id'] } });
    expect(driftReadPlan(c, names, ['embedding'])).toEqual({
      columns: ['amount', 'id', 'score'],
      kinds: { amount: 'numerical', id: 'categorical', score: 'numerical' },
    });
  });
});
