/**
 * Two more inline-SVG charts for the release sections of the HTML report (issue 12), no library, same
 * conventions as ./svg.ts (viewBox, no fixed width, escaped text, non-finite points dropped):
 * - countChart: one histogram of counts over equal-width bins (the latency histogram) with vertical marks
 *   at the configured bounds (p95 ≤ 90 ms, say) and at the measured quantiles;
 * - trendChart: one metric over earlier green runs and this one, the y axis fitted to the values (with a
 *   bound drawn as a dashed line when the metric has a min or max rule).
 */
import { escapeHtml } from './escape.js';
import { finite, formatNumber } from './format.js';
import { COLORS } from './svg.js';

const r2 = (x: number): string => String(Math.round(x * 100) / 100);

export interface Mark {
  at: number;
  label: string;
  color: string;
  dashed?: boolean;
}

export function countChart(opts: {
  title: string;
  edges: readonly number[];
  counts: readonly number[];
  unit: string;
  marks: Mark[];
}): string {
  const W = 560;
  const H = 220;
  const L = 48;
  const R = 12;
  const T = 28;
  const B = 40;
  const pw = W - L - R;
  const ph = H - T - B;
  const n = Math.min(opts.counts.length, Math.max(0, opts.edges.length - 1));
  const lo = finite(opts.edges[0]) ?? 0;
  const hi = finite(opts.edges[n]) ?? 1;
  const span = hi > lo ? hi - lo : 1;
  const sx = (x: number) => L + ((Math.max(lo, Math.min(hi, x)) - lo) / span) * pw;
  const max = Math.max(1, ...opts.counts.slice(0, n).map((c) => finite(c) ?? 0));
  const sy = (c: number) => T + ph - (c / max) * ph;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = finite(opts.counts[i]) ?? 0;
    const x0 = sx(finite(opts.edges[i]) ?? lo);
    const x1 = sx(finite(opts.edges[i + 1]) ?? hi);
    const label = `${formatNumber(opts.edges[i])}–${formatNumber(opts.edges[i + 1])}${opts.unit}${i === n - 1 ? ' and above' : ''}: ${formatNumber(c)} requests`;
    parts.push(
      `<g><title>${escapeHtml(label, 200)}</title><rect x="${r2(x0 + 0.5)}" y="${r2(sy(c))}" width="${r2(Math.max(0.5, x1 - x0 - 1))}" height="${r2(T + ph - sy(c))}" fill="${COLORS.current}"/></g>`,
    );
  }
  for (const [t, anchor] of [
    [lo, 'start'],
    [lo + span / 2, 'middle'],
    [hi, 'end'],
  ] as const) {
    parts.push(
      `<text x="${r2(sx(t))}" y="${T + ph + 14}" text-anchor="${anchor}" class="tick">${escapeHtml(formatNumber(t) + opts.unit)}</text>`,
    );
  }
  for (const t of [0, max / 2, max]) {
    parts.push(
      `<line x1="${L}" y1="${r2(sy(t))}" x2="${L + pw}" y2="${r2(sy(t))}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<text x="${L - 4}" y="${r2(sy(t) + 4)}" text-anchor="end" class="tick">${escapeHtml(formatNumber(Math.round(t)))}</text>`,
    );
  }
  // measured marks label from the top down, bounds (dashed) from the bottom up, so the two never collide
  let top = 0;
  let bottom = 0;
  for (const m of opts.marks) {
    const at = finite(m.at);
    if (at === null) continue;
    const x = sx(at);
    const y = m.dashed ? T + ph - 6 - (bottom++ % 4) * 12 : T + 10 + (top++ % 4) * 12;
    const right = x > L + pw * 0.75;
    parts.push(
      `<line x1="${r2(x)}" y1="${T}" x2="${r2(x)}" y2="${T + ph}" stroke="${m.color}" stroke-width="1.5"${m.dashed ? ' stroke-dasharray="5 3"' : ''}><title>${escapeHtml(m.label, 120)}</title></line>`,
      `<text x="${r2(right ? x - 3 : x + 3)}" y="${y}" text-anchor="${right ? 'end' : 'start'}" class="tick" fill="${m.color}">${escapeHtml(m.label, 40)}</text>`,
    );
  }
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(opts.title, 200)}" class="chart wide">` +
    `<title>${escapeHtml(opts.title, 200)}</title>` +
    parts.join('') +
    `<line x1="${L}" y1="${T + ph}" x2="${L + pw}" y2="${T + ph}" stroke="${COLORS.axis}" stroke-width="1"/>` +
    `<text x="${L + pw / 2}" y="${H - 6}" text-anchor="middle" class="axis">latency (requests per bin)</text>` +
    `</svg>`
  );
}

