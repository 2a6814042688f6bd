/**
 * docs/ARCHITECTURE.md against the code (STYLE habit 13, issue 9): the tree names every source file; the
 * import graph it draws is scripts/layers.mjs (the table eslint.config.js enforces per folder) and both are
 * the real imports of src/ — every edge the code has is allowed, every allowance is used; the file-level
 * graph has no cycle; the narrow edges (catalog → contract, gate → report) are used only as declared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, NARROW } from '../../scripts/layers.mjs';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');
const arch = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split('\\').join('/'));

/** the folder (or top-level file, without .ts) of a path under src/ */
const unit = (file: string): string => (file.includes('/') ? file.split('/')[0]! : file.replace(/\.ts$/, ''));

/** file → the src files it imports (relative specifiers; type-only imports included) */
const imports = new Map<string, string[]>();
for (const f of files) {
  const text = readFileSync(join(src, f), 'utf8');
  const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) =>
    relative(src, resolve(dirname(join(src, f)), m[1]!).replace(/\.js$/, '.ts'))
      .split('\\')
      .join('/'),
  );
  imports.set(f, targets);
}

/** folder edges of the code: "a -> b" → the files making them and what they import */
const edges = new Map<string, { from: string; to: string }[]>();
for (const [f, targets] of imports)
  for (const t of targets) {
    if (unit(f) === unit(t)) continue;
    const key = `${unit(f)} -> ${unit(t)}`;
    edges.set(key, [...(edges.get(key) ?? []), { from: f, to: t }]);
  }

const allowed = Object.entries(LAYERS as Record<string, string[]>).flatMap(([a, bs]) =>
  bs.map((b) => `${a} -> ${b}`),
);

describe('docs/ARCHITECTURE.md', () => {
  it('names every source file', () => {
    const missing = files.filter((f) => !arch.includes(f));
    expect(missing, 'add a line per file to docs/ARCHITECTURE.md').toEqual([]);
  });

  it('every folder of src/ has its row in scripts/layers.mjs', () => {
    expect([...new Set(files.map(unit))].sort()).toEqual(Object.keys(LAYERS).sort());
  });

  it('the real imports are exactly the allowed ones: none forbidden, no stale allowance', () => {
    expect([...edges.keys()].filter((e) => !allowed.includes(e)).sort()).toEqual([]);
    expect(allowed.filter((e) => !edges.has(e)).sort()).toEqual([]);
  });

  it('narrow edges reach only the files declared', () => {
    for (const [edge, targets] of Object.entries(NARROW as Record<string, string[]>)) {
      const reached = [...new Set((edges.get(edge) ?? []).map((x) => `src/${x.to}`))].sort();
      expect(reached, edge).toEqual([...targets].sort());
    }
  });

  it('the file-level import graph has no cycle', () => {
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 2) return;
      if (state.get(f) === 1) {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 1);
      for (const t of imports.get(f) ?? []) if (imports.has(t)) visit(t, [...path, f]);
      state.set(f, 2);
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('draws the graph of scripts/layers.mjs', () => {
    const block = /<!-- import-graph -->\n```\n([\s\S]*?)```/.exec(arch);
    expect(block, 'docs/ARCHITECTURE.md needs the <!-- import-graph --> block').not.toBeNull();
    const drawn = Object.fromEntries(
      block![1]!
        .trim()
        .split('\n')
        .map((line) => {
          const [a, bs] = line.split('->').map((x) => x.trim());
          return [a!, bs === '(nothing)' ? [] : bs!.split(',').map((b) => b.trim())];
        }),
    );
    expect(drawn).toEqual(LAYERS);
  });
});
