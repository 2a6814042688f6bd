// readTable / inspectTable behaviour that the golden folder does not cover: missing files, message
// details, kind inference edges, and the Parquet core on plain bytes (no file system).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { inspectTable, readColumnNames, readTable } from '../../src/io/index.js';
import { bytesSource, readParquet } from '../../src/io/parquet.js';
import { listColumns } from '../../src/io/select.js';
import {
  DECIMAL_TEXT,
  INTEGER_TEXT,
  isMissingToken,
  NOT_A_NUMBER,
  numberShape,
  parseIsoDate,
  parseNumber,
  scanDecimal,
  lastScanWasInteger,
} from '../../src/values/grammar.js';
import { createRng } from '../../src/stats/random.js';
import type { CategoricalColumn, NumericColumn } from '../../src/contract/table.js';

const tmp = mkdtempSync(join(tmpdir(), 'model-gate-io-'));
function file(name: string, content: string | Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

async function inputMessage(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(GateError);
  expect((e as GateError).code).toBe('input');
  return (e as GateError).message;
}

describe('bad input', () => {
  it('names a missing file', async () => {
    expect(await inputMessage(readTable('data/x.parquet'))).toBe('input file not found: data/x.parquet');
    expect(await inputMessage(inspectTable('data/x.csv'))).toBe('input file not found: data/x.csv');
  });

  it('names a directory', async () => {
    const dir = join(tmp, 'folder.csv');
    mkdirSync(dir);
    expect(await inputMessage(readTable(dir))).toBe(`input file ${dir} is a directory`);
  });

  it('lists at most 30 columns, then how many more', async () => {
    const names = Array.from({ length: 35 }, (_, i) => `c${i}`);
    const p = file('wide.csv', `${names.join(',')}\n${names.map(() => '1').join(',')}\n`);
    const shown = names.slice(0, 30).join(', ');
    expect(await inputMessage(readTable(p, { columns: ['score'] }))).toBe(
      `column 'score' not found in ${p} (columns: ${shown} … and 5 more)`,
    );
    expect(listColumns([])).toBe('none');
  });

  it('names the row of a value that is not a number in a column forced numerical', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => (i === 16 ? 'abc' : String(i)));
    const p = file('current.csv', `amount\n${rows.join('\n')}\n`);
    expect(await inputMessage(readTable(p, { kinds: { amount: 'numerical' } }))).toBe(
      `column 'amount' in ${p} is configured as numerical but row 17 holds 'abc'`,
    );
  });

  it('rejects a corrupt .gz', async () => {
    const p = file('bad.csv.gz', 'this is not gzip');
    expect(await inputMessage(readTable(p))).toMatch(new RegExp(`^cannot read ${p} as CSV: .+`));
  });

  it('rejects an unterminated quote', async () => {
    const p = file('quote.csv', 'a,b\n1,"never closed\n2,3\n');
    expect(await inputMessage(readTable(p))).toMatch(/^cannot read .*quote\.csv as CSV: line \d+: /);
  });

  it('rejects duplicate header names', async () => {
    const p = file('dup.csv', 'a,b,a\n1,2,3\n');
    expect(await inputMessage(readTable(p))).toBe(`column 'a' appears twice in the header of ${p}`);
  });

  it('reports a corrupt Parquet page with the path', async () => {
    expect(await inputMessage(readTable('test/data/io/corrupt-pages.parquet'))).toMatch(
      /^cannot read test\/data\/io\/corrupt-pages\.parquet as Parquet: \S/,
    );
  });
});

