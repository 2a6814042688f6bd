/**
 * What the action knows about the workflow run, read once from the runner's environment variables and the
 * event payload file (GITHUB_EVENT_PATH). Only src/action/main.ts passes `process.env` in; everything else
 * receives this plain object, so tests build one by hand.
 */
import { tmpdir } from 'node:os';
import { pullRequestNumber } from '../github/event.js';

export interface ActionContext {
  /** the working directory; relative input paths resolve against it (the runner starts in the workspace) */
  cwd: string;
  eventName: string;
  /** the pull request the event is about, or null (push, schedule, workflow_dispatch, ...) */
  pullRequest: number | null;
  /** GITHUB_REPOSITORY split, or null outside a runner */
  repository: { owner: string; repo: string } | null;
  serverUrl: string;
  apiUrl: string;
  runId: number | null;
  /** ACTIONS_RUNTIME_TOKEN is set: artifacts can be uploaded */
  hasRuntimeToken: boolean;
  /** a line worth logging about how the context was read (e.g. an unreadable event file), or null */
  note: string | null;
  /** where downloads go: RUNNER_TEMP on a runner, else the system's temp folder */
  tempDir: string;
  /** the Pushgateway credentials variables (MODEL_GATE_PUSH_TOKEN, _USERNAME, _PASSWORD), as set */
  pushEnv: Readonly<Record<string, string | undefined>>;
}

export type Env = Readonly<Record<string, string | undefined>>;

export function readContext(env: Env, cwd: string, readText: (path: string) => string): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: unknown = {};
  let note: string | null = null;
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(readText(eventPath));
    } catch (e) {
      note = `the event payload ${eventPath} could not be read (${(e as Error).message.split('\n')[0]}); treating the event as having no pull request`;
    }
  }
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = owner && repo && rest.length === 0 ? { owner, repo } : null;
  const runId = Number(env.GITHUB_RUN_ID);
  return {
    cwd,
    eventName,
    pullRequest: pullRequestNumber(eventName, payload),
    repository,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runId: Number.isSafeInteger(runId) && runId > 0 ? runId : null,
    hasRuntimeToken: Boolean(env.ACTIONS_RUNTIME_TOKEN),
    note,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    pushEnv: {
      MODEL_GATE_PUSH_TOKEN: env.MODEL_GATE_PUSH_TOKEN,
      MODEL_GATE_PUSH_USERNAME: env.MODEL_GATE_PUSH_USERNAME,
      MODEL_GATE_PUSH_PASSWORD: env.MODEL_GATE_PUSH_PASSWORD,
    },
  };
}
