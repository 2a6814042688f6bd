/**
 * The serving columns (issue 12), prepared: latencies as finite non-negative numbers, errors as 0/1 flags,
 * timestamps as epoch milliseconds. Pure: a table in, typed arrays out; bad input is one input error naming
 * the file, the column, the row and the value (DESIGN §1's conventions: missing values are errors here, as
 * model outputs are, because a missing latency is a request the SLO cannot account for).
 *
 * Errors: a boolean column (true = failed), a 0/1 column, or an HTTP status-code column (100–599; codes ≥
 * min_status failed). Timestamps: a Parquet timestamp/date or ISO 8601 text (both read as epoch ms by
 * src/io), or plain numbers read as epoch seconds.
 */
import type { Config } from '../config/types.js';
import type { Column, Table } from '../contract/table.js';
import { inputError } from '../errors.js';
import { asCategorical } from '../values/coerce.js';
import { parseBoolean, parseIsoDate, parseNumber } from '../values/grammar.js';
import { column, numbers, requireComplete } from './columns.js';

const NEEDS = 'the serving checks need';

/** the serving columns named by the config, for the read plan and the feature exclusion */
export function servingColumns(config: Config): string[] {
  const s = config.serving;
  return [s.latency?.column, s.errors?.column, s.throughput?.column].filter(
    (c): c is string => c !== undefined,
  );
}

/** latencies: numbers, none missing, none negative */
export function latencies(table: Table, name: string): Float64Array {
  const col = column(table, name);
  const values = numbers(table, col, 'latencies');
  requireComplete(table, name, (i) => Number.isNaN(values[i]!), values.length, NEEDS);
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < 0) {
      throw inputError(
        `column '${name}' in ${table.path} has latency ${values[i]} at row ${i + 1}; latencies must be ≥ 0`,
      );
    }
  }
  return values;
}

const FLAG_TEXT: Record<string, number> = { '0': 0, '1': 1 };

/** failed requests as 1, others 0 */
export function errorFlags(table: Table, name: string, minStatus: number): Uint8Array {
  const col = column(table, name);
  const cat = asCategorical(col);
  requireComplete(table, name, (i) => cat.codes[i]! < 0, cat.codes.length, NEEDS);
  const flagOf = cat.dictionary.map((text) => {
    const b = parseBoolean(text);
    if (b >= 0) return b;
    if (text in FLAG_TEXT) return FLAG_TEXT[text]!;
    return NaN;
  });
  const flags = flagOf.every((f) => !Number.isNaN(f));
  const map = flags ? flagOf : cat.dictionary.map((text) => statusFlag(text, minStatus));
  const out = new Uint8Array(cat.codes.length);
  for (let i = 0; i < out.length; i++) {
    const v = map[cat.codes[i]!]!;
    if (Number.isNaN(v)) {
      throw inputError(
        `column '${name}' in ${table.path} has '${cat.dictionary[cat.codes[i]!]}' at row ${i + 1}; an error column must be true/false, 0/1 or an HTTP status code (100–599)`,
      );
    }
    out[i] = v;
  }
  return out;
}

function statusFlag(text: string, minStatus: number): number {
  if (!/^[1-5][0-9][0-9]$/.test(text.trim())) return NaN;
  return Number(text.trim()) >= minStatus ? 1 : 0;
}

const TIME_SOURCES = new Set(['timestamp', 'date']);

/** request times in epoch milliseconds */
export function timestamps(table: Table, name: string): Float64Array {
  const col = column(table, name);
  const out = col.kind === 'numerical' ? numericTimes(col) : textTimes(table, col);
  requireComplete(table, name, (i) => Number.isNaN(out[i]!), out.length, NEEDS);
  return out;
}

function numericTimes(col: Column & { kind: 'numerical' }): Float64Array {
  if (TIME_SOURCES.has(col.source)) return col.values;
  const out = new Float64Array(col.values.length);
  for (let i = 0; i < out.length; i++) out[i] = col.values[i]! * 1000; // epoch seconds
  return out;
}

function textTimes(table: Table, col: Column & { kind: 'categorical' }): Float64Array {
  // ISO 8601 text, else a number of epoch seconds (integers with few values are read as categories)
  const parsed = col.dictionary.map((t) => {
    const iso = parseIsoDate(t).ms;
    if (!Number.isNaN(iso)) return iso;
    const seconds = parseNumber(t);
    return Number.isFinite(seconds) ? seconds * 1000 : NaN;
  });
  const out = new Float64Array(col.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = col.codes[i]!;
    if (c < 0) {
      out[i] = NaN;
      continue;
    }
    const ms = parsed[c]!;
    if (Number.isNaN(ms)) {
      throw inputError(
        `column '${col.name}' in ${table.path} has '${col.dictionary[c]}' at row ${i + 1}; timestamps must be ISO 8601 (2026-01-31T12:00:00Z), a Parquet timestamp or epoch seconds`,
      );
    }
    out[i] = ms;
  }
  return out;
}
