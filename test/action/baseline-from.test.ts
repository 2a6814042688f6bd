// baseline-from (issue 12) against the stand-in GitHub API: the real Octokit runs client lists the green
// runs of this workflow on the branch (paginated), skips expired artifacts, downloads the report artifact
// through @actions/artifact's public download (302 to blob storage, unzipped), and the gate compares with
// that run — paired on its stored holdout predictions, or on its metrics alone. Every failure of the
// repository's state is a warning and a skipped comparison; a report of another schemaVersion or task is one
// input error naming the run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { findBaselineRuns } from '../../src/action/baseline-from.js';
import type { ActionContext } from '../../src/action/context.js';
import { runConfiguredGate } from '../../src/action/gate.js';
import { parseInputs } from '../../src/action/inputs.js';
import { createOctokitRunsClient } from '../../src/github/runs.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { FakeGitHub, type FakeRun } from '../helpers/fake-github-server.js';
import { runCli } from '../helpers/cli.js';
import { writeTinyScenario } from '../helpers/tiny-dataset.js';
import { zipStored } from '../helpers/zip.js';
import type { Report } from '../../src/contract/report.js';

// @actions/github reads GITHUB_API_URL once, when it is first imported (as on a runner, where the variable
// is set before the step starts): set it before any import, to a port the stand-in API then listens on
const PORT = vi.hoisted(() => {
  const port = 20000 + (process.pid % 20000);
  process.env.GITHUB_API_URL = `http://127.0.0.1:${port}`;
  return port;
});

const CURRENT_RUN = 5000;
const WORKFLOW = 77;
let root = '';
let work = '';
let storedReport = '';
let storedHoldout = '';
let gh: FakeGitHub;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mg-baseline-from-'));
  // last week's run on main: its own holdout and report (the artifact), from the passing scenario
  const past = join(root, 'past');
  writeTinyScenario(past, { passing: true });
  writeFileSync(
    join(past, 'gate.yml'),
    readFileSync(join(past, 'model-gate.yml'), 'utf8').replace(/ {2}baseline: .*\n/, ''),
  );
  await runCli(['run', '--config', 'gate.yml', '--out', 'out', '-q'], past);
  storedReport = readFileSync(join(past, 'out', 'report.json'), 'utf8');
  storedHoldout = readFileSync(join(past, 'holdout.csv'), 'utf8');
  // this pull request: the same holdout rows, no baseline file
  work = join(root, 'work');
  writeTinyScenario(work, { passing: true });
  writeFileSync(
    join(work, 'gate.yml'),
    'inputs: {holdout: holdout.csv}\ntask: binary\ncolumns: {target: label, score: score, id: id}\nperformance: {metrics: {roc_auc: {max_regression: 0.5}, f1: {max_regression: 0.5}}}\n',
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start(PORT);
  // this run, in progress on the pull request's branch: the API gives its workflow
  run(CURRENT_RUN, 30, null, { conclusion: 'in_progress', branch: 'feature' });
});
afterEach(() => gh.stop());

let nextArtifact = 100;
function run(
  id: number,
  day: number,
  files: Record<string, string> | null,
  over: Partial<FakeRun> = {},
): FakeRun {
  const r: FakeRun = {
    id,
    workflowId: WORKFLOW,
    branch: 'main',
    sha: `${id}`.padStart(40, 'a'),
    conclusion: 'success',
    createdAt: new Date(Date.UTC(2026, 10, day)).toISOString(),
    artifacts: files
      ? [{ id: nextArtifact++, name: 'model-gate-report', expired: false, bytes: zipStored(files) }]
      : [],
    ...over,
  };
  gh.runs.push(r);
  return r;
}

const withReport = (report = storedReport, holdout: string | null = storedHoldout) => ({
  'report.json': report,
  ...(holdout === null ? {} : { 'holdout/holdout.csv': holdout }),
});

function context(): ActionContext {
  return {
    cwd: work,
    eventName: 'pull_request',
    pullRequest: 7,
    repository: { owner: 'acme', repo: 'models' },
    serverUrl: 'https://github.com',
    apiUrl: gh.url,
    runId: CURRENT_RUN,
    hasRuntimeToken: false,
    note: null,
    tempDir: join(root, 'tmp'),
    pushEnv: {},
  };
}

