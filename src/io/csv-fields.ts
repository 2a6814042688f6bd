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
  // the first 15 significant digits (exact in a double), the next up to 4 apart (`extra`)
  let mantissa = 0;
  let low = 0;
  let lowDigits = 0;
  let digits = 0;
  let fraction = 0;
  let dot = false;
  while (c >= 48 && c <= 57 && digits < 15) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    c = ++i < end ? buf[i]! : 0;
  }
  if (c === 46) {
    dot = true;
    c = ++i < end ? buf[i]! : 0;
    while (c >= 48 && c <= 57 && digits < 15) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      fraction++;
      c = ++i < end ? buf[i]! : 0;
    }
  }
  if (c >= 48 && c <= 57) {
    // beyond 15 digits (rare but for full-precision floats): the same grammar, digits kept in `low`
    for (;;) {
      if (c >= 48 && c <= 57) {
        if (lowDigits < 4) {
          low = low * 10 + (c - 48);
          lowDigits++;
        }
        digits++;
        if (dot) fraction++;
      } else if (c === 46 && !dot) dot = true;
      else break;
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
  if (!exponent && digits <= 15) {
    const v = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
    return negative ? -v : v;
  }
  if (!exponent && digits <= 19 && fraction <= 22) {
    const v = exactQuotient(mantissa, low, lowDigits, fraction);
    if (v === v) return negative ? -v : v;
  }
  return Number(latin1(buf, start, end));
}

// error-free transformations (Dekker, Knuth): results in module variables, no allocation
let twoHi = 0;
let twoLo = 0;
const SPLITTER = 134217729; // 2^27 + 1

function twoProduct(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  twoHi = p;
  twoLo = ah * bh - p + ah * bl + al * bh + al * bl;
}

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  twoHi = s;
  twoLo = a - (s - bb) + (b - bb);
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * (mantissa · 10^lowDigits + low) / 10^fraction correctly rounded, for 16–19 significant digits and a
 * fraction of at most 22 digits — or NaN when the quotient lies too near a rounding boundary to be sure
 * (the caller then asks Number()). The numerator is held exactly as a double-double (it is an integer
 * below 10^19); the quotient q₁ + q₂ is within 2^−104 of the true value, so rounding it is correct unless a
 * midpoint between doubles lies that close (or the result is a power of two, where the spacing changes):
 * about one number in 10^14.
 */
function exactQuotient(mantissa: number, low: number, lowDigits: number, fraction: number): number {
  twoProduct(mantissa, POW10[lowDigits] as number);
  const e = twoLo;
  twoSum(twoHi, low);
  const s = twoHi;
  const t = twoLo + e; // small integers: exact
  if (s === 0) return 0;
  const d = POW10[fraction] as number;
  const q1 = s / d;
  twoProduct(q1, d);
  const r = s - twoHi - twoLo + t;
  const q2 = r / d;
  twoSum(q1, q2);
  const f = twoHi;
  const err = twoLo;
  bits[0] = f;
  const hi = words[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  if ((hi & 0xfffff) === 0 && words[0] === 0) return NaN; // a power of two
  // half an ulp of f: 2^(biased − 1076), built from its bits (f ≥ 10^−22, so biased − 53 > 0)
  words[1] = (biased - 53) << 20;
  words[0] = 0;
  const halfUlp = bits[0]!;
  if (Math.abs(Math.abs(err) - halfUlp) <= 1e-30 * f) return NaN;
  return f;
}

/** whether the last number scanDecimalBytes accepted was written without '.' or exponent */
export function lastBytesWereInteger(): boolean {
  return lastInteger;
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  // Node's native slice: building the string a character at a time costs several times more
  return Buffer.prototype.latin1Slice.call(buf, start, end);
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

/**
 * Codes of byte strings seen before: open addressing on FNV-1a hashes. Laid out for few cache misses per
 * lookup (a million-row id column has hundreds of thousands of distinct values): each slot holds the hash
 * and the entry, each entry its key's place in one byte arena, its length and its code side by side.
 */
export class ByteCodes {
  /** per slot: [hash, entry + 1] (0 = empty) */
  private slots: Int32Array = new Int32Array(2 * 1024);
  private mask = 1023;
  /** per entry: [arena start, length, code] */
  private entries: Int32Array = new Int32Array(3 * 256);
  private arena: Uint8Array = new Uint8Array(1 << 14);
  private used = 0;
  private count = 0;

  /** the code of buf[start, end), or −2 when unseen */
  find(buf: Uint8Array, start: number, end: number): number {
    const h = hash(buf, start, end);
    const len = end - start;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = slots[2 * s + 1]!;
      if (k === 0) return -2;
      if (slots[2 * s] !== h) continue;
      const e = 3 * (k - 1);
      if (this.entries[e + 1] === len && this.same(this.entries[e]!, buf, start, len))
        return this.entries[e + 2]!;
    }
  }

  add(buf: Uint8Array, start: number, end: number, code: number): void {
    const len = end - start;
    if (3 * (this.count + 1) > this.entries.length) {
      const next = new Int32Array(this.entries.length * 2);
      next.set(this.entries);
      this.entries = next;
    }
    if (this.used + len > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
      next.set(this.arena.subarray(0, this.used));
      this.arena = next;
    }
    const k = this.count++;
    for (let i = 0; i < len; i++) this.arena[this.used + i] = buf[start + i]!;
    this.entries[3 * k] = this.used;
    this.entries[3 * k + 1] = len;
    this.entries[3 * k + 2] = code;
    this.used += len;
    if (this.count * 2 > this.mask + 1) this.rehash();
    else this.place(hash(buf, start, end), k);
  }

  private same(at: number, buf: Uint8Array, start: number, len: number): boolean {
    const a = this.arena;
    for (let i = 0; i < len; i++) if (a[at + i] !== buf[start + i]) return false;
    return true;
  }

  private place(h: number, k: number): void {
    let s = h & this.mask;
    while (this.slots[2 * s + 1]! !== 0) s = (s + 1) & this.mask;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = k + 1;
  }

  private rehash(): void {
    this.mask = 2 * (this.mask + 1) - 1;
    this.slots = new Int32Array(2 * (this.mask + 1));
    for (let k = 0; k < this.count; k++) {
      const at = this.entries[3 * k]!;
      this.place(hash(this.arena, at, at + this.entries[3 * k + 1]!), k);
    }
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
