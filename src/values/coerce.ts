/**
 * The one conversion of a column to another kind (DESIGN §1), for the readers (a kind forced by the config)
 * and the preparation (labels, ids, segments, kind reconciliation of features):
 * - `asCategorical`: categories as they are; numbers dictionary-encoded in order of first appearance, each
 *   as its decimal text (booleans as "true"/"false"), NaN and ±Infinity missing (-1).
 * - `asNumbers`: numbers as they are; categories parsed with the value grammar (./grammar.ts: missing
 *   tokens are missing; "0x1F", "1_000" and "1,5" are not numbers), ±Infinity missing. Text that is not a
 *   number comes back as a value (the first such category, with its first row), never thrown: the caller
 *   decides whether that is an input error or a kind change.
 * Cost: one pass over the rows plus one parse per distinct category.
 */
import type { CategoricalColumn, Column, SourceType } from '../contract/table.js';
import { isMissingToken, parseNumber } from './grammar.js';

export function asCategorical(col: Column): CategoricalColumn {
  return col.kind === 'categorical' ? col : numbersToCategorical(col.name, col.source, col.values);
}

/** a column's numbers, or the first category (by first appearance) that is not a number */
export type Numbers = { ok: true; values: Float64Array } | { ok: false; text: string; row: number };

export function asNumbers(col: Column): Numbers {
  if (col.kind === 'numerical') return { ok: true, values: col.values };
  const parsed = col.dictionary.map((s) => (isMissingToken(s) ? NaN : parseNumber(s)));
  const firstRow = new Int32Array(col.dictionary.length).fill(-1);
  for (let i = 0; i < col.codes.length; i++) {
    const c = col.codes[i]!;
    if (c >= 0 && firstRow[c] === -1) firstRow[c] = i;
  }
  let bad = -1;
  for (let j = 0; j < parsed.length; j++) {
    if (firstRow[j] === -1 || !Number.isNaN(parsed[j]!) || isMissingToken(col.dictionary[j]!)) continue;
    if (bad < 0 || firstRow[j]! < firstRow[bad]!) bad = j;
  }
  if (bad >= 0) return { ok: false, text: col.dictionary[bad]!, row: firstRow[bad]! };
  const out = new Float64Array(col.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = col.codes[i]!;
    const v = c >= 0 ? parsed[c]! : NaN;
    out[i] = v - v === 0 ? v : NaN;
  }
  return { ok: true, values: out };
}

/** distinct numbers up to this count are looked up by a linear scan, beyond it in a Map */
const LINEAR_LOOKUP = 16;

export function numbersToCategorical(
  name: string,
  source: SourceType,
  values: Float64Array,
): CategoricalColumn {
  const codes = new Int32Array(values.length);
  const small = new Float64Array(LINEAR_LOOKUP);
  let index: Map<number, number> | null = null;
  const dictionary: string[] = [];
  let last = NaN;
  let lastCode = -1;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (x === last) {
      codes[i] = lastCode;
      continue;
    }
    if (x !== x || x === Infinity || x === -Infinity) {
      codes[i] = -1;
      continue;
    }
    let c = -1;
    if (index === null) {
      for (let k = 0; k < dictionary.length; k++) {
        if (small[k] === x) {
          c = k;
          break;
        }
      }
    } else c = index.get(x) ?? -1;
    if (c < 0) {
      c = dictionary.length;
      dictionary.push(source === 'boolean' ? (x === 1 ? 'true' : 'false') : String(x));
      if (index === null && c < LINEAR_LOOKUP) small[c] = x;
      else {
        if (index === null) index = new Map(Array.from(small, (v, k) => [v, k]));
        index.set(x, c);
      }
    }
    codes[i] = c;
    last = x;
    lastCode = c;
  }
  return { kind: 'categorical', name, source, codes, dictionary };
}
