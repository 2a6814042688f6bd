/**
 * Golden end-to-end cases (STYLE habit 11): every fixtures/<case>/ with a model-gate.yml is run through the
 * whole gate and compared with fixtures/<case>/expected-report.json and expected-report.md (the report.md
 * the writer renders); every report is validated against schema/report.schema.json. Each case runs on the
 * in-process executor (the workers' code on this thread) and on worker threads (the bundled worker entry),
 * both eager so every threaded path is taken: the files must match either way. Adding a case needs no code. Regenerate expectations with
 *   UPDATE_GOLDEN=1 npx vitest run test/golden
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/contract/executor.js';
import { inProcessExecutor, threadedExecutor } from '../../src/runtime/index.js';
import { bundleWorker, type WorkerBundle } from '../helpers/worker-bundle.js';
import { resolveConfig } from '../../src/config/index.js';
import { readConfigFile } from '../../src/io/config-file.js';
import { runGate } from '../../src/gate/run.js';
import { renderReportFiles } from '../../src/gate/outputs.js';
import type { Report } from '../../src/contract/report.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'fixtures');
const cases = readdirSync(fixtures)
  .filter((d) => existsSync(join(fixtures, d, 'model-gate.yml')))
  .sort();
const schema = JSON.parse(readFileSync(join(root, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** the parts of a report that change from run to run or machine to machine */
function normalise(report: Report): Report {
  return { ...report, createdAt: '<createdAt>', tool: { ...report.tool, version: '<version>' } };
}

/** compares with the expected file; under UPDATE_GOLDEN the in-process run writes it first */
function golden(path: string, actual: string, write: boolean): void {
  if (process.env.UPDATE_GOLDEN && write) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

let bundle: WorkerBundle;
beforeAll(async () => {
  bundle = await bundleWorker();
});
afterAll(() => bundle.remove());

const executors: Record<string, () => Executor> = {
  'in-process': () => inProcessExecutor({ threads: 1, eager: true }),
  threaded: () => threadedExecutor({ workerUrl: bundle.url, threads: 2, eager: true }),
};
const runs = cases.flatMap((name) => Object.keys(executors).map((executor) => [name, executor] as const));

describe('golden fixtures', () => {
  it('finds the cases in fixtures/', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(runs)(
    '%s (%s) matches its expected report.json and report.md and the report schema',
    async (name, on) => {
      const file = readConfigFile(join(fixtures, name, 'model-gate.yml'), root);
      const config = resolveConfig(file, {}, root);
      const executor = executors[on]!();
      const report = normalise(await runGate(config, { gateId: 'default', cwd: root, executor }));
      const ok = validate(JSON.parse(JSON.stringify(report)));
      expect(validate.errors ?? [], 'report.json must satisfy schema/report.schema.json').toEqual([]);
      expect(ok).toBe(true);
      const files = renderReportFiles(report, ['json', 'md']);
      golden(join(fixtures, name, 'expected-report.json'), files['report.json']!, on === 'in-process');
      golden(join(fixtures, name, 'expected-report.md'), files['report.md']!, on === 'in-process');
    },
  );
});
