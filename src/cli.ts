#!/usr/bin/env node
// The CLI entry: the only file that touches `process`. Everything else is in src/cli/.
import { main } from './cli/main.js';
import { defaultExecutor } from './runtime/index.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  executor: defaultExecutor(),
  sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
