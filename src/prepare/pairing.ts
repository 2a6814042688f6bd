/**
 * Pairing the baseline with the holdout (DESIGN §2): by columns.id when set, else by row order (the counts
 * must match). Duplicate, unknown and unmatched ids are input errors with counts and the first offender.
 *
 * Ids compare exactly (issue 14). They are read exactly (ReadOptions.exact: text files keep the text,
 * Parquet INT64 beyond ±2^53 its decimal text), and each file's id column is one of three kinds:
 * - numbers: a numerical column (Parquet integers and doubles within ±2^53, exact as doubles);
 * - integers as text: every value the text of an integer ("12", "+0012", "1152921504606847001"),
 *   compared in canonical form (sign, no leading zeros), so 12 in one file pairs with "0012" in a CSV;
 * - text: anything else, compared as written.
 * Numbers against numbers pair as numbers (no million-string dictionary); numbers against integers as
 * text pair by the numbers' decimal text; text against a number kind is an input error naming both kinds.
 */
import type { PerformanceConfig } from '../config/types.js';
import type { CategoricalColumn, Column, Table } from '../contract/table.js';
import { inputError } from '../errors.js';
import type { TaskInput } from '../metrics/inputs.js';
import { argsort } from '../stats/argsort.js';
import { asCategorical } from '../values/coerce.js';
import { isIntegerText, trimmed } from '../values/grammar.js';
import { column, requireComplete } from './columns.js';

/** holdout row i pairs with baseline row pairing[i]; null = by order (same counts, checked) */
export function pairRows(config: PerformanceConfig, holdout: Table, baseline: Table): Int32Array | null {
  const id = config.columns.id;
  if (!id) {
    if (baseline.rows !== holdout.rows) {
      throw inputError(
        `${baseline.path} has ${baseline.rows} rows but ${holdout.path} has ${holdout.rows}; without columns.id rows pair by order, so the counts must match`,
      );
    }
    return null;
  }
  const hCol = column(holdout, id);
  const bCol = column(baseline, id);
  const [h, b] = pairingKeys(id, holdout, hCol, baseline, bCol);
  const fast = h instanceof Float64Array && b instanceof Float64Array ? sortedPairing(h, b) : null;
  if (fast) return fast;
  // text ids, or numbers that do not pair one to one: the map below also finds the first offending id in
  // row order for the message
  const holdoutRow = new Map<number | string, number>();
  let duplicates = 0;
  let firstDuplicate = '';
  for (let i = 0; i < h.length; i++) {
    const key = h[i]!;
    if (holdoutRow.has(key)) {
      if (duplicates++ === 0) firstDuplicate = String(key);
    } else holdoutRow.set(key, i);
  }
  if (duplicates > 0) {
    throw inputError(
      `column '${id}' in ${holdout.path} has ${duplicates} duplicate id${duplicates === 1 ? '' : 's'} (first '${firstDuplicate}'); rows cannot be paired with ${baseline.path}`,
    );
  }
  const pairing = new Int32Array(holdout.rows).fill(-1);
  let unknown = 0;
  for (let j = 0; j < b.length; j++) {
    const key = b[j]!;
    const i = holdoutRow.get(key);
    if (i === undefined) unknown++;
    else if (pairing[i] !== -1) {
      if (duplicates++ === 0) firstDuplicate = String(key);
    } else pairing[i] = j;
  }
  if (duplicates > 0) {
    throw inputError(
      `column '${id}' in ${baseline.path} has ${duplicates} duplicate id${duplicates === 1 ? '' : 's'} (first '${firstDuplicate}'); rows cannot be paired with ${holdout.path}`,
    );
  }
  let unmatched = 0;
  for (const j of pairing) if (j < 0) unmatched++;
  if (unmatched > 0 || unknown > 0) {
    throw inputError(
      `${baseline.path} does not pair with ${holdout.path} by '${id}': ${unmatched} holdout id${unmatched === 1 ? '' : 's'} missing from the baseline, ${unknown} baseline id${unknown === 1 ? '' : 's'} not in the holdout (holdout ${holdout.rows} rows, baseline ${baseline.rows} rows)`,
    );
  }
  return pairing;
}

/**
 * Numeric ids paired by sorting both (the radix argsort, O(n)) and walking them together: pairing[i] = the
 * baseline row of holdout row i; null when the ids do not pair one to one (a duplicate, an id on one side
 * only), which the map path then reports. 5–10× faster than a Map of a million numbers.
 */
