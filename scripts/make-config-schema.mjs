// Writes schema/model-gate.schema.json from the config definition (src/config/schema.ts), the one source of
// truth: `node scripts/make-config-schema.mjs`. With --check it fails when the committed file differs; with
// --reference it prints the Markdown config reference (key, accepts, default, meaning) instead.
// The TypeScript source is bundled by esbuild in memory and imported, so no build step is needed.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schema', 'model-gate.schema.json');

const bundled = await build({
  absWorkingDir: root,
  stdin: {
    contents:
      "export { renderConfigSchema } from './src/config/json-schema.ts'; export { renderConfigReference } from './src/config/reference.ts';",
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
const { renderConfigSchema, renderConfigReference } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const text = renderConfigSchema();

if (process.argv.includes('--reference')) {
  process.stdout.write(renderConfigReference());
} else if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== text) {
    console.error('schema/model-gate.schema.json is stale: run node scripts/make-config-schema.mjs');
    process.exit(1);
  }
  console.log('schema/model-gate.schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
