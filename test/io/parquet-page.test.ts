// The fast page decoders on hand-made bytes: the RLE / bit-packed hybrid (examples from the Parquet
// encoding spec), PLAIN numbers, and the byte interner.
import { describe, expect, it } from 'vitest';
import {
  ByteInterner,
  byteStreamSplitNumbers,
  decodeHybrid,
  plainNumbers,
} from '../../src/io/parquet-page.js';

function hybrid(bytes: number[], width: number, count: number): number[] {
  const out = new Int32Array(count);
  decodeHybrid(Uint8Array.from(bytes), 0, bytes.length, width, out, count);
  return Array.from(out);
}

describe('decodeHybrid', () => {
  it('bit-packed run: the spec example 0..7 at width 3', () => {
    // header 1 group of 8 → (1 << 1) | 1 = 3; bytes 10001000 11000110 11111010
    expect(hybrid([3, 0b10001000, 0b11000110, 0b11111010], 3, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('RLE run, then a bit-packed run whose padding is skipped', () => {
    // 5 × value 4 (header 5 << 1 = 10), then one group of 8 bit-packed 3-bit values of which 3 are used:
    // 1, 0, 1 → bits 0 and 6 of the first byte
    expect(hybrid([10, 4, 3, 0b01000001, 0, 0], 3, 8)).toEqual([4, 4, 4, 4, 4, 1, 0, 1]);
  });

  it('multi-byte RLE values and varint headers', () => {
    // 200 × 300 at width 9: header 400 = varint [0x90, 0x03]; value in 2 little-endian bytes [0x2c, 0x01]
    const got = hybrid([0x90, 0x03, 0x2c, 0x01], 9, 200);
    expect(got.length).toBe(200);
    expect(new Set(got)).toEqual(new Set([300]));
  });

  it('width 0 is all zeros; running out of data is an error', () => {
    expect(hybrid([], 0, 3)).toEqual([0, 0, 0]);
    expect(() => hybrid([10, 4], 3, 8)).toThrow(/past the end/);
    expect(() => hybrid([5, 0xff], 8, 16)).toThrow(/past the end/);
  });
});

describe('plainNumbers', () => {
  it('reads INT64 without BigInt, exactly below 2^53 and rounded beyond', () => {
    const values = [0n, -1n, 123456789012345n, -(2n ** 52n) + 7n, 2n ** 62n + 1n];
    const bytes = new Uint8Array(8 * values.length + 3);
    const view = new DataView(bytes.buffer);
    values.forEach((v, i) => view.setBigInt64(3 + 8 * i, v, true)); // unaligned on purpose
    const out = new Float64Array(values.length);
    expect(plainNumbers('INT64', bytes, 3, values.length, out)).toBe(8 * values.length);
    expect(Array.from(out)).toEqual(values.map((v) => Number(v)));
  });

  it('reads unaligned DOUBLE, FLOAT, INT32 and BOOLEAN', () => {
    const bytes = new Uint8Array(1 + 16);
    new DataView(bytes.buffer).setFloat64(1, 0.1, true);
    new DataView(bytes.buffer).setFloat64(9, -2.5e300, true);
    const out = new Float64Array(2);
    plainNumbers('DOUBLE', bytes, 1, 2, out);
    expect(Array.from(out)).toEqual([0.1, -2.5e300]);
    const f = new Uint8Array(4);
    new DataView(f.buffer).setFloat32(0, 0.1, true);
    plainNumbers('FLOAT', f, 0, 1, out);
    expect(out[0]).toBe(Math.fround(0.1));
    const b = Uint8Array.from([0b00000101, 0b1]);
    const bools = new Float64Array(9);
    plainNumbers('BOOLEAN', b, 0, 9, bools);
    expect(Array.from(bools)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(() => plainNumbers('INT32', b, 0, 1, out)).toThrow(/too short/);
  });
});

describe('byteStreamSplitNumbers', () => {
  it('regroups byte k of every value (DOUBLE and INT32)', () => {
    const values = [1.5, -0.1, 1e300];
    const plain = new Uint8Array(new Float64Array(values).buffer);
    const split = new Uint8Array(2 + plain.length);
    for (let i = 0; i < 3; i++) for (let b = 0; b < 8; b++) split[2 + b * 3 + i] = plain[i * 8 + b] as number;
    const out = new Float64Array(3);
    expect(byteStreamSplitNumbers('DOUBLE', split, 2, 3, out)).toBe(24);
    expect(Array.from(out)).toEqual(values);
    const ints = new Uint8Array(new Int32Array([7, -300]).buffer);
    const s32 = new Uint8Array(8);
    for (let i = 0; i < 2; i++) for (let b = 0; b < 4; b++) s32[b * 2 + i] = ints[i * 4 + b] as number;
    byteStreamSplitNumbers('INT32', s32, 0, 2, out);
    expect([out[0], out[1]]).toEqual([7, -300]);
    expect(() => byteStreamSplitNumbers('DOUBLE', split, 2, 4, out)).toThrow(/too short/);
  });
});

describe('ByteInterner', () => {
  it('gives codes in order of first appearance, shared between bytes and text, across table growth', () => {
    const bi = new ByteInterner();
    const enc = new TextEncoder();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i % 3000}é`);
    const codes = words.map((w) => {
      const b = enc.encode(`xx${w}`);
      return bi.code(b, 2, b.length - 2);
    });
    expect(bi.dictionary.length).toBe(3000);
    expect(codes[3001]).toBe(1);
    expect(bi.dictionary[2999]).toBe('w2999é');
    expect(bi.codeText('w17é')).toBe(17);
    expect(bi.codeText('')).toBe(3000);
  });

  it('reads PLAIN byte arrays into codes and rejects a length past the page', () => {
    const bi = new ByteInterner();
    const page = Uint8Array.from([1, 0, 0, 0, 97, 2, 0, 0, 0, 98, 99, 1, 0, 0, 0, 97]);
    const out = new Int32Array(3);
    expect(bi.plainCodes(page, 0, 3, out)).toBe(page.length);
    expect([Array.from(out), bi.dictionary]).toEqual([
      [0, 1, 0],
      ['a', 'bc'],
    ]);
    expect(() => bi.plainCodes(Uint8Array.from([9, 0, 0, 0, 97]), 0, 1, out)).toThrow(/past the end/);
  });
});
