/**
 * Value rules shared by every reader: which text means "missing", which text is a number, a date or a
 * boolean, and the string interner that builds a categorical dictionary in order of first appearance.
 */
import { POW10 } from '../stats/pow.js';

/**
 * Text that means "missing" in CSV fields, JSON Lines strings, and string columns forced to numerical.
 * DESIGN §1 names the empty field, `NA`, `NaN` and `null`; we also accept `N/A`, `NULL`, `nan` and `<NA>`,
 * which pandas writes or reads as missing by default. `None` is not included: it is a plausible category.
 * Parquet string columns are not matched against these (Parquet has real nulls), unless forced numerical.
 */
export const MISSING_TOKENS: readonly string[] = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', '<NA>'];
const missingSet = new Set(MISSING_TOKENS);

export function isMissingToken(text: string): boolean {
  const n = text.length;
  // the longest token is 4 characters: longer text can only match with blanks around it
  if (n > 4 && text.charCodeAt(0) > 32 && text.charCodeAt(n - 1) > 32) return false;
  return missingSet.has(text) || missingSet.has(text.trim());
}

/** what `numberShape` found */
export const NOT_A_NUMBER = 0;
export const INTEGER_TEXT = 1;
export const DECIMAL_TEXT = 2;

/**
 * Classifies text without allocating: INTEGER_TEXT for [+-]digits, DECIMAL_TEXT for a decimal with '.'
 * or an exponent ("-0.5", ".5", "1e-3", "2."), NOT_A_NUMBER otherwise (no blanks allowed).
 */
export function numberShape(t: string): number {
  const n = t.length;
  let i = 0;
  let c = n > 0 ? t.charCodeAt(0) : 0;
  if (c === 43 || c === 45) c = ++i < n ? t.charCodeAt(i) : 0; // + -
  let digits = 0;
  while (c >= 48 && c <= 57) {
    digits++;
    c = ++i < n ? t.charCodeAt(i) : 0;
  }
  let shape = INTEGER_TEXT;
  if (c === 46) {
    // .
    shape = DECIMAL_TEXT;
    c = ++i < n ? t.charCodeAt(i) : 0;
    while (c >= 48 && c <= 57) {
      digits++;
      c = ++i < n ? t.charCodeAt(i) : 0;
    }
  }
  if (digits === 0) return NOT_A_NUMBER;
  if (c === 101 || c === 69) {
    // e E
    shape = DECIMAL_TEXT;
    c = ++i < n ? t.charCodeAt(i) : 0;
    if (c === 43 || c === 45) c = ++i < n ? t.charCodeAt(i) : 0;
    let exp = 0;
    while (c >= 48 && c <= 57) {
      exp++;
      c = ++i < n ? t.charCodeAt(i) : 0;
    }
    if (exp === 0) return NOT_A_NUMBER;
  }
  return i === n ? shape : NOT_A_NUMBER;
}

/** powers of ten that are exact doubles */
let lastInteger = false;

/** whether the last number `scanDecimal` accepted was written without '.' or exponent */
export function lastScanWasInteger(): boolean {
  return lastInteger;
}

/**
 * Reads decimal text (no blanks) to the same double as Number(t), or NaN when it is not decimal text
 * (see numberShape). Up to 15 significant digits without exponent it uses Clinger's fast path — an exact
 * integer mantissa divided by an exact power of ten, so one correctly rounded operation — instead of
 * Number()'s general conversion; otherwise it calls Number(). Sets lastScanWasInteger().
 */
export function scanDecimal(t: string): number {
  const n = t.length;
  let i = 0;
  let c = n > 0 ? t.charCodeAt(0) : 0;
  let negative = false;
  if (c === 43 || c === 45) {
    negative = c === 45;
    c = ++i < n ? t.charCodeAt(i) : 0;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let dot = false;
  while (c >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    c = ++i < n ? t.charCodeAt(i) : 0;
  }
  if (c === 46) {
    dot = true;
    c = ++i < n ? t.charCodeAt(i) : 0;
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      fraction++;
      c = ++i < n ? t.charCodeAt(i) : 0;
    }
  }
  if (digits === 0) return NaN;
  let exponent = false;
  if (c === 101 || c === 69) {
    exponent = true;
    c = ++i < n ? t.charCodeAt(i) : 0;
    if (c === 43 || c === 45) c = ++i < n ? t.charCodeAt(i) : 0;
    let e = 0;
    while (c >= 48 && c <= 57) {
      e++;
      c = ++i < n ? t.charCodeAt(i) : 0;
    }
    if (e === 0) return NaN;
  }
  if (i !== n) return NaN;
  lastInteger = !dot && !exponent;
  if (exponent || digits > 15) return Number(t);
  const v = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
  return negative ? -v : v;
}

const INFINITY = /^[+-]?(?:inf|infinity)$/i;

/** the text without surrounding blanks (no copy when there are none) */
export function trimmed(text: string): string {
  const n = text.length;
  return n > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32) ? text.trim() : text;
}

/**
 * Parses decimal text ("12", "-0.5", "1e-3", ".5", "Infinity", "inf"), ignoring surrounding blanks.
 * Hex, binary, "1_000" and "1,5" are not numbers (they are usually identifiers or locale text).
 * Returns NaN when the text is not a number.
 */
