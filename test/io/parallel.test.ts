// Reading on worker threads gives readTable's tables and readTable's errors. Under vitest the TypeScript
// worker cannot load, so the test bundles src/runtime/worker.ts with esbuild (as scripts/build.mjs does for
// dist/worker.js) into a temporary folder and gives the threaded executor its URL; the in-process executor
// runs the same read tasks on this thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, type WorkerBundle } from '../helpers/worker-bundle.js';
import { GateError } from '../../src/errors.js';
import { readTables, splitColumns, type TableRequest } from '../../src/io/parallel.js';
import { bundledWorkerUrl, inProcessExecutor, threadedExecutor } from '../../src/runtime/index.js';
import { readTable } from '../../src/io/read.js';
import type { Table } from '../../src/contract/table.js';

let bundle: WorkerBundle;
let workerUrl: URL;
let dir = '';

beforeAll(async () => {
  bundle = await bundleWorker();
  ({ url: workerUrl, dir } = bundle);
});

afterAll(() => bundle.remove());

const data = (name: string): string => join('test/data/io', name);

/** readTables with the test's worker, used whatever the files' size */
async function viaWorkers(requests: TableRequest[], workers = 2): Promise<PromiseSettledResult<Table>[]> {
  return readTables(requests, threadedExecutor({ workerUrl, threads: workers, eager: true }));
}

/** readTables on this thread, through the read tasks (what a worker runs) */
async function viaTasks(requests: TableRequest[]): Promise<PromiseSettledResult<Table>[]> {
  return readTables(requests, inProcessExecutor({ threads: 2, eager: true }));
}

async function sequential(requests: TableRequest[]): Promise<PromiseSettledResult<Table>[]> {
  const out: PromiseSettledResult<Table>[] = [];
  for (const r of requests) {
    out.push(
      await readTable(r.path, r.options).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      ),
    );
  }
  return out;
}

function table(outcome: PromiseSettledResult<Table> | undefined): Table {
  if (outcome?.status !== 'fulfilled') throw new Error(`expected a table, got ${String(outcome?.status)}`);
  return outcome.value;
}

function failure(outcome: PromiseSettledResult<Table> | undefined): GateError {
  if (outcome?.status !== 'rejected') throw new Error(`expected an error, got ${String(outcome?.status)}`);
  expect(outcome.reason).toBeInstanceOf(GateError);
  return outcome.reason as GateError;
}

