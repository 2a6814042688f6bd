// runAction end to end inside the process: fake io, fake GitHub client and uploader, synthetic reports.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/action/context.js';
import {
  GITHUB_COMMENT_LIMIT,
  SUMMARY_LIMIT_BYTES,
  runAction,
  type ActionIo,
  type GateOutcome,
  type RunGate,
} from '../../src/action/run-action.js';
import { configError } from '../../src/errors.js';
import type { ArtifactUploader } from '../../src/github/artifacts.js';
import { commentMarker } from '../../src/github/sticky-comment.js';
import type { Report } from '../../src/contract/report.js';
import { ACTIONS_BOT, FakeCommentClient } from '../helpers/fake-comment-client.js';
import { check, hugeReport, report } from './reports.js';

class RecordingIo implements ActionIo {
  lines: string[] = [];
  outputs: Record<string, string> = {};
  failed: string[] = [];
  summaries: string[] = [];
  info = (m: string) => void this.lines.push(`info ${m}`);
  notice = (m: string) => void this.lines.push(`notice ${m}`);
  warning = (m: string) => void this.lines.push(`warning ${m}`);
  debug = (m: string) => void this.lines.push(`debug ${m}`);
  setOutput = (n: string, v: string) => void (this.outputs[n] = v);
  setFailed = (m: string) => void this.failed.push(m);
  appendSummary = async (md: string) => void this.summaries.push(md);
  of(kind: string): string[] {
    return this.lines.filter((l) => l.startsWith(`${kind} `)).map((l) => l.slice(kind.length + 1));
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-action-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PR = 21;
const context = (over: Partial<ActionContext> = {}): ActionContext => ({
  cwd: dir,
  eventName: 'pull_request',
  pullRequest: PR,
  repository: { owner: 'acme', repo: 'models' },
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  runId: 77,
  hasRuntimeToken: true,
  note: null,
  tempDir: join(dir, 'tmp'),
  pushEnv: {},
  ...over,
});
const RUNNER_DEFAULTS: Record<string, string> = {
  'github-token': 'ghs_x',
  'gate-id': 'default',
  comment: 'true',
  'report-dir': 'model-gate-report',
  'artifact-name': 'model-gate-report',
  summary: 'true',
};
const inputs =
  (over: Record<string, string> = {}) =>
  (name: string) =>
    ({ ...RUNNER_DEFAULTS, ...over })[name] ?? '';
const gateOf =
  (r: Report, failOn: GateOutcome['failOn'] = 'fail'): RunGate =>
  async () => ({ report: r, failOn });

class FakeUploader implements ArtifactUploader {
  uploads: { name: string; dir: string; files: string[] }[] = [];
  constructor(private readonly fail = false) {}
  async upload(name: string, rootDirectory: string): Promise<number> {
    if (this.fail) throw new Error('Failed to CreateArtifact: 409 conflict\nmore');
    this.uploads.push({ name, dir: rootDirectory, files: [] });
    return 4242;
  }
}

async function go(
  r: Report,
  opts: {
    inputs?: Record<string, string>;
    context?: Partial<ActionContext>;
    client?: FakeCommentClient | null;
    uploader?: ArtifactUploader | null;
    failOn?: GateOutcome['failOn'];
    gate?: RunGate;
    fetch?: typeof fetch;
  } = {},
) {
  const io = new RecordingIo();
  const client = opts.client === undefined ? new FakeCommentClient() : opts.client;
  const uploader = opts.uploader === undefined ? new FakeUploader() : opts.uploader;
  const result = await runAction(
    inputs(opts.inputs),
    context(opts.context),
    io,
    () => ({ comments: client, artifacts: uploader, ...(opts.fetch ? { fetch: opts.fetch } : {}) }),
    opts.gate ?? gateOf(r, opts.failOn),
  );
  return { io, client, uploader, result };
}

const passing = () => report([check('performance.roc_auc.min', 'pass'), check('drift.amount', 'pass')]);
const failing = () =>
  report([
    check('performance.roc_auc.min', 'fail'),
    check('drift.amount', 'warn'),
    check('quality.schema', 'fail'),
    check('drift.country', 'pass'),
  ]);

describe('runAction', () => {
  it('pass: writes reports, uploads, comments once, summarises, sets every output, succeeds', async () => {
    const { io, client, result } = await go(passing());
    expect(result.failed).toBeNull();
    expect(io.failed).toEqual([]);
    const reportDir = join(dir, 'model-gate-report');
    expect(io.outputs).toEqual({
      verdict: 'pass',
      'failed-checks': '',
      'failed-checks-json': '[]',
      'warned-checks-json': '[]',
      'drift-share': '',
      'report-json': join(reportDir, 'report.json'),
      'report-html': join(reportDir, 'report.html'),
      'artifact-url': 'https://github.com/acme/models/actions/runs/77/artifacts/4242',
      'comment-url': client!.thread(PR)[0]!.htmlUrl,
    });
    expect(JSON.parse(readFileSync(io.outputs['report-json']!, 'utf8')).verdict).toBe('pass');
    expect(client!.thread(PR)).toHaveLength(1);
    const body = client!.thread(PR)[0]!.body;
    expect(body).toContain(commentMarker('default'));
    expect(body).toContain('https://github.com/acme/models/actions/runs/77/artifacts/4242');
    expect(io.summaries).toHaveLength(1);
    expect(io.summaries[0]).toContain('PASS');
    expect(io.of('warning')).toEqual([]);
  });

  it('fail: one line naming the failed checks; the comment is still written', async () => {
    const { io, client, result } = await go(failing());
    expect(io.failed).toEqual([
      "model-gate: verdict fail reaches fail_on 'fail': performance.roc_auc.min, quality.schema",
    ]);
    expect(result.failed).toBe(io.failed[0]);
    expect(io.outputs['verdict']).toBe('fail');
    expect(io.outputs['failed-checks']).toBe('performance.roc_auc.min,quality.schema');
    expect(JSON.parse(io.outputs['failed-checks-json']!)).toEqual([
      'performance.roc_auc.min',
      'quality.schema',
    ]);
    expect(client!.thread(PR)).toHaveLength(1);
  });

  it.each([
    ['never', []],
    [
      'warn',
      [
        "model-gate: verdict fail reaches fail_on 'warn': performance.roc_auc.min, drift.amount, quality.schema",
      ],
    ],
  ] as const)('fail-on %s', async (failOn, expected) => {
    const { io } = await go(failing(), { failOn });
    expect(io.failed).toEqual(expected);
  });

  it('the second run updates the same comment', async () => {
    const client = new FakeCommentClient();
    for (let i = 0; i < 120; i++) client.seed(PR, `review ${i}`);
    await go(passing(), { client });
    const first = await go(failing(), { client });
    const ours = client.thread(PR).filter((c) => c.user === ACTIONS_BOT || c.user?.type === 'Bot');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('FAIL');
    expect(first.io.of('info').some((l) => l.startsWith('model-gate: updated the PR comment'))).toBe(true);
  });

  it.each([403, 404])(
    'a %s on the comment write is a notice and one warning; the verdict decides',
    async (status) => {
      for (const [r, failed] of [
        [passing(), 0],
        [failing(), 1],
      ] as const) {
        const { io } = await go(r, { client: new FakeCommentClient({ writeStatus: status }) });
        expect(io.of('notice')).toHaveLength(1);
        expect(io.of('notice')[0]).toContain(`(HTTP ${status})`);
        expect(io.of('warning')).toEqual([
          `model-gate: PR comment skipped: HTTP ${status}: Resource not accessible by integration`,
        ]);
        expect(io.failed).toHaveLength(failed);
        expect(io.outputs['comment-url']).toBe('');
        expect(io.outputs['verdict']).toBe(r.verdict);
      }
    },
  );

  it('other comment errors are a warning, not a failure', async () => {
    const client = new FakeCommentClient({ writeStatus: 502 });
    const { io } = await go(passing(), { client });
    expect(io.failed).toEqual([]);
    expect(io.of('warning')).toEqual([
      'model-gate: PR comment failed: Resource not accessible by integration',
    ]);
  });

  it.each(['push', 'schedule', 'workflow_dispatch'])(
    '%s: no PR, an info line, summary and artifact only',
    async (eventName) => {
      const client = new FakeCommentClient();
      const { io } = await go(passing(), { context: { eventName, pullRequest: null }, client });
      expect(client.calls).toEqual([]);
      expect(io.of('info')).toContain(
        `model-gate: no pull request for this ${eventName} event: no PR comment; the verdict is in the job summary and the report artifact`,
      );
      expect(io.summaries).toHaveLength(1);
      expect(io.outputs['artifact-url']).not.toBe('');
    },
  );

  it('the pull-request input names the PR when the event does not (workflow_run)', async () => {
    const client = new FakeCommentClient();
    await go(passing(), {
      context: { eventName: 'workflow_run', pullRequest: null },
      inputs: { 'pull-request': '8' },
      client,
    });
    expect(client.thread(8)).toHaveLength(1);
  });

  it('a missing github-token with comment true warns and still runs the gate', async () => {
    const { io, result } = await go(failing(), { inputs: { 'github-token': '' }, client: null });
    expect(io.of('warning')).toEqual([
      'model-gate: github-token is empty: the PR comment is skipped (the gate ran; see the job summary)',
    ]);
    expect(io.outputs['verdict']).toBe('fail');
    expect(result.failed).toMatch(/^model-gate: verdict fail/);
  });

  it('comment: false and summary: false skip both', async () => {
    const client = new FakeCommentClient();
    const { io } = await go(passing(), { inputs: { comment: 'false', summary: 'false' }, client });
    expect(client.calls).toEqual([]);
    expect(io.summaries).toEqual([]);
  });

  it('outside a runner the artifact is skipped with a warning; an empty artifact-name skips it quietly', async () => {
    const a = await go(passing(), { uploader: null, context: { hasRuntimeToken: false } });
    expect(a.io.of('warning')).toEqual([
      'model-gate: the report artifact was not uploaded: ACTIONS_RUNTIME_TOKEN is not set (not running on a GitHub Actions runner)',
    ]);
    expect(a.io.outputs['artifact-url']).toBe('');
    const uploader = new FakeUploader();
    const b = await go(passing(), { inputs: { 'artifact-name': '' }, uploader });
    expect(uploader.uploads).toEqual([]);
    expect(b.io.of('warning')).toEqual([]);
    expect(b.io.of('info')).toContain('model-gate: artifact upload disabled (artifact-name is empty)');
  });

  it('a failed upload is a one-line warning', async () => {
    const { io } = await go(passing(), { uploader: new FakeUploader(true) });
    expect(io.of('warning')).toEqual([
      'model-gate: the report artifact model-gate-report was not uploaded: Failed to CreateArtifact: 409 conflict',
    ]);
    expect(io.failed).toEqual([]);
  });

  it('input and config errors fail the step with the one-line message, before any comment', async () => {
    const client = new FakeCommentClient();
    const a = await go(passing(), { inputs: { comment: 'yes' }, client });
    expect(a.io.failed).toEqual(["model-gate: input comment must be true or false, got 'yes'"]);
    const b = await go(passing(), {
      client,
      gate: async () => {
        throw configError("fail-on must be one of fail, warn, never, got 'sometimes'");
      },
    });
    expect(b.io.failed).toEqual(["model-gate: fail-on must be one of fail, warn, never, got 'sometimes'"]);
    expect(b.io.outputs).toEqual({});
    expect(client.calls).toEqual([]);
  });

  it('an internal error fails with its message; the stack goes to the debug log', async () => {
    const { io } = await go(passing(), {
      gate: async () => {
        throw new TypeError('x is undefined');
      },
    });
    expect(io.failed).toEqual(['model-gate: internal error (please report it): x is undefined']);
    expect(io.of('debug')[0]).toContain('TypeError: x is undefined\n    at ');
  });

  it('a huge report: the posted comment fits GitHub (< 65,536) and the summary fits 1 MiB', async () => {
    const big = hugeReport();
    const client = new FakeCommentClient();
    const { io } = await go(big, { client });
    const body = client.thread(PR)[0]!.body;
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(30_000); // trimmed, not dropped
    expect(body).toContain(commentMarker('default'));
    expect(io.summaries).toHaveLength(1);
    expect(Buffer.byteLength(io.summaries[0]!)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(io.outputs['drift-share']).toBe(String(2000 / 6000));
  });

  it('push-gateway: PUTs metrics.prom grouped by job and gate; a failed push is one warning, not a failure', async () => {
    const sent: { url: string; method?: string; body?: unknown; auth?: string }[] = [];
    const ok = (async (url: string, init?: RequestInit) => {
      sent.push({
        url,
        method: init?.method,
        body: init?.body,
        auth: (init?.headers as Record<string, string>).authorization,
      });
      return new Response('', { status: 200 });
    }) as typeof fetch;
    const pushing = { 'push-gateway': 'http://gw:9091', 'push-labels': 'team=risk, env=prod' };
    const { io, result } = await go(passing(), {
      inputs: pushing,
      context: { pushEnv: { MODEL_GATE_PUSH_TOKEN: 't0k' } },
      fetch: ok,
    });
    expect(result.failed).toBeNull();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('PUT');
    expect(sent[0]!.auth).toBe('Bearer t0k');
    expect(sent[0]!.url).toMatch(
      /^http:\/\/gw:9091\/metrics\/job@base64\/[^/]+\/gate@base64\/[^/]+\/team@base64\/[^/]+\/env@base64\/[^/]+$/,
    );
    expect(String(sent[0]!.body)).toContain('model_gate_verdict{gate="default"} 0');
    expect(io.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
    const refused = (async () => new Response('no', { status: 503 })) as typeof fetch;
    const second = await go(passing(), { inputs: pushing, fetch: refused });
    expect(second.result.failed).toBeNull();
    expect(second.io.lines.filter((l) => l.startsWith('warning'))).toEqual([
      'warning ' +
        'model-gate: push to http://gw:9091 failed: HTTP 503 (no); the verdict does not depend on it',
    ]);
  });

  it('a malformed push-gateway fails the step before any work', async () => {
    const { result, client } = await go(passing(), { inputs: { 'push-gateway': 'gw:9091' } });
    expect(result.failed).toBe("model-gate: push gateway must be an http(s) URL, got 'gw:9091'");
    expect(client!.thread(PR)).toHaveLength(0);
  });
});
