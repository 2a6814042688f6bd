/**
 * Writes the report files into the output folder all-or-nothing: every file is written into a fresh
 * sibling temp folder first, then moved into place one by one with rename (atomic per file on one file
 * system). If rendering or writing fails, nothing of this run is left in the output folder.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import { inputError } from '../errors.js';

/** writes `files` (file name → content) into `outDir`; returns file name → absolute path */
export async function writeFilesAtomically(
  outDir: string,
  files: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  const dir = resolve(outDir);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw inputError(`cannot create report folder ${outDir}: ${(e as Error).message}`);
  }
  const staging = await mkdtemp(join(dirname(dir), `.${basename(dir)}-tmp-`));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(staging, name), content);
    const written: Record<string, string> = {};
    for (const name of Object.keys(files)) {
      await rename(join(staging, name), join(dir, name));
      written[name] = join(dir, name);
    }
    return written;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
