/**
 * Which columns to read from the reference and current files, and with which forced kinds. Performance
 * columns (holdout, baseline, labelled current) are planned by `performanceColumns` in ./performance.ts;
 * this file plans the drift side. Pure: takes column names, returns names and kinds.
 */
import type { Config } from '../config/types.js';
import type { ColumnKind } from '../contract/kinds.js';

export interface ReadPlan {
  columns: string[];
  kinds: Record<string, ColumnKind>;
}

/** kinds the configuration forces, by column name (features lists and drift.features.<name>.kind) */
export function configuredKinds(config: Config): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = {};
  for (const name of config.columns.features.numerical ?? []) kinds[name] = 'numerical';
  for (const name of config.columns.features.categorical ?? []) kinds[name] = 'categorical';
  for (const [name, setting] of Object.entries(config.drift.features))
    if (setting.kind) kinds[name] = setting.kind;
  return kinds;
}

/** the kind a model output column is compared with for prediction drift */
export function outputKinds(config: Config): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = {};
  if (config.columns.score) kinds[config.columns.score] = 'numerical';
  if (config.columns.prediction)
    kinds[config.columns.prediction] = config.task === 'regression' ? 'numerical' : 'categorical';
  for (const col of Object.values(config.columns.scores ?? {})) kinds[col] = 'numerical';
  return kinds;
}

/**
 * Drift side of one file: when features are inferred (the default: shared columns of reference and
 * current), every column but `columns.features.exclude` and the nested ones (lists, maps, structs — no
 * reader reads them; drift reports them as skipped); else the configured features plus the model output
 * columns present (a configured nested feature is then read, and is an input error naming it).
 */
export function driftReadPlan(
  config: Config,
  available: readonly string[],
  nested: readonly string[] = [],
): ReadPlan {
  const outputs = outputKinds(config);
  const kinds = { ...configuredKinds(config), ...outputs };
  const listed = config.columns.features.numerical !== null || config.columns.features.categorical !== null;
  const wanted = listed
    ? [
        ...(config.columns.features.numerical ?? []),
        ...(config.columns.features.categorical ?? []),
        ...Object.keys(outputs),
      ]
    : available.filter(
        (c) => c in outputs || !(config.columns.features.exclude.includes(c) || nested.includes(c)),
      );
  const present = new Set(available);
  // configured features absent from a file are a schema finding (quality), not a read error
  const columns = [...new Set(wanted)].filter((c) => present.has(c));
  const used: Record<string, ColumnKind> = {};
  for (const c of columns) if (kinds[c]) used[c] = kinds[c];
  return { columns, kinds: used };
}

/** merges two plans for one file; a kind forced by both must agree (performance wins otherwise) */
export function mergePlans(a: ReadPlan, b: ReadPlan): ReadPlan {
  return { columns: [...new Set([...a.columns, ...b.columns])], kinds: { ...a.kinds, ...b.kinds } };
}
