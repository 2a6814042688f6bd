/**
 * Kind inference and kind overrides (DESIGN §1), shared by the Parquet, CSV and JSON Lines readers.
 *
 * Every reader decodes a column into one of two raw shapes: numbers (a Float64Array, NaN = missing; also
 * booleans as 0/1, timestamps and dates as epoch milliseconds, decimals as the nearest double) or codes
 * (strings dictionary-encoded). `finishColumn` then decides the kind:
 *   - integers with at most MAX_CATEGORICAL_INTEGER_VALUES distinct values → categorical, text String(n)
 *   - other integers, floats, decimals, timestamps, dates → numerical; ±Infinity → NaN, counted in nonFinite
 *   - booleans → categorical "false"/"true"; strings → categorical
 *   - `forced` overrides: numbers forced categorical keep String(n) as text ("1", "0.5"); strings forced
 *     numerical parse every distinct value (missing tokens allowed, ISO dates become epoch ms), and a value
 *     that is not a number is an input error naming the column, file, first row holding it and the value.
 * Cost: one pass over the column (O(n)), plus one pass over the dictionary.
 */
import { inputError } from '../errors.js';
import type { CategoricalColumn, Column, NumericColumn, SourceType } from '../contract/table.js';
import type { ColumnKind } from '../contract/kinds.js';
import { isMissingToken, parseIsoDate, parseNumber } from '../values/grammar.js';
import { numbersToCategorical } from '../values/coerce.js';

/** integer columns with at most this many distinct values are categorical by default (DESIGN §1) */
export const MAX_CATEGORICAL_INTEGER_VALUES = 10;

export type RawColumn =
  | {
      readonly type: 'numbers';
      readonly name: string;
      readonly source: SourceType;
      readonly values: Float64Array;
    }
  | {
      readonly type: 'codes';
      readonly name: string;
      readonly source: SourceType;
      readonly codes: Int32Array;
      readonly dictionary: readonly string[];
    };

/** What a reader returns, before kinds are decided (select.ts makeTable turns it into a Table). */
export interface RawTable {
  /** every column name in the file, in file order */
  columnNames: string[];
  /** the nested top-level columns of a Parquet file (lists, maps, structs: never read); [] otherwise */
  nested: string[];
  rows: number;
  /** the columns read, in the order requested */
  columns: RawColumn[];
}

/** Applies kind inference or the forced kind. `path` is the file as the user gave it (for messages). */
export function finishColumn(raw: RawColumn, forced: ColumnKind | undefined, path: string): Column {
  if (raw.type === 'numbers') {
    const categorical =
      forced === 'categorical' ||
      (forced === undefined &&
        (raw.source === 'boolean' ||
          (raw.source === 'integer' && fewDistinct(raw.values, MAX_CATEGORICAL_INTEGER_VALUES))));
    return categorical ? numbersToCategorical(raw.name, raw.source, raw.values) : numerical(raw);
  }
  if (forced === 'numerical') return codesToNumerical(raw, path);
  const column: CategoricalColumn = {
    kind: 'categorical',
    name: raw.name,
    source: raw.source,
    codes: raw.codes,
    dictionary: raw.dictionary,
  };
  return column;
}

function numerical(raw: { name: string; source: SourceType; values: Float64Array }): NumericColumn {
  const v = raw.values;
  let nonFinite = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (x === Infinity || x === -Infinity) {
      v[i] = NaN;
      nonFinite++;
    }
  }
  return { kind: 'numerical', name: raw.name, source: raw.source, values: v, nonFinite };
}

/** true when the non-missing values take at most `max` distinct values; stops early */
function fewDistinct(values: Float64Array, max: number): boolean {
  const seen = new Float64Array(max + 1);
  let size = 0;
  let last = NaN;
  outer: for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (x !== x || x === last) continue;
    last = x;
    for (let k = 0; k < size; k++) if (seen[k] === x) continue outer;
    seen[size++] = x;
    if (size > max) return false;
  }
  return true;
}

function codesToNumerical(raw: Extract<RawColumn, { type: 'codes' }>, path: string): NumericColumn {
  const dict = new Float64Array(raw.dictionary.length);
  let sawDate = false;
  raw.dictionary.forEach((text, k) => {
    let x: number;
    if (raw.source === 'boolean') x = text === 'true' ? 1 : 0;
    else if (isMissingToken(text)) x = NaN;
    else {
      x = parseNumber(text);
      if (x !== x) {
        x = parseIsoDate(text).ms;
        sawDate = true;
      }
      if (x !== x) {
        const row = raw.codes.indexOf(k) + 1;
        throw inputError(
          `column '${raw.name}' in ${path} is configured as numerical but row ${row} holds '${text}'`,
        );
      }
    }
    dict[k] = x;
  });
  const values = new Float64Array(raw.codes.length);
  for (let i = 0; i < values.length; i++) {
    const c = raw.codes[i] as number;
    values[i] = c < 0 ? NaN : (dict[c] as number);
  }
  const source: SourceType = raw.source === 'string' ? (sawDate ? 'timestamp' : 'float') : raw.source;
  return numerical({ name: raw.name, source, values });
}
