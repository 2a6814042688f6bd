/**
 * The bundled action, run as the GitHub runner runs it: `node dist/action.js` in the workspace, inputs as
 * INPUT_<NAME> variables (upper case, hyphens kept), the event payload in GITHUB_EVENT_PATH, outputs and
 * summary through the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a fake
 * GitHub on 127.0.0.1 with Link pagination. MODEL_GATE_NODE picks the node binary (scripts/test.sh reruns
 * this under Node 24, as `runs.using: node24` does); MODEL_GATE_DIST picks the bundle folder (default dist/).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BOT, FakeGitHub, fakeRuntimeToken } from '../helpers/fake-github-server.js';
import { writeTinyScenario } from '../helpers/tiny-dataset.js';

const NODE = process.env.MODEL_GATE_NODE ?? process.execPath;
const ACTION = resolve(process.env.MODEL_GATE_DIST ?? 'dist', 'action.js');
const OWNER = 'acme';
const REPO = 'models';
const PR = 42;
const MARKER = '<!-- model-gate:default -->';

let root: string;
let passDir: string;
let failDir: string;
let gh: FakeGitHub;

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`bundle not found: ${ACTION} (run npm run build)`);
  root = mkdtempSync(join(tmpdir(), 'model-gate-e2e-action-'));
  passDir = join(root, 'pass');
  failDir = join(root, 'fail');
  writeTinyScenario(passDir, { passing: true });
  writeTinyScenario(failDir, { passing: false });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  // 150 comments by people first, so the action's comment sits on page 2 of 100
  for (let i = 0; i < 150; i++)
    gh.seed(OWNER, REPO, PR, i === 3 ? `quoting: ${MARKER}` : `review comment ${i}`);
  return () => gh.stop();
});

interface Run {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks (core.setOutput's file format) */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

