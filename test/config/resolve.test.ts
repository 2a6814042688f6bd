import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { resolveConfig, type ConfigOverrides } from '../../src/config/resolve.js';
import type { Config } from '../../src/config/types.js';
import { GateError } from '../../src/errors.js';
import { BAD_CROSS_KEY, BAD_FILE, GOOD } from './cases.js';

const CWD = '/work/repo';
const FILE = '/work/repo/model-gate.yml';
const MIN = { task: 'binary', columns: { target: 'label' } };

/** resolve a YAML text as if read from /work/repo/model-gate.yml */
const fromYaml = (yaml: string, overrides: ConfigOverrides = {}): Config =>
  resolveConfig({ path: FILE, record: parse(yaml) }, overrides, CWD);
const fromRecord = (record: unknown, overrides: ConfigOverrides = {}): Config =>
  resolveConfig({ path: FILE, record }, overrides, CWD);

/** the message of the GateError('config') thrown by fn */
function configMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GateError);
    expect((e as GateError).code).toBe('config');
    expect((e as GateError).message).not.toContain('\n');
    return (e as GateError).message;
  }
  throw new Error('expected a config error, got none');
}

describe('defaults', () => {
  it('a config from overrides alone is complete, with every default of DESIGN §2', () => {
    const config = resolveConfig(null, { task: 'binary', target: 'label', score: 'p' }, CWD);
    const expected: Config = {
      configPath: null,
      inputs: {},
      task: 'binary',
      columns: {
        target: 'label',
        prediction: null,
        score: 'p',
        scores: null,
        scores_prefix: null,
        positive_label: null,
        id: null,
        champion_score: null,
        champion_prediction: null,
        segments: [],
        features: { numerical: null, categorical: null, exclude: [] },
      },
      decision_threshold: 0.5,
      performance: {
        metrics: {},
        confidence: 0.95,
        resamples: 1000,
        intervals: 'auto',
        max_segments: 50,
        seed: 42,
        decide_on: 'point',
        severity: 'fail',
      },
      drift: {
        method: 'auto',
        threshold: null,
        features: {},
        bins: 10,
        decide_on: 'point',
        interval: { confidence: 0.95, resamples: 400, seed: 42 },
        correction: 'none',
        correction_family: 'features',
        min_effect: null,
        share: 0.5,
        multivariate: null,
        feature_severity: 'warn',
        dataset_severity: 'fail',
      },
      prediction_drift: {
        method: 'auto',
        threshold: null,
        min_effect: null,
        severity: 'warn',
        enabled: true,
      },
      quality: {
        schema: 'fail',
        max_missing_increase: 0.05,
        missing_severity: 'warn',
        new_categories: 'warn',
        out_of_range: { max_share: 0.01, severity: 'warn' },
        constant: 'warn',
      },
      serving: { latency: null, errors: null, throughput: null, severity: 'fail' },
      shadow: { min_agreement: null, severity: 'warn' },
      production: { estimated: null, min_class_rows: 50, severity: 'warn' },
      fail_on: 'fail',
    };
    expect(config).toStrictEqual(expected);
  });

  it.each([
    ['an empty file (null record)', null],
    ['an empty mapping', {}],
  ])('%s plus task and target flags gives the same defaults', (_name, record) => {
    const flags = { task: 'regression', target: 'y' };
    const viaFile = resolveConfig({ path: FILE, record }, flags, CWD);
    const viaFlags = resolveConfig(null, flags, CWD);
    expect({ ...viaFile, configPath: null }).toStrictEqual(viaFlags);
    expect(viaFile.configPath).toBe(FILE);
  });

  it.each([
    'inputs',
    'columns',
    'performance',
    'drift',
    'prediction_drift',
    'quality',
    'serving',
    'shadow',
    'production',
  ])('a section written as `%s:` with every child commented out (null) means all defaults', (section) => {
    const base = fromRecord(MIN);
    const withNull = fromRecord({ ...MIN, [section]: null, columns: { target: 'label' } });
    expect(withNull).toStrictEqual(base);
  });

  it('a metric written with no rules (`roc_auc:`) is report-only: {}', () => {
    const c = fromYaml(
      'task: binary\ncolumns: {target: y}\nperformance:\n  metrics:\n    roc_auc:\n    f1: {}\n',
    );
    expect(c.performance.metrics).toStrictEqual({ roc_auc: {}, f1: {} });
  });

  it('the config is plain JSON: it survives a JSON round trip unchanged (no undefined, no functions)', () => {
    const c = fromRecord(parse(readFileSync(join(import.meta.dirname, 'design-example.yml'), 'utf8')));
    expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
    const d = resolveConfig(null, { task: 'binary', target: 'y' }, CWD);
    expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
  });
});

