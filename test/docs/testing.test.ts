/**
 * docs/TESTING.md's table of bad inputs against the tests: every expected line it shows must appear, as
 * written, in the test file it names (Markdown escapes undone; the config rows in the tables of
 * test/config/cases.ts), so the table moves with the messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CROSS_KEY, BAD_FILE } from '../config/cases.js';

/** the config tables' lines (some are built from the catalog's id lists, not written out) */
const CONFIG_LINES = new Set([...BAD_FILE, ...BAD_CROSS_KEY].map((r) => r[2]));

const root = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'TESTING.md'), 'utf8');
const rows = doc
  .split('\n')
  .filter((l) => l.startsWith('| ') && l.includes('` |') && /\| test\/\S+/.test(l))
  .map((l) => {
    const cells = l.split(/(?<!\\)\|/).map((c) => c.trim());
    const line = cells[2]!.replace(/^`|`$/g, '').replace(/\\\|/g, '|');
    const file = /test\/\S+\.ts/.exec(cells[3]!)![0];
    return [line, file] as const;
  });

describe('docs/TESTING.md', () => {
  it('lists the bad inputs', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it.each(rows)('%s is checked in %s', (line, file) => {
    if (file === 'test/config/cases.ts') {
      expect(CONFIG_LINES.has(line)).toBe(true);
      return;
    }
    const source = readFileSync(join(root, file), 'utf8');
    // a multi-line YAML input shows its line breaks as ⏎; messages are single lines
    expect(source.includes(line) || source.includes(JSON.stringify(line).slice(1, -1))).toBe(true);
  });
});
