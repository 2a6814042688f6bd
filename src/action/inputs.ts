/**
 * The action's inputs (action.yml), parsed once into a typed settings object. Pure: it reads inputs through
 * the `getInput` accessor (core.getInput in main.ts, a table in tests) and never touches the environment.
 * The data inputs (config, holdout, baseline, reference, current, task, fail-on) are not judged here: they
 * become ConfigOverrides and go through resolveConfig exactly like the CLI's flags, with the same messages.
 * Problems with the action's own inputs are usage errors naming the input, the value and the expectation.
 */
import { resolve } from 'node:path';
import type { ConfigOverrides } from '../config/resolve.js';
import { usageError } from '../errors.js';
import { ARTIFACT_NAME_FORBIDDEN } from '../github/artifacts.js';
import { GATE_ID_PATTERN } from '../contract/comment-marker.js';
import { DEFAULT_PUSH_JOB, parseLabel, type PushSettings } from '../prometheus/push.js';

/** returns the input's value, '' when not set (as core.getInput does, trimmed) */
export type GetInput = (name: string) => string;

export interface ActionSettings {
  /** absolute path of the config file; null = look for ./model-gate.yml or ./model-gate.yaml */
  configPath: string | null;
  overrides: ConfigOverrides;
  /** '' when not available */
  githubToken: string;
  gateId: string;
  comment: boolean;
  /** absolute */
  reportDir: string;
  /** '' disables the upload */
  artifactName: string;
  summary: boolean;
  /** read data and config files outside the workspace (default false: refused, see io/workspace.ts) */
  allowOutsideWorkspace: boolean;
  /** the Pushgateway push (inputs push-gateway, push-job, push-labels), or null */
  push: PushSettings | null;
  /** the `pull-request` input; null = the pull request of the triggering event */
  pullRequest: number | null;
  /** baseline-from: the branch whose last green run gives the baseline; null = off */
  baselineFrom: string | null;
  /** baseline-history: green runs read for the trend of the gated metrics (the baseline's included) */
  baselineHistory: number;
  /** store-predictions: copy the holdout file into the report folder for a later run's baseline-from */
  storePredictions: boolean;
}

/**
 * The defaults action.yml declares (the runner passes them; these apply when the action runs without the
 * runner filling them in, e.g. `node dist/action.js` by hand). test/action/action-yml.test.ts keeps them
 * equal to action.yml. `github-token` defaults to `${{ github.token }}` there, which only the runner knows.
 */
export const INPUT_DEFAULTS = {
  'gate-id': 'default',
  comment: 'true',
  'report-dir': 'model-gate-report',
  summary: 'true',
  'allow-outside-workspace': 'false',
  'push-job': DEFAULT_PUSH_JOB,
  'baseline-history': '10',
  'store-predictions': 'true',
} as const;
// artifact-name has no fallback here: action.yml's default is `model-gate-report`, and an empty value
// (whether set so or not filled in) disables the upload.

/** the inputs that become ConfigOverrides, by input name */
const OVERRIDE_INPUTS = {
  holdout: 'holdout',
  baseline: 'baseline',
  reference: 'reference',
  current: 'current',
  serving: 'serving',
  task: 'task',
  'fail-on': 'fail_on',
} as const satisfies Record<string, keyof ConfigOverrides>;

/** YAML 1.2 core schema booleans, as the runner passes them; anything else is an error */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function parseBoolean(name: string, raw: string): boolean {
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw usageError(`input ${name} must be true or false, got '${raw}'`);
}

export function parseInputs(getInput: GetInput, cwd: string): ActionSettings {
  const value = (name: string): string => getInput(name).trim();
  const withDefault = (name: keyof typeof INPUT_DEFAULTS): string => value(name) || INPUT_DEFAULTS[name];

  const overrides: ConfigOverrides = {};
  for (const [input, key] of Object.entries(OVERRIDE_INPUTS)) {
    const v = value(input);
    if (v !== '') overrides[key] = v;
  }

  const gateId = withDefault('gate-id');
  if (!GATE_ID_PATTERN.test(gateId)) {
    throw usageError(
      `input gate-id must be 1-64 letters, digits, '.', '_' or '-' starting with a letter or digit, got '${gateId}'`,
    );
  }

  const artifactName = value('artifact-name');
  const bad = ARTIFACT_NAME_FORBIDDEN.find((c) => artifactName.includes(c));
  if (bad !== undefined) {
    throw usageError(
      `input artifact-name must not contain ${JSON.stringify(bad)}, got ${JSON.stringify(artifactName)}`,
    );
  }

  const pr = value('pull-request');
  let pullRequest: number | null = null;
  if (pr !== '') {
    if (!/^[1-9][0-9]{0,9}$/.test(pr)) {
      throw usageError(`input pull-request must be a pull request number (a positive integer), got '${pr}'`);
    }
    pullRequest = Number(pr);
  }

  const history = withDefault('baseline-history');
  if (!/^(0|[1-9][0-9]?|100)$/.test(history)) {
    throw usageError(`input baseline-history must be an integer between 0 and 100, got '${history}'`);
  }
  const from = value('baseline-from');
  if (from !== '' && !/^[^\s~^:?*[\\]+$/.test(from)) {
    throw usageError(`input baseline-from must be a branch name, got '${from}'`);
  }

  const config = value('config');
  return {
    configPath: config === '' ? null : resolve(cwd, config),
    overrides,
    githubToken: value('github-token'),
    gateId,
    comment: parseBoolean('comment', withDefault('comment')),
    reportDir: resolve(cwd, withDefault('report-dir')),
    artifactName,
    summary: parseBoolean('summary', withDefault('summary')),
    allowOutsideWorkspace: parseBoolean('allow-outside-workspace', withDefault('allow-outside-workspace')),
    push: pushSettings(value('push-gateway'), withDefault('push-job'), value('push-labels')),
    pullRequest,
    baselineFrom: from === '' ? null : from,
    baselineHistory: Number(history),
    storePredictions: parseBoolean('store-predictions', withDefault('store-predictions')),
  };
}

/** push-labels: one name=value per line or comma-separated */
function pushSettings(url: string, job: string, labels: string): PushSettings | null {
  if (url === '') return null;
  const parsed: Record<string, string> = {};
  for (const item of labels
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean)) {
    const [name, v] = parseLabel(item, 'input push-labels');
    parsed[name] = v;
  }
  return { url, job, labels: parsed };
}
