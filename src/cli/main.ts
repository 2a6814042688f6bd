/**
 * `model-gate run`: flags + YAML → Config (the same resolveConfig the action uses) → gate → report files →
 * a short summary on stdout → exit code (DESIGN §6): 0 below fail_on, 1 at or above it, 2 for a usage,
 * configuration or input error (one line on stderr, nothing written, and the report files an earlier run
 * left in the report folder removed, so they cannot pass for this run's).
 */
import { resolve } from 'node:path';
import { resolveConfig, type ConfigOverrides } from '../config/index.js';
import { sourceDateEpoch } from '../config/source-date.js';
import type { Executor } from '../contract/executor.js';
import { isGateError } from '../errors.js';
import { findDefaultConfig, readConfigFile } from '../io/config-file.js';
import { ALL_FORMATS, clearReports, writeReports } from '../gate/outputs.js';
import type { Config } from '../config/types.js';
import type { Report } from '../contract/report.js';
import { runGate } from '../gate/run.js';
import { blockingChecks, reachesFailOn } from '../gate/verdict.js';
import { renderPrometheus, renderText } from '../report/index.js';
import { DEFAULT_PUSH_JOB, pushReport, pushTarget } from '../prometheus/push.js';
import { renderRules } from '../prometheus/rules.js';
import { VERSION } from '../version.js';
import { parseArgs, renderUsage, type RunArgs } from './args.js';
import { runProfile } from './profile.js';

export interface CliIo {
  cwd: string;
  /** where the gate's work runs (src/cli.ts injects the threaded executor) */
  executor: Executor;
  /** the environment's SOURCE_DATE_EPOCH, if set (the report's createdAt then) */
  sourceDateEpoch?: string;
  /** the push credentials variables (MODEL_GATE_PUSH_*), if set */
  pushEnv?: Readonly<Record<string, string | undefined>>;
  /** the HTTP client for the push (tests inject one) */
  fetch?: typeof fetch;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const DEFAULT_OUT = 'model-gate-report';

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(renderUsage(VERSION));
      return 0;
    }
    if (args.command === 'rules') {
      io.stdout(renderRules(args.format));
      return 0;
    }
    if (args.command === 'profile') {
      const done = await runProfile(args, io.cwd);
      if (done.stdout) io.stdout(done.stdout);
      else io.stdout(`model-gate: profile written to ${done.wrote}\n`);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`model-gate ${VERSION}\n`);
      return 0;
    }
    return await run(args, io);
  } catch (e) {
    if (isGateError(e)) {
      io.stderr(`model-gate: ${e.message}\n`);
      return 2;
    }
    io.stderr(`model-gate: internal error (please report it): ${(e as Error)?.stack ?? String(e)}\n`);
    return 2;
  }
}

async function run(args: RunArgs, io: CliIo): Promise<number> {
  const outDir = resolve(io.cwd, args.out ?? DEFAULT_OUT);
  const gateId = args.gateId ?? 'default';
  // a malformed push setting stops the run before any work
  const push = args.pushGateway
    ? pushTarget(
        { url: args.pushGateway, job: args.pushJob ?? DEFAULT_PUSH_JOB, labels: args.pushLabels },
        gateId,
        io.pushEnv ?? {},
      )
    : null;
  let config: Config;
  let report: Report;
  try {
    const configPath = args.config ? resolve(io.cwd, args.config) : findDefaultConfig(io.cwd);
    const file = configPath ? readConfigFile(configPath, io.cwd) : null;
    config = resolveConfig(file, toOverrides(args), io.cwd);
    report = await runGate(config, {
      gateId,
      cwd: io.cwd,
      executor: io.executor,
      now: sourceDateEpoch(io.sourceDateEpoch),
    });
  } catch (e) {
    // a failed run leaves no report behind: the previous run's must not pass for this one's
    if (isGateError(e)) await clearReports(outDir);
    throw e;
  }
  const written = await writeReports(report, outDir, args.formats ?? ALL_FORMATS);
  if (push) {
    const problem = await pushReport(push, renderPrometheus(report), io.fetch);
    if (problem) io.stderr(`model-gate: warning: ${problem}\n`);
  }
  const failed = reachesFailOn(report.verdict, config.fail_on);
  if (args.quiet) {
    io.stdout(`model-gate: ${report.verdict.toUpperCase()}\n`);
  } else {
    io.stdout(renderText(report));
    const where = written.html ?? written.json ?? written.markdown ?? outDir;
    io.stdout(`\nReport: ${where}\n`);
  }
  if (failed) {
    const ids = blockingChecks(report.checks, config.fail_on).map((c) => c.id);
    io.stderr(
      `model-gate: verdict ${report.verdict} reaches fail_on '${config.fail_on}': ${ids.join(', ')}\n`,
    );
  }
  return failed ? 1 : 0;
}

function toOverrides(args: RunArgs): ConfigOverrides {
  const o: ConfigOverrides = {};
  if (args.holdout) o.holdout = args.holdout;
  if (args.baseline) o.baseline = args.baseline;
  if (args.reference) o.reference = args.reference;
  if (args.current) o.current = args.current;
  if (args.serving) o.serving = args.serving;
  if (args.task) o.task = args.task;
  if (args.target) o.target = args.target;
  if (args.prediction) o.prediction = args.prediction;
  if (args.score) o.score = args.score;
  if (args.id) o.id = args.id;
  if (args.failOn) o.fail_on = args.failOn;
  return o;
}
