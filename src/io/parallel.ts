/**
 * Reads several input files at once, on worker threads (DESIGN §10: a runner's cores are few, and the
 * gate's inputs are read before anything else can start). Each Parquet file's requested columns are split
 * into groups of about equal compressed size (one group per worker), and the groups of all files go to a
 * small pool of workers, largest first, the next group to whichever worker finishes first. A worker decodes
 * its group with the same readParquet the main thread uses and hands the column buffers back (transferred,
 * not copied); the main thread assembles each table with makeTable, so the tables are readTable's, value
 * for value (test/io/parallel.test.ts compares them).
 *
 * CSV and JSON Lines files cannot be split by column: each is one task, parsed whole by one worker with
 * readTextRaw (what readTable runs). Everything is read on the main thread instead, by readTable, when the
 * inputs together are smaller than PARALLEL_MIN_BYTES (starting a worker costs more than it saves; an
 * `eager` executor ignores this) or the executor has no threads.
 *
 * Errors: every read is waited for, and each request settles on its own (`readTables` returns one settled
 * result per request, in order), so the caller can report the first failing input in its own order — the
 * one a sequential read would meet first. An unknown extension, and a Parquet file's checks before
 * decoding (missing, empty, not Parquet, a requested column that is absent), are found on the main thread;
 * everything else — decoding errors, and every error of a text file — comes back from the worker. Either
 * way the message is the one readTable gives.
 *
 * The workers are the executor's (contract/executor.ts, kind 'read': ./read-task.ts); io/ starts no thread
 * itself.
 */
import { stat } from 'node:fs/promises';
import { SKIPPED_JOB, type Executor, type Job } from '../contract/executor.js';
import { parquetColumnBytes, parquetColumnNames, parquetNestedColumnNames } from './parquet.js';
import { formatOf, noRows, readParquetFooter, readTable } from './read.js';
import type { RawColumn, RawTable } from './raw-column.js';
import { makeTable, selectColumns } from './select.js';
import type { ReadOptions, Table } from '../contract/table.js';
import type { FileFormat } from '../contract/kinds.js';
import type { ReadRequest } from './read-task.js';

/** input bytes (all files together) below which everything is read on the main thread */
export const PARALLEL_MIN_BYTES = 8 << 20;

export interface TableRequest {
  path: string;
  options?: ReadOptions;
}

/** one task for one worker: a group of a Parquet file's columns, or a whole text file */
interface Group {
  file: number;
  /** the columns to read; null = all (a text file read whole) */
  columns: string[] | null;
  /** the work it stands for: compressed bytes (Parquet), file bytes × TEXT_COST (text) */
  bytes: number;
}

/** CSV / JSON Lines cost about this many times more per byte to parse than Parquet to decode */
const TEXT_COST = 4;

/** a file being read: what came back from its groups */
interface SplitFile {
  request: TableRequest;
  format: FileFormat;
  /** Parquet: the selected columns in the requested order; text: filled from the worker's result */
  selected: string[];
  columnNames: string[];
  nested: string[];
  rows: number;
  parts: Map<string, RawColumn>;
}

/**
 * Reads every request; the result holds one settled outcome per request, in the order given. A rejected
 * outcome holds the error readTable would have thrown for that file.
 */
export async function readTables(
  requests: readonly TableRequest[],
  executor: Executor,
): Promise<PromiseSettledResult<Table>[]> {
  const sizes = await Promise.all(requests.map((r) => fileBytes(r.path)));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const workers = executor.threads;
  if (workers === 0 || bytes < (executor.eager ? 0 : PARALLEL_MIN_BYTES))
    return Promise.allSettled(requests.map((r) => readTable(r.path, r.options)));

  // plan each file on the main thread: readTable's early errors (missing, empty, unknown extension, not
  // Parquet, an absent column of a Parquet file) come from here; Parquet columns split into groups
  const outcomes: (PromiseSettledResult<Table> | null)[] = requests.map(() => null);
  const files: (SplitFile | null)[] = requests.map(() => null);
  const groups: Group[] = [];
  for (let i = 0; i < requests.length; i++) {
    const request = requests[i]!;
    try {
      const { format } = formatOf(request.path);
      if (format !== 'parquet') {
        files[i] = {
          request,
          format,
          selected: [],
          columnNames: [],
          nested: [],
          rows: 0,
          parts: new Map(),
        };
        groups.push({
          file: i,
          columns: request.options?.columns ? [...request.options.columns] : null,
          bytes: sizes[i]! * TEXT_COST,
        });
        continue;
      }
      const metadata = await readParquetFooter(request.path);
      const columnNames = parquetColumnNames(metadata);
      const selected = selectColumns(request.path, columnNames, request.options?.columns);
      const columnBytes = parquetColumnBytes(metadata);
      const nested = parquetNestedColumnNames(metadata);
      // all columns requested: the flat ones, as readTable reads them (a requested nested one is an error)
      const wanted =
        request.options?.columns === undefined ? selected.filter((c) => !nested.includes(c)) : selected;
      files[i] = {
        request,
        format,
        selected: wanted,
        columnNames,
        nested,
        rows: Number(metadata.num_rows),
        parts: new Map(),
      };
      for (const g of splitColumns(wanted, columnBytes, workers)) groups.push({ file: i, ...g });
    } catch (e) {
      outcomes[i] = { status: 'rejected', reason: e };
    }
  }
  const failed = await runGroups(groups, files, executor);
  for (let i = 0; i < requests.length; i++) {
    if (outcomes[i]) continue;
    const error = failed.get(i);
    if (error !== undefined) {
      outcomes[i] = { status: 'rejected', reason: error };
      continue;
    }
    try {
      outcomes[i] = { status: 'fulfilled', value: assemble(files[i]!) };
    } catch (e) {
      outcomes[i] = { status: 'rejected', reason: e };
    }
  }
  return outcomes as PromiseSettledResult<Table>[];
}

