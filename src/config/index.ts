/** The configuration module's public API (DESIGN §2). */
export type { Config, MetricRule, DriftFeatureSetting, Task, Severity, FailOn, InputRole } from './types.js';
export { INPUT_ROLES } from './types.js';
export { resolveConfig, type ConfigOverrides, type ConfigFileRecord } from './resolve.js';
export {
  DRIFT_METHOD_IDS,
  DRIFT_TEST_IDS,
  P_VALUE_DRIFT_TESTS,
  DEFAULTS,
  TASKS,
  SEVERITIES,
  FAIL_ON,
  type DriftMethodId,
} from './schema.js';
export { configJsonSchema, renderConfigSchema } from './json-schema.js';
