// The action's gate wiring uses the CLI's config reader and resolveConfig: same lookups, same messages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConfiguredGate } from '../../src/action/gate.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { parseInputs } from '../../src/action/inputs.js';
import { isGateError } from '../../src/errors.js';
import { writeTinyScenario } from '../helpers/tiny-dataset.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-action-gate-'));
  writeTinyScenario(dir, { passing: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settings = (inputs: Record<string, string>) => parseInputs((n) => inputs[n] ?? '', dir);

async function messageOf(inputs: Record<string, string>): Promise<string> {
  try {
    await runConfiguredGate(settings(inputs), dir, inProcessExecutor());
  } catch (e) {
    if (isGateError(e)) return e.message;
    throw e;
  }
  throw new Error('expected a GateError');
}

describe('runConfiguredGate', () => {
  it('finds ./model-gate.yml without the config input and applies fail-on from the input', async () => {
    const a = await runConfiguredGate(settings({}), dir, inProcessExecutor());
    expect(a.report.verdict).toBe('fail');
    expect(a.failOn).toBe('fail');
    expect((await runConfiguredGate(settings({ 'fail-on': 'never' }), dir, inProcessExecutor())).failOn).toBe(
      'never',
    );
  });

  it('a data input overrides the file, relative to the workspace', async () => {
    const r = await runConfiguredGate(settings({ current: 'reference.csv' }), dir, inProcessExecutor());
    expect(r.report.inputs.current?.path).toMatch(/reference\.csv$/);
  });

  it.each([
    [{ config: 'ci/missing.yml' }, 'config file not found: ci/missing.yml'],
    [{ 'fail-on': 'sometimes' }, /^fail-on must be one of fail, warn, never/],
    [{ task: 'ranking' }, /^task must be one of binary, multiclass, regression/],
  ])('%j fails with the CLI message', async (inputs, expected) => {
    const message = await messageOf(inputs);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });
});
