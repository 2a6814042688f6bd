// Package fact: the README's inputs and outputs tables agree with action.yml (names in order, defaults,
// descriptions), and the code's input defaults agree with action.yml's. The README sections come from
// docs/action-readme-sections.md; until README.md has an "## Inputs" section the README part is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
import { OUTPUT_NAMES } from '../../src/action/run-action.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

/** the rows of the first table under `## <title>`, cells trimmed, `\|` unescaped */
function tableUnder(markdown: string, title: string): string[][] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) throw new Error(`no "## ${title}" section`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (!line.trim().startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|'));
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    rows.push(cells);
  }
  return rows.slice(1); // without the header row
}

const code = (name: string) => `\`${name}\``;
const inputRows = () =>
  Object.entries(action.inputs).map(([name, i]) => [
    code(name),
    i.default === undefined ? '' : code(i.default),
    i.description.trim(),
  ]);
const outputRows = () =>
  Object.entries(action.outputs).map(([name, o]) => [code(name), o.description.trim()]);

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('declares the defaults the code falls back to, and the outputs the code sets', () => {
    for (const [name, value] of Object.entries(INPUT_DEFAULTS))
      expect(action.inputs[name]?.default).toBe(value);
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(action.inputs['artifact-name']?.default).toBe('model-gate-report');
    expect(action.inputs['fail-on']?.default).toBeUndefined();
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES]);
  });

  it('docs/action-readme-sections.md carries the tables for the README', () => {
    const doc = readFileSync('docs/action-readme-sections.md', 'utf8');
    expect(tableUnder(doc, 'Inputs')).toEqual(inputRows());
    expect(tableUnder(doc, 'Outputs')).toEqual(outputRows());
  });

  const readme = existsSync('README.md') ? readFileSync('README.md', 'utf8') : '';
  const hasInputs = readme.split(/\r?\n/).some((l) => l.trim() === '## Inputs');
  it.skipIf(!hasInputs)('README.md inputs table matches action.yml', () => {
    expect(tableUnder(readme, 'Inputs')).toEqual(inputRows());
  });
  it.skipIf(!hasInputs)('README.md outputs table matches action.yml', () => {
    expect(tableUnder(readme, 'Outputs')).toEqual(outputRows());
  });
});

describe('tableUnder', () => {
  it('reads padded tables and escaped pipes, and stops at the next section', () => {
    const md = [
      '## Inputs',
      '',
      'text',
      '',
      '| Input   | Default | Description  |',
      '| ------- | ------- | ------------ |',
      '| `a`     | `1`     | one \\| two  |',
      '| `b`     |         | three        |',
      '',
      '| other | table |',
      '## Outputs',
    ].join('\n');
    expect(tableUnder(md, 'Inputs')).toEqual([
      ['`a`', '`1`', 'one | two'],
      ['`b`', '', 'three'],
    ]);
    expect(() => tableUnder(md, 'Nope')).toThrow('no "## Nope" section');
  });
});
