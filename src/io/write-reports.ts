/**
 * Writes the report files into the output folder all-or-nothing: every file is written into a fresh
 * sibling temp folder first, then moved into place one by one with rename (atomic per file on one file
 * system). If rendering or writing fails, nothing of this run is left in the output folder. Files named in
 * `replaces` that this run does not write are removed once the new files are in place (report files of a
 * format not asked for this time), so the folder never mixes two runs.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import { inputError } from '../errors.js';

/** writes `files` (file name → content) into `outDir`; returns file name → absolute path */
export async function writeFilesAtomically(
  outDir: string,
  files: Readonly<Record<string, string>>,
  replaces: readonly string[] = [],
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
    await removeFiles(
      dir,
      replaces.filter((name) => !(name in files)),
    );
    return written;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** removes these files from `dir` when they are there (nothing else; a missing folder is fine) */
export async function removeFiles(dir: string, names: readonly string[]): Promise<void> {
  for (const name of names) await rm(join(resolve(dir), name), { force: true });
}
