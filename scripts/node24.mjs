// Prints the path of a Node 24 binary, fetched once from the npm registry (package `node@24`) into
// node_modules/.cache. The end-to-end tests run dist/ with it, as GitHub's runner does (runs.using: node24).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'node_modules', '.cache', 'node24');
const bin = join(dir, 'node_modules', 'node', 'bin', 'node');
if (!existsSync(bin)) {
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', dir, 'node@24'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
if (!version.startsWith('v24.')) throw new Error(`node24: expected a v24 binary, got ${version}`);
process.stdout.write(bin);
