/**
 * The byte-level CSV reader (src/io/csv.ts, csv-fields.ts):
 * - fields against papaparse (the previous reader, kept as a dev dependency for this) on generated files
 *   with quoting, embedded commas, quotes and line breaks, CRLF, blanks and multi-byte UTF-8, each also fed
 *   one byte per chunk (records, quotes, CRLF and UTF-8 sequences split across chunks);
 * - numbers scanned from bytes equal values/grammar.ts scanDecimal on the same text (and its integer flag);
 * - the categorical byte cache gives each distinct text one code, as the interner does.
 */
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/csv.js';
import { lastBytesWereInteger, scanDecimalBytes } from '../../src/io/csv-fields.js';
import type { RawColumn } from '../../src/io/raw-column.js';
import { isMissingToken, lastScanWasInteger, scanDecimal } from '../../src/values/grammar.js';
import { createRng, type Rng } from '../../src/stats/random.js';

const ALPHABET = ['a', 'b', 'Z', '1', '7', '.', '-', ' ', ',', '"', '\n', '\r\n', 'é', '😀', '\t', 'x y'];

function field(rng: Rng): string {
  const n = rng.nextInt(6);
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[rng.nextInt(ALPHABET.length)];
  return s;
}

/** a field written as a careful writer would: quoted when it holds a comma, quote or line break */
function written(text: string, rng: Rng): string {
  const needs = /[",\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needs || rng.nextInt(8) === 0 ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvFile(rng: Rng, width: number, rows: number, eol: string): string {
  const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
  const lines = [header];
  for (let r = 0; r < rows; r++)
    lines.push(Array.from({ length: width }, () => written(field(rng), rng)).join(','));
  return lines.join(eol) + (rng.nextInt(2) ? eol : '');
}

/** every column as text per row (exact columns keep the trimmed text; missing tokens → null) */
function texts(columns: RawColumn[]): (string | null)[][] {
  return columns.map((c) => {
    if (c.type !== 'codes') throw new Error(`column ${c.name} is not text`);
    return Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k]!));
  });
}

async function ours(text: string, chunk: number): Promise<(string | null)[][]> {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const header = text.slice(0, text.search(/\r?\n/)).split(',');
  const r = await readCsv(Readable.from(parts), 'f.csv', undefined, undefined, 'values', new Set(header));
  return texts(r.columns);
}

function papa(text: string, width: number): (string | null)[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data.slice(1);
  return Array.from({ length: width }, (_, k) =>
    rows.map((row) => (isMissingToken(row[k]!) ? null : row[k]!.trim())),
  );
}

describe('readCsv against papaparse', () => {
  for (const [seed, eol] of [
    [1, '\n'],
    [2, '\r\n'],
    [3, '\n'],
    [4, '\r\n'],
  ] as const) {
    it(`file ${seed} (${JSON.stringify(eol)} line ends): the same fields, whole and one byte per chunk`, async () => {
      const rng = createRng(seed);
      const width = 1 + rng.nextInt(5);
      const text = csvFile(rng, width, 300, eol);
      const want = papa(text, width);
      expect(await ours(text, 1 << 20)).toEqual(want);
      expect(await ours(text, 1)).toEqual(want);
      expect(await ours(text, 7)).toEqual(want);
    });
  }

  it('reads a BOM, a lone CR line end, blank lines and a last line without a line end', async () => {
    const text = '\uFEFFa,b\r1,"x"\n\n  \t \r\n2,"y\r\nz"';
    const r = await readCsv(
      Readable.from([Buffer.from(text)]),
      'f.csv',
      undefined,
      undefined,
      'values',
      new Set(['a', 'b']),
    );
    expect(r.columnNames).toEqual(['a', 'b']);
    expect(r.rows).toBe(2);
    expect(texts(r.columns)).toEqual([
      ['1', '2'],
      ['x', 'y\r\nz'],
    ]);
  });

  it('names the file line of a ragged record after a quoted line break', async () => {
    const text = 'a,b\n1,"two\nlines"\n3\n';
    await expect(readCsv(Readable.from([Buffer.from(text)]), 'f.csv', undefined, undefined)).rejects.toThrow(
      'f.csv line 4 has 1 field, expected 2 (header)',
    );
  });

  it('rejects a malformed closing quote and an unterminated one, with the line', async () => {
    const read = (t: string) => readCsv(Readable.from([Buffer.from(t)]), 'q.csv', undefined, undefined);
    await expect(read('a,b\n1,"x"y\n')).rejects.toThrow(
      'cannot read q.csv as CSV: line 2: trailing quote on quoted field is malformed',
    );
    await expect(read('a,b\n1,2\n3,"open\n4,5\n')).rejects.toThrow(
      'cannot read q.csv as CSV: line 3: quoted field unterminated',
    );
  });
});

