/**
 * Fast decoders for the Parquet page parts that dominate read time, writing into reusable typed arrays
 * instead of the JS arrays hyparquet's page readers return: the RLE / bit-packed hybrid (definition levels,
 * dictionary indices, RLE booleans), PLAIN fixed-width numbers, and PLAIN byte arrays interned straight
 * from their bytes (a string is decoded only the first time its bytes are seen).
 * Spec: https://parquet.apache.org/docs/file-format/data-pages/encodings/
 */

/** widths above this go through hyparquet's general decoder (our 32-bit accumulator needs width + 8 ≤ 32) */
export const MAX_FAST_BIT_WIDTH = 24;

/**
 * Decodes `count` values of the RLE / bit-packed hybrid encoding of `width` bits from bytes[pos..end)
 * into out[0..count). Cost O(count + bytes).
 */
export function decodeHybrid(
  bytes: Uint8Array,
  pos: number,
  end: number,
  width: number,
  out: Int32Array | Uint8Array,
  count: number,
): void {
  if (width === 0) {
    out.fill(0, 0, count);
    return;
  }
  const mask = (1 << width) - 1;
  const valueBytes = (width + 7) >> 3;
  let i = 0;
  while (i < count) {
    if (pos >= end) throw new Error('parquet rle/bit-packed run past the end of its data');
    let header = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[pos++] as number;
      header |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    if (header & 1) {
      const groups = header >>> 1;
      const runEnd = pos + groups * width;
      if (runEnd > end) throw new Error('parquet bit-packed run past the end of its data');
      let acc = 0;
      let bits = 0;
      const stop = Math.min(count, i + groups * 8);
      for (; i < stop; i++) {
        while (bits < width) {
          acc |= (bytes[pos++] as number) << bits;
          bits += 8;
        }
        out[i] = acc & mask;
        acc >>>= width;
        bits -= width;
      }
      pos = runEnd; // the rest of the run is padding
    } else {
      const n = header >>> 1;
      let v = 0;
      for (let k = 0; k < valueBytes; k++) v |= (bytes[pos++] as number) << (8 * k);
      const stop = Math.min(count, i + n);
      out.fill(v, i, stop);
      i = stop;
    }
  }
}

/** copies PLAIN numbers of a physical type into out[0..count) as doubles; returns bytes consumed */
export function plainNumbers(
  type: string,
  bytes: Uint8Array,
  pos: number,
  count: number,
  out: Float64Array,
): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'DOUBLE') {
    if (pos + 8 * count > bytes.length) throw new Error('parquet plain page too short');
    if ((bytes.byteOffset + pos) % 8 === 0)
      out.set(new Float64Array(bytes.buffer, bytes.byteOffset + pos, count));
    else {
      // unaligned: copy first (Uint8Array copy, not Buffer#slice, which would be a view)
      const copy = new Uint8Array(8 * count);
      copy.set(bytes.subarray(pos, pos + 8 * count));
      out.set(new Float64Array(copy.buffer));
    }
    return 8 * count;
  }
  if (type === 'FLOAT') {
    if (pos + 4 * count > bytes.length) throw new Error('parquet plain page too short');
    for (let i = 0; i < count; i++) out[i] = view.getFloat32(pos + 4 * i, true);
    return 4 * count;
  }
  if (type === 'INT32') {
    if (pos + 4 * count > bytes.length) throw new Error('parquet plain page too short');
    for (let i = 0; i < count; i++) out[i] = view.getInt32(pos + 4 * i, true);
    return 4 * count;
  }
  if (type === 'INT64') {
    if (pos + 8 * count > bytes.length) throw new Error('parquet plain page too short');
    // hi * 2^32 + lo: exact for |v| < 2^53, the nearest double beyond (no BigInt per value)
    for (let i = 0, p = pos; i < count; i++, p += 8) {
      out[i] = view.getInt32(p + 4, true) * 4294967296 + view.getUint32(p, true);
    }
    return 8 * count;
  }
  if (type === 'BOOLEAN') {
    if (pos + ((count + 7) >> 3) > bytes.length) throw new Error('parquet plain page too short');
    for (let i = 0; i < count; i++) out[i] = ((bytes[pos + (i >> 3)] as number) >> (i & 7)) & 1;
    return (count + 7) >> 3;
  }
  throw new Error(`parquet plain ${type} is not a fast type`);
}

/**
 * BYTE_STREAM_SPLIT numbers: byte b of value i is at pos + b·count + i. Reassembles them into a
 * little-endian buffer and reads it as the physical type into out[0..count); returns bytes consumed.
 */
