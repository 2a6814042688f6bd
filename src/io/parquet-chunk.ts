/**
 * Tuned kernel (the page decode loops run once per value of every column read; split, they lose their
 * inlining).
 * Decodes one Parquet column chunk (its dictionary page and data pages, v1 and v2) straight into our
 * column arrays. hyparquet supplies the page headers, decompression, dictionary pages and, as a fallback,
 * its general page readers (delta, byte-stream-split, bit widths above 24, unsigned, INT96, FLOAT16 ...);
 * the common pages go through parquet-page.ts into reusable typed arrays.
 *
 * Where hyparquet's own reader (parquetReadObjects) spends its time on the 1M-row × 20-column bench file
 * (scripts/bench/read.ts; about 9 s CPU and 1.9 GB there): every value becomes a JS value (a string per row,
 * a BigInt per INT64, a Date per timestamp), levels and indices land in JS arrays, pages are concatenated,
 * and then one object per row is built. Here:
 *   - a dictionary page is converted once — numbers into a Float64Array of its entries, strings into our
 *     codes — and each data page's indices are gathered through it: no per-row string or object;
 *   - definition levels and indices are decoded into scratch typed arrays (no JS array per page);
 *   - PLAIN INT64 is read as hi·2^32 + lo (no BigInt), PLAIN DOUBLE is copied;
 *   - PLAIN strings are interned from their bytes (ByteInterner): a repeated value costs a hash and a
 *     compare, and only distinct values are decoded to strings.
 *
 * Only flat columns (no repetition) are decoded; `maxDefinitionLevel` is 0 (required) or 1 (optional).
 */
import type { DataReader, DecodedArray, SchemaElement, SchemaTree } from 'hyparquet';
import type { SourceType } from '../contract/table.js';
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { deltaBinaryUnpack, deltaByteArray, deltaLengthByteArray } from 'hyparquet/src/delta.js';
import {
  ByteInterner,
  byteStreamSplitNumbers,
  decodeHybrid,
  MAX_FAST_BIT_WIDTH,
  plainNumbers,
} from './parquet-page.js';
import { convert, parseDecimal } from 'hyparquet/src/convert.js';
import { pow, POW10 } from '../stats/pow.js';

export type ColumnDecoder = Parameters<typeof readDataPage>[2];

/**
 * How a chunk's physical values become ours. `fast` = the page decoders of parquet-page.ts apply: numbers
 * of a plain physical type (value / divisor × factor), or UTF-8 byte arrays interned by their bytes.
 */
export type ValueRule =
  | {
      readonly to: 'numbers';
      readonly convert: (data: DecodedArray) => ArrayLike<number>;
      readonly fast?: { readonly divisor: number; readonly factor: number };
    }
  | {
      readonly to: 'codes';
      readonly text: (data: DecodedArray) => ArrayLike<string>;
      readonly fast?: boolean;
    };

/** destination of a whole column across row groups */
export type ColumnSink =
  | { readonly to: 'numbers'; readonly values: Float64Array }
  | { readonly to: 'codes'; readonly codes: Int32Array; readonly interner: ByteInterner };

// scratch arrays reused across pages (decodeChunk is synchronous, so never shared by two calls at once)
let defScratch = new Uint8Array(0);
let idxScratch = new Int32Array(0);
let numScratch = new Float64Array(0);
function scratch(n: number): void {
  if (defScratch.length < n) {
    const size = Math.max(n, 2 * defScratch.length);
    defScratch = new Uint8Array(size);
    idxScratch = new Int32Array(size);
    numScratch = new Float64Array(size);
  }
}

const FAST_TYPES = new Set(['DOUBLE', 'FLOAT', 'INT32', 'INT64', 'BOOLEAN']);
/** encodings fastPage handles (levels and decompression ours; delta values via hyparquet's decoders) */
const FAST_ENCODINGS = new Set([
  'PLAIN',
  'PLAIN_DICTIONARY',
  'RLE_DICTIONARY',
  'RLE',
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'BYTE_STREAM_SPLIT',
]);

