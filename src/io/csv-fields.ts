/**
 * Tuned kernel (every CSV field of a million-row file passes through here). A CSV field's bytes into its
 * column without making a string where none is needed:
 * - a column still holding numbers: unquoted decimal text is scanned from the bytes by `scanDecimalBytes`,
 *   the same algorithm as values/grammar.ts scanDecimal on the same characters (Clinger's fast path up to 15
 *   significant digits, Number() beyond), so the double is identical; anything else (blanks, missing
 *   tokens, dates, text) is decoded and given to TextColumnBuilder.pushText, which decides as for any text;
 * - a column holding dictionary codes: a field's code is a function of its bytes alone (pushText's rules
 *   once the column is categorical), so a byte-keyed cache (`ByteCodes`, FNV-1a, open addressing) answers
 *   repeated values without decoding them; a miss decodes once and remembers the code pushText gave.
 * Quoted fields are decoded (with "" unescaped) and go through pushText.
 */
import type { TextColumnBuilder } from './text-column.js';
import { POW10 } from '../stats/pow.js';

let lastInteger = false;

/**
 * The double of decimal text in buf[start, end) — [+-]digits[.digits][(e|E)[+-]digits], as scanDecimal
 * accepts it — or NaN. Sets lastBytesWereInteger().
 */
export function scanDecimalBytes(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let c = i < end ? buf[i]! : 0;
  let negative = false;
  if (c === 43 || c === 45) {
    negative = c === 45;
    c = ++i < end ? buf[i]! : 0;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let dot = false;
  while (c >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    c = ++i < end ? buf[i]! : 0;
  }
  if (c === 46) {
    dot = true;
    c = ++i < end ? buf[i]! : 0;
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      fraction++;
      c = ++i < end ? buf[i]! : 0;
    }
  }
  if (digits === 0) return NaN;
  let exponent = false;
  if (c === 101 || c === 69) {
    exponent = true;
    c = ++i < end ? buf[i]! : 0;
    if (c === 43 || c === 45) c = ++i < end ? buf[i]! : 0;
    let e = 0;
    while (c >= 48 && c <= 57) {
      e++;
      c = ++i < end ? buf[i]! : 0;
    }
    if (e === 0) return NaN;
  }
  if (i !== end) return NaN;
  lastInteger = !dot && !exponent;
  if (exponent || digits > 15) return Number(latin1(buf, start, end));
  const v = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
  return negative ? -v : v;
}

/** whether the last number scanDecimalBytes accepted was written without '.' or exponent */
export function lastBytesWereInteger(): boolean {
  return lastInteger;
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

const decoder = new TextDecoder('utf-8');

/** buf[start, end) as UTF-8 text (invalid sequences become U+FFFD, as a streaming decoder makes them) */
export function decodeField(buf: Uint8Array, start: number, end: number): string {
  // short ASCII fields: building the string directly beats the decoder's call overhead
  if (end - start <= 16) {
    let ascii = true;
    for (let i = start; i < end; i++) if (buf[i]! >= 128) ascii = false;
    if (ascii) return latin1(buf, start, end);
  }
  return decoder.decode(buf.subarray(start, end));
}

/** a quoted field's content buf[start, end) with each "" as one " */
export function decodeQuoted(buf: Uint8Array, start: number, end: number, escapes: boolean): string {
  const text = decodeField(buf, start, end);
  return escapes ? text.replaceAll('""', '"') : text;
}

/** codes of byte strings seen before: open addressing on FNV-1a hashes, keys kept in one arena */
export class ByteCodes {
  private slots: Int32Array = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private keyStart: Int32Array = new Int32Array(256);
  private keyLength: Int32Array = new Int32Array(256);
  private keyHash: Int32Array = new Int32Array(256);
  private code: Int32Array = new Int32Array(256);
  private arena: Uint8Array = new Uint8Array(1 << 14);
  private used = 0;
  private count = 0;

  /** the code of buf[start, end), or −2 when unseen */
  find(buf: Uint8Array, start: number, end: number): number {
    const h = hash(buf, start, end);
    const len = end - start;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.slots[s]!;
      if (k < 0) return -2;
      if (this.keyHash[k] === h && this.keyLength[k] === len && this.same(k, buf, start, len))
        return this.code[k]!;
    }
  }

  add(buf: Uint8Array, start: number, end: number, code: number): void {
    const len = end - start;
    if (this.count === this.code.length) this.growEntries();
    if (this.used + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
      next.set(this.arena.subarray(0, this.used));
      this.arena = next;
    }
    const k = this.count++;
    this.arena.set(buf.subarray(start, end), this.used);
    this.keyStart[k] = this.used;
    this.keyLength[k] = len;
    this.keyHash[k] = hash(buf, start, end);
    this.code[k] = code;
    this.used += len;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(k);
  }

  private same(k: number, buf: Uint8Array, start: number, len: number): boolean {
    const a = this.arena;
    const o = this.keyStart[k]!;
    for (let i = 0; i < len; i++) if (a[o + i] !== buf[start + i]) return false;
    return true;
  }

  private place(k: number): void {
    let s = this.keyHash[k]! & this.mask;
    while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
    this.slots[s] = k;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let k = 0; k < this.count; k++) this.place(k);
  }

  private growEntries(): void {
    const grow = (a: Int32Array): Int32Array => {
      const next = new Int32Array(a.length * 2);
      next.set(a);
      return next;
    };
    this.keyStart = grow(this.keyStart);
    this.keyLength = grow(this.keyLength);
    this.keyHash = grow(this.keyHash);
    this.code = grow(this.code);
  }
}

function hash(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h & 0x7fffffff;
}

/** one selected column of a CSV file: its builder and its byte cache */
export class CsvColumn {
  private readonly cache = new ByteCodes();
  constructor(
    readonly index: number,
    readonly builder: TextColumnBuilder,
  ) {}

  /** an unquoted field buf[start, end) */
  push(buf: Uint8Array, start: number, end: number): void {
    const b = this.builder;
    if (b.takesNumbers) {
      if (start === end) return b.pushMissing();
      const x = scanDecimalBytes(buf, start, end);
      if (x === x) return b.pushScanned(x, lastInteger);
      return b.pushText(decodeField(buf, start, end));
    }
    if (b.holdsCodes) {
      const code = this.cache.find(buf, start, end);
      if (code !== -2) return b.pushKnownCode(code);
      b.pushText(decodeField(buf, start, end));
      this.cache.add(buf, start, end, b.lastCode());
      return;
    }
    b.pushText(decodeField(buf, start, end));
  }

  /** a quoted field's content buf[start, end) (`escapes`: it holds "") */
  pushQuoted(buf: Uint8Array, start: number, end: number, escapes: boolean): void {
    this.builder.pushText(decodeQuoted(buf, start, end, escapes));
  }
}