describe('kind inference', () => {
  it('integers: at most 10 distinct values categorical, 11 numerical', async () => {
    const ten = file('ten.csv', `n\n${Array.from({ length: 30 }, (_, i) => i % 10).join('\n')}\n`);
    const eleven = file('eleven.csv', `n\n${Array.from({ length: 30 }, (_, i) => i % 11).join('\n')}\n`);
    const a = (await readTable(ten)).columns.get('n') as CategoricalColumn;
    const b = (await readTable(eleven)).columns.get('n') as NumericColumn;
    expect([a.kind, a.dictionary.length, a.dictionary[3]]).toEqual(['categorical', 10, '3']);
    expect([b.kind, b.source, b.values[12]]).toEqual(['numerical', 'integer', 1]);
  });

  it('a mixed numeric/text column is categorical with canonical number text, whatever the row order', async () => {
    const p = file('mixed.csv', 'v\n1.50\n2\nabc\n1.5\n');
    const c = (await readTable(p)).columns.get('v') as CategoricalColumn;
    expect(c.kind).toBe('categorical');
    expect(c.dictionary).toEqual(['1.5', '2', 'abc']);
    expect(Array.from(c.codes)).toEqual([0, 1, 2, 0]);
  });

  it('counts ±Infinity as non-finite and stores NaN', async () => {
    const p = file('inf.csv', 'x\n1\ninf\n-Infinity\n2.5\n');
    const c = (await readTable(p)).columns.get('x') as NumericColumn;
    expect([Array.from(c.values), c.nonFinite]).toEqual([[1, NaN, NaN, 2.5], 2]);
  });

  it('ISO dates stay text when forced categorical', async () => {
    const p = file('dates.csv', 'd\n2026-01-02\n2026-01-03\n');
    const c = (await readTable(p, { kinds: { d: 'categorical' } })).columns.get('d') as CategoricalColumn;
    expect(c.dictionary).toEqual(['2026-01-02', '2026-01-03']);
    const n = (await readTable(p)).columns.get('d') as NumericColumn;
    expect([n.source, n.values[0]]).toEqual(['date', Date.UTC(2026, 0, 2)]);
  });

  it('a column mixing dates and text is categorical', async () => {
    const p = file('mixed-dates.csv', 'd\n2026-01-02\nsoon\n');
    const c = (await readTable(p)).columns.get('d') as CategoricalColumn;
    expect(c.dictionary).toEqual(['2026-01-02T00:00:00.000Z', 'soon']);
  });

  it('names an empty header cell as pandas does', async () => {
    const p = file('index.csv', ',a\n0,x\n1,y\n');
    expect((await readTable(p)).columnNames).toEqual(['Unnamed: 0', 'a']);
  });
});

describe('inspectTable', () => {
  it('gives shape without values', async () => {
    expect(await inspectTable('test/data/io/types-snappy.parquet')).toMatchObject({
      format: 'parquet',
      rows: 60,
      columnNames: expect.arrayContaining(['id', 'amount', 'with_inf']),
    });
    const csv = await inspectTable('test/data/io/quoting.csv');
    expect([csv.format, csv.rows, csv.columnNames]).toEqual(['csv', 4, ['name', 'comment', 'score', 'flag']]);
    expect((await inspectTable('test/data/io/header-only.csv')).rows).toBe(0);
    const gz = file('x.jsonl.gz', gzipSync('{"a":1}\n{"b":2}\n'));
    expect(await inspectTable(gz)).toEqual({ path: gz, format: 'jsonl', rows: 2, columnNames: ['a', 'b'] });
  });
});

describe('readColumnNames', () => {
  it('reads only what it needs', async () => {
    expect(await readColumnNames('test/data/io/quoting.csv')).toEqual(['name', 'comment', 'score', 'flag']);
    // the header is enough: the ragged line further down is not read
    expect(await readColumnNames('test/data/io/ragged.csv')).toEqual(['a', 'b', 'c', 'd']);
    expect(await readColumnNames('test/data/io/types.ndjson.gz')).toContain('event_ns');
    expect((await readColumnNames('test/data/io/types-v2-zstd.parquet')).length).toBe(15);
    expect(await inputMessage(readColumnNames('test/data/io/empty.csv'))).toBe(
      'input file is empty: test/data/io/empty.csv',
    );
  });
});

describe('Parquet core on plain bytes', () => {
  it('reads the requested columns from a byte source', async () => {
    const bytes = new Uint8Array(readFileSync('test/data/io/types-zstd.parquet'));
    const r = await readParquet(bytesSource(bytes), 'mem.parquet', ['price', 'country']);
    expect(r.rows).toBe(60);
    expect(r.columns.map((c) => [c.name, c.type, c.source])).toEqual([
      ['price', 'numbers', 'decimal'],
      ['country', 'codes', 'string'],
    ]);
  });
});

