/**
 * The gate as the CLI runs it, for the action's settings: the config file (the `config` input, else
 * ./model-gate.yml or ./model-gate.yaml) read by the same reader, the inputs applied as overrides by the
 * same resolveConfig, then runGate on the executor the entry injects. Errors are the CLI's GateErrors, word for word.
 */
import { resolveConfig } from '../config/resolve.js';
import { runGate } from '../gate/run.js';
import { findDefaultConfig, readConfigFile } from '../io/config-file.js';
import { outsideWorkspace } from '../io/workspace.js';
import { INPUT_ROLES } from '../contract/kinds.js';
import { displayPath } from '../contract/display-path.js';
import { inputError } from '../errors.js';
import type { Executor } from '../contract/executor.js';
import type { ActionSettings } from './inputs.js';
import type { GateOutcome } from './run-action.js';
import { NO_BASELINE_SEARCH, type BaselineSearch } from './baseline-from.js';

export async function runConfiguredGate(
  settings: ActionSettings,
  cwd: string,
  executor: Executor,
  now?: Date,
  search: BaselineSearch = NO_BASELINE_SEARCH,
): Promise<GateOutcome> {
  const path = settings.configPath ?? findDefaultConfig(cwd);
  const guard = !settings.allowOutsideWorkspace;
  if (guard && path !== null) refuseOutside([['config', path]], cwd);
  const file = path === null ? null : readConfigFile(path, cwd);
  const config = resolveConfig(file, settings.overrides, cwd);
  if (guard)
    refuseOutside(
      INPUT_ROLES.flatMap((role) => (config.inputs[role] ? [[`inputs.${role}`, config.inputs[role]!]] : [])),
      cwd,
    );
  const report = await runGate(config, {
    gateId: settings.gateId,
    cwd,
    executor,
    now,
    baselineRun: search.baseline,
    history: search.history,
  });
  return { report, failOn: config.fail_on };
}

/**
 * Files outside the workspace are refused unless allow-outside-workspace is true: a config edited in a
 * pull request (or run by pull_request_target with the base's secrets) could otherwise name a file anywhere
 * on the runner and have its values copied into the report and the PR comment.
 */
function refuseOutside(files: readonly (readonly [string, string])[], workspace: string): void {
  for (const [what, path] of files) {
    const real = outsideWorkspace(path, workspace);
    if (real !== null)
      throw inputError(
        `${what} '${displayPath(path, workspace)}' is outside the workspace ${workspace} (it resolves to ${real}); set the action input allow-outside-workspace: true to read it`,
      );
  }
}
