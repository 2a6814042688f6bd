/**
 * Profiles as `reference` or `current` (issue 13): the profile file read into a stand-in table (its
 * features as empty columns, so src/prepare/features.ts plans features, kinds and schema differences as
 * for rows), then each planned feature analysed from two sides on the reference's layout
 * (drift/profile-analyse.ts). A side given as rows is summarised exactly on that layout.
 *
 * The layout comes from the reference: a reference profile's own, or the one raw reference rows give. A
 * current profile must have been computed on it — the same edges, values or categories — else the edges
 * differ and the feature would be compared bin by bin on other bins: one input error naming the file and
 * the feature. drift.bins must divide the profile's fine bins (the drift bins are unions of fine bins).
 */
import type { Config } from '../config/types.js';
import type { CategoricalProfile, NumericProfile, Profile } from '../contract/profile.js';
import type { Column, Table } from '../contract/table.js';
import type { CategoricalTask, FeatureAnalysis, NumericTask } from '../drift/analyse.js';
import { analyseCategoricalProfiled, analyseNumericProfiled } from '../drift/profile-analyse.js';
import {
  categoricalSideFromProfile,
  categoricalSideFromSample,
  categoriesOfSample,
  finiteSorted,
  layoutOfSample,
  numericSideFromProfile,
  numericSideFromSample,
  type CategoricalSideData,
  type NumericLayout,
  type NumericSideData,
} from '../drift/profile-side.js';
import { configError, inputError } from '../errors.js';
import { isProfilePath, readProfile } from '../io/profile-file.js';
import { displayPath } from '../contract/display-path.js';
import type { InputRole } from '../contract/kinds.js';
import { layoutOfProfile } from '../profile/build.js';

/**
 * a profile as a table of empty stand-in columns (kinds and names only), carrying the profile; a
 * categorical feature whose categories are all integers stands for an integer column (so numbers on the
 * other side are its categories, as on rows, not a kind change)
 */
export function profileTable(profile: Profile, path: string): Table {
  const columns = new Map<string, Column>();
  for (const f of profile.features)
    columns.set(
      f.name,
      f.kind === 'numerical'
        ? {
            kind: 'numerical',
            name: f.name,
            source: 'float',
            values: new Float64Array(0),
            nonFinite: f.nonFinite,
          }
        : {
            kind: 'categorical',
            name: f.name,
            source:
              f.categories.length > 0 && f.categories.every((c) => /^-?\d+$/.test(c)) ? 'integer' : 'string',
            codes: new Int32Array(0),
            dictionary: f.categories,
          },
    );
  return {
    path,
    format: 'profile',
    rows: profile.rows,
    columnNames: profile.features.map((f) => f.name),
    columns,
    profile,
  };
}

export async function readProfileTable(path: string, role: 'reference' | 'current'): Promise<Table> {
  const profile = await readProfile(path);
  if (role === 'reference' && profile.source.onReference)
    throw inputError(
      `profile ${path} was computed on another reference profile's edges; as the reference give a reference profile (model-gate profile without --reference-profile)`,
    );
  return profileTable(profile, path);
}

function feature<T extends 'numerical' | 'categorical'>(table: Table, name: string, kind: T) {
  const f = table.profile?.features.find((x) => x.name === name);
  if (!f) return null;
  if (f.kind !== kind)
    throw inputError(
      `profile ${table.path}: feature '${name}' is ${f.kind} there and ${kind} in the gate (a configured kind?)`,
    );
  return f as T extends 'numerical' ? NumericProfile : CategoricalProfile;
}

const show = (x: number | string | undefined): string => (x === undefined ? 'absent' : String(x));

/** the first difference between two layouts, or null */
function layoutDifference(a: NumericLayout, b: NumericLayout): string | null {
  if (a.layout !== b.layout) return `bins on the reference's ${a.layout} there, on its ${b.layout} here`;
  const x = a.layout === 'quantiles' ? a.edges : a.values;
  const y = b.layout === 'quantiles' ? b.edges : (b as { values: number[] }).values;
  const word = a.layout === 'quantiles' ? 'edge' : 'value';
  for (let j = 0; j < Math.max(x.length, y.length); j++)
    if (x[j] !== y[j]) return `${word} ${j + 1} is ${show(x[j])} there and ${show(y[j])} in the reference`;
  if (a.min !== b.min || a.max !== b.max)
    return `the reference range is [${a.min}, ${a.max}] there and [${b.min}, ${b.max}] in the reference`;
  return null;
}

function otherEdges(path: string, name: string, why: string): Error {
  return inputError(
    `profile ${path} was computed on other edges than the reference's (feature '${name}': ${why}); recompute it with --reference-profile on this reference`,
  );
}