function sortedPairing(h: Float64Array, b: Float64Array): Int32Array | null {
  if (h.length !== b.length) return null;
  const ho = argsort(h);
  const bo = argsort(b);
  const pairing = new Int32Array(h.length);
  for (let k = 0; k < ho.length; k++) {
    const key = h[ho[k]!]!;
    if (key !== b[bo[k]!]) return null;
    if (k > 0 && key === h[ho[k - 1]!]) return null;
    pairing[ho[k]!] = bo[k]!;
  }
  return pairing;
}

/** the baseline table's rows in holdout order */
export function alignedTable(table: Table, pairing: Int32Array | null): Table {
  if (!pairing) return table;
  const columns = new Map<string, Column>();
  for (const [name, col] of table.columns) {
    if (col.kind === 'numerical') {
      const values = new Float64Array(pairing.length);
      for (let i = 0; i < pairing.length; i++) values[i] = col.values[pairing[i]!]!;
      columns.set(name, { ...col, values });
    } else {
      const codes = new Int32Array(pairing.length);
      for (let i = 0; i < pairing.length; i++) codes[i] = col.codes[pairing[i]!]!;
      columns.set(name, { ...col, codes } satisfies CategoricalColumn);
    }
  }
  return { ...table, rows: pairing.length, columns };
}

/** rows where two models' labels differ: how many, and the first */
export function sameLabels(a: TaskInput, b: TaskInput): { count: number; first: number } {
  const ya = a.data.y;
  const yb = b.data.y;
  let count = 0;
  let first = -1;
  for (let i = 0; i < ya.length; i++) {
    if (ya[i] !== yb[i]) {
      if (count === 0) first = i;
      count++;
    }
  }
  return { count, first };
}

/** "-0012" → "-12", "+0" → "0": the canonical text of integer text, or null when it is not an integer */
function canonicalInteger(text: string): string | null {
  if (!isIntegerText(text)) return null;
  const t = trimmed(text);
  const negative = t[0] === '-';
  const digits = t.replace(/^[+-]?0*/, '') || '0';
  return negative && digits !== '0' ? `-${digits}` : digits;
}

type IdKeys = { kind: 'numbers'; keys: Float64Array } | { kind: 'integers' | 'text'; keys: string[] };

/** one file's ids as keys of their kind; a missing id is an input error */
function idKeys(id: string, table: Table, col: Column): IdKeys {
  if (col.kind === 'numerical') {
    const v = col.values;
    requireComplete(table, id, (i) => Number.isNaN(v[i]!), v.length);
    return { kind: 'numbers', keys: v };
  }
  const l = asCategorical(col);
  requireComplete(table, id, (i) => l.codes[i]! < 0, l.codes.length);
  const canonical = l.dictionary.map(canonicalInteger);
  const integers = canonical.every((c) => c !== null);
  const dict = integers ? (canonical as string[]) : l.dictionary;
  return { kind: integers ? 'integers' : 'text', keys: Array.from(l.codes, (c) => dict[c]!) };
}

const KIND_WORDS = { numbers: 'numbers', integers: 'integers', text: 'text' } as const;

/** both files' keys, of one comparable kind */
function pairingKeys(
  id: string,
  holdout: Table,
  hCol: Column,
  baseline: Table,
  bCol: Column,
): [ArrayLike<number | string>, ArrayLike<number | string>] {
  const h = idKeys(id, holdout, hCol);
  const b = idKeys(id, baseline, bCol);
  if (h.kind === 'numbers' && b.kind === 'numbers') return [h.keys, b.keys];
  if (h.kind === 'text' || b.kind === 'text') {
    if (h.kind === b.kind) return [h.keys, b.keys];
    throw inputError(
      `column '${id}' holds ${KIND_WORDS[h.kind]} in ${holdout.path} but ${KIND_WORDS[b.kind]} in ${baseline.path}; ids pair only with ids of the same kind`,
    );
  }
  // numbers against integers as text: the numbers' decimal text (exact within ±2^53)
  const asText = (k: IdKeys, table: Table): string[] => {
    if (k.kind !== 'numbers') return k.keys;
    const out = new Array<string>(k.keys.length);
    for (let i = 0; i < k.keys.length; i++) {
      const v = k.keys[i]!;
      if (!Number.isInteger(v))
        throw inputError(
          `column '${id}' in ${table.path} has ${v} at row ${i + 1}, but the other file's ids are integers; ids pair only with ids of the same kind`,
        );
      out[i] = String(Object.is(v, -0) ? 0 : v);
    }
    return out;
  };
  return [asText(h, holdout), asText(b, baseline)];
}
