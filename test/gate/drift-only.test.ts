// A drift-only gate (issue 10): reference + current and nothing else — no task, no target — runs drift and
// quality and says in the report what was skipped and why; a holdout without a target stays a config error.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeTinyScenario } from '../helpers/tiny-dataset.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-drift-only-'));
  writeTinyScenario(dir, { passing: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (argv: string[]) => runCli(argv, dir);

describe('a drift-only gate', () => {
  it('needs no task and no target: drift and quality run, performance is a visible skip', async () => {
    writeFileSync(join(dir, 'drift.yml'), 'inputs: {reference: reference.csv, current: current.csv}\n');
    const r = await cli(['run', '--config', 'drift.yml', '--out', 'out-drift', '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out-drift', 'report.json'), 'utf8'));
    expect(report.performance).toBeNull();
    expect(report.drift.features.map((f: { name: string }) => f.name)).toEqual(['amount', 'country']);
    expect(report.skipped).toEqual([
      { section: 'performance', reason: 'no holdout input: performance checks were not run' },
    ]);
    expect(report.settings.task).toBeNull();
    const skip = report.checks.find((c: { id: string }) => c.id === 'prediction_drift');
    expect(skip.message).toBe('prediction drift not tested: no prediction or score column configured');
  });

  it('a holdout without a target is still one line', async () => {
    writeFileSync(join(dir, 'no-target.yml'), 'inputs: {holdout: holdout.csv}\ntask: binary\n');
    const r = await cli(['run', '--config', 'no-target.yml', '--out', 'out-x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'model-gate: no-target.yml: columns.target is required for performance on inputs.holdout: the name of the label column (set columns.target in the config file, or pass --target)\n',
    );
  });
});
