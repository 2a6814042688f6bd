/**
 * The entry to reading data (DESIGN §1): `readTable` picks the format by extension and returns columns;
 * `inspectTable` returns the shape without keeping values; `readColumnNames` only the names (Parquet footer,
 * CSV header line). This is the file-system adapter: the format
 * readers work on byte ranges (Parquet) or text streams (CSV, JSON Lines).
 *
 * Formats: .parquet; .csv, .csv.gz; .jsonl, .ndjson, .jsonl.gz, .ndjson.gz (gzip via node:zlib).
 * Kinds (see raw-column.ts): numbers numerical, except integers with at most 10 distinct values;
 * booleans and strings categorical; timestamps and dates numerical, as epoch milliseconds (UTC);
 * decimals numerical (nearest double). `options.kinds` forces a kind per column. Inference looks at one
 * file only (an integer column with 10 distinct values here and 11 there changes kind), so callers that
 * compare files should decide a kind once and force it on every file.
 * Missing: empty CSV field, NA, N/A, NaN, nan, null, NULL, <NA>, JSON null, Parquet null (values.ts).
 *
 * Errors are GateError('input') with one line naming the file: not found, empty (0 bytes, or no header),
 * unknown extension, unreadable Parquet, ragged CSV, a line that is not a JSON object, a requested column
 * that is absent, a value that is not a number in a column forced numerical, and a file with a header (or
 * a Parquet schema) but no data rows (`input file has no data rows: <path>`): no check can use an empty
 * input, so readTable rejects it; inspectTable reports `rows: 0` instead.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { inputError, isGateError } from '../errors.js';
import { readCsv } from './csv.js';
import { readJsonl } from './jsonl.js';
import type { FileMetaData } from 'hyparquet';
import {
  parquetColumnNames,
  parquetNestedColumnNames,
  readParquet,
  readParquetMetadata,
  type ByteSource,
} from './parquet.js';
import type { RawTable } from './raw-column.js';
import { makeTable } from './select.js';
import type { ReadOptions, Table } from '../contract/table.js';
import type { FileFormat } from '../contract/kinds.js';

/** accepted file name endings, longest first */
export const EXTENSIONS: readonly { ending: string; format: FileFormat; gzip: boolean }[] = [
  { ending: '.parquet', format: 'parquet', gzip: false },
  { ending: '.csv.gz', format: 'csv', gzip: true },
  { ending: '.csv', format: 'csv', gzip: false },
  { ending: '.jsonl.gz', format: 'jsonl', gzip: true },
  { ending: '.ndjson.gz', format: 'jsonl', gzip: true },
  { ending: '.jsonl', format: 'jsonl', gzip: false },
  { ending: '.ndjson', format: 'jsonl', gzip: false },
];

/** The format for a path by its extension (case-insensitive); an unknown one is an input error. */
export function formatOf(path: string): { format: FileFormat; gzip: boolean } {
  const lower = path.toLowerCase();
  const hit = EXTENSIONS.find((e) => lower.endsWith(e.ending));
  if (!hit) {
    throw inputError(
      `input file ${path} has an unknown extension (expected one of: ${EXTENSIONS.map((e) => e.ending).join(', ')})`,
    );
  }
  return hit;
}

/** Reads a table, only the requested columns (all when `options.columns` is undefined). */
export async function readTable(path: string, options?: ReadOptions): Promise<Table> {
  const { format } = formatOf(path);
  const result =
    format === 'parquet'
      ? await readParquetRaw(path, options?.columns, options?.exact)
      : await readTextRaw(path, options?.columns, options?.kinds, options?.exact);
  noRows(result.rows, path);
  return makeTable(path, format, result.rows, result.columnNames, result.columns, options, result.nested);
}

/**
 * The raw columns of a CSV or JSON Lines file (kinds forced in `kinds` already applied while parsing), with
 * readTable's errors: what a read worker runs for a text file (parallel.ts).
 */
export async function readTextRaw(
  path: string,
  columns: readonly string[] | undefined,
  kinds: ReadOptions['kinds'],
  exact: ReadOptions['exact'] = [],
): Promise<RawTable> {
  const { format, gzip } = formatOf(path);
  await checkFile(path);
  // exact (id) columns keep their text (TextColumnBuilder's `exact`; makeTable keeps it categorical)
  const result = await textErrors(path, format, () =>
    format === 'csv'
      ? readCsv(byteStream(path, gzip), path, columns, kinds, 'values', new Set(exact))
      : readJsonl(textStream(path, gzip), path, columns, kinds, false, new Set(exact)),
  );
  return { ...result, nested: [] };
}

/**
 * The raw (undecided-kind) columns of a Parquet file, only `columns` (all flat ones when undefined), with
 * readTable's errors: what a read worker runs for its group of columns (parallel.ts).
 */