export function parseNumber(text: string): number {
  const t = trimmed(text);
  const x = scanDecimal(t);
  return x === x ? x : infinity(t);
}

/** ±Infinity for "inf", "-Infinity", "+INF" ..., NaN otherwise (a cheap first-character test first) */
export function infinity(t: string): number {
  const c = t.charCodeAt(0) | 32; // lower case
  if (t.length > 9 || (c !== 105 && c !== 43 && c !== 45)) return NaN; // i I + -
  if (INFINITY.test(t)) return t.charCodeAt(0) === 45 ? -Infinity : Infinity;
  return NaN;
}

/** true when the text is a whole number written without '.' or exponent (after trimming) */
export function isIntegerText(text: string): boolean {
  return numberShape(trimmed(text)) === INTEGER_TEXT;
}

/** the value of `count` decimal digits at t[at..], or -1 if one is not a digit */
function digitsAt(t: string, at: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const c = t.charCodeAt(at + k) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Parses an ISO 8601 date or timestamp ("2026-01-31", "2026-01-31T12:00:00Z", "2026-01-31 12:00:00.5",
 * "2026-01-31T12:00+02:00") to epoch milliseconds; a timestamp without a zone is read as UTC. NaN when the
 * text is not one (or names a day that does not exist). `dateOnly` says whether it had no time part.
 */
export function parseIsoDate(text: string): { ms: number; dateOnly: boolean } {
  const t = trimmed(text);
  const n = t.length;
  const bad = { ms: NaN, dateOnly: false };
  if (n < 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return bad;
  const y = digitsAt(t, 0, 4);
  const mo = digitsAt(t, 5, 2);
  const d = digitsAt(t, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31) return bad;
  const day = Date.UTC(y, mo - 1, d);
  if (new Date(day).getUTCDate() !== d) return bad;
  if (n === 10) return { ms: day, dateOnly: true };
  const sep = t.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || n < 16 || t.charCodeAt(13) !== 58) return bad; // T or blank, HH:MM
  const h = digitsAt(t, 11, 2);
  const mi = digitsAt(t, 14, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return bad;
  let ms = day + h * 3_600_000 + mi * 60_000;
  let i = 16;
  if (i < n && t.charCodeAt(i) === 58) {
    const sec = digitsAt(t, i + 1, 2);
    if (sec < 0 || sec > 60) return bad;
    ms += sec * 1000;
    i += 3;
    if (i < n && t.charCodeAt(i) === 46) {
      let scale = 100;
      let frac = 0;
      i++;
      const from = i;
      while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) {
        frac += (t.charCodeAt(i) - 48) * scale;
        scale /= 10;
        i++;
      }
      if (i === from) return bad;
      ms += frac;
    }
  }
  if (i === n) return { ms, dateOnly: false };
  const z = t.charCodeAt(i);
  if (z === 90 && i + 1 === n) return { ms, dateOnly: false }; // Z
  if (z !== 43 && z !== 45) return bad;
  const oh = digitsAt(t, i + 1, 2);
  const colon = t.charCodeAt(i + 3) === 58 ? 1 : 0;
  const om = digitsAt(t, i + 3 + colon, 2);
  if (oh < 0 || om < 0 || i + 5 + colon !== n) return bad;
  const offset = (oh * 60 + om) * 60_000;
  return { ms: z === 43 ? ms - offset : ms + offset, dateOnly: false };
}

const TRUE_TEXT = new Set(['true', 'True', 'TRUE']);
const FALSE_TEXT = new Set(['false', 'False', 'FALSE']);

/** 1 for true text, 0 for false text, -1 otherwise */
export function parseBoolean(text: string): number {
  if (TRUE_TEXT.has(text)) return 1;
  if (FALSE_TEXT.has(text)) return 0;
  return -1;
}

/** dictionaries up to this size are searched linearly before the Map */
const LINEAR_INTERN = 16;

/** Interns strings into dense codes in order of first appearance. */
export class Interner {
  readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();

  code(text: string): number {
    // a few distinct values: comparing strings is cheaper than hashing a freshly parsed one
    const d = this.dictionary;
    if (d.length <= LINEAR_INTERN) {
      for (let k = 0; k < d.length; k++) if (d[k] === text) return k;
    }
    let c = this.index.get(text);
    if (c === undefined) {
      c = this.dictionary.length;
      this.index.set(text, c);
      this.dictionary.push(text);
    }
    return c;
  }
}

/** A Float64Array that grows by doubling; `finish()` returns a view of exactly the values pushed. */
export class GrowableFloat64 {
  private buf: Float64Array;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = new Float64Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  get(i: number): number {
    return this.buf[i] as number;
  }
  finish(): Float64Array {
    return this.buf.length === this.length ? this.buf : this.buf.slice(0, this.length);
  }
}

/** An Int32Array that grows by doubling. */
export class GrowableInt32 {
  private buf: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  get(i: number): number {
    return this.buf[i] as number;
  }
  finish(): Int32Array {
    return this.buf.length === this.length ? this.buf : this.buf.slice(0, this.length);
  }
}
