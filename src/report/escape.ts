/**
 * Escaping for every string that came from a user's data (column names, category values, paths, messages
 * that quote them). Each target has its own function; renderers never build markup from raw strings.
 *
 * Markdown (GitHub-flavoured, inside table cells and inline text):
 * - `&`, `<`, `>` become entities, so no HTML (`<script>`, `<img>`, `<details>`) and no autolink `<http://…>`;
 * - `|` is backslash-escaped (GFM tables honour `\|` even inside code spans), as are `\`, `` ` ``, `*`, `_`,
 *   `~`, `[`, `]`, `!`, `$` (GitHub renders `$…$` as math), and a leading `=`, `+`, `-`, `#`;
 * - `@name` and `#123` get a zero-width space after the `@`/`#` (what Renovate does), so GitHub neither
 *   mentions the user nor links the issue; `://` and `www.` get one too, so no autolink;
 * - newlines and tabs become spaces, other control and bidirectional-override characters are dropped;
 * - long strings are cut (by code point) with an ellipsis before escaping.
 */

/** longest user string a table cell shows, in code points (before escaping) */
export const MAX_NAME_CHARS = 80;
/** longest message a check line shows */
export const MAX_MESSAGE_CHARS = 400;

const ZWSP = '&#8203;';
const ELLIPSIS = '\u2026';

/* eslint-disable no-control-regex -- control characters are exactly what these patterns remove */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NEWLINES = /\r\n|[\r\n\t\u2028\u2029\u0085]/g;
/* eslint-enable no-control-regex */

/** coerce anything to a string, drop control and bidi characters, fold newlines into spaces */
export function clean(value: unknown): string {
  const s = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return s.replace(NEWLINES, ' ').replace(CONTROL, '').replace(BIDI, '');
}

/** cut to at most `max` code points, ending with "…" when cut; never splits a surrogate pair */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const points = Array.from(s);
  if (points.length <= max) return s;
  return points.slice(0, Math.max(1, max - 1)).join('') + ELLIPSIS;
}

/** a user string for GitHub-flavoured Markdown (table cell or inline text), one line, inert */
export function escapeMarkdown(value: unknown, max = MAX_NAME_CHARS): string {
  const s = truncate(clean(value), max);
  // one pass, so the entities inserted here are never escaped again
  return s.replace(MARKDOWN_SPECIAL, (m, offset: number) => {
    const lead = offset === 0 && /^[=+\-#]/.test(m) ? '\\' : '';
    switch (m) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '@':
        return '@' + ZWSP;
      case '#':
        return lead + '#' + ZWSP;
      case '://':
        return ':' + ZWSP + '//';
      default:
        if (/^www\./i.test(m)) return m.slice(0, 3) + ZWSP + '.';
        if (lead) return lead + m;
        return '\\' + m;
    }
  });
}

const MARKDOWN_SPECIAL = /[&<>\\`*_~[\]|!@$]|#(?=\w)|^#|^[=+-]|:\/\/|\bwww\./gi;

/** text for HTML element content and attribute values (quoted with ") */
export function escapeHtml(value: unknown, max?: number): string {
  const s = clean(value);
  return (max === undefined ? s : truncate(s, max))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON to embed in an HTML <script> element: no "</script>", no "<!--", no U+2028/U+2029 line breaks */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Text for XML 1.0 content and attributes: the five entities, and every character XML 1.0 forbids (C0
 * controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD; bidirectional
 * controls (U+202E and the like) dropped, as the other escapes drop them.
 */
export function escapeXml(value: unknown): string {
  const s = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return s
    .replace(BIDI, '') // bidirectional overrides would reorder what a reader of the file sees
    .replace(
      // eslint-disable-next-line no-control-regex -- forbidden XML characters
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** a Prometheus label value: backslash, double quote and newline escaped as the text format requires */
export function escapePromLabel(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value ?? '');
  return s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n|\r/g, '\\n');
}

/**
 * A label for a Mermaid chart, inside double quotes: only letters, digits, spaces and a few safe marks
 * survive (Mermaid has no escape for `"` and parses its own markup), cut to `max` code points.
 */
export function mermaidLabel(value: unknown, max = 24): string {
  const s = truncate(clean(value), max).replace(/[^\p{L}\p{N} .,:_+\-−%()/]/gu, '?');
  return s.length === 0 ? '?' : s;
}

/** an http(s) URL safe to use as a Markdown link target, or null */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href.replace(/[()<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