/** one data page's values before they are placed: dictionary indices, numbers or codes (non-null only) */
type PageValues =
  | { readonly as: 'indices'; readonly values: ArrayLike<number> }
  | { readonly as: 'numbers'; readonly values: ArrayLike<number> }
  | { readonly as: 'codes'; readonly values: ArrayLike<number> };

/**
 * Decodes a column chunk's pages into `sink` starting at row `start`; returns the number of rows written.
 * `bytes` holds the whole chunk (dictionary page first when there is one).
 */
export function decodeChunk(
  bytes: Uint8Array,
  numValues: number,
  decoder: ColumnDecoder,
  rule: ValueRule,
  sink: ColumnSink,
  start: number,
): number {
  const reader: DataReader = {
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    offset: 0,
  };
  const maxDef = decoder.element.repetition_type === 'REQUIRED' ? 0 : 1;
  const fastType = FAST_TYPES.has(decoder.type) || (decoder.type === 'BYTE_ARRAY' && rule.to === 'codes');
  const fast = fastType && rule.fast !== undefined && rule.fast !== false;
  let pos = start;
  let seen = 0;
  /** per dictionary entry: its number, or its code in our dictionary */
  let dictNumbers: Float64Array | null = null;
  let dictCodes: Int32Array | null = null;

  while (seen < numValues && reader.offset < bytes.byteLength) {
    const header = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    if (compressed.length !== header.compressed_page_size) {
      throw new Error('parquet page extends past its column chunk');
    }
    reader.offset += header.compressed_page_size;

    if (header.type === 'DICTIONARY_PAGE') {
      const diph = header.dictionary_page_header;
      if (!diph) throw new Error('parquet dictionary page header is undefined');
      const page = decompressPage(
        compressed,
        Number(header.uncompressed_page_size),
        decoder.codec,
        decoder.compressors,
      );
      const pageReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
      const raw = readPlain(pageReader, decoder.type, diph.num_values, decoder.element.type_length);
      if (rule.to === 'numbers') dictNumbers = Float64Array.from(rule.convert(raw));
      else {
        const interner = (sink as Extract<ColumnSink, { to: 'codes' }>).interner;
        dictCodes = new Int32Array(raw.length);
        if (fast) {
          // UTF-8 byte strings: interned from their bytes, no string made for a value seen before
          const entries = raw as Uint8Array[];
          for (let k = 0; k < entries.length; k++) {
            const b = entries[k] as Uint8Array;
            dictCodes[k] = interner.code(b, 0, b.length);
          }
        } else {
          const text = rule.text(raw);
          for (let k = 0; k < text.length; k++) dictCodes[k] = interner.codeText(text[k] as string);
        }
      }
      continue;
    }
    if (header.type !== 'DATA_PAGE' && header.type !== 'DATA_PAGE_V2') continue; // index pages: no values

    const v2 = header.type === 'DATA_PAGE_V2';
    const n = v2 ? (header.data_page_header_v2?.num_values ?? 0) : (header.data_page_header?.num_values ?? 0);
    if (pos + n > start + numValues)
      throw new Error('parquet data pages hold more values than the column chunk');
    const encoding = (v2 ? header.data_page_header_v2?.encoding : header.data_page_header?.encoding) ?? '';
    const dictEncoded = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
    if (dictEncoded && (rule.to === 'numbers' ? dictNumbers === null : dictCodes === null)) {
      throw new Error('parquet dictionary-encoded page without a dictionary page');
    }
    scratch(n);
    const page =
      fast && FAST_ENCODINGS.has(encoding)
        ? fastPage(header, compressed, n, maxDef, encoding, decoder, rule, sink)
        : generalPage(header, compressed, n, decoder, rule, sink, dictEncoded);
    place(page, sink, pos, n, page.defs, dictNumbers, dictCodes);
    pos += n;
    seen += n;
  }
  if (seen !== numValues)
    throw new Error(`parquet column chunk holds ${seen} values, metadata says ${numValues}`);
  return seen;
}

type PageHeader = ReturnType<typeof parquetHeader>;

