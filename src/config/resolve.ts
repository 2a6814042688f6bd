/**
 * resolveConfig: the one pure function that turns the YAML record (if any) plus flags / action inputs into
 * the typed, validated Config (DESIGN §2). The CLI and the action both call it; it reads no file and no
 * environment. Order:
 *   1. validate the file record against FILE_SCHEMA (defaults filled in; errors prefixed with the file),
 *   2. validate cross-key rules of the file (scores vs scores_prefix, min ≤ max, …),
 *   3. apply overrides (flags override the file; an empty string counts as not given, because the action
 *      passes '' for inputs that were not set),
 *   4. require task and columns.target,
 *   5. resolve paths: file inputs against the file's folder, override inputs against cwd.
 * Every problem is a GateError('config') with one line naming the key, the value and the expectation.
 */
import { dirname, resolve } from 'node:path';
import { displayPath } from '../contract/display-path.js';
import { configError } from '../errors.js';
import { type Config } from './types.js';
import { INPUT_ROLES, type InputRole } from '../contract/kinds.js';
import {
  FAIL_ON_SCHEMA,
  FILE_SCHEMA,
  MIN_TAIL_DRAWS,
  minResamples,
  P_VALUE_DRIFT_TESTS,
  TASK_SCHEMA,
  type DriftMethodId,
  type FileConfig,
} from './schema.js';
import { TASKS } from '../contract/kinds.js';
import { firstWithCount, formatPath, issueMessages, showValue } from './messages.js';
import type * as z from 'zod';

/**
 * Values from CLI flags or action inputs, as strings; each overrides the file. Paths are relative to `cwd`.
 * Error messages name them in kebab case (fail-on), which is both the flag (--fail-on) and the input name.
 */
export interface ConfigOverrides {
  holdout?: string;
  baseline?: string;
  reference?: string;
  current?: string;
  serving?: string;
  task?: string;
  target?: string;
  prediction?: string;
  score?: string;
  /** multiclass probability columns <prefix><class>; replaces the file's columns.scores */
  scores_prefix?: string;
  positive_label?: string;
  id?: string;
  fail_on?: string;
}

export interface ConfigFileRecord {
  /** the path the file was read from (absolute, or relative to cwd) */
  path: string;
  /** the parsed YAML; null/undefined (an empty file) means no settings */
  record: unknown;
}

const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
const optionName = (key: keyof ConfigOverrides): string => key.replace(/_/g, '-');

