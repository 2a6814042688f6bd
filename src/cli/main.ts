import { VERSION } from '../version.js';

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--version')) {
    io.stdout(`model-gate ${VERSION}\n`);
    return 0;
  }
  io.stderr('model-gate: not implemented yet\n');
  return 2;
}
