/**
 * The one way model-gate shows a file to a person (messages, report.inputs, report.settings): relative to
 * the working folder when it lies inside it (`model-gate.yml`, `ci/gate.yml`; the folder itself is `.`),
 * else absolute — a path outside the checkout is shown for what it is. Without a working folder, as given.
 * Pure string work on paths (node:path only).
 */
import { isAbsolute, relative, sep } from 'node:path';

export function displayPath(path: string, cwd: string | undefined): string {
  if (cwd === undefined) return path;
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.split(sep)[0] !== '..' && !isAbsolute(rel) ? rel : path;
}