export function trendChart(opts: {
  title: string;
  labels: readonly string[];
  values: readonly (number | null)[];
  bound: { value: number; label: string } | null;
}): string {
  const W = 360;
  const H = 200;
  const L = 52;
  const R = 12;
  const T = 24;
  const B = 36;
  const pw = W - L - R;
  const ph = H - T - B;
  const n = opts.values.length;
  const ys = opts.values.map((v) => finite(v)).filter((v): v is number => v !== null);
  if (opts.bound) ys.push(opts.bound.value);
  let lo = Math.min(...ys);
  let hi = Math.max(...ys);
  if (!(hi > lo)) {
    const pad = Math.abs(lo) * 0.05 || 0.05;
    lo -= pad;
    hi += pad;
  }
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const sx = (i: number) => L + (n <= 1 ? pw / 2 : (i / (n - 1)) * pw);
  const sy = (y: number) => T + ph - ((y - lo) / (hi - lo)) * ph;
  const parts: string[] = [];
  for (const t of [lo + pad, (lo + hi) / 2, hi - pad]) {
    parts.push(
      `<line x1="${L}" y1="${r2(sy(t))}" x2="${L + pw}" y2="${r2(sy(t))}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<text x="${L - 4}" y="${r2(sy(t) + 4)}" text-anchor="end" class="tick">${escapeHtml(formatNumber(t))}</text>`,
    );
  }
  if (opts.bound) {
    const y = sy(opts.bound.value);
    parts.push(
      `<line x1="${L}" y1="${r2(y)}" x2="${L + pw}" y2="${r2(y)}" stroke="${COLORS.fail}" stroke-width="1" stroke-dasharray="5 3"><title>${escapeHtml(opts.bound.label, 80)}</title></line>`,
    );
  }
  const pts: string[] = [];
  opts.values.forEach((v, i) => {
    const y = finite(v);
    if (y === null) return;
    pts.push(`${pts.length === 0 ? 'M' : 'L'}${r2(sx(i))} ${r2(sy(y))}`);
    const last = i === n - 1;
    parts.push(
      `<circle cx="${r2(sx(i))}" cy="${r2(sy(y))}" r="${last ? 4 : 3}" fill="${last ? COLORS.current : COLORS.baseline}"><title>${escapeHtml(`${opts.labels[i] ?? ''}: ${formatNumber(y)}`, 120)}</title></circle>`,
    );
  });
  if (pts.length > 1)
    parts.unshift(`<path d="${pts.join('')}" fill="none" stroke="${COLORS.baseline}" stroke-width="1.5"/>`);
  const every = Math.max(1, Math.ceil(n / 5));
  opts.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    parts.push(
      `<text x="${r2(sx(i))}" y="${T + ph + 14}" text-anchor="middle" class="tick">${escapeHtml(label, 12)}</text>`,
    );
  });
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(opts.title, 200)}" class="chart">` +
    `<title>${escapeHtml(opts.title, 200)}</title>` +
    parts.join('') +
    `<text x="${L}" y="14" class="legend">${escapeHtml(opts.title, 60)}</text>` +
    `<text x="${L + pw / 2}" y="${H - 6}" text-anchor="middle" class="axis">green runs, oldest first; this run last</text>` +
    `</svg>`
  );
}

/**
 * Holdout vs estimated per metric (CBPE): one row per metric on a shared axis fitted to the values, the
 * holdout's value a grey diamond, the estimate a blue dot with its interval, the realised value on labelled
 * rows (when any) a green cross.
 */