describe('the DESIGN §2 example', () => {
  const yaml = readFileSync(join(import.meta.dirname, 'design-example.yml'), 'utf8');

  it('parses, with every value taken from the file', () => {
    const c = resolveConfig({ path: 'ci/model-gate.yml', record: parse(yaml) }, {}, CWD);
    expect(c.configPath).toBe('/work/repo/ci/model-gate.yml');
    expect(c.inputs).toStrictEqual({
      holdout: '/work/repo/ci/data/holdout.parquet',
      baseline: '/work/repo/ci/data/baseline.parquet',
      reference: '/work/repo/ci/data/reference.parquet',
      current: '/work/repo/ci/data/current.parquet',
    });
    expect(c.task).toBe('binary');
    expect(c.columns).toStrictEqual({
      target: 'label',
      prediction: 'predicted',
      score: 'score',
      scores: { a: 'p_a', b: 'p_b' },
      scores_prefix: null,
      positive_label: '1',
      id: 'request_id',
      champion_score: null,
      champion_prediction: null,
      segments: ['country'],
      features: {
        numerical: ['amount', 'account_age_days'],
        categorical: ['merchant_category', 'device'],
        exclude: ['request_ts'],
      },
    });
    expect(c.performance.metrics).toStrictEqual({
      roc_auc: { min: 0.8, max_regression: 0.01 },
      f1: { max_relative_regression: 0.02 },
      log_loss: { max: 0.35 },
    });
    expect(c.drift.features).toStrictEqual({ amount: { method: 'psi', threshold: 0.2 } });
    expect(c.prediction_drift).toStrictEqual({
      method: 'auto',
      threshold: null,
      min_effect: null,
      severity: 'warn',
      enabled: true,
    });
    expect(c.quality.out_of_range).toStrictEqual({ max_share: 0.01, severity: 'warn' });
  });

  it('writes out the defaults: resolving it equals resolving only its non-default keys', () => {
    const minimal = `
inputs: {holdout: data/holdout.parquet, baseline: data/baseline.parquet, reference: data/reference.parquet, current: data/current.parquet}
task: binary
columns:
  target: label
  prediction: predicted
  score: score
  scores: {a: p_a, b: p_b}
  positive_label: 1
  id: request_id
  segments: [country]
  features: {numerical: [amount, account_age_days], categorical: [merchant_category, device], exclude: [request_ts]}
performance:
  metrics:
    roc_auc: {min: 0.80, max_regression: 0.01}
    f1: {max_relative_regression: 0.02}
    log_loss: {max: 0.35}
drift:
  features: {amount: {method: psi, threshold: 0.2}}
`;
    expect(fromYaml(yaml)).toStrictEqual(fromYaml(minimal));
  });
});

describe('positive_label', () => {
  it.each([
    ['1', '1'],
    ['0', '0'],
    ['true', 'true'],
    ['false', 'false'],
    ['"1"', '1'],
    ['yes', 'yes'],
    ['fraud', 'fraud'],
    ['-1', '-1'],
    ['0.5', '0.5'],
    ['null', null],
  ])('positive_label: %s is stored as %j', (yamlValue, stored) => {
    expect(
      fromYaml(`task: binary\ncolumns: {target: y, positive_label: ${yamlValue}}\n`).columns.positive_label,
    ).toBe(stored);
  });

  it('absent → null (the metrics code picks 1 / true)', () => {
    expect(fromRecord(MIN).columns.positive_label).toBeNull();
  });

  it('an override wins over the file', () => {
    expect(
      fromYaml('task: binary\ncolumns: {target: y, positive_label: 1}\n', { positive_label: 'yes' }).columns
        .positive_label,
    ).toBe('yes');
  });
});

