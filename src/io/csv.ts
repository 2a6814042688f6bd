/**
 * CSV reader (RFC 4180: quoted fields with embedded commas, quotes and line breaks; header row; UTF-8 BOM
 * and CRLF tolerated) over the file's bytes, streamed chunk by chunk straight into column builders
 * (./csv-fields.ts: numbers scanned from the bytes, repeated categories found by their bytes); no row or
 * field strings are made where none is needed. Blank lines are skipped, also lines of spaces or tabs only
 * (wherever they are: several trailing ones are common). Delimiter is always ','; a record ends at LF, CRLF
 * or a lone CR.
 *
 * Quoting as papaparse (the previous reader, kept as the oracle of test/io/csv.test.ts) applies it: a field
 * that starts with '"' is quoted, "" inside it is one quote, and its closing quote must be followed by ',',
 * a line end or the end of the file ("trailing quote on quoted field is malformed" otherwise); a quote
 * inside an unquoted field is an ordinary character; an unclosed quote is "quoted field unterminated".
 *
 * Line numbers in messages are the file's: the line where the record starts (line breaks inside quoted
 * fields counted), the header being line 1.
 */
import type { Readable } from 'node:stream';
import { inputError } from '../errors.js';
import type { RawColumn } from './raw-column.js';
import { selectColumns } from './select.js';
import { TextColumnBuilder } from './text-column.js';
import type { ColumnKind } from '../contract/kinds.js';
import { CsvColumn, decodeField, decodeQuoted } from './csv-fields.js';

export interface CsvResult {
  columnNames: string[];
  rows: number;
  columns: RawColumn[];
}

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** field boundaries of one record, reused: start, end, and a flag (0 plain, 1 quoted, 2 quoted with "") */
class Fields {
  start = new Int32Array(64);
  end = new Int32Array(64);
  kind = new Uint8Array(64);
  count = 0;
  add(start: number, end: number, kind: number): void {
    if (this.count === this.start.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A): A => {
        const next = new (a.constructor as new (n: number) => A)(a.length * 2);
        next.set(a);
        return next;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.kind = grow(this.kind);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.kind[this.count++] = kind;
  }
}

/** the parse of one record from `pos`: where the next one starts, or −1 when the buffer ends first */
interface Scan {
  next: number;
  /** line breaks inside quoted fields */
  breaks: number;
}

/**
 * Splits the record at buf[pos…] into `fields`. `final`: no more bytes follow (the record may end at the
 * buffer's end). Returns next = −1 when the record is incomplete. Throws (a message without the line) on
 * a malformed or unterminated quote.
 */
function scanRecord(
  buf: Uint8Array,
  pos: number,
  len: number,
  final: boolean,
  fields: Fields,
  out: Scan,
): void {
  fields.count = 0;
  out.breaks = 0;
  let i = pos;
  for (;;) {
    if (i < len && buf[i] === QUOTE) {
      // quoted field: up to the quote not followed by another
      let j = i + 1;
      let escapes = false;
      let breaks = 0;
      for (;;) {
        if (j >= len) {
          if (final) throw new QuoteError('quoted field unterminated');
          out.next = -1;
          return;
        }
        const c = buf[j]!;
        if (c === QUOTE) {
          if (j + 1 >= len && !final) {
            out.next = -1;
            return;
          }
          if (buf[j + 1] === QUOTE) {
            escapes = true;
            j += 2;
            continue;
          }
          break;
        }
        if (c === LF) breaks++;
        j++;
      }
      out.breaks += breaks;
      fields.add(i + 1, j, escapes ? 2 : 1);
      i = j + 1;
      if (i >= len) {
        out.next = len;
        return;
      }
      const c = buf[i]!;
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c !== LF && c !== CR) throw new QuoteError('trailing quote on quoted field is malformed');
    } else {
      let j = i;
      while (j < len) {
        const c = buf[j]!;
        if (c === COMMA || c === LF || c === CR) break;
        j++;
      }
      if (j >= len && !final) {
        out.next = -1;
        return;
      }
      fields.add(i, j, 0);
      i = j;
      if (i >= len) {
        out.next = len;
        return;
      }
      if (buf[i] === COMMA) {
        i++;
        continue;
      }
    }
    // a line end at i
    if (buf[i] === CR) {
      if (i + 1 >= len && !final) {
        out.next = -1;
        return;
      }
      out.next = buf[i + 1] === LF ? i + 2 : i + 1;
      return;
    }
    out.next = i + 1;
    return;
  }
}

class QuoteError extends Error {}