/** our decoders: levels and indices into scratch arrays, plain numbers and byte arrays without JS values */
function fastPage(
  header: PageHeader,
  compressed: Uint8Array,
  n: number,
  maxDef: number,
  encoding: string,
  decoder: ColumnDecoder,
  rule: ValueRule,
  sink: ColumnSink,
): PageValues & { defs: Uint8Array | null } {
  let page: Uint8Array;
  let pos = 0;
  let nonNull = n;
  let defs: Uint8Array | null = null;
  if (header.type === 'DATA_PAGE') {
    page = decompressPage(
      compressed,
      Number(header.uncompressed_page_size),
      decoder.codec,
      decoder.compressors,
    );
    if (maxDef > 0) {
      const len = new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(0, true);
      pos = 4 + len;
      if (pos > page.length) throw new Error('parquet definition levels run past the end of their page');
      decodeHybrid(page, 4, pos, 1, defScratch, n);
      nonNull = 0;
      for (let i = 0; i < n; i++) nonNull += defScratch[i] as number;
      if (nonNull < n) defs = defScratch;
    }
  } else {
    const h = header.data_page_header_v2;
    if (!h) throw new Error('parquet data page header v2 is undefined');
    const levels = h.repetition_levels_byte_length + h.definition_levels_byte_length;
    if (maxDef > 0 && h.num_nulls > 0) {
      decodeHybrid(compressed, h.repetition_levels_byte_length, levels, 1, defScratch, n);
      defs = defScratch;
      nonNull = n - h.num_nulls;
    }
    page = compressed.subarray(levels);
    if (h.is_compressed !== false) {
      page = decompressPage(
        page,
        Number(header.uncompressed_page_size) - levels,
        decoder.codec,
        decoder.compressors,
      );
    }
  }

  if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
    const width = page[pos] as number;
    if (width > MAX_FAST_BIT_WIDTH) {
      const arr = new Array<number>(nonNull);
      readRleBitPackedHybrid(
        { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: pos + 1 },
        width,
        arr,
        page.length - pos - 1,
      );
      return { as: 'indices', values: arr, defs };
    }
    decodeHybrid(page, pos + 1, page.length, width, idxScratch, nonNull);
    return { as: 'indices', values: idxScratch, defs };
  }
  if (encoding === 'RLE') {
    // booleans: 4-byte length, then the hybrid of width 1
    const len = new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(pos, true);
    decodeHybrid(page, pos + 4, pos + 4 + len, 1, idxScratch, nonNull);
    for (let i = 0; i < nonNull; i++) numScratch[i] = idxScratch[i] as number;
    return { as: 'numbers', values: numScratch, defs };
  }
  if (rule.to === 'codes') {
    const interner = (sink as Extract<ColumnSink, { to: 'codes' }>).interner;
    if (encoding === 'PLAIN') interner.plainCodes(page, pos, nonNull, idxScratch);
    else if (encoding === 'DELTA_LENGTH_BYTE_ARRAY' || encoding === 'DELTA_BYTE_ARRAY') {
      const arrays = new Array<Uint8Array>(nonNull);
      const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: pos };
      if (encoding === 'DELTA_BYTE_ARRAY') deltaByteArray(reader, nonNull, arrays);
      else deltaLengthByteArray(reader, nonNull, arrays);
      for (let i = 0; i < nonNull; i++) {
        const b = arrays[i] as Uint8Array;
        idxScratch[i] = interner.code(b, 0, b.length);
      }
    } else throw new Error(`parquet ${encoding} encoding for a ${decoder.type} column`);
    return { as: 'codes', values: idxScratch, defs };
  }
  if (encoding === 'PLAIN') plainNumbers(decoder.type, page, pos, nonNull, numScratch);
  else if (encoding === 'BYTE_STREAM_SPLIT')
    byteStreamSplitNumbers(decoder.type, page, pos, nonNull, numScratch);
  else if (encoding === 'DELTA_BINARY_PACKED' && (decoder.type === 'INT32' || decoder.type === 'INT64')) {
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: pos };
    const ints = decoder.type === 'INT32' ? new Int32Array(nonNull) : new BigInt64Array(nonNull);
    deltaBinaryUnpack(reader, nonNull, ints);
    for (let i = 0; i < nonNull; i++) numScratch[i] = Number(ints[i]);
  } else throw new Error(`parquet ${encoding} encoding for a ${decoder.type} column`);
  const { divisor, factor } = rule.fast ?? { divisor: 1, factor: 1 };
  if (divisor !== 1) for (let i = 0; i < nonNull; i++) numScratch[i] = (numScratch[i] as number) / divisor;
  if (factor !== 1) for (let i = 0; i < nonNull; i++) numScratch[i] = (numScratch[i] as number) * factor;
  return { as: 'numbers', values: numScratch, defs };
}