describe('paths', () => {
  it.each([
    // config file path (as given), file's inputs.holdout, override holdout, expected Config.inputs.holdout
    ['model-gate.yml', 'data/h.parquet', undefined, '/work/repo/data/h.parquet'],
    ['ci/model-gate.yml', 'data/h.parquet', undefined, '/work/repo/ci/data/h.parquet'],
    ['ci/model-gate.yml', '../data/h.parquet', undefined, '/work/repo/data/h.parquet'],
    ['/elsewhere/gate.yml', 'h.parquet', undefined, '/elsewhere/h.parquet'],
    ['ci/model-gate.yml', '/abs/h.parquet', undefined, '/abs/h.parquet'],
    ['ci/model-gate.yml', 'data/h.parquet', 'out/h.csv', '/work/repo/out/h.csv'],
    ['ci/model-gate.yml', undefined, 'out/h.csv', '/work/repo/out/h.csv'],
    ['ci/model-gate.yml', undefined, '/abs/o.csv', '/abs/o.csv'],
    ['ci/model-gate.yml', 'data/h.parquet', '', '/work/repo/ci/data/h.parquet'],
  ])('file %s with inputs.holdout %s and override %s → %s', (filePath, inFile, override, expected) => {
    const record = { ...MIN, ...(inFile === undefined ? {} : { inputs: { holdout: inFile } }) };
    const c = resolveConfig(
      { path: filePath, record },
      override === undefined ? {} : { holdout: override },
      CWD,
    );
    expect(c.inputs.holdout).toBe(expected);
  });

  it('without a file, overrides resolve against cwd; absent roles stay absent', () => {
    const c = resolveConfig(
      null,
      { task: 'binary', target: 'y', current: 'prod/cur.jsonl.gz', reference: './ref.csv' },
      CWD,
    );
    expect(c.inputs).toStrictEqual({
      current: '/work/repo/prod/cur.jsonl.gz',
      reference: '/work/repo/ref.csv',
    });
  });
});

describe('overrides', () => {
  const file = {
    task: 'binary',
    columns: { target: 'label', prediction: 'pred', score: 'score', id: 'rid', scores_prefix: null },
    fail_on: 'warn',
  };

  it.each<[keyof ConfigOverrides, string, (c: Config) => unknown, unknown]>([
    ['task', 'regression', (c) => c.task, 'regression'],
    ['target', 'y', (c) => c.columns.target, 'y'],
    ['prediction', 'p2', (c) => c.columns.prediction, 'p2'],
    ['score', 's2', (c) => c.columns.score, 's2'],
    ['id', 'uid', (c) => c.columns.id, 'uid'],
    ['fail_on', 'never', (c) => c.fail_on, 'never'],
    ['fail_on', ' warn ', (c) => c.fail_on, 'warn'],
    ['positive_label', 'pos', (c) => c.columns.positive_label, 'pos'],
    ['scores_prefix', 'proba_', (c) => c.columns.scores_prefix, 'proba_'],
  ])('override %s=%j wins over the file', (key, value, get, expected) => {
    expect(get(fromRecord(file, { [key]: value }))).toStrictEqual(expected);
  });

  it.each<keyof ConfigOverrides>(['task', 'target', 'prediction', 'score', 'id', 'fail_on'])(
    'an empty or blank %s override counts as not given (the action passes "" for unset inputs)',
    (key) => {
      expect(fromRecord(file, { [key]: '' })).toStrictEqual(fromRecord(file));
      expect(fromRecord(file, { [key]: '  ' })).toStrictEqual(fromRecord(file));
    },
  );

  it('an override of scores_prefix replaces the file’s columns.scores (they are exclusive)', () => {
    const c = fromRecord(
      { task: 'multiclass', columns: { target: 'y', scores: { a: 'pa', b: 'pb' } } },
      { scores_prefix: 'p_' },
    );
    expect(c.columns.scores).toBeNull();
    expect(c.columns.scores_prefix).toBe('p_');
  });

  it('the file’s other settings survive an override', () => {
    const c = fromRecord({ ...file, drift: { bins: 20 } }, { task: 'binary' });
    expect(c.drift.bins).toBe(20);
    expect(c.columns.prediction).toBe('pred');
  });
});

