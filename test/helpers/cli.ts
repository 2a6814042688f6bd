/** The CLI's `main` on the in-process executor, with stdout and stderr captured (no process, no bundle). */
import { main, type CliIo } from '../../src/cli/main.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  cwd: string,
  extra: Partial<Omit<CliIo, 'cwd' | 'stdout' | 'stderr'>> = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    cwd,
    executor: inProcessExecutor(),
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    ...extra,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