/** hyparquet's page readers, for encodings and types the fast path does not cover */
function generalPage(
  header: PageHeader,
  compressed: Uint8Array,
  n: number,
  decoder: ColumnDecoder,
  rule: ValueRule,
  sink: ColumnSink,
  dictEncoded: boolean,
): PageValues & { defs: Uint8Array | null } {
  let defLevels: ArrayLike<number> | undefined;
  let data: DecodedArray;
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header;
    if (!daph) throw new Error('parquet data page header is undefined');
    const page = decompressPage(
      compressed,
      Number(header.uncompressed_page_size),
      decoder.codec,
      decoder.compressors,
    );
    const r = readDataPage(page, daph, decoder);
    defLevels = r.definitionLevels;
    data = r.dataPage;
  } else {
    const daph2 = header.data_page_header_v2;
    if (!daph2) throw new Error('parquet data page header v2 is undefined');
    const r = readDataPageV2(compressed, header, decoder);
    defLevels = daph2.num_nulls > 0 ? r.definitionLevels : undefined;
    data = r.dataPage;
  }
  let defs: Uint8Array | null = null;
  if (defLevels !== undefined && defLevels.length > 0) {
    for (let i = 0; i < n; i++) defScratch[i] = defLevels[i] as number;
    defs = defScratch;
  }
  if (dictEncoded) return { as: 'indices', values: data as ArrayLike<number>, defs };
  if (rule.to === 'numbers') return { as: 'numbers', values: rule.convert(data), defs };
  const interner = (sink as Extract<ColumnSink, { to: 'codes' }>).interner;
  return { as: 'codes', values: textCodes(rule.text(data), interner), defs };
}

function textCodes(text: ArrayLike<string>, interner: ByteInterner): Int32Array {
  const c = new Int32Array(text.length);
  for (let k = 0; k < text.length; k++) c[k] = interner.codeText(text[k] as string);
  return c;
}

/** writes a page's values into the column at rows pos..pos+n, NaN / -1 where the definition level is 0 */
function place(
  page: PageValues,
  sink: ColumnSink,
  pos: number,
  n: number,
  defs: Uint8Array | null,
  dictNumbers: Float64Array | null,
  dictCodes: Int32Array | null,
): void {
  // each case is its own monomorphic loop (typed arrays of one kind), which V8 compiles to tight code
  const v =
    page.values instanceof Int32Array || page.values instanceof Float64Array
      ? page.values
      : Float64Array.from(page.values);
  if (sink.to === 'numbers') {
    if (page.as === 'indices')
      gatherNumbers(sink.values, pos, n, defs, dictNumbers as Float64Array, toInt32(v));
    else copyNumbers(sink.values, pos, n, defs, v instanceof Float64Array ? v : Float64Array.from(v));
  } else if (page.as === 'indices')
    gatherCodes(sink.codes, pos, n, defs, dictCodes as Int32Array, toInt32(v));
  else copyCodes(sink.codes, pos, n, defs, toInt32(v));
}

function toInt32(v: Int32Array | Float64Array): Int32Array {
  return v instanceof Int32Array ? v : Int32Array.from(v);
}

function gatherNumbers(
  out: Float64Array,
  pos: number,
  n: number,
  defs: Uint8Array | null,
  dict: Float64Array,
  idx: Int32Array,
): void {
  const size = dict.length;
  if (defs === null) {
    for (let i = 0; i < n; i++) {
      const k = idx[i] as number;
      if (k >= size) throw new Error(`parquet dictionary index ${k} out of range (${size} entries)`);
      out[pos + i] = dict[k] as number;
    }
    return;
  }
  for (let i = 0, j = 0; i < n; i++) {
    if (defs[i] === 0) out[pos + i] = NaN;
    else {
      const k = idx[j++] as number;
      if (k >= size) throw new Error(`parquet dictionary index ${k} out of range (${size} entries)`);
      out[pos + i] = dict[k] as number;
    }
  }
}

