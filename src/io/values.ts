/**
 * Value rules shared by every reader: which text means "missing", which text is a number, a date or a
 * boolean, and the string interner that builds a categorical dictionary in order of first appearance.
 */

/**
 * Text that means "missing" in CSV fields, JSON Lines strings, and string columns forced to numerical.
 * DESIGN §1 names the empty field, `NA`, `NaN` and `null`; we also accept `N/A`, `NULL`, `nan` and `<NA>`,
 * which pandas writes or reads as missing by default. `None` is not included: it is a plausible category.
 * Parquet string columns are not matched against these (Parquet has real nulls), unless forced numerical.
 */
export const MISSING_TOKENS: readonly string[] = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', '<NA>'];
const missingSet = new Set(MISSING_TOKENS);

export function isMissingToken(text: string): boolean {
  return missingSet.has(text) || (text.length < 6 && missingSet.has(text.trim()));
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const INFINITY = /^[+-]?(?:inf|infinity)$/i;

/** result of reading a text as a number: NaN = not a number; `integer` = written without '.' or exponent */
export interface ParsedNumber {
  value: number;
  integer: boolean;
}

/**
 * Parses decimal text ("12", "-0.5", "1e-3", ".5", "Infinity", "inf"), ignoring surrounding blanks.
 * Hex, binary, "1_000" and "1,5" are not numbers (they are usually identifiers or locale text).
 * Returns NaN when the text is not a number.
 */
export function parseNumber(text: string): number {
  const t =
    text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32)
      ? text.trim()
      : text;
  if (DECIMAL.test(t)) return Number(t);
  if (INFINITY.test(t)) return t.charCodeAt(0) === 45 ? -Infinity : Infinity;
  return NaN;
}

/** true when the text is a whole number written without '.' or exponent (after trimming) */
export function isIntegerText(text: string): boolean {
  return INTEGER.test(text.trim());
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses an ISO 8601 date or timestamp ("2026-01-31", "2026-01-31T12:00:00Z", "2026-01-31 12:00:00.5")
 * to epoch milliseconds; a timestamp without a zone is read as UTC. NaN when the text is not one.
 * `dateOnly` says whether it had no time part.
 */
export function parseIsoDate(text: string): { ms: number; dateOnly: boolean } {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return { ms: NaN, dateOnly: false };
  const [, day, time, zone] = m;
  const iso = time === undefined ? `${day}T00:00:00Z` : `${day}T${time}${zone ?? 'Z'}`;
  return { ms: Date.parse(iso), dateOnly: time === undefined };
}

const TRUE_TEXT = new Set(['true', 'True', 'TRUE']);
const FALSE_TEXT = new Set(['false', 'False', 'FALSE']);

/** 1 for true text, 0 for false text, -1 otherwise */
export function parseBoolean(text: string): number {
  if (TRUE_TEXT.has(text)) return 1;
  if (FALSE_TEXT.has(text)) return 0;
  return -1;
}

/** Interns strings into dense codes in order of first appearance. */
export class Interner {
  readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();

  code(text: string): number {
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
  finish(): Int32Array {
    return this.buf.length === this.length ? this.buf : this.buf.slice(0, this.length);
  }
}
