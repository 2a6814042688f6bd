/**
 * JSON Lines reader: one JSON object per line, streamed line by line into column builders (no row objects
 * are kept). Columns are the keys in order of first appearance; a key absent from a line is missing there.
 * Values: numbers, strings (missing tokens such as "NA" count as missing), booleans, null (missing); a
 * nested object or array is kept as its JSON text. Blank lines are skipped; a line that is not a JSON
 * object is an input error naming the line (1-based, counting blank lines).
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { inputError } from '../errors.js';
import type { RawColumn } from './raw-column.js';
import { selectColumns } from './select.js';
import type { ColumnKind } from '../contract/kinds.js';
import { TextColumnBuilder } from './text-column.js';

export interface JsonlResult {
  columnNames: string[];
  rows: number;
  columns: RawColumn[];
}

export async function readJsonl(
  text: Readable,
  path: string,
  requested: readonly string[] | undefined,
  kinds: Readonly<Record<string, ColumnKind>> | undefined,
  countOnly = false,
  exact: ReadonlySet<string> = new Set(),
): Promise<JsonlResult> {
  const names: string[] = [];
  const known = new Set<string>();
  const wanted = requested === undefined ? null : new Set(requested);
  const builders = new Map<string, TextColumnBuilder>();
  let rows = 0;
  let line = 0;
  let sawAny = false;
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  try {
    for await (const raw of lines) {
      line++;
      if (line === 1 && raw.charCodeAt(0) === 0xfeff) sawAny = true;
      const s = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (s.trim() === '') continue;
      sawAny = true;
      let obj: unknown;
      try {
        obj = JSON.parse(s);
      } catch {
        obj = undefined;
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        const preview = s.length > 40 ? `${s.slice(0, 40)}…` : s;
        throw inputError(`${path} line ${line} is not a JSON object: ${preview}`);
      }
      for (const key in obj) {
        if (!known.has(key)) {
          known.add(key);
          names.push(key);
        }
        if (countOnly || (wanted !== null && !wanted.has(key))) continue;
        let b = builders.get(key);
        if (b === undefined) {
          b = new TextColumnBuilder(key, kinds?.[key], exact.has(key));
          for (let r = 0; r < rows; r++) b.pushMissing();
          builders.set(key, b);
        }
        const v = (obj as Record<string, unknown>)[key];
        // JSON.parse rounds integers beyond 2^53: an id column takes the integer's own text from the line
        if (typeof v === 'number' && exact.has(key) && Number.isInteger(v) && !Number.isSafeInteger(v))
          b.pushString(integerToken(s, key, path, line));
        else push(b, v);
      }
      rows++;
      for (const b of builders.values()) if (b.length < rows) b.pushMissing();
    }
  } finally {
    lines.close();
    text.destroy();
  }
  if (!sawAny) throw inputError(`input file is empty: ${path}`);
  const selected = selectColumns(path, names, requested);
  const columns = countOnly ? [] : selected.map((name) => (builders.get(name) as TextColumnBuilder).finish());
  return { columnNames: names, rows, columns };
}

function push(b: TextColumnBuilder, v: unknown): void {
  if (v === null || v === undefined) b.pushMissing();
  else if (typeof v === 'number') b.pushNumber(v);
  else if (typeof v === 'string') b.pushString(v);
  else if (typeof v === 'boolean') b.pushBoolean(v);
  else b.pushString(JSON.stringify(v));
}

/** the pattern of `"key": <integer>` per key, made once (an id column may hold a million of them) */
const INTEGER_TOKEN = new Map<string, RegExp>();

/**
 * The text of an integer-valued key in a JSON line, e.g. 1152921504606847001 for "id": 1152921504606847001
 * (JSON.parse gives the nearest double); one top-level occurrence, else an input error asking for strings.
 */
function integerToken(line: string, key: string, path: string, lineNo: number): string {
  let pattern = INTEGER_TOKEN.get(key);
  if (pattern === undefined) {
    const literal = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    INTEGER_TOKEN.set(key, (pattern = new RegExp(`${literal}\\s*:\\s*(-?\\d+)\\s*(?=[,}])`, 'g')));
  }
  const hits = [...line.matchAll(pattern)];
  if (hits.length !== 1)
    throw inputError(
      `column '${key}' in ${path} line ${lineNo} holds an integer beyond 2^53 that cannot be read exactly here; write the ids as JSON strings`,
    );
  return hits[0]![1]!;
}