function copyNumbers(
  out: Float64Array,
  pos: number,
  n: number,
  defs: Uint8Array | null,
  v: Float64Array,
): void {
  if (defs === null) {
    out.set(v.subarray(0, n), pos);
    return;
  }
  for (let i = 0, j = 0; i < n; i++) out[pos + i] = defs[i] === 0 ? NaN : (v[j++] as number);
}

function gatherCodes(
  out: Int32Array,
  pos: number,
  n: number,
  defs: Uint8Array | null,
  dict: Int32Array,
  idx: Int32Array,
): void {
  const size = dict.length;
  if (defs === null) {
    for (let i = 0; i < n; i++) {
      const k = idx[i] as number;
      if (k >= size) throw new Error(`parquet dictionary index ${k} out of range (${size} entries)`);
      out[pos + i] = dict[k] as number;
    }
    return;
  }
  for (let i = 0, j = 0; i < n; i++) {
    if (defs[i] === 0) out[pos + i] = -1;
    else {
      const k = idx[j++] as number;
      if (k >= size) throw new Error(`parquet dictionary index ${k} out of range (${size} entries)`);
      out[pos + i] = dict[k] as number;
    }
  }
}

function copyCodes(out: Int32Array, pos: number, n: number, defs: Uint8Array | null, v: Int32Array): void {
  if (defs === null) {
    out.set(v.subarray(0, n), pos);
    return;
  }
  for (let i = 0, j = 0; i < n; i++) out[pos + i] = defs[i] === 0 ? -1 : (v[j++] as number);
}

const utf8 = new TextDecoder();

/** decodes byte arrays (or strings) to text */
function bytesToText(data: DecodedArray): string[] {
  const arr = data as ArrayLike<Uint8Array | string>;
  const out = new Array<string>(arr.length);
  for (let i = 0; i < arr.length; i++) {
    const b = arr[i] as Uint8Array | string;
    out[i] = typeof b === 'string' ? b : utf8.decode(b);
  }
  return out;
}

/** copies any numeric typed array (or bigint / boolean array) into doubles */
function toDoubles(data: DecodedArray, divisor = 1, factor = 1): ArrayLike<number> {
  if (data instanceof Float64Array && divisor === 1 && factor === 1) return data;
  const out = new Float64Array(data.length);
  const arr = data as ArrayLike<number | bigint | boolean>;
  if (divisor === 1 && factor === 1) for (let i = 0; i < out.length; i++) out[i] = Number(arr[i]);
  else if (factor === 1) for (let i = 0; i < out.length; i++) out[i] = Number(arr[i]) / divisor;
  else for (let i = 0; i < out.length; i++) out[i] = Number(arr[i]) * factor;
  return out;
}

const PLAIN = { divisor: 1, factor: 1 } as const;

/** hyparquet's value parsers, set to give numbers (epoch ms) for timestamps and dates */
export const PARSERS = {
  timestampFromMilliseconds: (ms: bigint) => Number(ms),
  timestampFromMicroseconds: (us: bigint) => Number(us) / 1e3,
  timestampFromNanoseconds: (ns: bigint) => Number(ns) / 1e6,
  dateFromDays: (days: number) => days * 86_400_000,
  stringFromBytes: (b: Uint8Array) => (b === undefined ? undefined : utf8.decode(b)),
  jsonFromBytes: (b: Uint8Array) => (b === undefined ? undefined : utf8.decode(b)),
  geometryFromBytes: (b: Uint8Array) => b,
  geographyFromBytes: (b: Uint8Array) => b,
  uuidFromBytes: (b: Uint8Array) => b,
};

/**
 * The rule for a flat leaf column from its schema element, or a reason it is not supported.
 * Timestamps and dates become epoch milliseconds; decimals the nearest double (unscaled / 10^scale).
 */
