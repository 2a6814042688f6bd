// Writes schema/profile.schema.json from the profile definition (src/contract/profile.ts):
// `node scripts/make-profile-schema.mjs`. With --check it fails when the committed file differs.
// The TypeScript source is bundled by esbuild in memory and imported, so no build step is needed.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schema', 'profile.schema.json');

const bundled = await build({
  absWorkingDir: root,
  stdin: {
    contents: "export { renderProfileSchema } from './src/contract/profile.ts';",
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
const { renderProfileSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const text = renderProfileSchema();

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== text) {
    console.error('schema/profile.schema.json is stale: run node scripts/make-profile-schema.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
