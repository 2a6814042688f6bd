/**
 * The gate as the CLI runs it, for the action's settings: the config file (the `config` input, else
 * ./model-gate.yml or ./model-gate.yaml) read by the same reader, the inputs applied as overrides by the
 * same resolveConfig, then runGate on the executor the entry injects. Errors are the CLI's GateErrors, word for word.
 */
import { resolveConfig } from '../config/resolve.js';
import { runGate } from '../gate/run.js';
import { findDefaultConfig, readConfigFile } from '../io/config-file.js';
import type { Executor } from '../contract/executor.js';
import type { ActionSettings } from './inputs.js';
import type { GateOutcome } from './run-action.js';

export async function runConfiguredGate(
  settings: ActionSettings,
  cwd: string,
  executor: Executor,
  now?: Date,
): Promise<GateOutcome> {
  const path = settings.configPath ?? findDefaultConfig(cwd);
  const file = path === null ? null : readConfigFile(path, cwd);
  const config = resolveConfig(file, settings.overrides, cwd);
  const report = await runGate(config, { gateId: settings.gateId, cwd, executor, now });
  return { report, failOn: config.fail_on };
}