export function valueRule(
  element: SchemaElement,
  schemaPath: SchemaTree[],
): { source: SourceType; rule: ValueRule } | { unsupported: string } {
  const ctype = element.converted_type;
  const ltype = element.logical_type;
  const type = element.type;
  const generic = (d: DecodedArray): ArrayLike<number> => {
    const decoder = { element, schemaPath, parsers: PARSERS, utf8: true } as unknown as ColumnDecoder;
    return toDoubles(convert(d, decoder) as DecodedArray);
  };
  if (ctype === 'DECIMAL' || ltype?.type === 'DECIMAL') {
    const k = element.scale ?? 0;
    const scale = k <= 22 ? POW10[k]! : pow(10, k);
    if (type === 'INT32' || type === 'INT64') {
      return {
        source: 'decimal',
        rule: { to: 'numbers', convert: (d) => toDoubles(d, scale), fast: { divisor: scale, factor: 1 } },
      };
    }
    return {
      source: 'decimal',
      rule: {
        to: 'numbers',
        convert: (d) => {
          const arr = d as Uint8Array[];
          const out = new Float64Array(arr.length);
          for (let i = 0; i < arr.length; i++) out[i] = parseDecimal(arr[i] as Uint8Array) / scale;
          return out;
        },
      },
    };
  }
  if (type === 'BOOLEAN')
    return { source: 'boolean', rule: { to: 'numbers', convert: (d) => toDoubles(d), fast: PLAIN } };
  if (type === 'FLOAT' || type === 'DOUBLE')
    return { source: 'float', rule: { to: 'numbers', convert: (d) => toDoubles(d), fast: PLAIN } };
  if (ltype?.type === 'FLOAT16') return { source: 'float', rule: { to: 'numbers', convert: generic } };
  if (ctype === 'DATE' || ltype?.type === 'DATE') {
    return {
      source: 'date',
      rule: {
        to: 'numbers',
        convert: (d) => toDoubles(d, 1, 86_400_000),
        fast: { divisor: 1, factor: 86_400_000 },
      },
    };
  }
  if (ltype?.type === 'TIMESTAMP' || ctype === 'TIMESTAMP_MILLIS' || ctype === 'TIMESTAMP_MICROS') {
    const unit =
      ltype?.type === 'TIMESTAMP' ? ltype.unit : ctype === 'TIMESTAMP_MILLIS' ? 'MILLIS' : 'MICROS';
    const perMs = unit === 'MILLIS' ? 1 : unit === 'MICROS' ? 1e3 : 1e6;
    return {
      source: 'timestamp',
      rule: { to: 'numbers', convert: (d) => toDoubles(d, perMs), fast: { divisor: perMs, factor: 1 } },
    };
  }
  if (type === 'INT96') return { source: 'timestamp', rule: { to: 'numbers', convert: generic } };
  if (type === 'INT32' || type === 'INT64') {
    const unsigned =
      ctype === 'UINT_64' ||
      ctype === 'UINT_32' ||
      (ltype?.type === 'INTEGER' && !ltype.isSigned && ltype.bitWidth >= 32);
    return {
      source: 'integer',
      rule: unsigned
        ? { to: 'numbers', convert: generic }
        : { to: 'numbers', convert: (d) => toDoubles(d), fast: PLAIN },
    };
  }
  if (type === 'BYTE_ARRAY' || type === 'FIXED_LEN_BYTE_ARRAY') {
    if (ltype?.type === 'UUID' || ctype === 'INTERVAL') {
      return { source: 'string', rule: { to: 'codes', text: (d) => Array.from(d as Uint8Array[], hex) } };
    }
    return { source: 'string', rule: { to: 'codes', text: bytesToText, fast: type === 'BYTE_ARRAY' } };
  }
  return { unsupported: `type ${String(type)}` };
}

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

/**
 * An id column of INT64 that may exceed ±2^53: each value as its exact decimal text (hyparquet decodes it
 * as a BigInt; unsigned 64-bit through its converter), source 'integer' so pairing knows it is a number.
 */
export function exactIntegerRule(
  element: SchemaElement,
  schemaPath: SchemaTree[],
): { source: SourceType; rule: ValueRule } {
  const decoder = { element, schemaPath, parsers: PARSERS, utf8: true } as unknown as ColumnDecoder;
  return {
    source: 'integer',
    rule: {
      to: 'codes',
      text: (d) => Array.from(convert(d, decoder) as ArrayLike<bigint | number>, (v) => String(v)),
    },
  };
}
