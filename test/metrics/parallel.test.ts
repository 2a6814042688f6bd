// Resamples on worker threads give exactly the in-process evaluation; a worker that cannot start or fails
// leaves its resamples to the calling thread. The worker is bundled here with esbuild (as scripts/build.mjs
// does for dist/worker.js), since vitest runs the TypeScript sources; the in-process executor runs the same
// shared job on this thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateMetrics } from '../../src/metrics/bootstrap.js';
import type { TaskInput } from '../../src/metrics/inputs.js';
import { sharedResamples } from '../../src/metrics/parallel.js';
import { inProcessExecutor, threadedExecutor } from '../../src/runtime/index.js';
import { createRng } from '../../src/stats/random.js';
import { bundleWorker, type WorkerBundle } from '../helpers/worker-bundle.js';

let bundle: WorkerBundle;
let workerUrl: URL;
let dir = '';
beforeAll(async () => {
  bundle = await bundleWorker();
  ({ url: workerUrl, dir } = bundle);
}, 30_000);
afterAll(() => bundle.remove());

const rng = createRng(17);
const n = 3000;
const y = Uint8Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
const model = (noise: number): TaskInput => {
  const score = Float64Array.from(
    y,
    (v) => Math.round((0.3 + 0.3 * v + noise * rng.nextFloat()) * 1e4) / 1e4,
  );
  return { task: 'binary', data: { y, score, pred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)) } };
};
const candidate = model(0.5);
const baseline = model(0.8);
const segments = [Int32Array.from({ length: n / 3 }, (_, i) => 3 * i), Int32Array.from([1, 4, 7, 10, 13])];
const options = { resamples: 300, confidence: 0.95, seed: 11 };

/** the resample runner over worker threads: `workers` besides the calling one */
const threadedResamples = (o: { workerUrl: URL; workers: number; eager?: boolean }) =>
  sharedResamples(
    threadedExecutor({ workerUrl: o.workerUrl, threads: o.workers + 1, eager: o.eager ?? true }),
  );

describe('sharedResamples', () => {
  it('gives the in-process result with 1 and with 3 workers', () => {
    const alone = evaluateMetrics(candidate, baseline, options, segments);
    for (const workers of [1, 3]) {
      let used = false;
      const runner = threadedResamples({ workerUrl, workers });
      const threaded = evaluateMetrics(
        candidate,
        baseline,
        { ...options, parallel: (j, p, s) => (used = runner(j, p, s)) },
        segments,
      );
      expect(used).toBe(true);
      expect(threaded).toEqual(alone);
    }
  }, 30_000);

  it('falls back to the calling thread when the worker fails', () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('cannot start');\n");
    const alone = evaluateMetrics(candidate, null, options, segments);
    const threaded = evaluateMetrics(
      candidate,
      null,
      {
        ...options,
        parallel: threadedResamples({ workerUrl: pathToFileURL(broken), workers: 2 }),
      },
      segments,
    );
    expect(threaded).toEqual(alone);
  }, 30_000);

  it('runs the shared job on this thread with the in-process executor, with the same result', () => {
    const alone = evaluateMetrics(candidate, baseline, options, segments);
    let used = false;
    const runner = sharedResamples(inProcessExecutor({ threads: 1, eager: true }));
    const here = evaluateMetrics(
      candidate,
      baseline,
      { ...options, parallel: (j, p, s) => (used = runner(j, p, s)) },
      segments,
    );
    expect(used).toBe(true);
    expect(here).toEqual(alone);
  });

  it('stays on the calling thread for small jobs and without threads', () => {
    const runner = threadedResamples({ workerUrl, workers: 1, eager: false });
    const probe = evaluateMetrics(candidate, null, { ...options, parallel: null });
    let used: boolean | null = null;
    evaluateMetrics(candidate, null, { ...options, parallel: (j, p, s) => (used = runner(j, p, s)) });
    expect(used).toBe(false); // 3000 × 300 < PARALLEL_MIN_WORK
    used = null;
    const none = sharedResamples(inProcessExecutor({ threads: 0, eager: true }));
    const r = evaluateMetrics(candidate, null, { ...options, parallel: (j, p, s) => (used = none(j, p, s)) });
    expect(used).toBe(false);
    expect(r).toEqual({ ...probe, segments: [] });
  });
});