describe('value rules', () => {
  it.each([
    ['12', 12],
    [' -0.5 ', -0.5],
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['0x10', NaN],
    ['1,5', NaN],
    ['1_000', NaN],
    ['', NaN],
    ['abc', NaN],
  ])('parseNumber(%j) = %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', '<NA>', ' NA '])('%j is missing', (t) => {
    expect(isMissingToken(t)).toBe(true);
  });
  it.each(['None', '0', 'n/a x', 'false'])('%j is not missing', (t) => {
    expect(isMissingToken(t)).toBe(false);
  });

  it('reads ISO timestamps as UTC unless a zone is given', () => {
    expect(parseIsoDate('2026-01-31 12:00:00').ms).toBe(Date.UTC(2026, 0, 31, 12));
    expect(parseIsoDate('2026-01-31T12:00:00+02:00').ms).toBe(Date.UTC(2026, 0, 31, 10));
    expect(parseIsoDate('31/01/2026').ms).toBeNaN();
  });

  it.each([
    ['2026-01-31', Date.UTC(2026, 0, 31), true],
    ['2024-02-29', Date.UTC(2024, 1, 29), true],
    ['2026-01-31T12:34', Date.UTC(2026, 0, 31, 12, 34), false],
    ['2026-01-31 12:34:56.789', Date.UTC(2026, 0, 31, 12, 34, 56, 789), false],
    ['2026-01-31T12:34:56Z', Date.UTC(2026, 0, 31, 12, 34, 56), false],
    ['2026-01-31T12:34:56-0130', Date.UTC(2026, 0, 31, 14, 4, 56), false],
    ['2026-02-30', NaN, false],
    ['2026-13-01', NaN, false],
    ['2026-01-31T25:00', NaN, false],
    ['2026-01-31T12:00:00+02', NaN, false],
    ['2026-01-31X', NaN, false],
    ['20260131', NaN, false],
  ])('parseIsoDate(%j) agrees with Date.UTC', (text, ms, dateOnly) => {
    const d = parseIsoDate(text);
    expect(d.ms).toBe(ms);
    if (ms === ms) expect(d.dateOnly).toBe(dateOnly);
  });

  it('scanDecimal gives exactly Number(text) on 200000 random decimal texts', () => {
    const rng = createRng(7);
    const digits = (k: number): string => Array.from({ length: k }, () => String(rng.nextInt(10))).join('');
    let mismatches = 0;
    let integers = 0;
    for (let r = 0; r < 200_000; r++) {
      const sign = ['', '-', '+'][rng.nextInt(3)] as string;
      const whole = digits(rng.nextInt(12));
      const frac = rng.nextInt(3) === 0 ? '' : `.${digits(rng.nextInt(12))}`;
      const exp =
        rng.nextInt(8) === 0 ? `e${['', '-', '+'][rng.nextInt(3)]}${digits(1 + rng.nextInt(3))}` : '';
      const text = sign + whole + frac + exp;
      const want = numberShape(text) === NOT_A_NUMBER ? NaN : Number(text);
      const got = scanDecimal(text);
      if (!Object.is(got, want)) mismatches++;
      else if (got === got && lastScanWasInteger() !== (numberShape(text) === INTEGER_TEXT)) mismatches++;
      if (got === got && lastScanWasInteger()) integers++;
    }
    expect(mismatches).toBe(0);
    expect(integers).toBeGreaterThan(1000);
  });

  it.each([
    ['0', INTEGER_TEXT],
    ['-12', INTEGER_TEXT],
    ['+7', INTEGER_TEXT],
    ['1.', DECIMAL_TEXT],
    ['-.5', DECIMAL_TEXT],
    ['1e5', DECIMAL_TEXT],
    ['1E+05', DECIMAL_TEXT],
    ['.', NOT_A_NUMBER],
    ['-', NOT_A_NUMBER],
    ['1e', NOT_A_NUMBER],
    ['e5', NOT_A_NUMBER],
    ['1.2.3', NOT_A_NUMBER],
    [' 1', NOT_A_NUMBER],
    ['', NOT_A_NUMBER],
  ])('numberShape(%j) = %i', (text, shape) => {
    expect(numberShape(text)).toBe(shape);
  });
});
