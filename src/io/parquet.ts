/**
 * Parquet reader: metadata with hyparquet, then each requested flat column read chunk by chunk (only its
 * own bytes are read from the file) and decoded by parquet-chunk.ts straight into a Float64Array or
 * dictionary codes. Codecs: snappy (hysnappy, WebAssembly), gzip and brotli (node:zlib, native), zstd
 * (node:zlib where Node has it, else fzstd), lz4 and lz4_raw (hyparquet-compressors), uncompressed.
 *
 * Works on a ByteSource (byte ranges), so tests can hand it plain bytes; read.ts adapts a file to it.
 * Errors from here are plain Errors with hyparquet's or our reason; read.ts rethrows them as input
 * errors naming the file.
 */
import * as zlib from 'node:zlib';
import type { Compressors, FileMetaData, SchemaTree } from 'hyparquet';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import {
  compressors as wasmCompressors,
  decompressLz4,
  decompressLz4Raw,
  decompressZstd,
} from 'hyparquet-compressors';
import { inputError } from '../errors.js';
import type { RawColumn, RawTable } from './raw-column.js';
import type { SourceType } from '../contract/table.js';
import { selectColumns } from './select.js';
import {
  decodeChunk,
  exactIntegerRule,
  PARSERS,
  valueRule,
  type ColumnDecoder,
  type ColumnSink,
  type ValueRule,
} from './parquet-chunk.js';
import { ByteInterner } from './parquet-page.js';

/** random access to a file's bytes */
export interface ByteSource {
  readonly byteLength: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { byteLength: bytes.byteLength, read: async (start, end) => bytes.subarray(start, end) };
}

type ZstdSync = (input: Uint8Array) => Uint8Array;
const nativeZstd = (zlib as unknown as { zstdDecompressSync?: ZstdSync }).zstdDecompressSync;

/** decompressors by codec; node:zlib is native and about 2.4× faster than a JS inflater for gzip */
export const COMPRESSORS: Compressors = {
  // one WebAssembly instance for every page (hyparquet-compressors' decompressSnappy makes one per call)
  SNAPPY: wasmCompressors.SNAPPY,
  GZIP: (input) => zlib.gunzipSync(input),
  BROTLI: (input) => zlib.brotliDecompressSync(input),
  ZSTD: nativeZstd ? (input) => nativeZstd(input) : (input) => decompressZstd(input),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
};

const MAGIC = 0x31524150; // "PAR1" little-endian

/** Reads and parses the footer. */
export async function readParquetMetadata(src: ByteSource): Promise<FileMetaData> {
  const n = src.byteLength;
  if (n < 12) throw new Error(`file is too short (${n} bytes)`);
  const tail = await src.read(n - 8, n);
  const view = new DataView(tail.buffer, tail.byteOffset, 8);
  if (view.getUint32(4, true) !== MAGIC) throw new Error('no PAR1 footer (not Parquet, or truncated)');
  const metaLength = view.getUint32(0, true);
  if (metaLength > n - 12) throw new Error(`footer length ${metaLength} exceeds the file size ${n}`);
  const footer = await src.read(n - 8 - metaLength, n);
  const metadata = parquetMetadata(footer, { parsers: PARSERS });
  return metadata;
}

/** top-level columns, in file order */
function topLevel(metadata: FileMetaData): SchemaTree[] {
  return parquetSchema(metadata).children;
}

export function parquetColumnNames(metadata: FileMetaData): string[] {
  return topLevel(metadata).map((c) => c.element.name);
}

/** a top-level column that is a plain value per row (not a list, map or struct) */
function isFlat(t: SchemaTree): boolean {
  return t.children.length === 0 && t.element.repetition_type !== 'REPEATED';
}

/** top-level columns of a nested type (list, map, struct), in file order: they cannot be read */
export function parquetNestedColumnNames(metadata: FileMetaData): string[] {
  return topLevel(metadata)
    .filter((t) => !isFlat(t))
    .map((t) => t.element.name);
}

/**
 * Compressed bytes per top-level flat column over all row groups (the work of decoding it, roughly):
 * how the parallel reader (parallel.ts) balances column groups between workers.
 */
export function parquetColumnBytes(metadata: FileMetaData): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const group of metadata.row_groups) {
    for (const c of group.columns) {
      const p = c.meta_data?.path_in_schema;
      if (!p || p.length !== 1) continue;
      const name = p[0] as string;
      bytes.set(name, (bytes.get(name) ?? 0) + Number(c.meta_data?.total_compressed_size ?? 0));
    }
  }
  return bytes;
}

interface Plan {
  name: string;
  index: number;
  decoder: ColumnDecoder;
  source: SourceType;
  rule: ValueRule;
  sink: ColumnSink;
}

/** ±2^53: integers up to this magnitude are exact as doubles */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** INT64 holding plain integers (not decimals, timestamps or times, which keep their own conversion) */
function isPlainInt64(element: SchemaTree['element']): boolean {
  const ltype = element.logical_type?.type;
  const ctype = element.converted_type;
  return (
    element.type === 'INT64' &&
    (ltype === undefined || ltype === 'INTEGER') &&
    (ctype === undefined || ctype === 'INT_64' || ctype === 'UINT_64')
  );
}

