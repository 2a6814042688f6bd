/**
 * Builds one column from text-format values (CSV fields, JSON Lines values) without keeping row strings.
 *
 * A column starts as numbers (Float64, NaN = missing) and stays so while every non-missing value is a
 * number. At the first value that is not, it switches to dictionary codes; the numbers seen so far become
 * their JS text (String(n)), and later numeric CSV text is stored the same way, so a mixed column's
 * categories do not depend on row order ("1.50" and "1.5" are both "1.5" there). Pure string columns keep
 * their text as written. At the end a string column whose distinct values are all true/false text
 * (true, True, TRUE, false, ...) becomes a boolean column with categories "false"/"true". ISO 8601 dates and
 * timestamps are read as epoch milliseconds (UTC when no zone is given) while every non-missing value is
 * one, unless the column is forced categorical (then they keep their text).
 */
import type { SourceType } from '../contract/table.js';
import type { ColumnKind } from '../contract/kinds.js';
import type { RawColumn } from './raw-column.js';
import {
  GrowableFloat64,
  GrowableInt32,
  Interner,
  infinity,
  isMissingToken,
  lastScanWasInteger,
  parseBoolean,
  parseIsoDate,
  scanDecimal,
  trimmed,
} from '../values/grammar.js';

export class TextColumnBuilder {
  private nums: GrowableFloat64 | null = new GrowableFloat64();
  private allInteger = true;
  private sawNumber = false;
  /** dates and timestamps are held as epoch ms in `nums`, never together with plain numbers */
  private sawDate = false;
  private allDateOnly = true;
  private codes: GrowableInt32 | null = null;
  private readonly interner = new Interner();

  /**
   * `forced`: a column forced categorical keeps date text as written. `exact` (an id column): every value
   * is kept as its text, numbers and dates included (CSV "1152921504606847001" is not rounded to a double)
   */
  constructor(
    readonly name: string,
    private readonly forced?: ColumnKind,
    private readonly exact = false,
  ) {}

  get length(): number {
    return this.nums ? this.nums.length : (this.codes as GrowableInt32).length;
  }

  pushMissing(): void {
    if (this.nums) this.nums.push(NaN);
    else (this.codes as GrowableInt32).push(-1);
  }

  /** a CSV field: missing tokens, numbers, dates and text */
  pushText(text: string): void {
    if (isMissingToken(text)) return this.pushMissing();
    const t = trimmed(text);
    if (this.exact) return this.pushCode(t);
    let x = scanDecimal(t); // one scan gives the value and whether it was written as an integer
    if (x === x) return this.pushParsed(x, lastScanWasInteger());
    x = infinity(t);
    if (x === x) return this.pushParsed(x, false);
    this.pushNonNumeric(text);
  }

  /** true while a scanned number goes straight into the numbers (the CSV byte reader's fast path) */
  get takesNumbers(): boolean {
    return this.nums !== null && !this.sawDate && !this.exact;
  }

  /** true once the column holds dictionary codes: then a field's code depends only on its text */
  get holdsCodes(): boolean {
    return this.codes !== null;
  }

  /** a number `scanDecimal` read from a field's text (`integer`: written without '.' or exponent) */
  pushScanned(x: number, integer: boolean): void {
    this.pushParsed(x, integer);
  }

  /** the code the last pushed value got (codes mode only; −1 = missing) */
  lastCode(): number {
    const codes = this.codes as GrowableInt32;
    return codes.get(codes.length - 1);
  }

  /** a code an earlier field with the same text got (codes mode only) */
  pushKnownCode(code: number): void {
    (this.codes as GrowableInt32).push(code);
  }

  /** a JSON number */
  pushNumber(x: number): void {
    this.pushParsed(x, Number.isInteger(x));
  }

  /** a JSON boolean: category "true"/"false" */
  pushBoolean(b: boolean): void {
    this.pushCode(b ? 'true' : 'false');
  }

  /** a JSON string (not parsed as a number; dates are; missing tokens are missing) */
  pushString(text: string): void {
    if (isMissingToken(text)) return this.pushMissing();
    this.pushNonNumeric(text);
  }

  private pushParsed(x: number, integer: boolean): void {
    if (this.nums && !this.sawDate) {
      this.sawNumber = true;
      if (!integer) this.allInteger = false;
      this.nums.push(x);
    } else this.pushCode(String(x));
  }

  private pushNonNumeric(text: string): void {
    if (this.nums && !this.sawNumber && this.forced !== 'categorical' && !this.exact) {
      const d = parseIsoDate(text);
      if (d.ms === d.ms) {
        this.sawDate = true;
        if (!d.dateOnly) this.allDateOnly = false;
        this.nums.push(d.ms);
        return;
      }
    }
    this.pushCode(text);
  }

  private pushCode(text: string): void {
    if (this.nums) this.switchToCodes();
    (this.codes as GrowableInt32).push(this.interner.code(text));
  }

  /** numbers seen so far become String(n); dates their ISO text (a mixed column is rare and canonicalised) */
  private switchToCodes(): void {
    const nums = this.nums as GrowableFloat64;
    const codes = new GrowableInt32(Math.max(1024, nums.length * 2));
    for (let i = 0; i < nums.length; i++) {
      const x = nums.get(i);
      const text = this.sawDate ? new Date(x).toISOString() : String(x);
      codes.push(x !== x ? -1 : this.interner.code(text));
    }
    this.codes = codes;
    this.nums = null;
  }

  finish(): RawColumn {
    const name = this.name;
    if (this.nums) {
      const source: SourceType = this.sawDate
        ? this.allDateOnly
          ? 'date'
          : 'timestamp'
        : this.sawNumber && this.allInteger
          ? 'integer'
          : 'float';
      return { type: 'numbers', name, source, values: this.nums.finish() };
    }
    const codes = (this.codes as GrowableInt32).finish();
    const dictionary = this.interner.dictionary;
    if (dictionary.length > 0 && dictionary.every((t) => parseBoolean(t) >= 0)) {
      return { type: 'numbers', name, source: 'boolean', values: remapBooleans(codes, dictionary) };
    }
    return { type: 'codes', name, source: 'string', codes, dictionary };
  }
}

function remapBooleans(codes: Int32Array, dictionary: readonly string[]): Float64Array {
  const truth = dictionary.map(parseBoolean);
  const values = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    values[i] = c < 0 ? NaN : (truth[c] as number);
  }
  return values;
}
