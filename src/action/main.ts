/**
 * The action's `run()`: the only file that imports @actions/core or reads process.env. It assembles the
 * context from the runner's environment, wires core's logging/outputs/summary into ActionIo, connects the
 * real GitHub services, and hands over to runAction.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { createArtifactUploader } from '../github/artifacts.js';
import { createOctokitCommentClient } from '../github/octokit-client.js';
import { createOctokitRunsClient } from '../github/runs.js';
import { readContext } from './context.js';
import { runConfiguredGate } from './gate.js';
import { defaultExecutor } from '../runtime/index.js';
import { sourceDateEpoch } from '../config/source-date.js';
import { runAction, type ActionIo, type Connect } from './run-action.js';

const io: ActionIo = {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (m) => core.setFailed(m),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};

const connect: Connect = (settings, context) => {
  const github =
    settings.githubToken !== '' && context.repository !== null
      ? {
          token: settings.githubToken,
          owner: context.repository.owner,
          repo: context.repository.repo,
          apiUrl: context.apiUrl,
          onRetry: (m: string) => core.debug(m),
        }
      : null;
  return {
    comments: github ? createOctokitCommentClient(github) : null,
    artifacts: context.hasRuntimeToken ? createArtifactUploader() : null,
    runs: github && settings.baselineFrom !== null ? createOctokitRunsClient(github) : null,
  };
};

export async function run(): Promise<void> {
  const context = readContext(process.env, process.cwd(), (path) => readFileSync(path, 'utf8'));
  const executor = defaultExecutor();
  await runAction(
    (name) => core.getInput(name),
    context,
    io,
    connect,
    (settings, cwd, search) =>
      runConfiguredGate(settings, cwd, executor, sourceDateEpoch(process.env.SOURCE_DATE_EPOCH), search),
  );
}
