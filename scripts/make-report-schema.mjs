// Writes the shipped output schemas from their zod definitions: schema/report.schema.json
// (src/contract/report-schema.ts) and schema/profile.schema.json (src/contract/profile.ts):
// `node scripts/make-report-schema.mjs`. With --check it fails when a committed file differs.
// The TypeScript sources are bundled by esbuild in memory and imported, so no build step is needed.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const bundled = await build({
  absWorkingDir: root,
  stdin: {
    contents:
      "export { renderReportSchema } from './src/contract/report-schema.ts';\n" +
      "export { renderProfileSchema } from './src/contract/profile.ts';",
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
const { renderReportSchema, renderProfileSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

for (const [file, render] of [
  ['report.schema.json', renderReportSchema],
  ['profile.schema.json', renderProfileSchema],
]) {
  const target = join(root, 'schema', file);
  const text = render();
  if (process.argv.includes('--check')) {
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (committed !== text) {
      console.error(`schema/${file} is stale: run node scripts/make-report-schema.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
