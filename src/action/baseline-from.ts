/**
 * Baseline from the last green run (action input baseline-from, issue 12): the newest successful run of
 * this workflow on the named branch whose report artifact has not expired gives the baseline (its report's
 * metrics, and its stored holdout predictions when it kept them); it and up to baseline-history − 1 older
 * green runs give the trend of the gated metrics.
 *
 * Never a crash for the repository's state: no green run, only expired artifacts, a token without
 * `actions: read` (403/404), an API outage — each is a warning and the comparison is skipped (the verdict
 * is decided without a baseline, as when no baseline file is given). A baseline report that is not JSON is
 * an input error naming the run (from src/io/stored-run.ts); one of another schemaVersion or task is judged
 * by the gate (src/gate/baseline-run.ts), also naming the run. Older runs' unreadable reports are left out
 * of the trend with a debug line.
 */
import type { StoredRun } from '../gate/baseline-run.js';
import { httpStatus } from '../github/comments.js';
import type { GreenRun, RunsClient } from '../github/runs.js';
import { isGateError } from '../errors.js';
import { makeTempDir, readStoredRun } from '../io/stored-run.js';
import type { ActionContext } from './context.js';
import type { ActionSettings } from './inputs.js';

export interface BaselineSearch {
  baseline: StoredRun | null;
  /** every stored run found, the baseline included, newest first */
  history: StoredRun[];
}

export const NO_BASELINE_SEARCH: BaselineSearch = { baseline: null, history: [] };
/** green runs looked at, at most: bounds the API calls when artifacts are missing or expired */
export const MAX_RUNS_EXAMINED = 50;
/** the report artifact's name looked for when artifact-name is empty (uploads disabled on this run) */
export const DEFAULT_ARTIFACT_NAME = 'model-gate-report';

interface Log {
  warning(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export async function findBaselineRuns(
  settings: ActionSettings,
  context: ActionContext,
  runs: RunsClient | null,
  log: Log,
): Promise<BaselineSearch> {
  const branch = settings.baselineFrom;
  if (branch === null) return NO_BASELINE_SEARCH;
  const skip = (why: string): BaselineSearch => {
    log.warning(`model-gate: baseline-from '${branch}': ${why}; the comparison with a baseline is skipped`);
    return NO_BASELINE_SEARCH;
  };
  if (runs === null) return skip('it needs github-token and GITHUB_REPOSITORY (a workflow run on GitHub)');
  if (context.runId === null) return skip('GITHUB_RUN_ID is not set (not running in a workflow run)');
  const name = settings.artifactName || DEFAULT_ARTIFACT_NAME;
  const found: StoredRun[] = [];
  let examined = 0;
  let expired = 0;
  try {
    const workflow = await runs.workflowOfRun(context.runId);
    for await (const run of runs.greenRuns(workflow, branch)) {
      if (run.id === context.runId) continue;
      if (++examined > MAX_RUNS_EXAMINED || found.length >= Math.max(1, settings.baselineHistory)) break;
      const artifacts = await runs.artifactsOf(run.id, name);
      const live = artifacts.find((a) => !a.expired);
      if (!live) {
        if (artifacts.length > 0) expired++;
        log.debug(
          `model-gate: run ${run.id} on ${branch} has ${artifacts.length > 0 ? 'only an expired' : 'no'} artifact ${name}`,
        );
        continue;
      }
      const dir = await makeTempDir(context.tempDir, `model-gate-run-${run.id}-`);
      await runs.download(live.id, run.id, dir);
      const stored = await readRun(run, name, dir, found.length === 0, log);
      if (stored) found.push(stored);
    }
  } catch (e) {
    if (isGateError(e)) throw e;
    const status = httpStatus(e);
    if (status === 403 || status === 404)
      return skip(
        `the token cannot read this repository's workflow runs or artifacts (HTTP ${status}); grant the job \`permissions: actions: read\``,
      );
    return skip(`the GitHub API failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  if (found.length === 0) {
    const why =
      examined === 0
        ? `no successful run of this workflow on ${branch}`
        : `no green run of this workflow on ${branch} has an unexpired report artifact '${name}' (${Math.min(examined, MAX_RUNS_EXAMINED)} looked at${expired > 0 ? `, ${expired} expired` : ''})`;
    return skip(why);
  }
  const base = found[0]!;
  log.info(
    `model-gate: baseline from run ${base.run.runId} on ${branch} (${base.run.url})${base.predictions ? ', with its stored holdout predictions' : ', metrics only (it stored no predictions)'}; ${found.length} green run${found.length === 1 ? '' : 's'} for the trend`,
  );
  return { baseline: base, history: found };
}

async function readRun(
  run: GreenRun,
  artifact: string,
  dir: string,
  isBaseline: boolean,
  log: Log,
): Promise<StoredRun | null> {
  const meta = {
    runId: run.id,
    url: run.url,
    branch: run.branch,
    sha: run.sha,
    createdAt: run.createdAt,
    artifact,
  };
  try {
    const files = await readStoredRun(dir, `run ${run.id} on ${run.branch}`);
    return { run: meta, report: files.report, predictions: files.predictions };
  } catch (e) {
    if (isBaseline) throw e;
    log.debug(
      `model-gate: run ${run.id} left out of the trend: ${e instanceof Error ? e.message : String(e)}`,
    );
    return null;
  }
}
