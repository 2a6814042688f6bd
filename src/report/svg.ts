/**
 * Small inline-SVG charts for the HTML report, no library: line charts (ROC, precision-recall,
 * calibration), a grouped histogram (reference vs current), a one-row interval plot (a forest-plot row).
 * Every chart has a viewBox and no fixed width, so it scales with its container (390 px phone to 1600 px).
 * Text goes through `escapeHtml`; non-finite points are dropped, never drawn as NaN.
 */
import { escapeHtml } from './escape.js';
import { finite, formatDelta, formatNumber, formatPercent } from './format.js';

export const COLORS = {
  reference: '#8c96a5',
  current: '#2f6fde',
  candidate: '#2f6fde',
  baseline: '#8c96a5',
  fail: '#cf222e',
  warn: '#bf8700',
  pass: '#1a7f37',
  grid: '#d8dee4',
  axis: '#57606a',
} as const;

/** most points drawn per series; longer series are thinned evenly (first and last kept) */
export const MAX_POINTS = 400;

const r2 = (x: number): string => String(Math.round(x * 100) / 100);

export interface Series {
  name: string;
  x: readonly number[];
  y: readonly number[];
  color: string;
  dashed?: boolean;
  /** draw a dot per point (calibration) */
  dots?: boolean;
}

function thin(x: readonly number[], y: readonly number[]): [number, number][] {
  const pts: [number, number][] = [];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = finite(x[i]);
    const b = finite(y[i]);
    if (a !== null && b !== null) pts.push([a, b]);
  }
  if (pts.length <= MAX_POINTS) return pts;
  const step = (pts.length - 1) / (MAX_POINTS - 1);
  const out: [number, number][] = [];
  for (let k = 0; k < MAX_POINTS; k++) out.push(pts[Math.round(k * step)] as [number, number]);
  return out;
}

/**
 * A line chart on the unit square (both axes 0 to 1), with grid lines at 0.25 steps, axis titles and a
 * legend; `diagonal` adds the dashed y = x reference (chance for ROC, perfect calibration).
 */
export function lineChart(opts: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  diagonal?: boolean;
}): string {
  const W = 360;
  const H = 300;
  const L = 48;
  const R = 12;
  const T = 30;
  const B = 44;
  const pw = W - L - R;
  const ph = H - T - B;
  const sx = (x: number) => L + Math.max(0, Math.min(1, x)) * pw;
  const sy = (y: number) => T + (1 - Math.max(0, Math.min(1, y))) * ph;
  const parts: string[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${r2(sx(t))}" y1="${T}" x2="${r2(sx(t))}" y2="${T + ph}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<line x1="${L}" y1="${r2(sy(t))}" x2="${L + pw}" y2="${r2(sy(t))}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<text x="${r2(sx(t))}" y="${T + ph + 16}" text-anchor="middle" class="tick">${t}</text>`,
      `<text x="${L - 6}" y="${r2(sy(t) + 4)}" text-anchor="end" class="tick">${t}</text>`,
    );
  }
  if (opts.diagonal) {
    parts.push(
      `<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(1)}" y2="${sy(1)}" stroke="${COLORS.axis}" stroke-width="1" stroke-dasharray="4 4"/>`,
    );
  }
  const legend: string[] = [];
  opts.series.forEach((s, i) => {
    const pts = thin(s.x, s.y);
    if (pts.length > 0) {
      const d = pts.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${r2(sx(x))} ${r2(sy(y))}`).join('');
      parts.push(
        `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}><title>${escapeHtml(s.name)}</title></path>`,
      );
      if (s.dots) {
        for (const [x, y] of pts)
          parts.push(`<circle cx="${r2(sx(x))}" cy="${r2(sy(y))}" r="3" fill="${s.color}"/>`);
      }
    }
    const ly = 14;
    const lx = L + i * 120;
    legend.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 18}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${lx + 22}" y="${ly + 4}" class="legend">${escapeHtml(s.name, 24)}</text>`,
    );
  });
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(opts.title)}" class="chart">` +
    `<title>${escapeHtml(opts.title)}</title>` +
    parts.join('') +
    `<rect x="${L}" y="${T}" width="${pw}" height="${ph}" fill="none" stroke="${COLORS.axis}" stroke-width="1"/>` +
    legend.join('') +
    `<text x="${L + pw / 2}" y="${H - 8}" text-anchor="middle" class="axis">${escapeHtml(opts.xLabel)}</text>` +
    `<text x="14" y="${T + ph / 2}" text-anchor="middle" class="axis" transform="rotate(-90 14 ${T + ph / 2})">${escapeHtml(opts.yLabel)}</text>` +
    `</svg>`
  );
}

/**
 * Reference vs current shares per bin, as paired bars (reference grey, current blue) with a hover title
 * per bin. `labels` name the bins; only a few are printed under the axis so they never overlap.
 */