describe('scanDecimalBytes', () => {
  it('gives scanDecimal’s double and integer flag on the same text', () => {
    const rng = createRng(8);
    const samples = [
      '0',
      '-0',
      '+5',
      '007',
      '1.',
      '.5',
      '1e5',
      '1E-3',
      '2.5e+10',
      '123456789012345',
      '1234567890123456789',
      '0.1234567890123456',
      '1e400',
      '-',
      '.',
      'e5',
      '1e',
      '1.2.3',
      '12a',
      '',
    ];
    for (let i = 0; i < 2000; i++) {
      const digits = Array.from({ length: 1 + rng.nextInt(18) }, () => rng.nextInt(10)).join('');
      const dot = rng.nextInt(digits.length + 1);
      let s =
        (rng.nextInt(3) === 0 ? '-' : '') +
        digits.slice(0, dot) +
        (rng.nextInt(2) ? '.' : '') +
        digits.slice(dot);
      if (rng.nextInt(4) === 0) s += `e${rng.nextInt(2) ? '-' : ''}${rng.nextInt(30)}`;
      samples.push(s);
    }
    for (const s of samples) {
      const b = Buffer.from(`,${s},`);
      const x = scanDecimalBytes(b, 1, 1 + s.length);
      const y = scanDecimal(s);
      expect(Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y)), s).toBe(true);
      if (x === x) expect(lastBytesWereInteger(), s).toBe(lastScanWasInteger());
    }
  });
});

describe('scanDecimalBytes beyond 15 digits (the double-double quotient)', () => {
  it('equals Number() on 200,000 random decimals of 16–19 digits, and on values at rounding midpoints', () => {
    const rng = createRng(21);
    const samples = [
      '9007199254740993',
      '9007199254740995',
      '18014398509481985',
      '0.30000000000000004',
      '1.0000000000000002',
      '9999999999999999999',
      '0.0000000000000000001',
      '-0.0000000000000000',
      '1152921504606846977',
    ];
    for (let i = 0; i < 200_000; i++) {
      const len = 16 + rng.nextInt(4);
      let d = '';
      for (let k = 0; k < len; k++) d += String(rng.nextInt(10));
      const dot = rng.nextInt(len + 1);
      samples.push(
        (rng.nextInt(3) === 0 ? '-' : '') + d.slice(0, dot) + (dot < len ? '.' : '') + d.slice(dot),
      );
    }
    const wrong = samples.filter((s) => {
      const b = Buffer.from(s);
      return !Object.is(scanDecimalBytes(b, 0, b.length), Number(s));
    });
    expect(wrong).toEqual([]);
  });
});

describe('categorical columns through the byte cache', () => {
  it('give each distinct text one code in order of first appearance, numbers canonicalised', async () => {
    const values = ['b', 'a', '1.50', 'b', 'NA', 'a', '1.5', ' b', 'a'];
    const text = `k\n${values.join('\n')}\n`;
    const r = await readCsv(Readable.from([Buffer.from(text)]), 'f.csv', undefined, undefined);
    const c = r.columns[0]!;
    expect(c.type).toBe('codes');
    if (c.type !== 'codes') return;
    expect(c.dictionary).toEqual(['b', 'a', '1.5', ' b']);
    expect(Array.from(c.codes)).toEqual([0, 1, 2, 0, -1, 1, 2, 3, 1]);
  });
});
