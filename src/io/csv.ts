/**
 * CSV reader (RFC 4180: quoted fields with embedded commas, quotes and line breaks; header row; UTF-8 BOM
 * and CRLF tolerated) on papaparse, streamed chunk by chunk straight into column builders; no row objects
 * are kept. Blank lines are skipped, also lines of spaces or tabs only (wherever they are: several
 * trailing ones are common). Delimiter is always ','.
 *
 * Line numbers in messages count records with the header as line 1; they equal the file's line numbers
 * unless a quoted field holds a line break.
 */
import Papa from 'papaparse';
import type { Readable } from 'node:stream';
import { inputError } from '../errors.js';
import type { RawColumn } from './raw-column.js';
import { selectColumns } from './select.js';
import { TextColumnBuilder } from './text-column.js';
import type { ColumnKind } from '../contract/kinds.js';

export interface CsvResult {
  columnNames: string[];
  rows: number;
  columns: RawColumn[];
}

/**
 * Reads CSV text (a utf-8 decoded stream) into raw columns. `requested` undefined = all columns;
 * `kinds` forces kinds (see TextColumnBuilder); `mode` 'count' reads no values, 'header' stops after the
 * header (then `rows` is 0).
 */
export function readCsv(
  text: Readable,
  path: string,
  requested: readonly string[] | undefined,
  kinds: Readonly<Record<string, ColumnKind>> | undefined,
  mode: 'values' | 'count' | 'header' = 'values',
  exact: ReadonlySet<string> = new Set(),
): Promise<CsvResult> {
  return new Promise((resolve, reject) => {
    let header: string[] | null = null;
    let builders: { index: number; builder: TextColumnBuilder }[] = [];
    let line = 0;
    // lines of blanks only, skipped (counted in `line`, so messages keep the file's line numbers)
    let blank = 0;
    let failed = false;
    let finished = false;
    const fail = (e: unknown, parser: Papa.Parser | null): void => {
      if (failed) return;
      failed = true;
      parser?.abort();
      text.destroy();
      reject(e);
    };
    text.on('error', (e) => fail(e, null));
    Papa.parse<string[]>(text as unknown as Papa.LocalFile, {
      delimiter: ',',
      skipEmptyLines: true,
      chunk(results, parser) {
        if (failed || finished) return;
        try {
          const quoteError = results.errors.find((e) => e.type === 'Quotes');
          if (quoteError) {
            throw inputError(
              `cannot read ${path} as CSV: line ${line + (quoteError.row ?? 0) + 1}: ${quoteError.message.toLowerCase()}`,
            );
          }
          const rows = results.data;
          let start = 0;
          if (header === null) {
            if (rows.length === 0) return;
            header = headerNames(rows[0] as string[], path);
            start = 1;
            line = 1;
            const wanted = selectColumns(path, header, requested);
            const position = new Map(header.map((n, i) => [n, i]));
            if (mode === 'header') {
              finished = true;
              parser.abort();
              text.destroy();
              resolve({ columnNames: header, rows: 0, columns: [] });
              return;
            }
            if (mode === 'values') {
              builders = wanted.map((name) => ({
                index: position.get(name) as number,
                builder: new TextColumnBuilder(name, kinds?.[name], exact.has(name)),
              }));
            }
          }
          const width = header.length;
          for (let r = start; r < rows.length; r++) {
            const row = rows[r] as string[];
            line++;
            // a line of blanks only (spaces, tabs) is a blank line, as an empty one is (papaparse skips
            // those); with one column it is a value (a missing one, once trimmed)
            if (row.length === 1 && width > 1 && row[0]!.trim() === '') {
              blank++;
              continue;
            }
            if (row.length !== width) {
              throw inputError(
                `${path} line ${line} has ${row.length} field${row.length === 1 ? '' : 's'}, expected ${width} (header)`,
              );
            }
            for (const { index, builder } of builders) builder.pushText(row[index] as string);
          }
        } catch (e) {
          fail(e, parser);
        }
      },
      complete() {
        if (failed || finished) return;
        if (header === null) return fail(inputError(`input file is empty: ${path}`), null);
        try {
          resolve({
            columnNames: header,
            rows: line - 1 - blank,
            columns: builders.map(({ builder }) => builder.finish()),
          });
        } catch (e) {
          fail(e, null);
        }
      },
      error(e: Error) {
        fail(e, null);
      },
    });
  });
}

/** header names: BOM stripped; empty names become "Unnamed: i" (as pandas reads them); duplicates rejected */
function headerNames(row: readonly string[], path: string): string[] {
  const names = row.map((n, i) => {
    const name = i === 0 ? n.replace(/^\uFEFF/, '') : n;
    return name === '' ? `Unnamed: ${i}` : name;
  });
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw inputError(`column '${n}' appears twice in the header of ${path}`);
    seen.add(n);
  }
  return names;
}
