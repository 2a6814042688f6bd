/**
 * The performance section as plain text for the CLI: one row per metric — candidate value with its
 * interval, baseline value, and the paired difference with its interval — then segment gaps and notes.
 * Pure: (section) => string. Numbers are rounded by src/report/format.ts only; metric ids and segment
 * values come from the registry and the user's data, so control characters are replaced before printing.
 */
import type { Estimate, PerformanceSection } from '../contract/report.js';
import { formatCount, formatInterval, formatNumber } from '../report/format.js';

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function estimate(e: Estimate | undefined, signed = false): string {
  if (!e || e.value === null) return 'n/a';
  return formatInterval(e.value, e.ci, { signed });
}

/** left-aligned columns separated by two spaces */
function columns(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, j) => (widths[j] = Math.max(widths[j] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, j) => (j === row.length - 1 ? cell : cell + ' '.repeat(widths[j]! - [...cell].length)))
      .join('  ')
      .trimEnd(),
  );
}

export function renderPerformanceText(section: PerformanceSection): string {
  const base = section.baseline;
  const head = base ? ['metric', 'candidate [CI]', 'baseline', 'Δ [CI]'] : ['metric', 'candidate [CI]'];
  const rows = Object.entries(section.candidate.metrics).map(([id, e]) => {
    const row = [clean(id), estimate(e)];
    if (base) row.push(formatNumber(base.metrics[id]?.value ?? null), estimate(section.deltas?.[id], true));
    return row;
  });
  const title =
    `performance (${section.task}, ${formatCount(section.candidate.rows)} rows` +
    (section.positiveLabel !== null ? `, positive label ${clean(section.positiveLabel)}` : '') +
    (base ? ', vs baseline' : '') +
    ')';
  const out = [title, ...columns([head, ...rows]).map((l) => '  ' + l)];
  if (section.production) {
    out.push(`production (${formatCount(section.production.rows)} labelled current rows)`);
    const prod = Object.entries(section.production.metrics).map(([id, e]) => [clean(id), estimate(e)]);
    out.push(...columns(prod).map((l) => '  ' + l));
  }
  if (section.segmentGaps.length > 0) {
    out.push('largest segment gaps');
    const gaps = [...section.segmentGaps]
      .sort((a, b) => b.gap - a.gap)
      .slice(0, 10)
      .map((g) => [
        clean(`${g.column}: ${g.metric}`),
        formatNumber(g.gap),
        clean(
          `${g.best.value} ${formatNumber(g.best.metric)} vs ${g.worst.value} ${formatNumber(g.worst.metric)}`,
        ),
      ]);
    out.push(...columns(gaps).map((l) => '  ' + l));
  }
  for (const note of section.notes.slice(0, 10)) out.push(`note: ${clean(note)}`);
  if (section.notes.length > 10) out.push(`note: …and ${section.notes.length - 10} more (see the report)`);
  return out.join('\n') + '\n';
}
