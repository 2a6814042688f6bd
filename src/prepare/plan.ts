/**
 * The read plan: which columns to read from each input file, and with which forced kinds. Performance
 * columns (holdout, baseline, labelled current) come from `performanceColumns`, the drift side (reference,
 * current) from `driftReadPlan`; `mergePlans` joins them for a current file that serves both. Pure: takes
 * column names, returns names and kinds.
 */
import type { ColumnKind } from '../contract/kinds.js';
import type { Config, PerformanceConfig } from '../config/types.js';

/** the inputs performance reads */
export type PerformanceRole = 'holdout' | 'baseline' | 'current';

export interface ReadPlan {
  columns: string[];
  kinds: Record<string, ColumnKind>;
  /** id columns, read so that integers stay exact (ReadOptions.exact) */
  exact?: string[];
}

/** the probability columns of a table: class label (as written) → column name */
export function probabilityColumns(
  config: PerformanceConfig,
  available: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  const { scores, scores_prefix: prefix } = config.columns;
  if (scores) {
    for (const [label, column] of Object.entries(scores)) out.set(label, column);
  } else if (prefix) {
    const taken = new Set([config.columns.target, config.columns.prediction, config.columns.id]);
    for (const name of available) {
      if (name.startsWith(prefix) && name.length > prefix.length && !taken.has(name)) {
        out.set(name.slice(prefix.length), name);
      }
    }
  }
  return out;
}

/**
 * Which columns performance reads from a file, and with which kinds: the target (categorical for
 * classification, numerical for regression), the prediction (same kind as the target), the score or
 * probability columns (numerical), the id (holdout and baseline; its kind as read: numbers pair as
 * numbers, anything else as text) and the segment columns (categorical; holdout). Optional columns absent
 * from the file are left out; when the holdout or baseline holds none of the model's outputs the configured
 * ones are listed anyway, so the reader reports the missing column (for `current` they are optional: production performance is then skipped with a note).
 */
export function performanceColumns(
  config: PerformanceConfig,
  role: PerformanceRole,
  available: readonly string[],
): ReadPlan {
  const { task, columns: c } = config;
  const has = new Set(available);
  const labelKind: ColumnKind = task === 'regression' ? 'numerical' : 'categorical';
  const kinds: Record<string, ColumnKind> = {};
  const columns = new Set<string>();
  const add = (name: string, kind: ColumnKind | null): void => {
    columns.add(name);
    if (kind) kinds[name] = kind;
  };
  if (role !== 'baseline' || has.has(c.target)) add(c.target, labelKind);

  const outputs: [string, ColumnKind][] = [];
  if (c.prediction) outputs.push([c.prediction, labelKind]);
  if (task === 'binary' && c.score) outputs.push([c.score, 'numerical']);
  if (task === 'multiclass')
    for (const col of probabilityColumns(config, available).values()) outputs.push([col, 'numerical']);
  const present = outputs.filter(([name]) => has.has(name));
  const probabilities = task === 'multiclass' ? [...probabilityColumns(config, available).values()] : [];
  // a configured probability map must be complete: list all of it so a missing column is reported
  const partialProba =
    config.columns.scores !== null &&
    probabilities.some((p) => !has.has(p)) &&
    probabilities.some((p) => has.has(p));
  // the current file's outputs are optional (production performance is then skipped with a note)
  const listAll = role !== 'current' && (present.length === 0 || partialProba);
  for (const [name, kind] of listAll ? outputs : present) add(name, kind);

  // ids keep the kind read from the file: numbers pair as numbers, anything else as text (pairRows)
  if (c.id && role !== 'current') add(c.id, null);
  const exact = c.id && role !== 'current' ? [c.id] : [];
  if (role === 'holdout') for (const s of c.segments) add(s, 'categorical');
  return { columns: [...columns], kinds, ...(exact.length > 0 ? { exact } : {}) };
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
  const exact = [...new Set([...(a.exact ?? []), ...(b.exact ?? [])])];
  return {
    columns: [...new Set([...a.columns, ...b.columns])],
    kinds: { ...a.kinds, ...b.kinds },
    ...(exact.length > 0 ? { exact } : {}),
  };
}