export function histogramChart(opts: {
  title: string;
  labels: readonly string[];
  /** what to print under the axis per bin (default: the labels) */
  ticks?: readonly string[];
  reference: readonly number[];
  current: readonly number[];
}): string {
  const n = Math.min(opts.labels.length, opts.reference.length, opts.current.length);
  const W = 360;
  const H = 200;
  const L = 40;
  const R = 8;
  const T = 24;
  const B = 40;
  const pw = W - L - R;
  const ph = H - T - B;
  const vals = [...opts.reference.slice(0, n), ...opts.current.slice(0, n)].map((v) => finite(v) ?? 0);
  const max = Math.max(0.01, ...vals);
  const top = Math.ceil(max * 20) / 20; // round up to 5%
  const sy = (v: number) => T + ph - (Math.max(0, finite(v) ?? 0) / top) * ph;
  const bw = pw / Math.max(n, 1);
  const parts: string[] = [];
  for (const t of [0, top / 2, top]) {
    parts.push(
      `<line x1="${L}" y1="${r2(sy(t))}" x2="${L + pw}" y2="${r2(sy(t))}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<text x="${L - 4}" y="${r2(sy(t) + 4)}" text-anchor="end" class="tick">${escapeHtml(formatPercent(t))}</text>`,
    );
  }
  const every = Math.max(1, Math.ceil(n / 6));
  for (let i = 0; i < n; i++) {
    const x = L + i * bw;
    const ref = finite(opts.reference[i]) ?? 0;
    const cur = finite(opts.current[i]) ?? 0;
    const label = opts.labels[i] ?? '';
    const gap = Math.min(2, bw * 0.1);
    const w = Math.max(0.5, (bw - gap * 2) / 2);
    parts.push(
      `<g><title>${escapeHtml(`${label}: reference ${formatPercent(ref)}, current ${formatPercent(cur)}`, 200)}</title>` +
        `<rect x="${r2(x + gap)}" y="${r2(sy(ref))}" width="${r2(w)}" height="${r2(T + ph - sy(ref))}" fill="${COLORS.reference}"/>` +
        `<rect x="${r2(x + gap + w)}" y="${r2(sy(cur))}" width="${r2(w)}" height="${r2(T + ph - sy(cur))}" fill="${COLORS.current}"/>` +
        `<rect x="${r2(x)}" y="${T}" width="${r2(bw)}" height="${ph}" fill="transparent"/></g>`,
    );
    if (i % every === 0) {
      parts.push(
        `<text x="${r2(opts.ticks ? x : x + bw / 2)}" y="${T + ph + 14}" text-anchor="${opts.ticks ? 'start' : 'middle'}" class="tick">${escapeHtml(opts.ticks?.[i] ?? label, 10)}</text>`,
      );
    }
  }
  return (
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(opts.title, 200)}" class="chart">` +
    `<title>${escapeHtml(opts.title, 200)}</title>` +
    parts.join('') +
    `<line x1="${L}" y1="${T + ph}" x2="${L + pw}" y2="${T + ph}" stroke="${COLORS.axis}" stroke-width="1"/>` +
    `<rect x="${L}" y="6" width="10" height="10" fill="${COLORS.reference}"/><text x="${L + 14}" y="15" class="legend">reference</text>` +
    `<rect x="${L + 90}" y="6" width="10" height="10" fill="${COLORS.current}"/><text x="${L + 104}" y="15" class="legend">current</text>` +
    `<text x="${L + pw / 2}" y="${H - 6}" text-anchor="middle" class="axis">bins (share of non-missing rows)</text>` +
    `</svg>`
  );
}

/**
 * One forest-plot row: the point estimate with its interval on an axis symmetric around zero, zero marked.
 * Each metric has its own scale (units differ), printed at the ends.
 */
export function intervalPlot(
  value: unknown,
  ci: readonly unknown[] | null | undefined,
  color: string,
): string {
  const v = finite(value);
  const lo = finite(ci?.[0]);
  const hi = finite(ci?.[1]);
  const W = 160;
  const H = 26;
  if (v === null)
    return `<svg viewBox="0 0 ${W} ${H}" class="forest" role="img" aria-label="no value"></svg>`;
  const span = Math.max(Math.abs(v), Math.abs(lo ?? 0), Math.abs(hi ?? 0)) * 1.15 || 1;
  const sx = (x: number) => 10 + ((x + span) / (2 * span)) * (W - 20);
  const parts = [
    `<line x1="10" y1="13" x2="${W - 10}" y2="13" stroke="${COLORS.grid}" stroke-width="1"/>`,
    `<line x1="${r2(sx(0))}" y1="3" x2="${r2(sx(0))}" y2="23" stroke="${COLORS.axis}" stroke-width="1"/>`,
  ];
  if (lo !== null && hi !== null) {
    parts.push(
      `<line x1="${r2(sx(lo))}" y1="13" x2="${r2(sx(hi))}" y2="13" stroke="${color}" stroke-width="2.5"/>`,
      `<line x1="${r2(sx(lo))}" y1="8" x2="${r2(sx(lo))}" y2="18" stroke="${color}" stroke-width="2"/>`,
      `<line x1="${r2(sx(hi))}" y1="8" x2="${r2(sx(hi))}" y2="18" stroke="${color}" stroke-width="2"/>`,
    );
  }
  parts.push(`<circle cx="${r2(sx(v))}" cy="13" r="4" fill="${color}"/>`);
  const label = `delta ${formatDelta(v)}${lo !== null && hi !== null ? ` (${formatDelta(lo)} to ${formatDelta(hi)})` : ''}; axis ±${formatNumber(span)}`;
  return `<svg viewBox="0 0 ${W} ${H}" class="forest" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${parts.join('')}</svg>`;
}

/** a horizontal bar for drift strength (1 = at the threshold, full at 2×), with the threshold marked */
export function strengthSvg(strength: number, color: string): string {
  const W = 80;
  const H = 12;
  const s = Number.isFinite(strength) && strength > 0 ? Math.min(strength, 2) / 2 : 0;
  return (
    `<svg viewBox="0 0 ${W} ${H}" class="bar" aria-hidden="true">` +
    `<rect x="0" y="2" width="${W}" height="8" fill="${COLORS.grid}"/>` +
    `<rect x="0" y="2" width="${r2(s * W)}" height="8" fill="${color}"/>` +
    `<line x1="${W / 2}" y1="0" x2="${W / 2}" y2="${H}" stroke="${COLORS.axis}" stroke-width="1"/></svg>`
  );
}
