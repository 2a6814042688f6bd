/**
 * Segments (DESIGN §6): the holdout rows of each value of each columns.segments column, as row indices
 * (largest segment first, ties by first appearance; a missing value is its own "(missing)" segment), at
 * most performance.max_segments per column.
 */
import type { PerformanceConfig } from '../config/types.js';
import type { Table } from '../contract/table.js';
import { asCategorical } from '../values/coerce.js';
import { column } from './columns.js';

export interface SegmentRows {
  column: string;
  value: string;
  rows: Int32Array;
}

/**
 * The holdout rows of each value of each segment column, largest first (ties by first code), at most
 * performance.max_segments per column; `notes` counts the values left out, one line per column.
 */
export function segmentGroups(
  config: PerformanceConfig,
  holdout: Table,
): { groups: SegmentRows[]; notes: string[] } {
  const out: SegmentRows[] = [];
  const notes: string[] = [];
  const max = config.performance.max_segments;
  for (const name of config.columns.segments) {
    const { codes, dictionary } = asCategorical(column(holdout, name));
    const groups = new Map<number, number[]>();
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      let g = groups.get(code);
      if (!g) groups.set(code, (g = []));
      g.push(i);
    }
    const entries = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
    for (const [code, rows] of entries.slice(0, max)) {
      const value = code < 0 ? '(missing)' : dictionary[code]!;
      out.push({ column: name, value, rows: Int32Array.from(rows) });
    }
    if (entries.length > max) {
      const left = entries.slice(max);
      const rows = left.reduce((sum, [, r]) => sum + r.length, 0);
      notes.push(
        `segments: column '${name}' has ${entries.length} values; the ${left.length} smallest (${rows} rows) were not evaluated (performance.max_segments is ${max})`,
      );
    }
  }
  return { groups: out, notes };
}
