import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import {
  escapeHtml,
  escapeMarkdown,
  escapePromLabel,
  escapeXml,
  jsonForScript,
  MAX_NAME_CHARS,
  mermaidLabel,
  safeUrl,
  truncate,
} from '../../src/report/escape.js';
import { markdownTable } from 'markdown-table';

const HOSTILE = [
  '<script>alert(1)</script>',
  'a|b',
  '@octocat',
  '#12',
  'line\nbreak',
  'x'.repeat(5000),
  '**x**',
  '[x](http://e)',
  '`code`',
  '</details><img src=x onerror=alert(1)>',
  '=1+1',
  'www.example.com',
  '\u202eevil',
  'a\u0000b\u0007c',
];

/** render one table cell with GitHub-flavoured Markdown and return the <td> inner HTML */
function cellHtml(text: string): string {
  const html = marked.parse(
    markdownTable([
      ['h', 'x'],
      [escapeMarkdown(text), 'end'],
    ]),
    { gfm: true, async: false },
  );
  return String(html);
}

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('keeps %j inert inside a GFM table', (name) => {
    const html = cellHtml(name);
    // the table keeps exactly two cells per row: no `|` broke out
    const rows = html.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.match(/<t[dh]/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|<img|<\/details|<strong>|<em>|<a |<code>/);
    const cell = escapeMarkdown(name).replace(/&#8203;/g, '\u200b');
    expect(cell).not.toMatch(/[\n\r]/);
    expect(cell).not.toMatch(/@\w/); // no mention
    expect(cell).not.toMatch(/#\d/); // no issue reference
    expect(cell).not.toContain('\u202e');
  });

  it('cuts long names with an ellipsis', () => {
    const out = escapeMarkdown('x'.repeat(5000));
    expect(out).toHaveLength(MAX_NAME_CHARS);
    expect(out.endsWith('\u2026')).toBe(true);
  });

  it.each([
    ['a|b', 'a\\|b'],
    ['@octocat', '@&#8203;octocat'],
    ['#12', '\\#&#8203;12'],
    ['line\nbreak', 'line break'],
    ['**x**', '\\*\\*x\\*\\*'],
    ['<b>', '&lt;b&gt;'],
    ['=1+1', '\\=1+1'],
    ['plain_name', 'plain\\_name'],
    ['$x^2$', '\\$x^2\\$'],
  ])('%j -> %j', (input, want) => expect(escapeMarkdown(input)).toBe(want));

  it('coerces non-strings', () => {
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown(12)).toBe('12');
  });
});

describe('truncate', () => {
  it('never splits a surrogate pair', () => {
    const s = '😀'.repeat(10);
    expect(truncate(s, 5)).toBe('😀😀😀😀\u2026');
  });
  it('leaves short strings alone', () => expect(truncate('abc', 3)).toBe('abc'));
});

describe('escapeHtml', () => {
  it.each(HOSTILE)('%j has no raw markup', (name) => {
    const out = escapeHtml(name);
    expect(out).not.toMatch(/[<>"']/);
  });
  it('escapes the five characters', () =>
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'));
});

describe('jsonForScript', () => {
  it('cannot close the script element and parses back', () => {
    const value = { name: '</script><script>alert(1)</script>', sep: '\u2028', amp: '&' };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('escapeXml', () => {
  it('escapes entities and replaces characters XML 1.0 forbids', () => {
    expect(escapeXml('a<b>&"\'\u0000\u001b\uffff\ud800')).toBe(
      'a&lt;b&gt;&amp;&quot;&apos;\ufffd\ufffd\ufffd\ufffd',
    );
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('escapePromLabel', () => {
  it('escapes backslash, quote and newline', () =>
    expect(escapePromLabel('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd'));
});

describe('mermaidLabel and safeUrl', () => {
  it('keeps only safe characters in Mermaid labels', () => {
    expect(mermaidLabel('"]; click x call alert(1)')).not.toMatch(/["\];]/);
    expect(mermaidLabel('')).toBe('?');
  });
  it.each([
    ['https://github.com/o/r/actions/runs/1', 'https://github.com/o/r/actions/runs/1'],
    ['javascript:alert(1)', null],
    ['not a url', null],
    ['https://e.com/a(b)', 'https://e.com/a%28b%29'],
    [null, null],
  ])('%j -> %j', (input, want) => expect(safeUrl(input)).toBe(want));
});
