#!/usr/bin/env node
// The CLI entry: the only file that touches `process`. Everything else is in src/cli/.
import { main } from './cli/main.js';
import { defaultExecutor } from './runtime/index.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  executor: defaultExecutor(),
  sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
  pushEnv: {
    MODEL_GATE_PUSH_TOKEN: process.env.MODEL_GATE_PUSH_TOKEN,
    MODEL_GATE_PUSH_USERNAME: process.env.MODEL_GATE_PUSH_USERNAME,
    MODEL_GATE_PUSH_PASSWORD: process.env.MODEL_GATE_PUSH_PASSWORD,
  },
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