export function estimateChart(opts: {
  title: string;
  rows: {
    label: string;
    holdout: number | null;
    estimate: number | null;
    ci: [number, number] | null;
    realised: number | null;
  }[];
}): string {
  const W = 560;
  const rowH = 26;
  const L = 130;
  const R = 16;
  const T = 30;
  const B = 34;
  const H = T + B + rowH * opts.rows.length;
  const pw = W - L - R;
  const vals = opts.rows
    .flatMap((r) => [r.holdout, r.estimate, r.realised, ...(r.ci ?? [])])
    .map((v) => finite(v))
    .filter((v): v is number => v !== null);
  let lo = Math.min(...vals, 1);
  let hi = Math.max(...vals, 0);
  if (!(hi > lo)) {
    lo = 0;
    hi = 1;
  }
  const pad = (hi - lo) * 0.05;
  lo = Math.max(0, lo - pad);
  hi = Math.min(1, hi + pad);
  const sx = (v: number) => L + ((v - lo) / (hi - lo || 1)) * pw;
  const parts: string[] = [];
  for (const t of [lo, (lo + hi) / 2, hi]) {
    parts.push(
      `<line x1="${r2(sx(t))}" y1="${T}" x2="${r2(sx(t))}" y2="${H - B}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<text x="${r2(sx(t))}" y="${H - B + 14}" text-anchor="middle" class="tick">${escapeHtml(formatNumber(t))}</text>`,
    );
  }
  opts.rows.forEach((row, i) => {
    const y = T + i * rowH + rowH / 2;
    parts.push(
      `<text x="${L - 8}" y="${r2(y + 4)}" text-anchor="end" class="tick">${escapeHtml(row.label, 24)}</text>`,
    );
    const ci = row.ci;
    if (ci) {
      parts.push(
        `<line x1="${r2(sx(ci[0]))}" y1="${r2(y)}" x2="${r2(sx(ci[1]))}" y2="${r2(y)}" stroke="${COLORS.current}" stroke-width="2"/>`,
      );
    }
    const h = finite(row.holdout);
    if (h !== null)
      parts.push(
        `<path d="M${r2(sx(h))} ${r2(y - 6)}L${r2(sx(h) + 6)} ${r2(y)}L${r2(sx(h))} ${r2(y + 6)}L${r2(sx(h) - 6)} ${r2(y)}Z" fill="${COLORS.baseline}"><title>${escapeHtml(`${row.label} on the holdout: ${formatNumber(h)}`)}</title></path>`,
      );
    const e = finite(row.estimate);
    if (e !== null)
      parts.push(
        `<circle cx="${r2(sx(e))}" cy="${r2(y)}" r="4.5" fill="${COLORS.current}"><title>${escapeHtml(`${row.label} estimated: ${formatNumber(e)}`)}</title></circle>`,
      );
    const z = finite(row.realised);
    if (z !== null)
      parts.push(
        `<path d="M${r2(sx(z) - 5)} ${r2(y - 5)}L${r2(sx(z) + 5)} ${r2(y + 5)}M${r2(sx(z) - 5)} ${r2(y + 5)}L${r2(sx(z) + 5)} ${r2(y - 5)}" stroke="${COLORS.pass}" stroke-width="2"><title>${escapeHtml(`${row.label} realised on labelled rows: ${formatNumber(z)}`)}</title></path>`,
      );
  });
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(opts.title, 200)}" class="chart wide">` +
    `<title>${escapeHtml(opts.title, 200)}</title>` +
    parts.join('') +
    `<path d="M${L} 10L${L + 6} 16L${L} 22L${L - 6} 16Z" fill="${COLORS.baseline}"/><text x="${L + 10}" y="20" class="legend">holdout</text>` +
    `<circle cx="${L + 80}" cy="16" r="4.5" fill="${COLORS.current}"/><text x="${L + 90}" y="20" class="legend">estimated (interval)</text>` +
    `<path d="M${L + 215} 11L${L + 225} 21M${L + 215} 21L${L + 225} 11" stroke="${COLORS.pass}" stroke-width="2"/><text x="${L + 231}" y="20" class="legend">realised (labelled rows)</text>` +
    `</svg>`
  );
}