let runCount = 0;
async function runAction(
  workspace: string,
  inputs: Record<string, string> = {},
  event: { name: string; payload: unknown } = {
    name: 'pull_request',
    payload: { pull_request: { number: PR } },
  },
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const n = ++runCount;
  const eventPath = join(root, `event-${n}.json`);
  const outputPath = join(root, `output-${n}.txt`);
  const summaryPath = join(root, `summary-${n}.md`);
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const allInputs: Record<string, string> = {
    // what the runner passes from action.yml's defaults when the workflow sets nothing
    'github-token': 'ghs_e2eTokenFromTheRunner',
    'gate-id': 'default',
    comment: 'true',
    'report-dir': 'model-gate-report',
    'artifact-name': 'model-gate-report',
    summary: 'true',
    ...inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: root,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: '1234',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(allInputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(NODE, [ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

const ours = () =>
  gh.thread(OWNER, REPO, PR).filter((c) => c.user.login === BOT.login && c.body.includes(MARKER));
const annotations = (stdout: string, kind: string) =>
  stdout.split('\n').filter((l) => l.startsWith(`::${kind}`));

describe('bundled action (dist/action.js)', () => {
  it('runs twice on a pull request: one comment, found on page 2 and updated the second time', async () => {
    gh.failures.push({ method: 'GET', path: /\/comments$/, status: 502, times: 1 }); // retried

    const first = await runAction(passDir);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['verdict']).toBe('pass');
    expect(first.outputs['failed-checks']).toBe('');
    expect(first.outputs['report-json']).toBe(join(passDir, 'model-gate-report', 'report.json'));
    expect(first.outputs['report-html']).toBe(join(passDir, 'model-gate-report', 'report.html'));
    expect(JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8')).verdict).toBe('pass');
    expect(Number(first.outputs['drift-share'])).toBeGreaterThanOrEqual(0);
    expect(first.outputs['artifact-url']).toBe('');
    expect(ours()).toHaveLength(1);
    expect(first.outputs['comment-url']).toBe(ours()[0]!.html_url);
    expect(ours()[0]!.body).toContain('PASS');
    expect(first.summary).toContain(MARKER);
    expect(first.summary).toContain('PASS');
    // the only warning: no runner, no artifact
    expect(annotations(first.stdout, 'warning')).toEqual([
      '::warning::model-gate: the report artifact was not uploaded: ACTIONS_RUNTIME_TOKEN is not set (not running on a GitHub Actions runner)',
    ]);

    // the 502 was retried; then page 1 and page 2 of 100 (the marker is comment 151)
    const lists = () => gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(
      lists().map((r) => [
        r.status,
        new URLSearchParams(r.query).get('per_page'),
        new URLSearchParams(r.query).get('page'),
      ]),
    ).toEqual([
      [502, '100', null],
      [200, '100', null],
      [200, '100', '2'],
    ]);

    const second = await runAction(failDir, { config: 'model-gate.yml' });
    expect(second.code, second.stdout).toBe(1);
    expect(second.outputs['verdict']).toBe('fail');
    expect((second.outputs['failed-checks'] ?? '').split(',')).toContain('performance.roc_auc.min');
    expect(annotations(second.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error::model-gate: verdict fail reaches fail_on 'fail': .*performance\.roc_auc\.min/,
      ),
    ]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('FAIL');
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(gh.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([201]);
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([200]);
    expect(lists()).toHaveLength(5); // the second run read both pages again and stopped at the marker
    // the human comment quoting the marker is untouched, and there are 151 comments in all
    expect(gh.thread(OWNER, REPO, PR)[3]!.body).toBe(`quoting: ${MARKER}`);
    expect(gh.thread(OWNER, REPO, PR)).toHaveLength(151);
  });

  it('a read-only token (403 on write): notice + one warning; the exit status follows the verdict only', async () => {
    gh.options.writeStatus = 403;
    const pass = await runAction(passDir, { 'artifact-name': '' });
    expect(pass.code, pass.stdout).toBe(0);
    const warnings = annotations(pass.stdout, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^::warning::model-gate: PR comment skipped: HTTP 403: Resource not accessible by integration/,
    );
    expect(annotations(pass.stdout, 'notice')).toHaveLength(1);
    expect(pass.outputs['verdict']).toBe('pass');
    expect(pass.outputs['comment-url']).toBe('');

    const fail = await runAction(failDir, { 'artifact-name': '' });
    expect(fail.code).toBe(1);
    expect(annotations(fail.stdout, 'warning')).toHaveLength(1);
    expect(annotations(fail.stdout, 'error')).toHaveLength(1);
    expect(ours()).toHaveLength(0);
  });

  it('push event: no PR, no comment API calls, summary written', async () => {
    const r = await runAction(
      passDir,
      { 'artifact-name': '' },
      { name: 'push', payload: { ref: 'refs/heads/main' } },
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('model-gate: no pull request for this push event: no PR comment');
    expect(gh.requests).toEqual([]);
    expect(r.summary).toContain('PASS');
  });

  it('profiles as reference and current: the gate decides drift from them and the comment shows the sketch bounds', async () => {
    for (const args of [
      ['profile', 'reference.csv', '-o', 'ref-profile.json'],
      ['profile', 'current.csv', '--reference-profile', 'ref-profile.json', '-o', 'cur-profile.json'],
    ])
      expect((await runCli(args, passDir)).stderr).toBe('');
    const r = await runAction(passDir, { reference: 'ref-profile.json', current: 'cur-profile.json' });
    expect(r.code, r.stdout).toBe(0);
    const report = JSON.parse(readFileSync(join(passDir, 'model-gate-report', 'report.json'), 'utf8'));
    expect(report.inputs.reference.format).toBe('profile');
    expect(report.inputs.current.format).toBe('profile');
    const amount = report.drift.features.find((f: { name: string }) => f.name === 'amount');
    expect(amount.sketch.ks.lower).toBeLessThanOrEqual(amount.sketch.ks.upper);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toMatch(/from sketches/);
  });

  it('a pull_request payload without a number: no comment, no failure', async () => {
    const r = await runAction(passDir, { 'artifact-name': '' }, { name: 'pull_request', payload: {} });
    expect(r.code, r.stdout).toBe(0);
    expect(gh.requests).toEqual([]);
  });

  it('an empty github-token with comment true: a warning, the gate still runs', async () => {
    const r = await runAction(failDir, { 'github-token': '', 'artifact-name': '' });
    expect(r.code).toBe(1);
    expect(r.outputs['verdict']).toBe('fail');
    expect(annotations(r.stdout, 'warning')).toEqual([
      '::warning::model-gate: github-token is empty: the PR comment is skipped (the gate ran; see the job summary)',
    ]);
    expect(gh.requests).toEqual([]);
  });

  it('a config path that does not exist fails the step naming the path, with nothing posted', async () => {
    const r = await runAction(passDir, { config: 'ci/nope.yml' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout, 'error')).toEqual([
      '::error::model-gate: config file not found: ci/nope.yml',
    ]);
    expect(r.outputs).toEqual({});
    expect(gh.requests).toEqual([]);
  });

  it('a bad input fails the step with a one-line message', async () => {
    const r = await runAction(passDir, { comment: 'yes' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout, 'error')).toEqual([
      "::error::model-gate: input comment must be true or false, got 'yes'",
    ]);
  });

  it('on a runner: uploads the report folder and links the artifact from the comment', async () => {
    const r = await runAction(passDir, {}, undefined, {
      ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
      ACTIONS_RESULTS_URL: `${gh.url}/`,
    });
    expect(r.code, r.stdout).toBe(0);
    expect(annotations(r.stdout, 'warning')).toEqual([]);
    expect(gh.artifacts.map((a) => a.name)).toEqual(['model-gate-report']);
    const zip = gh.artifacts[0]!.bytes;
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    for (const file of ['report.json', 'report.html', 'report.md', 'junit.xml', 'metrics.prom'])
      expect(zip.includes(Buffer.from(file))).toBe(true);
    const url = `https://github.com/${OWNER}/${REPO}/actions/runs/1234/artifacts/${gh.artifacts[0]!.id}`;
    expect(r.outputs['artifact-url']).toBe(url);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain(url);
  });

  it('baseline-from main: a green run uploads its report and holdout; the next run pairs with them and links the run', async () => {
    writeFileSync(
      join(passDir, 'nobase.yml'),
      readFileSync(join(passDir, 'model-gate.yml'), 'utf8').replace(/ {2}baseline: .*\n/, ''),
    );
    const runtime = { ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(), ACTIONS_RESULTS_URL: `${gh.url}/` };
    const push = { name: 'push', payload: {} };
    const main = await runAction(passDir, { config: 'nobase.yml' }, push, runtime);
    expect(main.code, main.stdout).toBe(0);
    const uploaded = gh.artifacts[0]!;
    expect(uploaded.bytes.includes(Buffer.from('holdout/holdout.csv'))).toBe(true);
    gh.runs.push(
      {
        id: 1234,
        workflowId: 9,
        branch: 'main',
        sha: 'c0ffee'.padEnd(40, '0'),
        conclusion: 'success',
        createdAt: '2026-12-01T00:00:00Z',
        artifacts: [{ id: uploaded.id, name: uploaded.name, expired: false, bytes: uploaded.bytes }],
      },
      {
        id: 1300,
        workflowId: 9,
        branch: 'feature',
        sha: 'f'.repeat(40),
        conclusion: 'in_progress',
        createdAt: '2026-12-02T00:00:00Z',
        artifacts: [],
      },
    );
    const pr = await runAction(
      passDir,
      { config: 'nobase.yml', 'baseline-from': 'main', 'artifact-name': '' },
      undefined,
      { GITHUB_RUN_ID: '1300' },
    );
    expect(pr.code, pr.stdout).toBe(0);
    expect(annotations(pr.stdout, 'warning')).toEqual([]);
    const report = JSON.parse(readFileSync(pr.outputs['report-json']!, 'utf8'));
    expect(report.baselineRun).toMatchObject({ runId: 1234, branch: 'main', predictions: true });
    expect(report.performance.deltas.roc_auc.value).toBe(0); // the same model against itself, paired
    expect(report.history.map((h: { runId: number | null }) => h.runId)).toEqual([1234, null]);
    expect(ours()[0]!.body).toContain(
      '**Baseline:** the last green [run 1,234](https://github.com/acme/models/actions/runs/1234) on `main` (c0ffee0, 2026-12-01), paired on its stored holdout predictions.',
    );
    expect(gh.requests.some((r) => r.path === `/download/${uploaded.id}.zip` && r.status === 200)).toBe(true);
  });

  it('baseline-from with no green run on the branch: one warning, the gate still decides', async () => {
    gh.runs.push({
      id: 1234,
      workflowId: 9,
      branch: 'feature',
      sha: 'f'.repeat(40),
      conclusion: 'in_progress',
      createdAt: '2026-12-02T00:00:00Z',
      artifacts: [],
    });
    const r = await runAction(passDir, { 'baseline-from': 'main', 'artifact-name': '' });
    expect(r.code, r.stdout).toBe(0);
    expect(annotations(r.stdout, 'warning')).toEqual([
      "::warning::model-gate: baseline-from 'main': no successful run of this workflow on main; the comparison with a baseline is skipped",
    ]);
  });

  it('the fixtures the workflow gates: two gates on one PR keep one comment each', async () => {
    const repoRoot = resolve('.');
    const pass = await runAction(repoRoot, {
      config: 'fixtures/regression-delivery/model-gate.yml',
      'gate-id': 'regression-delivery',
      'report-dir': join(root, 'fixture-pass'),
      'artifact-name': '',
    });
    expect(pass.code, pass.stdout).toBe(0);
    expect(pass.outputs['verdict']).toBe('pass');
    const fail = await runAction(repoRoot, {
      config: 'fixtures/binary-fraud/model-gate.yml',
      'gate-id': 'binary-fraud',
      'report-dir': join(root, 'fixture-fail'),
      'artifact-name': '',
    });
    expect(fail.code, fail.stdout).toBe(1);
    expect(fail.outputs['verdict']).toBe('fail');
    expect(fail.outputs['failed-checks']).not.toBe('');
    const bodies = gh
      .thread(OWNER, REPO, PR)
      .filter((c) => c.user.login === BOT.login)
      .map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain('<!-- model-gate:regression-delivery -->');
    expect(bodies[1]).toContain('<!-- model-gate:binary-fraud -->');
  });
});