interface Log {
  warnings: string[];
  infos: string[];
}

async function search(inputs: Record<string, string>, perPage?: number) {
  const log: Log = { warnings: [], infos: [] };
  const settings = parseInputs(
    (n) =>
      ({ 'github-token': 'ghs_x', 'artifact-name': 'model-gate-report', config: 'gate.yml', ...inputs })[n] ??
      '',
    work,
  );
  const client = createOctokitRunsClient({
    token: 'ghs_x',
    owner: 'acme',
    repo: 'models',
    apiUrl: gh.url,
    ...(perPage ? { perPage } : {}),
  });
  const found = await findBaselineRuns(settings, context(), client, {
    warning: (m) => void log.warnings.push(m),
    info: (m) => void log.infos.push(m),
    debug: () => undefined,
  });
  return { settings, found, log };
}

async function gateWith(
  inputs: Record<string, string>,
  perPage?: number,
): Promise<{ report: Report; log: Log }> {
  const { settings, found, log } = await search(inputs, perPage);
  const { report } = await runConfiguredGate(
    settings,
    work,
    inProcessExecutor(),
    new Date(Date.UTC(2026, 11, 6)),
    found,
  );
  return { report, log };
}

describe('baseline-from main', () => {
  it('pairs with the newest green run that kept its predictions, across pages, and links it', async () => {
    run(4001, 20, withReport()); // newest green run on main
    run(4000, 10, withReport(storedReport, null)); // older: metrics only
    run(3999, 25, withReport(), { conclusion: 'failure' });
    run(3998, 26, withReport(), { branch: 'dev' });
    for (let i = 0; i < 3; i++) run(3900 + i, 1 + i, null); // green, but no artifact
    const { report, log } = await gateWith({ 'baseline-from': 'main', 'baseline-history': '5' }, 2);
    expect(log.warnings).toEqual([]);
    expect(report.baselineRun).toEqual({
      runId: 4001,
      url: 'https://github.com/acme/models/actions/runs/4001',
      branch: 'main',
      sha: '4001'.padStart(40, 'a'),
      createdAt: '2026-11-20T00:00:00.000Z',
      artifact: 'model-gate-report',
      predictions: true,
    });
    // the stored candidate of last week is this run's baseline: its metrics as they were reported
    const past = JSON.parse(storedReport) as Report;
    expect(report.performance!.baseline!.metrics.roc_auc!.value).toBe(
      past.performance!.candidate.metrics.roc_auc!.value,
    );
    expect(report.performance!.deltas!.roc_auc!.ci).not.toBeNull(); // paired row by row
    // every page of runs was read (2 per page) until the history was full or the runs ran out
    const pages = gh.requests.filter((r) => r.path.endsWith(`/workflows/${WORKFLOW}/runs`));
    expect(pages.map((r) => new URLSearchParams(r.query).get('page'))).toEqual([null, '2', '3']);
    expect(pages.every((r) => new URLSearchParams(r.query).get('branch') === 'main')).toBe(true);
    expect(pages.every((r) => new URLSearchParams(r.query).get('status') === 'success')).toBe(true);
    // the trend: two stored reports (oldest first) and this run
    expect(report.history!.map((h) => h.runId)).toEqual([4000, 4001, null]);
    expect(Object.keys(report.history![2]!.metrics)).toEqual(['roc_auc', 'f1']);
    const md = renderMarkdown(report);
    expect(md).toContain(
      '**Baseline:** the last green [run 4,001](https://github.com/acme/models/actions/runs/4001) on `main` (aaaaaaa, 2026-11-20), paired on its stored holdout predictions.',
    );
    const html = renderHtml(report);
    expect(html).toContain('<section id="baseline-run">');
    expect(html).toContain('green runs, oldest first; this run last');
  });

  it('is the same comparison as passing that run holdout file as the baseline', async () => {
    run(4001, 20, withReport());
    const { report } = await gateWith({ 'baseline-from': 'main' });
    writeFileSync(join(work, 'past-holdout.csv'), storedHoldout);
    const direct = await runConfiguredGate(
      parseInputs((n) => ({ config: 'gate.yml', baseline: 'past-holdout.csv' })[n] ?? '', work),
      work,
      inProcessExecutor(),
    );
    expect(report.performance!.deltas).toEqual(direct.report.performance!.deltas);
    expect(report.performance!.baseline).toEqual(direct.report.performance!.baseline);
  });

  it('skips an expired artifact and compares with the metrics of an older run that stored no predictions', async () => {
    run(4002, 21, withReport(), {});
    gh.runs.at(-1)!.artifacts[0]!.expired = true;
    run(4000, 10, withReport(storedReport, null));
    const { report, log } = await gateWith({ 'baseline-from': 'main' });
    expect(log.warnings).toEqual([]);
    expect(report.baselineRun!.runId).toBe(4000);
    expect(report.baselineRun!.predictions).toBe(false);
    const past = JSON.parse(storedReport) as Report;
    const d = report.performance!.deltas!.roc_auc!;
    expect(d.value).toBe(
      report.performance!.candidate.metrics.roc_auc!.value! -
        past.performance!.candidate.metrics.roc_auc!.value!,
    );
    expect(d.ci).toBeNull();
    expect(d.reason).toBe('run 4000 on main stored no holdout predictions: no paired interval');
    const check = report.checks.find((c) => c.id === 'performance.roc_auc.max_regression')!;
    expect(check.status).toBe('pass');
    expect(renderMarkdown(report)).toContain(
      'its metrics only (no stored predictions): deltas have no paired interval',
    );
  });

  it.each([
    [
      'no green run on the branch',
      () => run(4001, 20, withReport(), { branch: 'dev' }),
      "model-gate: baseline-from 'main': no successful run of this workflow on main; the comparison with a baseline is skipped",
    ],
    [
      'only expired artifacts',
      () => {
        run(4001, 20, withReport());
        gh.runs.at(-1)!.artifacts[0]!.expired = true;
      },
      "model-gate: baseline-from 'main': no green run of this workflow on main has an unexpired report artifact 'model-gate-report' (1 looked at, 1 expired); the comparison with a baseline is skipped",
    ],
    [
      'a token without actions: read (403)',
      () => {
        run(4001, 20, withReport());
        gh.failures.push({
          method: 'GET',
          path: /\/actions\/workflows\//,
          status: 403,
          times: 1,
          message: 'Resource not accessible by integration',
        });
      },
      "model-gate: baseline-from 'main': the token cannot read this repository's workflow runs or artifacts (HTTP 403); grant the job `permissions: actions: read`; the comparison with a baseline is skipped",
    ],
  ])('%s: a warning and no comparison, never a crash', async (_name, setup, warning) => {
    setup();
    const { report, log } = await gateWith({ 'baseline-from': 'main' });
    expect(log.warnings).toEqual([warning]);
    expect(report.baselineRun).toBeUndefined();
    expect(report.performance!.baseline).toBeNull();
    expect(report.checks.find((c) => c.id === 'performance.roc_auc.max_regression')!.status).toBe('skip');
  });

  it.each([
    [
      'another schemaVersion',
      () => storedReport.replace('"schemaVersion": 1', '"schemaVersion": 2'),
      'the report of run 4001 on main has schemaVersion 2; this model-gate reads schemaVersion 1 (compare with a run of a compatible version, or pass a baseline file)',
    ],
    [
      'another task',
      () => storedReport.replaceAll('"task": "binary"', '"task": "multiclass"'),
      "the report of run 4001 on main is for task multiclass; this gate's task is binary",
    ],
    [
      'a truncated report',
      () => storedReport.slice(0, 200),
      /^report\.json of run 4001 on main is not valid JSON \(.+\); expected a model-gate report$/,
    ],
  ])('a stored report of %s is one input error naming the run', async (_name, make, message) => {
    const text = make();
    expect(text).not.toBe(storedReport);
    run(4001, 20, withReport(text));
    await expect(gateWith({ 'baseline-from': 'main' })).rejects.toThrow(message);
  });

  it('stored predictions that no longer pair with this holdout fall back to the metrics, with a note', async () => {
    run(4001, 20, withReport(storedReport, 'id,label,score\n1,1,0.9\n'));
    const { report } = await gateWith({ 'baseline-from': 'main' });
    expect(report.baselineRun!.predictions).toBe(false);
    expect(
      report.performance!.notes.some((n) =>
        /^baseline: the holdout predictions stored by run 4001 on main could not be used \(.+\); compared with its metrics only$/.test(
          n,
        ),
      ),
    ).toBe(true);
  });
});