/**
 * A record of one field of blanks only (or nothing), quoted or not: a blank line (as papaparse's
 * skipEmptyLines and the previous reader's blank rule treated it)
 */
function isBlank(buf: Uint8Array, fields: Fields): boolean {
  if (fields.count !== 1 || fields.kind[0] === 2) return false;
  for (let i = fields.start[0]!; i < fields.end[0]!; i++) {
    const c = buf[i]!;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Reads CSV bytes (a stream of Buffers, gunzipped already when the file was) into raw columns. `requested`
 * undefined = all columns; `kinds` forces kinds (see TextColumnBuilder); `mode` 'count' reads no values,
 * 'header' stops after the header (then `rows` is 0).
 */
export async function readCsv(
  bytes: Readable,
  path: string,
  requested: readonly string[] | undefined,
  kinds: Readonly<Record<string, ColumnKind>> | undefined,
  mode: 'values' | 'count' | 'header' = 'values',
  exact: ReadonlySet<string> = new Set(),
): Promise<CsvResult> {
  let header: string[] | null = null;
  let columns: CsvColumn[] = [];
  let rows = 0;
  /** the file line where the next record starts */
  let line = 1;
  let pending: Buffer | null = null;
  let first = true;
  const fields = new Fields();
  const scan: Scan = { next: 0, breaks: 0 };

  /** every complete record of buf; returns where the incomplete rest starts */
  const consume = (buf: Buffer, final: boolean): number => {
    let pos = 0;
    const len = buf.length;
    while (pos < len) {
      try {
        scanRecord(buf, pos, len, final, fields, scan);
      } catch (e) {
        if (e instanceof QuoteError)
          throw inputError(`cannot read ${path} as CSV: line ${line}: ${e.message}`);
        throw e;
      }
      if (scan.next < 0) return pos;
      const at = line;
      line += 1 + scan.breaks;
      pos = scan.next;
      if (header === null) {
        if (isBlank(buf, fields) && fields.end[0] === fields.start[0]) continue; // leading empty lines
        header = headerNames(
          Array.from({ length: fields.count }, (_, k) => fieldText(buf, fields, k)),
          path,
        );
        if (mode === 'header') return -1;
        const wanted = selectColumns(path, header, requested);
        const position = new Map(header.map((n, i) => [n, i]));
        if (mode === 'values') {
          columns = wanted.map(
            (name) =>
              new CsvColumn(position.get(name)!, new TextColumnBuilder(name, kinds?.[name], exact.has(name))),
          );
        }
        continue;
      }
      const width = header.length;
      // a line of blanks only (spaces, tabs) is a blank line, as an empty one is; with one column a line of
      // blanks is a value (a missing one, once trimmed) and only an empty line is skipped
      if (isBlank(buf, fields) && (width > 1 || fields.end[0] === fields.start[0])) continue;
      if (fields.count !== width) {
        throw inputError(
          `${path} line ${at} has ${fields.count} field${fields.count === 1 ? '' : 's'}, expected ${width} (header)`,
        );
      }
      rows++;
      for (const col of columns) {
        const k = col.index;
        const kind = fields.kind[k]!;
        if (kind === 0) col.push(buf, fields.start[k]!, fields.end[k]!);
        else col.pushQuoted(buf, fields.start[k]!, fields.end[k]!, kind === 2);
      }
    }
    return len;
  };

  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      let buf: Buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
      if (first) {
        first = false;
        if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      }
      const rest = consume(buf, false);
      if (rest < 0) break; // header mode: done
      pending = rest < buf.length ? Buffer.from(buf.subarray(rest)) : null;
    }
    if (pending && !(mode === 'header' && header)) consume(pending, true);
  } finally {
    bytes.destroy();
  }
  if (header === null) throw inputError(`input file is empty: ${path}`);
  return { columnNames: header, rows, columns: columns.map((c) => c.builder.finish()) };
}

function fieldText(buf: Uint8Array, fields: Fields, k: number): string {
  const kind = fields.kind[k]!;
  const s = fields.start[k]!;
  const e = fields.end[k]!;
  return kind === 0 ? decodeField(buf, s, e) : decodeQuoted(buf, s, e, kind === 2);
}

/** header names: BOM stripped; empty names become "Unnamed: i" (as pandas reads them); duplicates rejected */
function headerNames(row: readonly string[], path: string): string[] {
  const names = row.map((n, i) => {
    const name = i === 0 ? n.replace(/^\uFEFF/, '') : n;
    return name === '' ? `Unnamed: ${i}` : name;
  });
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw inputError(`column '${n}' appears twice in the header of ${path}`);
    seen.add(n);
  }
  return names;
}