async function fileBytes(path: string): Promise<number> {
  return stat(path).then(
    (s) => s.size,
    () => 0, // readTable reports a missing file
  );
}

/**
 * Splits the columns into at most `count` groups of about equal bytes (largest first, each to the lightest
 * group so far); a group keeps the requested order of its columns, and empty groups are dropped.
 */
export function splitColumns(
  columns: readonly string[],
  sizes: ReadonlyMap<string, number>,
  count: number,
): { columns: string[]; bytes: number }[] {
  const k = Math.max(1, Math.min(count, columns.length));
  const load = new Array<number>(k).fill(0);
  const member = new Map<string, number>();
  const bySize = columns
    .map((name, i) => ({ name, i, bytes: sizes.get(name) ?? 0 }))
    .sort((a, b) => b.bytes - a.bytes || a.i - b.i);
  for (const c of bySize) {
    let best = 0;
    for (let g = 1; g < k; g++) if (load[g]! < load[best]!) best = g;
    load[best]! += c.bytes;
    member.set(c.name, best);
  }
  return load
    .map((bytes, g) => ({ columns: columns.filter((c) => member.get(c) === g), bytes }))
    .filter((g) => g.columns.length > 0);
}

/**
 * Runs the groups on the executor, largest first; the columns land in their file's `parts`. Returns the
 * first error (by group order within its file) of every file that failed; a file that already failed gets
 * no more of its groups read.
 */
async function runGroups(
  groups: readonly Group[],
  files: readonly (SplitFile | null)[],
  executor: Executor,
): Promise<Map<number, unknown>> {
  const failed = new Map<number, { group: number; error: unknown }>();
  const order = groups.map((_, i) => i).sort((a, b) => groups[b]!.bytes - groups[a]!.bytes || a - b);
  const fail = (g: number, error: unknown): void => {
    const file = groups[g]!.file;
    const had = failed.get(file);
    if (!had || g < had.group) failed.set(file, { group: g, error });
  };
  const jobs: Job<ReadRequest>[] = order.map((g) => {
    const file = files[groups[g]!.file]!;
    const text = file.format !== 'parquet';
    return {
      input: {
        path: file.request.path,
        text,
        columns: groups[g]!.columns,
        kinds: text && file.request.options?.kinds ? { ...file.request.options.kinds } : null,
        exact: [...(file.request.options?.exact ?? [])],
      },
    };
  });
  const settled = await executor.map<ReadRequest, RawTable>('read', jobs, {
    skip: (k) => failed.has(groups[order[k]!]!.file),
  });
  settled.forEach((s, k) => {
    const g = order[k]!;
    if (s.status === 'rejected') {
      if (s.reason !== SKIPPED_JOB) fail(g, s.reason);
      return;
    }
    const file = files[groups[g]!.file]!;
    for (const c of s.value.columns) file.parts.set(c.name, c);
    if (file.format !== 'parquet') {
      // a text file is one group: its shape comes with its columns
      file.columnNames = s.value.columnNames;
      file.rows = s.value.rows;
      file.selected = s.value.columns.map((c) => c.name);
    }
  });
  return new Map([...failed].map(([file, f]) => [file, f.error]));
}

/** the table readTable would return, from the columns the workers read */
function assemble(file: SplitFile): Table {
  const { request, selected, columnNames, rows } = file;
  noRows(rows, request.path);
  const raw = selected.map((name) => file.parts.get(name)!);
  return makeTable(request.path, file.format, rows, columnNames, raw, request.options, file.nested);
}
