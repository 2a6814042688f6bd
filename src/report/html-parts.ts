/**
 * The HTML report's shared pieces: escaping shortcuts, status marks, estimate cells, tables, check items
 * and the size caps (./html.ts and ./html-performance.ts build the sections from them).
 */
import type { Check } from '../contract/report.js';
import { escapeHtml } from './escape.js';
import { formatInterval } from './format.js';

import { statusOf } from './view.js';

export const HTML_MAX_HISTOGRAMS = 40;
export const HTML_MAX_BINS = 30;
export const HTML_MAX_CLASSES = 25;
/** longest user string shown in a cell; the full string (up to 1,000 characters) is in the title */
export const NAME_CHARS = 100;

export const esc = escapeHtml;
export const name = (s: unknown): string => {
  const full = esc(s, 1000);
  const short = esc(s, NAME_CHARS);
  return full === short ? short : `<span title="${full}">${short}</span>`;
};

/** text symbols, not emoji: they render in every font, offline included */
export const STATUS_SYMBOL = { pass: '✓', warn: '⚠', fail: '✗', skip: '○' } as const;

export function statusSpan(status: unknown): string {
  const s = statusOf(status);
  return `<span class="status ${s}">${STATUS_SYMBOL[s]} ${s}</span>`;
}

/** a value on the first line and its interval, smaller, under it */
export function estimateCell(value: unknown, ci: unknown, signed = false): string {
  const full = formatInterval(value, ci, { signed });
  const m = /^(.*?) \((.*)\)$/.exec(full);
  return m ? `${m[1]}<br><span class="ci">${m[2]}</span>` : full;
}

export function tableHtml(
  head: string[],
  rows: string[][],
  opts: { cls?: string; numeric?: number[] } = {},
): string {
  const numeric = new Set(opts.numeric ?? []);
  const th = head.map((h, i) => `<th${numeric.has(i) ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map(
      (r) => `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="scroll"><table${opts.cls ? ` class="${opts.cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

export function checkItem(c: Check): string {
  return `<li class="${statusOf(c.status)}">${statusSpan(c.status)} <code>${esc(c.id, 200)}</code> <span class="msg">${esc(c.message, 1000)}</span></li>`;
}