export async function readParquetRaw(
  path: string,
  columns: readonly string[] | undefined,
  exact: readonly string[] = [],
): Promise<RawTable> {
  const size = await checkFile(path);
  return withFile(path, size, (src) => readParquet(src, path, columns, new Set(exact)));
}

/**
 * The footer of a Parquet file, with readTable's errors (missing, empty, not Parquet): parallel.ts plans
 * its column groups from it.
 */
export async function readParquetFooter(path: string): Promise<FileMetaData> {
  const size = await checkFile(path);
  return withFile(path, size, (src) => readParquetMetadata(src));
}

/** The shape of a table without its values (Parquet: footer only; CSV / JSON Lines: one streamed pass). */
export async function inspectTable(
  path: string,
): Promise<{ path: string; format: FileFormat; rows: number; columnNames: string[] }> {
  const { format, gzip } = formatOf(path);
  if (format === 'parquet') {
    const metadata = await readParquetFooter(path);
    return { path, format, rows: Number(metadata.num_rows), columnNames: parquetColumnNames(metadata) };
  }
  await checkFile(path);
  const result = await textErrors(path, format, () =>
    format === 'csv'
      ? readCsv(byteStream(path, gzip), path, undefined, undefined, 'count')
      : readJsonl(textStream(path, gzip), path, undefined, undefined, true),
  );
  return { path, format, rows: result.rows, columnNames: result.columnNames };
}

/**
 * Only the column names, as cheaply as the format allows: the Parquet footer, the CSV header line; JSON
 * Lines needs one pass (keys may first appear on any line). Same errors as inspectTable.
 */
export async function readColumnNames(path: string): Promise<string[]> {
  return (await readColumnSchema(path)).names;
}

/**
 * The column names and, for Parquet, which of them are of a nested type (list, map, struct), which no
 * reader reads: the gate leaves them out of inferred features. Same cost and errors as readColumnNames.
 */
export async function readColumnSchema(path: string): Promise<{ names: string[]; nested: string[] }> {
  const { format, gzip } = formatOf(path);
  if (format === 'parquet') {
    const metadata = await readParquetFooter(path);
    return { names: parquetColumnNames(metadata), nested: parquetNestedColumnNames(metadata) };
  }
  await checkFile(path);
  const result = await textErrors(path, format, () =>
    format === 'csv'
      ? readCsv(byteStream(path, gzip), path, undefined, undefined, 'header')
      : readJsonl(textStream(path, gzip), path, undefined, undefined, true),
  );
  return { names: result.columnNames, nested: [] };
}

/** a file with a header or schema but no data rows is an input error (no check can use it) */
export function noRows(rows: number, path: string): void {
  if (rows === 0) throw inputError(`input file has no data rows: ${path}`);
}

/** the file's size; missing, directory or 0 bytes are input errors */
async function checkFile(path: string): Promise<number> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw inputError(`input file ${path} is a directory`);
    size = s.size;
  } catch (e) {
    if (isGateError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw inputError(`input file not found: ${path}`);
    throw inputError(`cannot read input file ${path}: ${(e as Error).message}`);
  }
  if (size === 0) throw inputError(`input file is empty: ${path}`);
  return size;
}

/** opens the file as a ByteSource; non-GateErrors become `cannot read <path> as Parquet: <reason>` */
async function withFile<T>(path: string, size: number, f: (src: ByteSource) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r');
  const src: ByteSource = {
    byteLength: size,
    async read(start, end) {
      const buf = Buffer.allocUnsafeSlow(end - start);
      const { bytesRead } = await handle.read(buf, 0, end - start, start);
      if (bytesRead !== end - start) throw new Error(`short read at byte ${start}`);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    },
  };
  try {
    return await f(src);
  } catch (e) {
    if (isGateError(e)) throw e;
    const reason = (e instanceof Error ? e.message : String(e)).replace(/^parquet /, '').split('\n')[0];
    throw inputError(`cannot read ${path} as Parquet: ${reason}`);
  } finally {
    await handle.close();
  }
}

/** stream errors (e.g. a corrupt .gz) become `cannot read <path> as CSV: <reason>` */
async function textErrors<T>(path: string, format: FileFormat, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (isGateError(e)) throw e;
    const what = format === 'csv' ? 'CSV' : 'JSON Lines';
    throw inputError(
      `cannot read ${path} as ${what}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`,
    );
  }
}

/** the file's bytes (gunzipped when `gzip`), in 1 MB chunks */
function byteStream(path: string, gzip: boolean): Readable {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!gzip) return file;
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  file.on('error', (e) => gunzip.destroy(e));
  return file.pipe(gunzip);
}

function textStream(path: string, gzip: boolean): Readable {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!gzip) {
    file.setEncoding('utf8');
    return file;
  }
  const gunzip = createGunzip();
  file.on('error', (e) => gunzip.destroy(e));
  const out = file.pipe(gunzip);
  out.setEncoding('utf8');
  return out;
}
