// Test helpers: a resolved Config from a YAML-like record, and in-memory tables.
import { resolveConfig } from '../../src/config/index.js';
import type { Config } from '../../src/config/types.js';
import type { Column, Table } from '../../src/contract/table.js';
import { categories } from './vectors.js';

export function config(record: Record<string, unknown> = {}): Config {
  const columns = { target: 'label', ...((record.columns as object | undefined) ?? {}) };
  return resolveConfig(
    { path: '/tmp/model-gate.yml', record: { task: 'binary', ...record, columns } },
    {},
    '/tmp',
  );
}

export function num(name: string, values: ArrayLike<number>, source: Column['source'] = 'float'): Column {
  let nonFinite = 0;
  const v = Float64Array.from(values as ArrayLike<number>, (x) => {
    if (x === Infinity || x === -Infinity) {
      nonFinite++;
      return NaN;
    }
    return x;
  });
  return { kind: 'numerical', name, source, values: v, nonFinite };
}

export function cat(name: string, values: (string | null)[], source: Column['source'] = 'string'): Column {
  return { kind: 'categorical', name, source, ...categories(values) };
}

export function table(path: string, columns: Column[]): Table {
  const rows = columns.length
    ? columns[0]!.kind === 'numerical'
      ? columns[0]!.values.length
      : columns[0]!.codes.length
    : 0;
  return {
    path,
    format: 'parquet',
    rows,
    columnNames: columns.map((c) => c.name),
    columns: new Map(columns.map((c) => [c.name, c])),
  };
}

/** deterministic pseudo-normal values (Box–Muller on a seeded LCG) */
export function normal(n: number, mean: number, sd: number, seed: number): Float64Array {
  let s = seed >>> 0 || 1;
  const u = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++)
    out[i] = mean + sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  return out;
}