export function byteStreamSplitNumbers(
  type: string,
  bytes: Uint8Array,
  pos: number,
  count: number,
  out: Float64Array,
): number {
  const width = type === 'DOUBLE' || type === 'INT64' ? 8 : type === 'FLOAT' || type === 'INT32' ? 4 : 0;
  if (width === 0) throw new Error(`parquet byte_stream_split for ${type} is not a fast type`);
  if (pos + width * count > bytes.length) throw new Error('parquet byte_stream_split page too short');
  const joined = new Uint8Array(width * count);
  for (let b = 0; b < width; b++) {
    const from = pos + b * count;
    for (let i = 0; i < count; i++) joined[i * width + b] = bytes[from + i] as number;
  }
  plainNumbers(type, joined, 0, count, out);
  return width * count;
}

const utf8 = new TextDecoder();
const utf8Encoder = new TextEncoder();

/**
 * Dictionary-encodes byte strings: codes in order of first appearance and their UTF-8 text in `dictionary`.
 * An open-addressing hash table over the bytes (FNV-1a, murmur3 finaliser; each slot holds hash, code,
 * arena offset and length side by side, so a probe touches one cache line), so a repeated value costs a
 * hash and a byte compare, and a string is decoded only the first time its bytes are seen.
 */
export class ByteInterner {
  readonly dictionary: string[] = [];
  private table = new Int32Array(4 << 10); // per slot: hash, code + 1 (0 = empty), arena start, length
  private arena = new Uint8Array(1 << 14);
  private arenaUsed = 0;

  /**
   * Reads `count` PLAIN byte arrays (4-byte little-endian length, then the bytes) from bytes[pos..) into
   * out[0..count) as codes; returns the bytes consumed.
   */
  plainCodes(bytes: Uint8Array, pos: number, count: number, out: Int32Array): number {
    const start = pos;
    const n = bytes.length;
    for (let i = 0; i < count; i++) {
      if (pos + 4 > n) throw new Error('parquet plain byte array page too short');
      const len =
        ((bytes[pos] as number) |
          ((bytes[pos + 1] as number) << 8) |
          ((bytes[pos + 2] as number) << 16) |
          ((bytes[pos + 3] as number) << 24)) >>>
        0;
      pos += 4;
      if (pos + len > n) throw new Error('parquet plain byte array runs past the end of its page');
      out[i] = this.code(bytes, pos, len);
      pos += len;
    }
    return pos - start;
  }

  /** the code of a string (encoded to UTF-8 first, so it shares codes with byte input) */
  codeText(text: string): number {
    const b = utf8Encoder.encode(text);
    return this.code(b, 0, b.length);
  }

  /** the code of bytes[pos..pos+len) */
  code(bytes: Uint8Array, pos: number, len: number): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < len; k++) h = Math.imul(h ^ (bytes[pos + k] as number), 0x01000193);
    // murmur3 finaliser: spreads FNV's weak low bits, which pick the slot
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const t = this.table;
    const mask = (t.length >> 2) - 1;
    let o = (h & mask) << 2;
    while (true) {
      const c = t[o + 1] as number;
      if (c === 0) break;
      if (t[o] === h && t[o + 3] === len && this.same(t[o + 2] as number, bytes, pos, len)) return c - 1;
      o = (o + 4) & (t.length - 1);
    }
    const code = this.dictionary.length;
    this.dictionary.push(utf8.decode(bytes.subarray(pos, pos + len)));
    if (this.arenaUsed + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
      next.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = next;
    }
    this.arena.set(bytes.subarray(pos, pos + len), this.arenaUsed);
    t[o] = h;
    t[o + 1] = code + 1;
    t[o + 2] = this.arenaUsed;
    t[o + 3] = len;
    this.arenaUsed += len;
    if (this.dictionary.length * 2 > t.length >> 2) this.grow();
    return code;
  }

  private same(at: number, bytes: Uint8Array, pos: number, len: number): boolean {
    const a = this.arena;
    for (let k = 0; k < len; k++) if (a[at + k] !== bytes[pos + k]) return false;
    return true;
  }

  private grow(): void {
    const old = this.table;
    const t = new Int32Array(old.length * 2);
    const mask = (t.length >> 2) - 1;
    for (let p = 0; p < old.length; p += 4) {
      if (old[p + 1] === 0) continue;
      let o = ((old[p] as number) & mask) << 2;
      while (t[o + 1] !== 0) o = (o + 4) & (t.length - 1);
      t[o] = old[p] as number;
      t[o + 1] = old[p + 1] as number;
      t[o + 2] = old[p + 2] as number;
      t[o + 3] = old[p + 3] as number;
    }
    this.table = t;
  }
}
