/**
 * report.settings: the resolved configuration plus every constant the computations used (STYLE habit 5),
 * so a reader of the report can reproduce each number. Paths are shown as everywhere else
 * (contract/display-path.ts): relative to the working folder when inside it.
 */
import { displayPath } from '../contract/display-path.js';
import type { Config } from '../config/types.js';
import { DRIFT_CONSTANTS } from '../drift/index.js';
import { PERFORMANCE_CONSTANTS } from '../metrics/settings.js';

export function describeSettings(config: Config, cwd?: string): Record<string, unknown> {
  const show = (p: string): string => displayPath(p, cwd);
  const inputs: Record<string, string> = {};
  for (const [role, path] of Object.entries(config.inputs)) if (path) inputs[role] = show(path);
  return {
    ...(JSON.parse(JSON.stringify(config)) as Record<string, unknown>),
    configPath: config.configPath ? show(config.configPath) : null,
    inputs,
    constants: { performance: PERFORMANCE_CONSTANTS, drift: DRIFT_CONSTANTS },
  };
}
