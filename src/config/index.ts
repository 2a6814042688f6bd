/** The configuration module's public API (DESIGN §2). */
export type { Config, MetricRule, DriftFeatureSetting, FailOn } from './types.js';
export type { Task, Severity, InputRole } from '../contract/kinds.js';
export { INPUT_ROLES } from '../contract/kinds.js';
export { resolveConfig, type ConfigOverrides, type ConfigFileRecord } from './resolve.js';
export {
  DRIFT_METHOD_IDS,
  DRIFT_TEST_IDS,
  P_VALUE_DRIFT_TESTS,
  DEFAULTS,
  SEVERITIES,
  FAIL_ON,
  type DriftMethodId,
} from './schema.js';
export { TASKS } from '../contract/kinds.js';
export { configJsonSchema, renderConfigSchema } from './json-schema.js';
