// Walks test/data/io/*.expected.json (written by scripts/make-io-test-files.mjs from DuckDB's own reading of
// the data) and reads each case's file with readTable: either the table matches (kinds, sources, every value,
// or summaries for the larger files) or the read fails with exactly the expected one-line input error.
// Numbers agree to a relative tolerance of 1e-12 (decimals of 38 digits are rounded to doubles by both sides).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { readTable } from '../../src/io/read.js';
import type { Column, ReadOptions } from '../../src/contract/table.js';

const DIR = 'test/data/io';
const TOLERANCE = 1e-12;

interface ExpectedColumn {
  kind: string;
  source: string;
  values?: (number | string | null)[];
  nonFinite?: number;
  missing?: number;
  sum?: number;
  counts?: Record<string, number>;
  distinct?: number;
}
interface Case {
  file: string;
  options?: ReadOptions;
  error?: string;
  rows?: number;
  columnNames?: string[];
  columns?: Record<string, ExpectedColumn>;
  summary?: Record<string, ExpectedColumn>;
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map(
    (f) => [f.replace('.expected.json', ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Case] as const,
  );

/** column values as JSON-like: numbers (null = NaN) or category text (null = -1) */
function valuesOf(c: Column): (number | string | null)[] {
  if (c.kind === 'numerical') return Array.from(c.values, (v) => (Number.isNaN(v) ? null : v));
  return Array.from(c.codes, (k) => (k < 0 ? null : (c.dictionary[k] as string)));
}

function close(a: number | string | null, b: number | string | null): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
  return a === b;
}

function checkColumn(name: string, c: Column | undefined, e: ExpectedColumn): void {
  expect(c, `column ${name}`).toBeDefined();
  const col = c as Column;
  expect({ name, kind: col.kind, source: col.source }).toEqual({ name, kind: e.kind, source: e.source });
  const got = valuesOf(col);
  if (e.values) {
    expect(got.length).toBe(e.values.length);
    const bad = got.findIndex((v, i) => !close(v, e.values?.[i] ?? null));
    expect(bad === -1 ? 'all equal' : `${name} row ${bad}: got ${got[bad]}, expected ${e.values[bad]}`).toBe(
      'all equal',
    );
  }
  if (col.kind === 'numerical') expect(col.nonFinite).toBe(e.nonFinite ?? 0);
  if (e.missing !== undefined) expect(got.filter((v) => v === null).length).toBe(e.missing);
  if (e.sum !== undefined) {
    const sum = (got.filter((v) => v !== null) as number[]).reduce((s, v) => s + v, 0);
    expect(close(sum, e.sum)).toBe(true);
  }
  if (e.counts) {
    const counts: Record<string, number> = {};
    for (const v of got) if (v !== null) counts[v] = (counts[v] ?? 0) + 1;
    expect(counts).toEqual(e.counts);
  }
  if (e.distinct !== undefined && col.kind === 'categorical') expect(col.dictionary.length).toBe(e.distinct);
}

describe('readTable on files written by DuckDB and by hand (test/data/io)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(20));

  it.each(cases)('%s', async (_name, c) => {
    const path = c.file;
    if (c.error !== undefined) {
      const err = await readTable(path, c.options).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(GateError);
      expect((err as GateError).code).toBe('input');
      const pattern = c.error
        .split(/(\{file\}|\{any\})/)
        .map((part) =>
          part === '{file}'
            ? path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            : part === '{any}'
              ? '.+'
              : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      expect((err as GateError).message).toMatch(new RegExp(`^${pattern}$`));
      expect((err as GateError).message).not.toContain('\n');
      return;
    }
    const table = await readTable(path, c.options);
    expect(table.path).toBe(path);
    expect(table.rows).toBe(c.rows);
    expect(table.columnNames).toEqual(c.columnNames);
    const expected = c.columns ?? c.summary ?? {};
    expect([...table.columns.keys()]).toEqual(Object.keys(expected));
    for (const [name, e] of Object.entries(expected)) checkColumn(name, table.columns.get(name), e);
  });
});