export function resolveConfig(
  file: ConfigFileRecord | null,
  overrides: ConfigOverrides,
  cwd: string,
): Config {
  const configPath = file === null ? null : resolve(cwd, file.path);
  const label = configPath === null ? null : displayPath(configPath, cwd);
  const prefix = label === null ? 'config ' : `${label}: `;
  const record = file === null || file.record === null || file.record === undefined ? {} : file.record;

  // 1. the file
  const parsed = FILE_SCHEMA.safeParse(record);
  if (!parsed.success) {
    const messages = issueMessages(
      parsed.error.issues,
      FILE_SCHEMA as unknown as z.ZodType,
      record,
      'the file',
    );
    throw configError(prefix + firstWithCount(messages));
  }
  const fc = parsed.data;

  // 2. cross-key rules of the file
  const crossProblem = crossKeyProblem(fc);
  if (crossProblem !== null) throw configError(prefix + crossProblem);

  // 3. overrides
  const task = given(overrides.task) ? parseOverride('task', overrides.task, TASK_SCHEMA) : fc.task;
  const failOn = given(overrides.fail_on)
    ? parseOverride('fail_on', overrides.fail_on, FAIL_ON_SCHEMA)
    : fc.fail_on;
  const col = (
    key: 'target' | 'prediction' | 'score' | 'id' | 'positive_label',
    fromFile: string | null | undefined,
  ) => {
    const v = overrides[key];
    return given(v) ? v : (fromFile ?? null);
  };
  const scoresPrefix = given(overrides.scores_prefix) ? overrides.scores_prefix : fc.columns.scores_prefix;
  const scores = given(overrides.scores_prefix) ? null : fc.columns.scores;
  const target = col('target', fc.columns.target);

  // 4. required keys: task and target only for performance (a holdout input); drift and quality need neither
  const holdout = given(overrides.holdout) || fc.inputs.holdout !== undefined;
  if (task === undefined && holdout) {
    throw configError(
      `${prefix}task is required for performance on inputs.holdout: one of ${TASKS.join(', ')} (set task: in the config file, or pass --task / the task input)`,
    );
  }
  if (target === null && holdout) {
    throw configError(
      `${prefix}columns.target is required for performance on inputs.holdout: the name of the label column (set columns.target in the config file, or pass --target)`,
    );
  }

  // 5. paths
  const inputs: Partial<Record<InputRole, string>> = {};
  const fileDir = configPath === null ? cwd : dirname(configPath);
  for (const role of INPUT_ROLES) {
    const o = overrides[role];
    const f = fc.inputs[role];
    if (given(o)) inputs[role] = resolve(cwd, o);
    else if (f !== undefined) inputs[role] = resolve(fileDir, f);
  }

  const config: Config = {
    configPath,
    inputs,
    task: task ?? null,
    columns: {
      target,
      prediction: col('prediction', fc.columns.prediction),
      score: col('score', fc.columns.score),
      scores,
      scores_prefix: scoresPrefix,
      positive_label: col('positive_label', fc.columns.positive_label),
      id: col('id', fc.columns.id),
      champion_score: fc.columns.champion_score,
      champion_prediction: fc.columns.champion_prediction,
      segments: fc.columns.segments,
      features: fc.columns.features,
    },
    decision_threshold: fc.decision_threshold,
    performance: fc.performance,
    drift: fc.drift,
    prediction_drift: fc.prediction_drift,
    quality: fc.quality,
    serving: fc.serving,
    shadow: fc.shadow,
    production: fc.production,
    fail_on: failOn,
  };
  return config;
}

function parseOverride<T>(key: keyof ConfigOverrides, value: string, schema: z.ZodType<T>): T {
  const r = schema.safeParse(value.trim());
  if (r.success) return r.data;
  const messages = issueMessages(r.error.issues, schema, value.trim(), optionName(key));
  throw configError(firstWithCount(messages));
}

