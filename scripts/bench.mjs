// npm run bench [-- name ...]: bundles each scripts/bench/<name>.ts with esbuild and runs it under
// `node --expose-gc`, one process per benchmark so peak memory (max RSS) is the benchmark's own.
// Each benchmark prints its own table; this script adds wall time and peak RSS per benchmark.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const all = readdirSync(join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => basename(f, '.ts'))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : all;
// inside node_modules, so a bundle's external packages (@duckdb/node-api) resolve
const out = mkdtempSync(join(root, 'node_modules', '.model-gate-bench-'));
try {
  for (const name of names) {
    if (!all.includes(name)) throw new Error(`bench: unknown benchmark '${name}' (have: ${all.join(', ')})`);
    const outfile = join(out, `${name}.mjs`);
    await build({
      entryPoints: [join(root, 'scripts/bench', `${name}.ts`)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      // native: loaded from node_modules at run time (the DuckDB profile bench)
      external: ['@duckdb/node-api'],
      banner: {
        js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);",
      },
    });
    console.log(`\n## bench ${name}`);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', outfile], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, MODEL_GATE_ROOT: root },
    });
    const s = ((performance.now() - t0) / 1000).toFixed(2);
    if (r.status !== 0) throw new Error(`bench ${name} failed (exit ${r.status})`);
    console.log(`(bench ${name}: process wall ${s} s)`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
