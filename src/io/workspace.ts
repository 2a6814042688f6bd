/**
 * Where a file really is, for the action's workspace rule (issue 14): a config edited in a pull request
 * could name `../../secret.csv` or `/etc/…`, and the values of a CSV-shaped secret would be copied into the
 * report and the PR comment. `outsideWorkspace` resolves symbolic links (of the file, or of its nearest
 * existing folder when the file does not exist yet) and says where the path lands when that is outside the
 * workspace, else null.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** the real path: links resolved as far as the path exists, the missing rest appended */
export function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPath(parent), basename(abs));
  }
}

/** the real path of `path` when it lies outside `workspace` (both resolved through links), else null */
export function outsideWorkspace(path: string, workspace: string): string | null {
  const real = realPath(path);
  const rel = relative(realPath(workspace), real);
  const inside = rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
  return inside ? null : real;
}
