// Writes schema/report.schema.json from the report definition (src/contract/report-schema.ts):
// `node scripts/make-report-schema.mjs`. With --check it fails when the committed file differs.
// The TypeScript source is bundled by esbuild in memory and imported, so no build step is needed.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schema', 'report.schema.json');

const bundled = await build({
  absWorkingDir: root,
  stdin: {
    contents: "export { renderReportSchema } from './src/contract/report-schema.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const code = bundled.outputFiles[0].text;
const { renderReportSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const text = renderReportSchema();

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== text) {
    console.error('schema/report.schema.json is stale: run node scripts/make-report-schema.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
