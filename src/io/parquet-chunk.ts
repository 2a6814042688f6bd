/**
 * Decodes one Parquet column chunk (its dictionary page and data pages, v1 and v2) straight into our
 * column arrays, using hyparquet's page-level decoders (page header, decompression, levels, PLAIN / RLE /
 * dictionary / delta / byte-stream-split) but none of its row assembly.
 *
 * Where hyparquet's own reader spends its time on a 1M-row file (see scripts/bench/read.ts): it turns every
 * value into a JS value (strings per row, Dates per timestamp, BigInts), concatenates pages into JS arrays
 * and then builds one object per row. Here a dictionary page is converted once — numbers into a Float64Array
 * of its entries, strings into our codes — and each data page's indices are mapped through it, so no
 * per-row string or object is made; plain numeric pages are copied from their typed array.
 *
 * Only flat columns (no repetition) are decoded; `maxDefinitionLevel` is 0 (required) or 1 (optional).
 */
import type { Compressors, DataReader, DecodedArray, SchemaElement, SchemaTree } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { convert, parseDecimal } from 'hyparquet/src/convert.js';
import { Interner } from './values.js';

export type ColumnDecoder = Parameters<typeof readDataPage>[2];

/** how a chunk's physical values become ours */
export type ValueRule =
  | { readonly to: 'numbers'; readonly convert: (data: DecodedArray) => ArrayLike<number> }
  | { readonly to: 'codes'; readonly text: (data: DecodedArray) => ArrayLike<string> };

/** destination of a whole column across row groups */
export type ColumnSink =
  | { readonly to: 'numbers'; readonly values: Float64Array }
  | { readonly to: 'codes'; readonly codes: Int32Array; readonly interner: Interner };

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
  let pos = start;
  let seen = 0;
  /** per dictionary entry: its number, or its code in our dictionary */
  let dictNumbers: ArrayLike<number> | null = null;
  let dictCodes: Int32Array | null = null;

  while (seen < numValues && reader.offset < bytes.byteLength) {
    const header = parquetHeader(reader);
    const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    if (compressed.length !== header.compressed_page_size)
      throw new Error('parquet page extends past its column chunk');
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
      if (rule.to === 'numbers') dictNumbers = rule.convert(raw);
      else {
        const text = rule.text(raw);
        const interner = (sink as Extract<ColumnSink, { to: 'codes' }>).interner;
        dictCodes = new Int32Array(text.length);
        for (let k = 0; k < text.length; k++) dictCodes[k] = interner.code(text[k] as string);
      }
      continue;
    }

    let n: number;
    let defs: ArrayLike<number> | undefined;
    let data: DecodedArray;
    let encoding: string;
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
      n = daph.num_values;
      defs = r.definitionLevels;
      data = r.dataPage;
      encoding = daph.encoding;
    } else if (header.type === 'DATA_PAGE_V2') {
      const daph2 = header.data_page_header_v2;
      if (!daph2) throw new Error('parquet data page header v2 is undefined');
      const r = readDataPageV2(compressed, header, decoder);
      n = daph2.num_values;
      defs = daph2.num_nulls > 0 ? r.definitionLevels : undefined;
      data = r.dataPage;
      encoding = daph2.encoding;
    } else {
      continue; // index pages carry no values
    }
    if (pos + n > start + numValues)
      throw new Error('parquet data pages hold more values than the column chunk');
    const hasNulls = maxDef > 0 && defs !== undefined && defs.length > 0;
    const dictEncoded = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
    if (dictEncoded && (rule.to === 'numbers' ? dictNumbers === null : dictCodes === null)) {
      throw new Error('parquet dictionary-encoded page without a dictionary page');
    }

    if (sink.to === 'numbers') {
      const out = sink.values;
      const values = dictEncoded ? null : (rule as Extract<ValueRule, { to: 'numbers' }>).convert(data);
      const dict = dictNumbers as ArrayLike<number>;
      const idx = data as ArrayLike<number>;
      if (!hasNulls) {
        if (values) for (let i = 0; i < n; i++) out[pos + i] = values[i] as number;
        else for (let i = 0; i < n; i++) out[pos + i] = dict[idx[i] as number] as number;
      } else {
        const d = defs as ArrayLike<number>;
        let j = 0;
        if (values)
          for (let i = 0; i < n; i++) out[pos + i] = d[i] === maxDef ? (values[j++] as number) : NaN;
        else
          for (let i = 0; i < n; i++)
            out[pos + i] = d[i] === maxDef ? (dict[idx[j++] as number] as number) : NaN;
      }
    } else {
      const out = sink.codes;
      const idx = data as ArrayLike<number>;
      let pageCodes: ArrayLike<number>;
      if (dictEncoded) {
        const dc = dictCodes as Int32Array;
        const m = data.length;
        const c = new Int32Array(m);
        for (let k = 0; k < m; k++) c[k] = dc[idx[k] as number] as number;
        pageCodes = c;
      } else {
        const text = (rule as Extract<ValueRule, { to: 'codes' }>).text(data);
        const c = new Int32Array(text.length);
        for (let k = 0; k < text.length; k++) c[k] = sink.interner.code(text[k] as string);
        pageCodes = c;
      }
      if (!hasNulls) out.set(pageCodes as Int32Array, pos);
      else {
        const d = defs as ArrayLike<number>;
        let j = 0;
        for (let i = 0; i < n; i++) out[pos + i] = d[i] === maxDef ? (pageCodes[j++] as number) : -1;
      }
    }
    pos += n;
    seen += n;
  }
  if (seen !== numValues)
    throw new Error(`parquet column chunk holds ${seen} values, metadata says ${numValues}`);
  return seen;
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

