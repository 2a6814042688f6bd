/**
 * One CLI run of a YAML config written into `dir` under a fresh name (the gate tests of serving, shadow,
 * estimated performance and multivariate drift): the exit code, stderr, and report.json unless the run
 * failed with exit 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/contract/report.js';
import { runCli } from './cli.js';

export async function gateRun(
  dir: string,
  yaml: string,
  extra: string[] = [],
): Promise<{ code: number; stderr: string; report: Report }> {
  const name = `c${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, `${name}.yml`), yaml);
  const r = await runCli(['run', '--config', `${name}.yml`, '--out', name, '-q', ...extra], dir);
  const report =
    r.code === 2
      ? (null as unknown as Report)
      : JSON.parse(readFileSync(join(dir, name, 'report.json'), 'utf8'));
  return { code: r.code, stderr: r.stderr, report };
}
