/**
 * The action from parsed inputs to outputs: config → gate → report files → artifact → PR comment → job
 * summary → outputs → check. Everything outside the process goes through `io` (the @actions/core calls,
 * wired in main.ts) and `services` (GitHub comments and artifacts, faked in tests).
 *
 * What can and cannot change the check:
 *  - an input or configuration error (GateError) fails the step with the CLI's one-line message;
 *  - the verdict reaching fail-on fails the step with one line naming the blocking checks;
 *  - the comment, the artifact and the summary are best-effort: a read-only token (403/404, a pull request
 *    from a fork), a missing runtime token or an API outage is a notice or warning, never a failure.
 */
import type { FailOn } from '../config/types.js';
import { isGateError } from '../errors.js';
import { writeReports } from '../gate/outputs.js';
import { blockingChecks, reachesFailOn } from '../gate/verdict.js';
import { httpStatus, type CommentClient } from '../github/comments.js';
import { artifactUrl, type ArtifactUploader } from '../github/artifacts.js';
import { upsertStickyComment, withMarker } from '../github/sticky-comment.js';
import {
  COMMENT_MAX_CHARS,
  renderMarkdown,
  SUMMARY_LIMIT_BYTES,
  SUMMARY_MAX_CHARS,
} from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { renderPrometheus } from '../report/prometheus.js';
import { pushReport, pushTarget } from '../prometheus/push.js';
import type { Report } from '../contract/report.js';
import type { ActionContext } from './context.js';
import { resolve } from 'node:path';
import type { RunsClient } from '../github/runs.js';
import { storePredictions } from '../io/stored-run.js';
import { findBaselineRuns, type BaselineSearch } from './baseline-from.js';
import { parseInputs, type ActionSettings, type GetInput } from './inputs.js';

/** GitHub refuses comment bodies longer than this */
export const GITHUB_COMMENT_LIMIT = 65_536;
export { COMMENT_MAX_CHARS, SUMMARY_LIMIT_BYTES, SUMMARY_MAX_CHARS };

export interface ActionIo {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  appendSummary(markdown: string): Promise<void>;
}

export interface ActionServices {
  /** null when there is no token or repository to talk to */
  comments: CommentClient | null;
  /** null outside a runner (no ACTIONS_RUNTIME_TOKEN) */
  artifacts: ArtifactUploader | null;
  /** the HTTP client for the Pushgateway push (default: global fetch; tests inject one) */
  fetch?: typeof fetch;
  /** workflow runs and their artifacts (baseline-from); null without a token or repository */
  runs?: RunsClient | null;
}

export type Connect = (settings: ActionSettings, context: ActionContext) => ActionServices;

export interface GateOutcome {
  report: Report;
  failOn: FailOn;
}

/** runs the gate for the parsed settings (src/action/gate.ts; a fake in tests) */
export type RunGate = (settings: ActionSettings, cwd: string, search: BaselineSearch) => Promise<GateOutcome>;

export interface ActionResult {
  outputs: Record<string, string>;
  /** the message the step failed with, or null */
  failed: string | null;
}

export const OUTPUT_NAMES = [
  'verdict',
  'failed-checks',
  'failed-checks-json',
  'warned-checks-json',
  'drift-share',
  'report-json',
  'report-html',
  'comment-url',
  'artifact-url',
] as const;

export async function runAction(
  getInput: GetInput,
  context: ActionContext,
  io: ActionIo,
  connect: Connect,
  gate: RunGate,
): Promise<ActionResult> {
  const outputs: Record<string, string> = {};
  const fail = (message: string): ActionResult => {
    io.setFailed(message);
    return { outputs, failed: message };
  };
  try {
    if (context.note !== null) io.info(`model-gate: ${context.note}`);
    const settings = parseInputs(getInput, context.cwd);
    // a malformed push setting stops the step before any work
    const push = settings.push ? pushTarget(settings.push, settings.gateId, context.pushEnv) : null;
    const services = connect(settings, context);
    const search = await findBaselineRuns(settings, context, services.runs ?? null, io);
    const { report, failOn } = await gate(settings, context.cwd, search);
    const written = await writeReports(report, settings.reportDir);
    if (settings.storePredictions) await keepPredictions(report, context.cwd, settings.reportDir, io);
    io.info(renderText(report).trimEnd());

    const set = (name: (typeof OUTPUT_NAMES)[number], value: string) => {
      outputs[name] = value;
      io.setOutput(name, value);
    };
    set('verdict', report.verdict);
    const idsOf = (status: string): string[] =>
      report.checks.filter((c) => c.status === status).map((c) => c.id);
    const failedIds = idsOf('fail');
    set('failed-checks', failedIds.join(','));
    set('drift-share', report.drift === null ? '' : String(report.drift.share));
    set('failed-checks-json', JSON.stringify(failedIds));
    set('warned-checks-json', JSON.stringify(idsOf('warn')));
    set('report-json', written.json ?? '');
    set('report-html', written.html ?? '');

    if (push) {
      const problem = await pushReport(push, renderPrometheus(report), services.fetch);
      if (problem) io.warning(`model-gate: ${problem}`);
    }
    const artifact = await uploadArtifact(settings, context, services.artifacts, io);
    set('artifact-url', artifact ?? '');
    const comment = await postComment(report, settings, context, services.comments, io, artifact);
    set('comment-url', comment ?? '');
    if (settings.summary) await writeSummary(report, settings.gateId, artifact, io);

    io.info(`model-gate: verdict ${report.verdict} (fail-on: ${failOn}); report in ${settings.reportDir}`);
    if (reachesFailOn(report.verdict, failOn)) {
      const ids = blockingChecks(report.checks, failOn).map((c) => c.id);
      return fail(`model-gate: verdict ${report.verdict} reaches fail_on '${failOn}': ${ids.join(', ')}`);
    }
    return { outputs, failed: null };
  } catch (e) {
    if (isGateError(e)) return fail(`model-gate: ${e.message}`);
    const error = e instanceof Error ? e : new Error(String(e));
    io.debug(error.stack ?? error.message);
    return fail(`model-gate: internal error (please report it): ${error.message}`);
  }
}

