// The worker-thread path gives exactly the in-process result. Under vitest the TypeScript worker cannot
// load, so the test bundles src/runtime/worker.ts with esbuild (as scripts/build.mjs does for dist/) into a
// temporary folder and gives the threaded executor its URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, type WorkerBundle } from '../helpers/worker-bundle.js';
import type { Executor } from '../../src/contract/executor.js';
import {
  analyseNumericInProcess,
  analyseNumericParallel as parallelOn,
  POOL_TAIL_PER_WORKER,
  type ParallelOptions,
} from '../../src/drift/parallel.js';
import type { NumericTask } from '../../src/drift/analyse.js';
import { buildDrift } from '../../src/gate/drift.js';
import { bundledWorkerUrl, inProcessExecutor, threadedExecutor } from '../../src/runtime/index.js';
import { cat, config, normal, num, table } from './helpers.js';

let bundle: WorkerBundle;
let workerUrl: URL;

beforeAll(async () => {
  bundle = await bundleWorker();
  workerUrl = bundle.url;
});

const threads = (count = 2): Executor => threadedExecutor({ workerUrl, threads: count });
const here = (): Executor => inProcessExecutor();
const analyseNumericParallel = (tasks: NumericTask[], options: ParallelOptions = {}, executor = threads()) =>
  parallelOn(executor, tasks, options);

afterAll(() => bundle.remove());

describe('drift worker pool', () => {
  const n = 5000;
  const features = Array.from({ length: 7 }, (_, j) => j);
  const reference = table('r', [
    ...features.map((j) => num(`x${j}`, normal(n, 0, 1 + j, 10 + j))),
    cat(
      'colour',
      Array.from({ length: n }, (_, i) => ['red', 'green', 'blue'][i % 3]!),
    ),
    num('score', normal(n, 0.2, 0.1, 99)),
  ]);
  const current = () =>
    table('c', [
      ...features.map((j) => num(`x${j}`, normal(n, j % 2 ? 0.3 : 0, 1 + j, 20 + j))),
      cat(
        'colour',
        Array.from({ length: n }, (_, i) => ['red', 'green', 'blue', 'pink'][i % 4]!),
      ),
      num('score', normal(n, 0.25, 0.1, 98)),
    ]);

  it('is not found from the TypeScript sources (the default executor is then the in-process one)', () => {
    expect(bundledWorkerUrl()).toBeNull();
  });

  it('gives results identical to the in-process path', async () => {
    const c = config({ columns: { score: 'score' } });
    const cur = current();
    const source = () => ({
      reference: reference.columns.get('score')!,
      current: cur.columns.get('score')!,
      label: 'score',
    });
    const serial = await buildDrift(c, reference, cur, source(), here());
    const parallel = await buildDrift(c, reference, cur, source(), threads());
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    const pretend = await buildDrift(c, reference, cur, source(), inProcessExecutor({ threads: 2 }));
    expect(JSON.stringify(pretend)).toBe(JSON.stringify(serial));
    // copies were sent: the tables are intact
    expect((reference.columns.get('x0') as { values: Float64Array }).values.length).toBe(n);
  });

  it('with transfer, gives the same result, detaches feature columns and keeps the prediction columns', async () => {
    const c = config({ columns: { score: 'score' } });
    const serial = await buildDrift(
      c,
      reference,
      current(),
      {
        reference: reference.columns.get('score')!,
        current: current().columns.get('score')!,
        label: 'score',
      },
      here(),
    );
    const ref2 = table(
      'r',
      [...reference.columns.values()].map((col) => ({
        ...col,
        ...(col.kind === 'numerical' ? { values: col.values.slice() } : {}),
      })),
    );
    const cur2 = current();
    const pending = buildDrift(
      c,
      ref2,
      cur2,
      { reference: ref2.columns.get('score')!, current: cur2.columns.get('score')!, label: 'score' },
      threads(),
      { transfer: true },
    );
    const parallel = await pending;
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    const values = (t: typeof ref2, name: string) => (t.columns.get(name) as { values: Float64Array }).values;
    expect(values(ref2, 'x0').length).toBe(0);
    expect(values(cur2, 'x3').length).toBe(0);
    expect(values(ref2, 'score').length).toBe(n);
    expect(values(cur2, 'score').length).toBe(n);
  });

  it('transfers the columns when asked (they are detached afterwards)', async () => {
    const values = normal(1000, 0, 1, 5);
    const other = normal(1000, 0, 1, 6);
    const [a] = await analyseNumericParallel(
      [{ name: 'v', method: 'auto', bins: 10, reference: values, current: other }],
      { transfer: true },
    );
    expect(a?.method).toBe('ks');
    expect(values.length).toBe(0);
  });

  it('copies a column used twice instead of detaching it under the other use', async () => {
    const shared = normal(800, 0, 1, 7);
    const other = normal(800, 0.5, 1, 8);
    const [a, b] = await analyseNumericParallel(
      [
        { name: 'feature', method: 'auto', bins: 10, reference: shared, current: other },
        { name: 'prediction', method: 'auto', bins: 10, reference: shared, current: other },
      ],
      { transfer: true },
    );
    expect(JSON.stringify(a!.stats)).toBe(JSON.stringify(b!.stats));
    expect(shared.length).toBe(800);
  });

  it('hands out tasks of mixed sizes largest first, with a held-back tail, and returns them in task order', async () => {
    // more tasks than the up-front share, sizes out of order: results must still line up with the tasks
    const sizes = [300, 4000, 900, 12_000, 50, 2500, 7000, 600, 3000, 1500, 800, 5000];
    expect(sizes.length).toBeGreaterThan(2 * (POOL_TAIL_PER_WORKER + 1));
    const tasks = () =>
      sizes.map((m, k) => ({
        name: `f${k}`,
        method: 'auto' as const,
        bins: 10,
        reference: normal(m, 0, 1, 100 + k),
        current: normal(m + k, k % 3 ? 0.2 : 0, 1, 200 + k),
      }));
    const serial = analyseNumericInProcess(tasks());
    const parallel = await analyseNumericParallel(tasks(), { transfer: true });
    expect(parallel.map((r) => r.name)).toEqual(sizes.map((_, k) => `f${k}`));
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it('reports a failing analysis with the feature name', async () => {
    await expect(
      analyseNumericParallel([
        {
          name: 'bad',
          method: 'nope' as 'ks',
          bins: 10,
          reference: normal(50, 0, 1, 1),
          current: normal(50, 0, 1, 2),
        },
      ]),
    ).rejects.toThrow(/drift worker failed on 'bad'/);
    await expect(
      analyseNumericParallel(
        [
          {
            name: 'bad',
            method: 'nope' as 'ks',
            bins: 10,
            reference: normal(50, 0, 1, 1),
            current: normal(50, 0, 1, 2),
          },
        ],
        {},
        inProcessExecutor({ threads: 1 }),
      ),
    ).rejects.toThrow(/drift worker failed on 'bad'/);
  });
});
