// npm run demo: runs the bundled CLI (dist/cli.js, as users get it) on the shipped binary fraud scenario
// and prints where the report is. The scenario is built to FAIL (a regression vs the baseline and drifted
// features), so exit code 1 from the gate is the expected outcome here and the demo itself succeeds.
import { spawnSync } from 'node:child_process';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'model-gate-report');
const args = [
  join(root, 'dist/cli.js'),
  'run',
  '--config',
  join(root, 'fixtures/binary-fraud/model-gate.yml'),
  '--out',
  out,
];
console.log(`$ model-gate run --config fixtures/binary-fraud/model-gate.yml --out model-gate-report\n`);
const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
if (r.status === 2 || r.status === null) process.exit(r.status ?? 2);
console.log(`
The gate exited ${r.status} (${r.status === 1 ? 'the verdict reached fail_on: in CI this blocks the merge' : 'the verdict is below fail_on'}).
Open the report:  ${relative(process.cwd(), join(out, 'report.html'))}
Machine-readable: ${relative(process.cwd(), join(out, 'report.json'))}
PR comment text:  ${relative(process.cwd(), join(out, 'report.md'))}`);