/** the holdout file beside the report, so a later run's baseline-from can pair with it */
async function keepPredictions(report: Report, cwd: string, reportDir: string, io: ActionIo): Promise<void> {
  const holdout = report.inputs.holdout;
  if (!holdout || !report.performance) return;
  const stored = await storePredictions(resolve(cwd, holdout.path), reportDir);
  if ('skipped' in stored)
    io.notice(`model-gate: holdout predictions not stored with the report: ${stored.skipped}`);
}

async function uploadArtifact(
  settings: ActionSettings,
  context: ActionContext,
  uploader: ArtifactUploader | null,
  io: ActionIo,
): Promise<string | null> {
  if (settings.artifactName === '') {
    io.info('model-gate: artifact upload disabled (artifact-name is empty)');
    return null;
  }
  if (uploader === null) {
    io.warning(
      'model-gate: the report artifact was not uploaded: ACTIONS_RUNTIME_TOKEN is not set (not running on a GitHub Actions runner)',
    );
    return null;
  }
  try {
    const id = await uploader.upload(settings.artifactName, settings.reportDir);
    if (context.repository === null || context.runId === null) {
      io.info(`model-gate: uploaded the report artifact ${settings.artifactName} (id ${id})`);
      return null;
    }
    const url = artifactUrl(
      context.serverUrl,
      context.repository.owner,
      context.repository.repo,
      context.runId,
      id,
    );
    io.info(`model-gate: uploaded the report artifact ${settings.artifactName}: ${url}`);
    return url;
  } catch (e) {
    io.warning(`model-gate: the report artifact ${settings.artifactName} was not uploaded: ${firstLine(e)}`);
    return null;
  }
}

/** the comment body: the renderer's Markdown (marker included) within GitHub's limit */
export function commentBody(report: Report, gateId: string, reportUrl: string | null): string {
  return withMarker(renderMarkdown(report, { maxChars: COMMENT_MAX_CHARS, reportUrl, gateId }), gateId);
}

async function postComment(
  report: Report,
  settings: ActionSettings,
  context: ActionContext,
  client: CommentClient | null,
  io: ActionIo,
  reportUrl: string | null,
): Promise<string | null> {
  if (!settings.comment) {
    io.info('model-gate: PR comment disabled (comment: false)');
    return null;
  }
  const issue = settings.pullRequest ?? context.pullRequest;
  if (issue === null) {
    io.info(
      `model-gate: no pull request for this ${context.eventName || 'unknown'} event: no PR comment; the verdict is in the job summary and the report artifact`,
    );
    return null;
  }
  if (settings.githubToken === '') {
    io.warning(
      'model-gate: github-token is empty: the PR comment is skipped (the gate ran; see the job summary)',
    );
    return null;
  }
  if (client === null) {
    io.warning('model-gate: GITHUB_REPOSITORY is not set: the PR comment is skipped');
    return null;
  }
  const body = commentBody(report, settings.gateId, reportUrl);
  if (body.length > GITHUB_COMMENT_LIMIT) {
    // cannot happen while the renderer keeps its limit; guarded so GitHub's 422 never becomes the story
    io.warning(
      `model-gate: the PR comment is ${body.length} characters, over GitHub's ${GITHUB_COMMENT_LIMIT}; skipped`,
    );
    return null;
  }
  try {
    const result = await upsertStickyComment(client, issue, settings.gateId, body);
    io.info(`model-gate: ${result.action} the PR comment ${result.url}`);
    return result.url;
  } catch (e) {
    const status = httpStatus(e);
    if (status === 403 || status === 404) {
      io.notice(
        `model-gate: the token cannot write comments on pull request #${issue} (HTTP ${status}). A pull request from a fork gets a read-only token (comment from a workflow_run workflow instead); otherwise grant the job \`permissions: pull-requests: write\`. The verdict is unchanged; it is in the job summary.`,
      );
      io.warning(`model-gate: PR comment skipped: HTTP ${status}: ${firstLine(e)}`);
    } else {
      io.warning(`model-gate: PR comment failed: ${firstLine(e)}`);
    }
    return null;
  }
}

async function writeSummary(
  report: Report,
  gateId: string,
  reportUrl: string | null,
  io: ActionIo,
): Promise<void> {
  // the renderer's budget is in UTF-8 bytes and SUMMARY_MAX_CHARS < SUMMARY_LIMIT_BYTES: it always fits
  const markdown = renderMarkdown(report, { maxChars: SUMMARY_MAX_CHARS, reportUrl, gateId });
  try {
    await io.appendSummary(markdown);
  } catch (e) {
    io.warning(`model-gate: the job summary was not written: ${firstLine(e)}`);
  }
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
}
