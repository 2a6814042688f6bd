/**
 * Turns zod issues on the configuration record into one-line messages that name the key path, the value and
 * the expectation (STYLE habit 7):
 *   performance.confidence must be a number between 0 and 1 (exclusive), got 1.5
 *   unknown key 'drift.treshold' (did you mean 'threshold'?)
 * Every leaf of src/config/schema.ts sets its issue message to its "expected" phrase; this file adds the
 * path and the offending value (read back from the raw record, so no zod input reporting is needed).
 * Issues are ordered as their keys appear in the user's file, so "the first error" is the first in the file.
 */
import * as z from 'zod';

const MAX_SHOWN = 60;

/** a value as the user would recognise it from YAML: JSON-ish, truncated when long */
export function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number')
    return Number.isNaN(v) ? '.nan' : Number.isFinite(v) ? String(v) : v > 0 ? '.inf' : '-.inf';
  if (typeof v === 'bigint') return String(v);
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}

/** key path as in the docs: performance.metrics.roc_auc.min, columns.segments[1], drift.features["a.b"] */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = String(seg);
      if (/^[A-Za-z0-9_-]+$/.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** optimal string alignment distance (Levenshtein plus adjacent transpositions) */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[m]![n]!;
}

const normalise = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The candidate the user most likely meant: same letters ignoring case, '-' and '_' (failOn, fail-on →
 * fail_on), else the unique closest one within an edit distance of a third of the longer word's length
 * (at least 1; numric → numerical, treshold → threshold). null when none.
 */
export function suggest(word: string, candidates: readonly string[]): string | null {
  const w = normalise(word);
  const same = candidates.find((c) => normalise(c) === w);
  if (same !== undefined) return same;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of candidates) {
    const n = normalise(c);
    const dist = editDistance(w, n);
    if (dist > Math.max(1, Math.floor(Math.max(w.length, n.length) / 3))) continue;
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
      tie = false;
    } else if (dist === bestDistance) tie = true;
  }
  return tie ? null : best;
}

/** the strict object schema reached by following `path` through wrappers, records and arrays */
function objectAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | null {
  let s: z.ZodType = schema;
  let i = 0;
  for (;;) {
    if (
      s instanceof z.ZodDefault ||
      s instanceof z.ZodPrefault ||
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable
    ) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      s = s.in as z.ZodType;
    } else if (i === path.length) {
      return s instanceof z.ZodObject ? s : null;
    } else if (s instanceof z.ZodObject) {
      const next = (s.shape as Record<string, z.ZodType>)[String(path[i])];
      if (next === undefined) return null;
      s = next;
      i++;
    } else if (s instanceof z.ZodRecord) {
      s = s.valueType as z.ZodType;
      i++;
    } else if (s instanceof z.ZodArray) {
      s = s.element as z.ZodType;
      i++;
    } else return null;
  }
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let v = record;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** positions of the path's keys in the user's record, for ordering issues as they appear in the file */
function documentOrder(record: unknown, path: readonly PropertyKey[]): number[] {
  const order: number[] = [];
  let v = record;
  for (const seg of path) {
    if (Array.isArray(v)) order.push(typeof seg === 'number' ? seg : Number(seg));
    else if (v !== null && typeof v === 'object') order.push(Object.keys(v).indexOf(String(seg)));
    else order.push(0);
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  }
  return order;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * One message per problem (an unrecognized_keys issue counts once per key), in document order, without the
 * file prefix. `rootName` names the whole record in a top-level message ("the file", "config").
 */
export function issueMessages(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  record: unknown,
  rootName: string,
): string[] {
  const found: { order: number[]; message: string }[] = [];
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(objectAt(schema, path)?.shape ?? {});
      for (const key of issue.keys) {
        const full = formatPath([...path, key]);
        const guess = suggest(key, known);
        const hint = guess !== null ? `did you mean '${guess}'?` : `valid keys: ${known.join(', ')}`;
        found.push({
          order: documentOrder(record, [...path, key]),
          message: `unknown key '${full}' (${hint})`,
        });
      }
      continue;
    }
    const value = valueAt(record, path);
    const name = path.length === 0 ? rootName : formatPath(path);
    let message: string;
    if (/^[A-Z]/.test(issue.message)) {
      // a zod default message: a leaf without an expected phrase (should not happen; tests cover every leaf)
      message = `${name} is invalid (${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}), got ${showValue(value)}`;
    } else {
      message = `${name} must be ${issue.message}, got ${showValue(value)}`;
      if (issue.code === 'invalid_value' && typeof value === 'string') {
        const guess = suggest(value, issue.values.map(String));
        if (guess !== null) message += ` (did you mean '${guess}'?)`;
      }
    }
    found.push({ order: documentOrder(record, path), message });
  }
  found.sort((a, b) => compareOrder(a.order, b.order));
  return found.map((f) => f.message);
}

/** the first message, plus "(and N more)" when there are others */
export function firstWithCount(messages: readonly string[]): string {
  const [first, ...rest] = messages;
  if (first === undefined) return 'invalid configuration';
  return rest.length === 0 ? first : `${first} (and ${rest.length} more)`;
}