describe('bad configuration files: one line naming key, value and expectation', () => {
  it.each([...BAD_FILE, ...BAD_CROSS_KEY])('%s', (_name, yaml, message) => {
    // the bad part is added to a valid minimal config, so only it can cause the error
    const record: unknown = parse(yaml);
    const full =
      record !== null && typeof record === 'object' && !Array.isArray(record)
        ? {
            ...MIN,
            ...record,
            columns: { target: 'label', ...((record as { columns?: object }).columns ?? {}) },
          }
        : record;
    expect(configMessage(() => fromRecord(full))).toBe(message);
  });
});

describe('values that are fine', () => {
  it.each(GOOD)('%s', (_name, yaml) => {
    const record = parse(yaml) as Record<string, unknown>;
    expect(() =>
      fromRecord({ ...MIN, ...record, columns: { target: 'label', ...((record.columns as object) ?? {}) } }),
    ).not.toThrow();
  });
});

describe('required keys and bad overrides', () => {
  it.each<[string, { path: string; record: unknown } | null, ConfigOverrides, string]>([
    [
      'no task anywhere',
      { path: FILE, record: { inputs: { holdout: 'h.csv' }, columns: { target: 'y' } } },
      {},
      'model-gate.yml: task is required for performance on inputs.holdout: one of binary, multiclass, regression (set task: in the config file, or pass --task / the task input)',
    ],
    [
      'no task, no file',
      null,
      { target: 'y', holdout: 'h.csv' },
      'config task is required for performance on inputs.holdout: one of binary, multiclass, regression (set task: in the config file, or pass --task / the task input)',
    ],
    [
      'no target anywhere',
      { path: FILE, record: { task: 'binary', inputs: { holdout: 'h.csv' } } },
      {},
      'model-gate.yml: columns.target is required for performance on inputs.holdout: the name of the label column (set columns.target in the config file, or pass --target)',
    ],
    [
      'no target, no file',
      null,
      { task: 'binary', score: 'p', holdout: 'h.csv' },
      'config columns.target is required for performance on inputs.holdout: the name of the label column (set columns.target in the config file, or pass --target)',
    ],
    [
      'a blank target override does not count',
      null,
      { task: 'binary', target: ' ', holdout: 'h.csv' },
      'config columns.target is required for performance on inputs.holdout: the name of the label column (set columns.target in the config file, or pass --target)',
    ],
    [
      'a bad task override',
      null,
      { task: 'binery', target: 'y' },
      'task must be one of binary, multiclass, regression, got "binery" (did you mean \'binary\'?)',
    ],
    [
      'a bad task override over a good file',
      { path: FILE, record: MIN },
      { task: 'classification' },
      'task must be one of binary, multiclass, regression, got "classification"',
    ],
    [
      'a bad fail-on override',
      null,
      { task: 'binary', target: 'y', fail_on: 'sometimes' },
      'fail-on must be one of fail, warn, never, got "sometimes"',
    ],
    [
      'a config file outside cwd is named by its absolute path',
      { path: '/etc/gate/model-gate.yml', record: { task: 'binary', colums: {} } },
      {},
      "/etc/gate/model-gate.yml: unknown key 'colums' (did you mean 'columns'?)",
    ],
    [
      'a config file in a subfolder is named relative to cwd',
      { path: 'ci/gate.yml', record: { task: 'binary', drift: { bins: 0 } } },
      {},
      'ci/gate.yml: drift.bins must be an integer between 2 and 1000, got 0',
    ],
  ])('%s', (_name, file, overrides, message) => {
    expect(configMessage(() => resolveConfig(file, overrides, CWD))).toBe(message);
  });

  it('the file is validated even when flags would fix what is missing', () => {
    expect(configMessage(() => fromRecord({ drift: { bins: 1 } }, { task: 'binary', target: 'y' }))).toBe(
      'model-gate.yml: drift.bins must be an integer between 2 and 1000, got 1',
    );
  });
});
