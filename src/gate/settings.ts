/**
 * report.settings: the resolved configuration plus every constant the computations used (STYLE habit 5),
 * so a reader of the report can reproduce each number. Paths are shown relative to the working folder
 * when one is given, so reports do not depend on where a checkout lives.
 */
import { relative } from 'node:path';
import type { Config } from '../config/types.js';
import { DRIFT_CONSTANTS } from '../drift/index.js';
import { PERFORMANCE_CONSTANTS } from '../metrics/settings.js';

export function describeSettings(config: Config, cwd?: string): Record<string, unknown> {
  const show = (p: string): string => (cwd ? relative(cwd, p) || '.' : p);
  const inputs: Record<string, string> = {};
  for (const [role, path] of Object.entries(config.inputs)) if (path) inputs[role] = show(path);
  return {
    ...(JSON.parse(JSON.stringify(config)) as Record<string, unknown>),
    configPath: config.configPath ? show(config.configPath) : null,
    inputs,
    constants: { performance: PERFORMANCE_CONSTANTS, drift: DRIFT_CONSTANTS },
  };
}