/** what a column's values are before kind inference */
export type ParquetSource = 'float' | 'integer' | 'boolean' | 'string' | 'timestamp' | 'date' | 'decimal';

const NUMERIC_PARSERS = {
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
export const PARSERS = NUMERIC_PARSERS;

/**
 * The rule for a flat leaf column from its schema element, or a reason it is not supported.
 * Timestamps and dates become epoch milliseconds; decimals the nearest double (unscaled / 10^scale).
 */
export function valueRule(
  element: SchemaElement,
  schemaPath: SchemaTree[],
): { source: ParquetSource; rule: ValueRule } | { unsupported: string } {
  const ctype = element.converted_type;
  const ltype = element.logical_type;
  const type = element.type;
  const generic = (d: DecodedArray): ArrayLike<number> => {
    const decoder = { element, schemaPath, parsers: NUMERIC_PARSERS, utf8: true } as unknown as ColumnDecoder;
    return toDoubles(convert(d, decoder) as DecodedArray);
  };
  if (ctype === 'DECIMAL' || ltype?.type === 'DECIMAL') {
    const scale = 10 ** (element.scale ?? 0);
    if (type === 'INT32' || type === 'INT64')
      return { source: 'decimal', rule: { to: 'numbers', convert: (d) => toDoubles(d, scale) } };
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
  if (type === 'BOOLEAN') return { source: 'boolean', rule: { to: 'numbers', convert: (d) => toDoubles(d) } };
  if (type === 'FLOAT' || type === 'DOUBLE')
    return { source: 'float', rule: { to: 'numbers', convert: (d) => toDoubles(d) } };
  if (ltype?.type === 'FLOAT16') return { source: 'float', rule: { to: 'numbers', convert: generic } };
  if (ctype === 'DATE' || ltype?.type === 'DATE') {
    return { source: 'date', rule: { to: 'numbers', convert: (d) => toDoubles(d, 1, 86_400_000) } };
  }
  if (ltype?.type === 'TIMESTAMP' || ctype === 'TIMESTAMP_MILLIS' || ctype === 'TIMESTAMP_MICROS') {
    const unit =
      ltype?.type === 'TIMESTAMP' ? ltype.unit : ctype === 'TIMESTAMP_MILLIS' ? 'MILLIS' : 'MICROS';
    const perMs = unit === 'MILLIS' ? 1 : unit === 'MICROS' ? 1e3 : 1e6;
    return { source: 'timestamp', rule: { to: 'numbers', convert: (d) => toDoubles(d, perMs) } };
  }
  if (type === 'INT96') return { source: 'timestamp', rule: { to: 'numbers', convert: generic } };
  if (type === 'INT32' || type === 'INT64') {
    const unsigned =
      ctype === 'UINT_64' ||
      ctype === 'UINT_32' ||
      (ltype?.type === 'INTEGER' && !ltype.isSigned && ltype.bitWidth >= 32);
    return { source: 'integer', rule: { to: 'numbers', convert: unsigned ? generic : (d) => toDoubles(d) } };
  }
  if (type === 'BYTE_ARRAY' || type === 'FIXED_LEN_BYTE_ARRAY') {
    if (ltype?.type === 'UUID' || ctype === 'INTERVAL') {
      return { source: 'string', rule: { to: 'codes', text: (d) => Array.from(d as Uint8Array[], hex) } };
    }
    return { source: 'string', rule: { to: 'codes', text: bytesToText } };
  }
  return { unsupported: `type ${String(type)}` };
}

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

export type { Compressors };
