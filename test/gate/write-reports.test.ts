import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/io/write-reports.js';

describe('writeFilesAtomically', () => {
  it('writes every file and leaves no staging folder behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-write-'));
    const out = join(root, 'report');
    const paths = await writeFilesAtomically(out, { 'a.json': '{}', 'b.md': '# b' });
    expect(readFileSync(paths['a.json'] as string, 'utf8')).toBe('{}');
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.md']);
    expect(readdirSync(root)).toEqual(['report']);
  });

  it('replaces older files of the same name and keeps unrelated ones', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-write-'));
    const out = join(root, 'report');
    mkdirSync(out);
    writeFileSync(join(out, 'a.json'), 'old');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    await writeFilesAtomically(out, { 'a.json': 'new' });
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
