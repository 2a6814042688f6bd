/**
 * The shared kinds every layer speaks in (DESIGN §1, §2): the kind of a column, the format of a file, the
 * task, a check's severity, the input roles. Plain types and their value lists; this file imports nothing.
 */

/** what a column is to the tests: numbers (Float64Array) or categories (dictionary codes) */
export type ColumnKind = 'numerical' | 'categorical';

/** 'profile': a profile file (contract/profile.ts) read as reference or current */
export type FileFormat = 'parquet' | 'csv' | 'jsonl' | 'profile';

export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export type Task = (typeof TASKS)[number];

export type Severity = 'fail' | 'warn';

/** how intervals are computed (config performance.intervals; src/metrics/intervals.ts) */
export const INTERVAL_SETTINGS = ['auto', 'bootstrap'] as const;
export type IntervalSetting = (typeof INTERVAL_SETTINGS)[number];

export type InputRole = 'holdout' | 'baseline' | 'reference' | 'current' | 'serving';
export const INPUT_ROLES: readonly InputRole[] = ['holdout', 'baseline', 'reference', 'current', 'serving'];