function numericSides(
  config: Config,
  task: NumericTask,
  reference: Table,
  current: Table,
): { layout: NumericLayout; reference: NumericSideData; current: NumericSideData } {
  const refProfile = feature(reference, task.name, 'numerical');
  const curProfile = feature(current, task.name, 'numerical');
  const fineBins = (reference.profile ?? current.profile)!.fineBins;
  if (fineBins % task.bins !== 0)
    throw configError(
      `drift.bins ${task.bins} does not divide the ${fineBins} fine bins of profile ${(reference.profile ? reference : current).path}; use a drift.bins that divides it, or recompute the profiles with --fine-bins ${task.bins * Math.ceil(fineBins / task.bins)}`,
    );
  const sortedRef = refProfile ? null : finiteSorted(task.reference);
  const layout = refProfile ? layoutOfProfile(refProfile) : layoutOfSample(sortedRef!, fineBins);
  if (curProfile) {
    const why = layoutDifference(layoutOfProfile(curProfile), layout);
    if (why) throw otherEdges(current.path, task.name, why);
  }
  const nonFinite = (t: Table): number => {
    const c = t.columns.get(task.name);
    return c?.kind === 'numerical' ? c.nonFinite : 0;
  };
  return {
    layout,
    reference: refProfile
      ? numericSideFromProfile(refProfile, reference.rows)
      : numericSideFromSample(sortedRef!, reference.rows, nonFinite(reference), layout),
    current: curProfile
      ? numericSideFromProfile(curProfile, current.rows)
      : numericSideFromSample(finiteSorted(task.current), current.rows, nonFinite(current), layout),
  };
}

/** a profile's categorical side in the layout's order */
function categoricalSide(
  p: CategoricalProfile,
  rows: number,
  categories: readonly string[],
  path: string,
): CategoricalSideData {
  const at = new Map(p.categories.map((c, i) => [c, i]));
  const missing = categories.find((c) => !at.has(c)) ?? p.categories.find((c) => !categories.includes(c));
  if (missing !== undefined || p.categories.length !== categories.length)
    throw otherEdges(path, p.name, `category '${missing ?? '?'}' is in one list only`);
  const side = categoricalSideFromProfile(p, rows);
  return { ...side, counts: Float64Array.from(categories, (c) => p.counts[at.get(c)!]!) };
}

function categoricalSides(task: CategoricalTask, reference: Table, current: Table) {
  const refProfile = feature(reference, task.name, 'categorical');
  const curProfile = feature(current, task.name, 'categorical');
  const categories = refProfile
    ? refProfile.categories
    : categoriesOfSample(task.reference.codes, task.reference.dictionary);
  const side = (
    p: CategoricalProfile | null,
    t: Table,
    s: CategoricalTask['reference'],
  ): CategoricalSideData =>
    p
      ? categoricalSide(p, t.rows, categories, t.path)
      : categoricalSideFromSample(s.codes, s.dictionary, categories);
  return {
    categories,
    reference: side(refProfile, reference, task.reference),
    current: side(curProfile, current, task.current),
  };
}

/**
 * two profiles carry the same features (a current profile is computed on every feature of its reference
 * profile; one missing means it was computed on another reference, or its file was cut)
 */
export function checkProfilePair(reference: Table, current: Table): void {
  if (!reference.profile || !current.profile) return;
  const cur = new Set(current.columnNames);
  const ref = new Set(reference.columnNames);
  const lost = reference.columnNames.find((n) => !cur.has(n));
  if (lost !== undefined)
    throw inputError(
      `profile ${current.path} has no feature '${lost}', which reference profile ${reference.path} has; recompute it with --reference-profile ${reference.path}`,
    );
  const extra = current.columnNames.find((n) => !ref.has(n));
  if (extra !== undefined)
    throw inputError(
      `profile ${current.path} has a feature '${extra}' that reference profile ${reference.path} has not; recompute it with --reference-profile ${reference.path}`,
    );
}

/** the analyses of the planned tasks, in their order, when a side is a profile */
export function profiledAnalyses(
  config: Config,
  numeric: readonly NumericTask[],
  categorical: readonly CategoricalTask[],
  reference: Table,
  current: Table,
): { numeric: FeatureAnalysis[]; categorical: FeatureAnalysis[] } {
  return {
    numeric: numeric.map((t) =>
      analyseNumericProfiled({ ...t, ...numericSides(config, t, reference, current) }),
    ),
    categorical: categorical.map((t) =>
      analyseCategoricalProfiled({ ...t, ...categoricalSides(t, reference, current) }),
    ),
  };
}

/**
 * a reference or current profile read into `into`, its errors naming the file as typed (`typed`: the
 * gate's asTyped); false for other inputs
 */
export async function takeProfile(
  role: InputRole,
  path: string,
  cwd: string | undefined,
  typed: (path: string, cwd: string | undefined, read: () => Promise<Table>) => Promise<Table>,
  into: Record<'profiles' | 'names' | 'nested', Partial<Record<InputRole, unknown>>>,
): Promise<boolean> {
  if ((role !== 'reference' && role !== 'current') || !isProfilePath(path)) return false;
  const t = await typed(path, cwd, () => readProfileTable(path, role));
  into.profiles[role] = { ...t, path: displayPath(path, cwd) };
  [into.names[role], into.nested[role]] = [t.columnNames, []];
  return true;
}

/** the table when it holds rows; null for a profile or no input (the sections that need rows skip) */
export function rowsOf(table: Table | undefined): Table | null {
  return table && !table.profile ? table : null;
}