/** rules that involve more than one key; null when all hold */
function crossKeyProblem(fc: FileConfig): string | null {
  const c = fc.columns;
  if (c.scores !== null && c.scores_prefix !== null) {
    return `columns.scores and columns.scores_prefix are mutually exclusive, got both (${showValue(c.scores)} and ${showValue(c.scores_prefix)}); keep one`;
  }
  const numerical = new Set(c.features.numerical ?? []);
  const both = (c.features.categorical ?? []).find((name) => numerical.has(name));
  if (both !== undefined) {
    return `columns.features lists ${showValue(both)} as both numerical and categorical; keep one`;
  }
  for (const [name, f] of Object.entries(fc.drift.features)) {
    const listed = numerical.has(name)
      ? 'numerical'
      : (c.features.categorical ?? []).includes(name)
        ? 'categorical'
        : null;
    if (f.kind !== undefined && listed !== null && f.kind !== listed) {
      return `${formatPath(['drift', 'features', name, 'kind'])} is ${f.kind} but columns.features.${listed} lists ${showValue(name)}; keep one`;
    }
  }
  for (const [id, rule] of Object.entries(fc.performance.metrics)) {
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      return `${formatPath(['performance', 'metrics', id])}: min (${rule.min}) must be ≤ max (${rule.max})`;
    }
  }
  if (fc.performance.decide_on === 'interval' && fc.performance.resamples === 0) {
    return 'performance.decide_on is interval but performance.resamples is 0 (no intervals); set resamples ≥ 1 or decide_on: point';
  }
  const fewest = minResamples(fc.performance.confidence);
  if (fc.performance.resamples > 0 && fc.performance.resamples < fewest) {
    return `performance.resamples ${fc.performance.resamples} is too few for confidence ${fc.performance.confidence}: an interval needs ${MIN_TAIL_DRAWS} resamples beyond each end, so at least ${fewest} (or 0 for no intervals)`;
  }
  const pValue = (method: DriftMethodId | undefined, threshold: number | null | undefined, key: string) =>
    method !== undefined &&
    P_VALUE_DRIFT_TESTS.includes(method) &&
    threshold !== null &&
    threshold !== undefined &&
    threshold >= 1
      ? `${key} for ${method} must be a p-value threshold between 0 and 1 (exclusive), got ${threshold}`
      : null;
  for (const [name, f] of Object.entries(fc.drift.features)) {
    const method = f.method ?? fc.drift.method;
    if (f.min_effect !== undefined && method !== 'auto' && !P_VALUE_DRIFT_TESTS.includes(method)) {
      return `${formatPath(['drift', 'features', name, 'min_effect'])} applies only to the p-value tests ${P_VALUE_DRIFT_TESTS.join(', ')}, but the feature's method is ${method} (a distance is an effect already: raise its threshold)`;
    }
  }
  const pm = fc.prediction_drift.method;
  if (fc.prediction_drift.min_effect !== null && pm !== 'auto' && !P_VALUE_DRIFT_TESTS.includes(pm)) {
    return `prediction_drift.min_effect applies only to the p-value tests ${P_VALUE_DRIFT_TESTS.join(', ')}, but prediction_drift.method is ${pm} (a distance is an effect already: raise its threshold)`;
  }
  const effectRule = effectRuleProblem(fc);
  if (effectRule !== null) return effectRule;
  const global = pValue(fc.drift.method, fc.drift.threshold, 'drift.threshold');
  if (global !== null) return global;
  for (const [name, f] of Object.entries(fc.drift.features)) {
    const method = f.method ?? fc.drift.method;
    const key =
      f.threshold !== undefined
        ? formatPath(['drift', 'features', name, 'threshold'])
        : `drift.threshold (used by ${formatPath(['drift', 'features', name, 'method'])})`;
    const problem = pValue(method, f.threshold ?? fc.drift.threshold, key);
    if (problem !== null) return problem;
  }
  return pValue(fc.prediction_drift.method, fc.prediction_drift.threshold, 'prediction_drift.threshold');
}

/**
 * drift.decide_on: effect (issue 16) decides a distance on its interval and a p-value test on significance
 * and a minimum effect, so a p-value test without a min_effect has nothing to decide the effect on
 */
function effectRuleProblem(fc: FileConfig): string | null {
  const d = fc.drift;
  const fewest = minResamples(d.interval.confidence);
  if (d.interval.resamples < fewest)
    return `drift.interval.resamples ${d.interval.resamples} is too few for confidence ${d.interval.confidence}: an interval needs ${MIN_TAIL_DRAWS} resamples beyond each end, so at least ${fewest}`;
  if (d.decide_on !== 'effect') return null;
  const isP = (m: string): m is 'ks' | 'chi2' | 'cramer_von_mises' =>
    P_VALUE_DRIFT_TESTS.includes(m as DriftMethodId);
  const advice = (m: string, key: string) =>
    `drift.decide_on is effect but ${key} is ${m}, a p-value test, with no minimum effect: set ${m === d.method ? `drift.min_effect.${m}` : `${key.replace(/\.method$/, '.min_effect')} or drift.min_effect.${m}`} (the effect below which a significant result is not drift) or choose a distance (psi, jensen_shannon, hellinger, wasserstein)`;
  if (isP(d.method) && d.min_effect?.[d.method] === undefined) return advice(d.method, 'drift.method');
  for (const [name, f] of Object.entries(d.features)) {
    const m = f.method;
    if (m === undefined || !isP(m)) continue;
    if (f.min_effect === undefined && d.min_effect?.[m] === undefined)
      return advice(m, formatPath(['drift', 'features', name, 'method']));
  }
  const pm = fc.prediction_drift.method;
  if (isP(pm) && fc.prediction_drift.min_effect === null)
    return `drift.decide_on is effect but prediction_drift.method is ${pm}, a p-value test, with no minimum effect: set prediction_drift.min_effect or choose a distance (psi, jensen_shannon, hellinger, wasserstein)`;
  return null;
}
