#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/cli/main.ts
async function main(argv, io) {
  if (argv.includes("--version")) {
    io.stdout(`model-gate ${VERSION}
`);
    return 0;
  }
  io.stderr("model-gate: not implemented yet\n");
  return 2;
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s)
});