/** whether every row group's statistics prove the INT64 column's values within ±2^53 (as doubles, exact) */
function safeIntegers(metadata: FileMetaData, index: number | undefined): boolean {
  if (index === undefined || metadata.row_groups.length === 0) return true;
  return metadata.row_groups.every((g) => {
    const st = g.columns[index]?.meta_data?.statistics;
    const lo = st?.min_value ?? st?.min;
    const hi = st?.max_value ?? st?.max;
    const ok = (v: unknown): boolean =>
      (typeof v === 'bigint' && v <= SAFE && v >= -SAFE) ||
      (typeof v === 'number' && Number.isSafeInteger(v));
    return ok(lo) && ok(hi);
  });
}

/**
 * Reads the requested columns (all flat columns when undefined; nested ones are then left out).
 * A requested nested column (list, map, struct) is an input error.
 */
export async function readParquet(
  src: ByteSource,
  path: string,
  requested: readonly string[] | undefined,
  exact: ReadonlySet<string> = new Set(),
  compressors: Compressors = COMPRESSORS,
): Promise<RawTable> {
  const metadata = await readParquetMetadata(src);
  const tops = topLevel(metadata);
  const columnNames = tops.map((c) => c.element.name);
  const rows = Number(metadata.num_rows);
  const root = parquetSchema(metadata);
  const byName = new Map(tops.map((t) => [t.element.name, t]));
  const wanted = selectColumns(path, columnNames, requested).filter((name) => {
    const t = byName.get(name) as SchemaTree;
    if (isFlat(t)) return true;
    if (requested !== undefined) {
      throw inputError(
        `column '${name}' in ${path} is a nested Parquet type (list, map or struct), which cannot be read`,
      );
    }
    return false;
  });

  // leaf index of each top-level flat column within a row group's column chunks
  const leafIndex = new Map<string, number>();
  metadata.row_groups[0]?.columns.forEach((c, i) => {
    const p = c.meta_data?.path_in_schema;
    if (p && p.length === 1) leafIndex.set(p[0] as string, i);
  });

  const plans: Plan[] = wanted.map((name) => {
    const t = byName.get(name) as SchemaTree;
    const index0 = leafIndex.get(name);
    const found =
      exact.has(name) && isPlainInt64(t.element) && !safeIntegers(metadata, index0)
        ? exactIntegerRule(t.element, [root, t])
        : valueRule(t.element, [root, t]);
    if ('unsupported' in found) {
      throw inputError(`column '${name}' in ${path} has an unsupported Parquet ${found.unsupported}`);
    }
    const sink: ColumnSink =
      found.rule.to === 'numbers'
        ? { to: 'numbers', values: new Float64Array(rows) }
        : { to: 'codes', codes: new Int32Array(rows), interner: new ByteInterner() };
    const decoder = {
      pathInSchema: [name],
      type: t.element.type,
      element: t.element,
      schemaPath: [root, t],
      codec: 'UNCOMPRESSED',
      parsers: PARSERS,
      compressors,
      utf8: true,
    } as unknown as ColumnDecoder;
    const index = leafIndex.get(name);
    if (index === undefined && metadata.row_groups.length > 0)
      throw new Error(`no column chunk for '${name}'`);
    return { name, index: index ?? -1, decoder, source: found.source, rule: found.rule, sink };
  });

  // every (row group, column) chunk, read one ahead of the one being decoded
  const tasks: { plan: Plan; start: number; begin: number; end: number; numValues: number; codec: string }[] =
    [];
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    for (const plan of plans) {
      const meta = group.columns[plan.index]?.meta_data;
      if (!meta) throw new Error(`row group has no metadata for column '${plan.name}'`);
      const begin = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
      const dataBegin = Number(meta.data_page_offset);
      const first =
        meta.dictionary_page_offset !== undefined && begin > 0 && begin < dataBegin ? begin : dataBegin;
      const end = first + Number(meta.total_compressed_size);
      if (end > src.byteLength) {
        throw new Error(
          `column '${plan.name}' chunk ends at byte ${end}, past the end of the file (${src.byteLength} bytes)`,
        );
      }
      tasks.push({
        plan,
        start: groupStart,
        begin: first,
        end,
        numValues: Number(meta.num_values),
        codec: meta.codec,
      });
    }
    groupStart += Number(group.num_rows);
  }
  if (groupStart !== rows) throw new Error(`row groups hold ${groupStart} rows, metadata says ${rows}`);

  let next =
    tasks.length > 0
      ? src.read((tasks[0] as (typeof tasks)[0]).begin, (tasks[0] as (typeof tasks)[0]).end)
      : null;
  for (let k = 0; k < tasks.length; k++) {
    const task = tasks[k] as (typeof tasks)[0];
    const bytes = await (next as Promise<Uint8Array>);
    const after = tasks[k + 1];
    next = after ? src.read(after.begin, after.end) : null;
    const decoder = { ...task.plan.decoder, codec: task.codec } as ColumnDecoder;
    decodeChunk(bytes, task.numValues, decoder, task.plan.rule, task.plan.sink, task.start);
  }

  const columns: RawColumn[] = plans.map((p) =>
    p.sink.to === 'numbers'
      ? { type: 'numbers', name: p.name, source: p.source, values: p.sink.values }
      : {
          type: 'codes',
          name: p.name,
          source: p.source,
          codes: p.sink.codes,
          dictionary: p.sink.interner.dictionary,
        },
  );
  return { columnNames, nested: parquetNestedColumnNames(metadata), rows, columns };
}
