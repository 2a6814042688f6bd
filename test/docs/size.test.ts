/**
 * The house's size rules (issue 9): no file under src/ over 400 lines except data tables and tuned
 * kernels, each saying so in the first line of its doc comment ("Data table (...)." or "Tuned kernel
 * (...)."), and no function over 120 lines anywhere in src/. Lines are counted as the editor shows them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 120;
const EXEMPT = /^\/\*\*\n \* (Data table|Tuned kernel) \([^)]+\)\./;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const files = sources(join(root, 'src')).map((f) => ({
  path: relative(root, f),
  text: readFileSync(f, 'utf8'),
}));

describe('source sizes', () => {
  it(`no file over ${MAX_FILE_LINES} lines unless its first doc line says it is a data table or tuned kernel`, () => {
    const over = files
      .filter((f) => f.text.split('\n').length - 1 > MAX_FILE_LINES && !EXEMPT.test(f.text))
      .map((f) => `${f.path}: ${f.text.split('\n').length - 1} lines`);
    expect(over).toEqual([]);
  });

  it(`no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const f of files) {
      const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
          const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > MAX_FUNCTION_LINES)
            long.push(`${f.path}:${start + 1} (${end - start + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});
