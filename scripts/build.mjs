// Builds dist/ with esbuild: one self-contained ESM bundle per entry (no node_modules needed at run time).
// `node scripts/build.mjs` writes dist/; `--check` builds into a temp folder and fails when it differs from
// the committed dist/ (CI runs this).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'model-gate-dist-')) : join(root, 'dist');

export const ENTRIES = {
  cli: 'src/cli.ts',
  action: 'src/action.ts',
  // the one worker-thread entry (src/runtime/worker.ts), found beside the bundles by src/runtime/worker-url.ts
  worker: 'src/runtime/worker.ts',
};

if (!check) rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  minify: false,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
  // the DuckDB profile engine (model-gate profile --engine duckdb) loads it at run time when installed
  external: ['@duckdb/node-api'],
  define: { __MODEL_GATE_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (@actions/*) call require() for Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);",
  },
});

if (check) {
  const committed = join(root, 'dist');
  const fresh = readdirSync(outdir).sort();
  const old = existsSync(committed) ? readdirSync(committed).sort() : [];
  const problems = [];
  if (fresh.join() !== old.join()) problems.push(`files differ: built [${fresh}] vs committed [${old}]`);
  for (const f of fresh) {
    if (!old.includes(f)) continue;
    if (!readFileSync(join(outdir, f)).equals(readFileSync(join(committed, f))))
      problems.push(`dist/${f} differs`);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (problems.length) {
    console.error(
      `dist check: a fresh build differs from the committed dist/ (run npm run build):\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('dist check: committed dist/ equals a fresh build');
}