describe('readTables on worker threads', () => {
  const kinds = [
    'types-snappy',
    'types-zstd',
    'types-gzip',
    'types-brotli',
    'types-lz4',
    'types-uncompressed',
    'types-v2-snappy',
    'types-v2-zstd',
    'row-groups',
  ];

  it.each(kinds)('%s.parquet: the same table as readTable, column for column', async (name) => {
    const requests = [{ path: data(`${name}.parquet`) }];
    const [parallel] = await viaWorkers(requests);
    const [plain] = await sequential(requests);
    expect(table(parallel)).toEqual(table(plain));
    // the workers' groups come back in the file's column order
    expect([...table(parallel).columns.keys()]).toEqual([...table(plain).columns.keys()]);
  });

  it('several files with selected columns and forced kinds, CSV read alongside, one and three workers', async () => {
    const requests: TableRequest[] = [
      { path: data('types-snappy.parquet'), options: { columns: ['price', 'country', 'id'] } },
      { path: data('types.csv') },
      {
        path: data('types-zstd.parquet'),
        options: { columns: ['country', 'price'], kinds: { price: 'categorical' } },
      },
      { path: data('row-groups.parquet') },
    ];
    const plain = await sequential(requests);
    for (const workers of [1, 3]) {
      const parallel = await viaWorkers(requests, workers);
      expect(parallel.map(table)).toEqual(plain.map(table));
      expect([...table(parallel[0]).columns.keys()]).toEqual(['price', 'country', 'id']);
    }
  });

  it('errors: each file settles with the error readTable gives, the others still read', async () => {
    const requests: TableRequest[] = [
      { path: data('absent.parquet') },
      { path: data('corrupt-pages.parquet') },
      { path: data('types-snappy.parquet'), options: { columns: ['price', 'no_such_column'] } },
      { path: data('truncated.parquet') },
      { path: data('no-rows.parquet') },
      { path: data('tiny.parquet') },
      { path: data('ragged.csv') },
      { path: data('types-gzip.parquet') },
    ];
    const parallel = await viaWorkers(requests);
    const plain = await sequential(requests);
    for (let i = 0; i < requests.length - 1; i++) {
      const e = failure(parallel[i]);
      expect(e.code).toBe('input');
      expect(e.message).toBe(failure(plain[i]).message);
    }
    expect(failure(parallel[1]).message).toMatch(
      /^cannot read test\/data\/io\/corrupt-pages\.parquet as Parquet: /,
    );
    expect(table(parallel.at(-1))).toEqual(table(plain.at(-1)));
  });

  it('a file with nested columns: the flat ones read, the nested ones named, a requested one an error', async () => {
    const file = join(dir, 'nested.parquet');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(
      `COPY (SELECT i AS id, [i, i + 1] AS tags, {'a': i} AS info, i * 0.5 AS amount FROM range(300) t(i)) TO '${file}' (FORMAT parquet)`,
    );
    const [parallel] = await viaWorkers([{ path: file }]);
    const [plain] = await sequential([{ path: file }]);
    expect(table(parallel)).toEqual(table(plain));
    expect([...table(parallel).columns.keys()]).toEqual(['id', 'amount']);
    expect(table(parallel).nested).toEqual(['tags', 'info']);
    const asked = [{ path: file, options: { columns: ['amount', 'tags'] } }];
    expect(failure((await viaWorkers(asked))[0]).message).toBe(failure((await sequential(asked))[0]).message);
  });

  it('a worker that cannot start fails its files with an error, never hangs', async () => {
    const broken = join(dir, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("cannot start");\n');
    const out = await readTables(
      [{ path: data('types-lz4.parquet') }, { path: data('types.csv') }],
      threadedExecutor({ workerUrl: pathToFileURL(broken), threads: 2, eager: true }),
    );
    for (const o of out) {
      expect(o.status).toBe('rejected');
      expect(String((o as PromiseRejectedResult).reason)).toMatch(/cannot start/);
    }
  });

  it('text files are read whole on the workers, with their selected columns and forced kinds', async () => {
    const requests: TableRequest[] = [
      {
        path: data('types.csv.gz'),
        options: { columns: ['country', 'amount'], kinds: { tier: 'numerical' } },
      },
      { path: data('types.jsonl') },
      { path: data('types.ndjson.gz'), options: { kinds: { amount: 'categorical' } } },
      { path: data('quoting.csv') },
      { path: data('strings-forced-numerical.csv') },
    ];
    const plain = await sequential(requests);
    for (const parallel of [await viaWorkers(requests, 3), await viaTasks(requests)]) {
      expect(parallel.map((o) => o.status)).toEqual(plain.map((o) => o.status));
      parallel.forEach((o, i) => {
        if (o.status === 'fulfilled') expect(o.value).toEqual(table(plain[i]));
        else expect(failure(o).message).toBe(failure(plain[i]).message);
      });
    }
    const parallel = await viaWorkers(requests, 3);
    expect(table(parallel[0]).format).toBe('csv');
    expect(table(parallel[1]).format).toBe('jsonl');
  });

  it('small inputs or no workers: read on this thread, the same tables', async () => {
    const requests = [{ path: data('types-snappy.parquet') }, { path: data('types.jsonl') }];
    const plain = (await sequential(requests)).map(table);
    expect(bundledWorkerUrl()).toBeNull(); // running from the TypeScript sources
    expect((await readTables(requests, inProcessExecutor())).map(table)).toEqual(plain);
    expect(
      (await readTables(requests, threadedExecutor({ workerUrl, threads: 0, eager: true }))).map(table),
    ).toEqual(plain);
    // below the size floor the (broken) worker is never started
    const broken = pathToFileURL(join(dir, 'never-started.js'));
    expect(
      (await readTables(requests, threadedExecutor({ workerUrl: broken, threads: 2 }))).map(table),
    ).toEqual(plain);
  });
});

describe('splitColumns', () => {
  const sizes = new Map([
    ['a', 100],
    ['b', 10],
    ['c', 60],
    ['d', 50],
    ['e', 0],
  ]);

  it('balances bytes, largest first to the lightest group, and keeps the requested order in each group', () => {
    expect(splitColumns(['a', 'b', 'c', 'd', 'e'], sizes, 2)).toEqual([
      { columns: ['a', 'b', 'e'], bytes: 110 },
      { columns: ['c', 'd'], bytes: 110 },
    ]);
  });

  it('one group per column at most, and one group for one worker', () => {
    expect(splitColumns(['b', 'a'], sizes, 4)).toEqual([
      { columns: ['a'], bytes: 100 },
      { columns: ['b'], bytes: 10 },
    ]);
    expect(splitColumns(['d', 'a'], sizes, 1)).toEqual([{ columns: ['d', 'a'], bytes: 150 }]);
    expect(splitColumns([], sizes, 2)).toEqual([]);
  });
});
