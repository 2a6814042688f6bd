/**
 * Reading a profile file (contract/profile.ts): a path ending in `.json` (or `.json.gz`) given as
 * `reference` or `current` is a profile. Every problem is one input error naming the file and, where
 * there is one, the feature: not JSON (a truncated file), another kind of JSON, another schemaVersion,
 * a field of the wrong type, arrays that do not line up (counts against edges, values or categories; a
 * sketch's three arrays), counts that do not add up to the rows, a sketch that is not a bracket.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import {
  PROFILE_KIND,
  PROFILE_SCHEMA_VERSION,
  profileSchema,
  type Profile,
  type ProfileFeature,
} from '../contract/profile.js';
import { inputError } from '../errors.js';

/** a reference or current path naming a profile rather than rows */
export function isProfilePath(path: string): boolean {
  return /\.json(\.gz)?$/i.test(path);
}

function featureProblem(f: ProfileFeature, rows: number): string | null {
  if (f.count + f.missing !== rows)
    return `count ${f.count} + missing ${f.missing} is not the profile's ${rows} rows`;
  if (f.kind === 'categorical') {
    if (f.counts.length !== f.categories.length)
      return `${f.counts.length} counts for ${f.categories.length} categories`;
    if (f.extra.counts.length !== f.extra.categories.length)
      return 'extra.counts and extra.categories differ in length';
    const listed = f.counts.reduce((a, b) => a + b, 0);
    if (listed + f.other !== f.count)
      return `category counts ${listed} + other ${f.other} are not the count ${f.count}`;
    return null;
  }
  const cells = f.layout === 'quantiles' ? f.edges.length + 1 : 2 * f.values.length + 1;
  if (f.counts.length !== cells)
    return `${f.counts.length} counts where its ${f.layout === 'quantiles' ? `${f.edges.length} edges give` : `${f.values.length} values give`} ${cells} cells`;
  const inCells = f.counts.reduce((a, b) => a + b, 0);
  if (inCells !== f.count) return `its cell counts add up to ${inCells}, not its count ${f.count}`;
  const s = f.sketch;
  if (s.lower.length !== s.points.length || s.upper.length !== s.points.length)
    return 'sketch.points, sketch.lower and sketch.upper differ in length';
  for (let j = 0; j < s.points.length; j++) {
    if (j > 0 && !(s.points[j]! > s.points[j - 1]!)) return 'sketch.points do not ascend';
    if (s.lower[j]! > s.upper[j]! || s.upper[j]! > f.count)
      return `sketch bounds at point ${j} are not a bracket`;
  }
  return null;
}

/** a parsed JSON value checked as a profile; `path` names it in messages */
export function checkProfile(value: unknown, path: string): Profile {
  const head = value as { kind?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.kind !== PROFILE_KIND)
    throw inputError(`profile ${path} is not a model-gate profile (expected "kind": "${PROFILE_KIND}")`);
  if (head.schemaVersion !== PROFILE_SCHEMA_VERSION)
    throw inputError(
      `profile ${path} has schemaVersion ${JSON.stringify(head.schemaVersion)}; this model-gate reads schemaVersion ${PROFILE_SCHEMA_VERSION} (recompute it with this version's model-gate profile)`,
    );
  const parsed = profileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path;
    const features = (value as { features?: unknown }).features;
    let where = at.map(String).join('.');
    if (at[0] === 'features' && typeof at[1] === 'number' && Array.isArray(features)) {
      const name = (features[at[1]] as { name?: unknown } | undefined)?.name;
      where = `feature ${typeof name === 'string' ? `'${name}'` : `#${at[1] + 1}`}: ${at.slice(2).map(String).join('.')}`;
    }
    throw inputError(`profile ${path}: ${where}: ${issue.message}`);
  }
  const profile = parsed.data as Profile;
  const seen = new Set<string>();
  for (const f of profile.features as ProfileFeature[]) {
    if (seen.has(f.name)) throw inputError(`profile ${path}: feature '${f.name}' appears twice`);
    seen.add(f.name);
    const problem = featureProblem(f, profile.rows);
    if (problem) throw inputError(`profile ${path}: feature '${f.name}': ${problem}`);
  }
  return profile;
}

export async function readProfile(path: string): Promise<Profile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw inputError(
      code === 'ENOENT'
        ? `profile ${path} does not exist`
        : `profile ${path} cannot be read (${code ?? String(e)})`,
    );
  }
  let text: string;
  try {
    text = (/\.gz$/i.test(path) ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch {
    throw inputError(`profile ${path} is not a gzip file`);
  }
  if (text.trim() === '') throw inputError(`profile ${path} is empty`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw inputError(`profile ${path} is not valid JSON (truncated?): ${(e as Error).message}`);
  }
  return checkProfile(value, path);
}

/** writes `text` to `path` whole or not at all (a sibling temp file, then rename) */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw inputError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
