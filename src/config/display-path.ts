/**
 * How messages name a file: relative to the working directory when it lies inside it (model-gate.yml,
 * ci/gate.yml), else absolute. Pure string work on paths (node:path only).
 */
import { isAbsolute, relative, sep } from 'node:path';

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel) ? rel : abs;
}
