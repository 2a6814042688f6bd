/** The catalog: drift tests and metrics as plain data, the one source of their facts. */
export * from './drift-tests.js';
export * from './metrics.js';
