import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { isGateError } from '../../src/errors.js';

const CWD = '/work/repo';
/** the inputs the runner passes when the workflow sets none: action.yml's defaults */
const RUNNER_DEFAULTS: Record<string, string> = {
  'github-token': 'ghs_token',
  'gate-id': 'default',
  comment: 'true',
  'report-dir': 'model-gate-report',
  'artifact-name': 'model-gate-report',
  summary: 'true',
};
const parse = (inputs: Record<string, string>) =>
  parseInputs((name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '', CWD);

function errorOf(inputs: Record<string, string>): string {
  try {
    parse(inputs);
  } catch (e) {
    if (isGateError(e)) return e.message;
    throw e;
  }
  throw new Error('expected an error');
}

describe('parseInputs', () => {
  it('turns the runner defaults into settings', () => {
    expect(parse({})).toEqual({
      configPath: null,
      overrides: {},
      githubToken: 'ghs_token',
      gateId: 'default',
      comment: true,
      reportDir: '/work/repo/model-gate-report',
      artifactName: 'model-gate-report',
      summary: true,
      allowOutsideWorkspace: false,
      push: null,
      pullRequest: null,
      baselineFrom: null,
      baselineHistory: 10,
      storePredictions: true,
    });
  });

  it.each([
    ['baseline-history', 'many', "input baseline-history must be an integer between 0 and 100, got 'many'"],
    ['baseline-history', '101', "input baseline-history must be an integer between 0 and 100, got '101'"],
    ['baseline-from', 'feature branch', "input baseline-from must be a branch name, got 'feature branch'"],
    ['store-predictions', 'yes', "input store-predictions must be true or false, got 'yes'"],
  ])('rejects %s %s', (input, value, message) => {
    expect(() => parse({ [input]: value })).toThrow(message);
  });

  it('reads baseline-from, baseline-history and store-predictions', () => {
    const s = parse({ 'baseline-from': 'main', 'baseline-history': '3', 'store-predictions': 'false' });
    expect([s.baselineFrom, s.baselineHistory, s.storePredictions]).toEqual(['main', 3, false]);
  });

  it('maps data inputs onto config overrides, untouched, and resolves paths against the workspace', () => {
    const s = parse({
      config: 'ci/model-gate.yml',
      holdout: 'data/holdout.parquet',
      baseline: 'data/baseline.csv',
      reference: 'data/ref.jsonl',
      current: ' data/cur.parquet ',
      task: 'binary',
      'fail-on': 'warn',
      'report-dir': '/tmp/out',
    });
    expect(s.configPath).toBe('/work/repo/ci/model-gate.yml');
    expect(s.overrides).toEqual({
      holdout: 'data/holdout.parquet',
      baseline: 'data/baseline.csv',
      reference: 'data/ref.jsonl',
      current: 'data/cur.parquet',
      task: 'binary',
      fail_on: 'warn',
    });
    expect(s.reportDir).toBe('/tmp/out');
  });

  it('applies the defaults when the runner did not fill them in (a run by hand)', () => {
    const s = parseInputs(() => '', CWD);
    expect(s).toMatchObject({
      gateId: 'default',
      comment: true,
      summary: true,
      allowOutsideWorkspace: false,
      push: null,
      artifactName: '',
      githubToken: '',
    });
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('comment %s → %s', (raw, expected) => {
    expect(parse({ comment: raw }).comment).toBe(expected);
    expect(parse({ summary: raw }).summary).toBe(expected);
  });

  it.each([
    [{ comment: 'yes' }, "input comment must be true or false, got 'yes'"],
    [{ summary: '1' }, "input summary must be true or false, got '1'"],
    [{ comment: 'ture' }, "input comment must be true or false, got 'ture'"],
    [
      { 'gate-id': 'a -->b' },
      "input gate-id must be 1-64 letters, digits, '.', '_' or '-' starting with a letter or digit, got 'a -->b'",
    ],
    [
      { 'gate-id': '-x' },
      "input gate-id must be 1-64 letters, digits, '.', '_' or '-' starting with a letter or digit, got '-x'",
    ],
    [{ 'artifact-name': 'reports/main' }, 'input artifact-name must not contain "/", got "reports/main"'],
    [
      { 'pull-request': '12a' },
      "input pull-request must be a pull request number (a positive integer), got '12a'",
    ],
    [
      { 'pull-request': '0' },
      "input pull-request must be a pull request number (a positive integer), got '0'",
    ],
  ])('rejects %j', (inputs, message) => {
    expect(errorOf(inputs)).toBe(message);
  });

  it('an empty artifact-name disables the upload; pull-request is a number', () => {
    expect(parse({ 'artifact-name': '' }).artifactName).toBe('');
    expect(parse({ 'pull-request': '42' }).pullRequest).toBe(42);
  });
});
