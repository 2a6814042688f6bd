/**
 * A small GitHub REST API on 127.0.0.1 for tests of the real Octokit client and of the bundled action:
 *   GET   /user                                  403 like GITHUB_TOKEN (or 200 with `login`)
 *   GET   /repos/:owner/:repo/issues/:n/comments  per_page (default 30, max 100) and page, with a `Link` header
 *   POST  /repos/:owner/:repo/issues/:n/comments  creates, authored by `author` (github-actions[bot])
 *   PATCH /repos/:owner/:repo/issues/comments/:id updates
 * Writes can be made to answer a fixed status (403 for a fork's read-only token), and any request can be
 * scripted to fail a number of times first (502, or 403 secondary rate limit) to exercise the retries.
 *
 * It also plays the runner's artifact service for @actions/artifact (ACTIONS_RESULTS_URL = this server):
 *   POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact   → a signed upload URL here
 *   PUT  /blob/:name?comp=block&blockid=… and ?comp=blocklist                 (Azure block blob upload)
 *   POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact → the artifact id
 * `artifacts` records each finalized artifact with the bytes uploaded (a zip of the report folder).
 *
 * And the workflow runs and artifacts a baseline comes from (issue 12, `runs`):
 *   GET /repos/:owner/:repo/actions/runs/:id                   the run (its workflow_id)
 *   GET /repos/:owner/:repo/actions/workflows/:id/runs         branch, status=success, newest first, paginated
 *   GET /repos/:owner/:repo/actions/runs/:id/artifacts         name filter; `expired` as stored
 *   GET /repos/:owner/:repo/actions/artifacts/:id/zip          302 to /download/:id.zip (blob storage)
 *   GET /download/:id.zip                                       the zip bytes, no auth (a signed URL)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface ScriptedFailure {
  method: string;
  /** matched against the path (no query) */
  path: RegExp;
  status: number;
  times: number;
  message?: string;
  headers?: Record<string, string>;
}

export interface FakeGitHubOptions {
  /** login GET /user returns; null answers 403 like an installation token */
  login?: string | null;
  author?: { login: string; type: string };
  /** status POST/PATCH answer instead of writing */
  writeStatus?: number;
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' };

/** a runtime token @actions/artifact accepts: an unsigned JWT whose scp names the run and job backend ids */
export function fakeRuntimeToken(): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp =
    'Actions.GenericRead Actions.Results:11111111-2222-3333-4444-555555555555:66666666-7777-8888-9999-000000000000';
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp })}.`;
}

export interface FakeArtifact {
  id: number;
  name: string;
  size: number;
  bytes: Buffer;
}

export interface FakeRun {
  id: number;
  workflowId: number;
  branch: string;
  sha: string;
  /** 'success' for a green run */
  conclusion: string;
  createdAt: string;
  artifacts: { id: number; name: string; expired: boolean; bytes: Buffer }[];
}

export class FakeGitHub {
  /** workflow runs for the actions endpoints (baseline-from) */
  readonly runs: FakeRun[] = [];
  readonly comments = new Map<string, FakeComment[]>(); // "owner/repo#n" -> thread
  /** every request answered: method, path, query string (with its `?`, or ''), status */
  readonly requests: { method: string; path: string; query: string; status: number }[] = [];
  readonly failures: ScriptedFailure[] = [];
  readonly artifacts: FakeArtifact[] = [];
  private readonly blobs = new Map<string, { blocks: Map<string, Buffer>; data: Buffer | null }>();
  options: FakeGitHubOptions;
  private server: Server | null = null;
  private nextId = 1;
  url = '';

  constructor(options: FakeGitHubOptions = {}) {
    this.options = options;
  }

  thread(owner: string, repo: string, issue: number): FakeComment[] {
    const key = `${owner}/${repo}#${issue}`;
    let t = this.comments.get(key);
    if (t === undefined) this.comments.set(key, (t = []));
    return t;
  }

  seed(owner: string, repo: string, issue: number, body: string, user = { login: 'octocat', type: 'User' }) {
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, this.nextId)).toISOString();
    const id = this.nextId++;
    const c: FakeComment = {
      id,
      body,
      user,
      html_url: `https://github.test/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    };
    this.thread(owner, repo, issue).push(c);
    return c;
  }

  /** listens on 127.0.0.1, on `port` when given (0 = any free port) */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: Error) => this.send(req, res, 500, { message: e.message }));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    data: unknown,
    headers: Record<string, string> = {},
  ): void {
    const u = new URL(req.url ?? '/', 'http://x');
    this.requests.push({ method: req.method ?? '', path: u.pathname, query: u.search, status });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');

    const failure = this.failures.find(
      (f) => f.times > 0 && f.method === method && f.path.test(url.pathname),
    );
    if (failure) {
      failure.times--;
      return this.send(
        req,
        res,
        failure.status,
        { message: failure.message ?? 'Server Error' },
        failure.headers,
      );
    }
    if (url.pathname.startsWith('/twirp/') || url.pathname.startsWith('/blob/')) {
      return this.artifactService(req, res, url, method, Buffer.concat(chunks));
    }
    const zip = /^\/download\/(\d+)\.zip$/.exec(url.pathname);
    if (zip && method === 'GET') {
      const a = this.runs.flatMap((r) => r.artifacts).find((x) => x.id === Number(zip[1]));
      if (!a) return this.send(req, res, 404, { message: 'blob not found' });
      this.requests.push({ method, path: url.pathname, query: url.search, status: 200 });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.bytes.length) });
      res.end(a.bytes);
      return;
    }
    if (req.headers.authorization === undefined) {
      return this.send(req, res, 401, { message: 'Requires authentication' });
    }

    if (method === 'GET' && url.pathname === '/user') {
      if (this.options.login) return this.send(req, res, 200, { login: this.options.login, type: 'User' });
      return this.send(req, res, 403, { message: 'Resource not accessible by integration' });
    }

    if (url.pathname.includes('/actions/') && method === 'GET') return this.actions(req, res, url);

    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m) {
      const [, owner, repo, n] = m as unknown as [string, string, string, string];
      const thread = this.thread(owner, repo, Number(n));
      if (method === 'GET') {
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
        const last = Math.max(1, Math.ceil(thread.length / perPage));
        const link = (p: number, rel: string) => {
          const u = new URL(url.href);
          u.searchParams.set('page', String(p));
          u.searchParams.set('per_page', String(perPage));
          return `<${u.href}>; rel="${rel}"`;
        };
        const links: string[] = [];
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
        return this.send(
          req,
          res,
          200,
          thread.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (method === 'POST') {
        if (this.options.writeStatus)
          return this.send(req, res, this.options.writeStatus, {
            message: 'Resource not accessible by integration',
          });
        const { body } = JSON.parse(raw) as { body: string };
        if (typeof body !== 'string' || body.length > 65_536)
          return this.send(req, res, 422, {
            message: 'Validation Failed: body is too long (maximum is 65536 characters)',
          });
        return this.send(req, res, 201, this.seed(owner, repo, Number(n), body, this.options.author ?? BOT));
      }
    }

    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      if (this.options.writeStatus)
        return this.send(req, res, this.options.writeStatus, {
          message: 'Resource not accessible by integration',
        });
      const id = Number(m[3]);
      const { body } = JSON.parse(raw) as { body: string };
      if (typeof body !== 'string' || body.length > 65_536)
        return this.send(req, res, 422, {
          message: 'Validation Failed: body is too long (maximum is 65536 characters)',
        });
      for (const thread of this.comments.values()) {
        const c = thread.find((x) => x.id === id);
        if (c) {
          c.body = body;
          c.updated_at = new Date(Date.UTC(2026, 0, 2, 0, 0, this.nextId++)).toISOString();
          return this.send(req, res, 200, c);
        }
      }
      return this.send(req, res, 404, { message: 'Not Found' });
    }
    return this.send(req, res, 404, { message: 'Not Found' });
  }

  /** the workflow-run and artifact endpoints of the REST API */
  private actions(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const runJson = (r: FakeRun) => ({
      id: r.id,
      workflow_id: r.workflowId,
      head_branch: r.branch,
      head_sha: r.sha,
      status: 'completed',
      conclusion: r.conclusion,
      created_at: r.createdAt,
      html_url: `https://github.com/acme/models/actions/runs/${r.id}`,
    });
    let m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/.exec(url.pathname);
    if (m) {
      const run = this.runs.find((r) => r.id === Number(m![1]));
      return run
        ? this.send(req, res, 200, runJson(run))
        : this.send(req, res, 404, { message: 'Not Found' });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/(\d+)\/runs$/.exec(url.pathname);
    if (m) {
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const list = this.runs
        .filter((r) => r.workflowId === Number(m![1]))
        .filter((r) => branch === null || r.branch === branch)
        .filter((r) => status === null || r.conclusion === status)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(list.length / perPage));
      const links: string[] = [];
      if (page < last) {
        const u = new URL(url.href);
        u.searchParams.set('page', String(page + 1));
        links.push(`<${u.href}>; rel="next"`);
      }
      return this.send(
        req,
        res,
        200,
        {
          total_count: list.length,
          workflow_runs: list.slice((page - 1) * perPage, page * perPage).map(runJson),
        },
        links.length ? { link: links.join(', ') } : {},
      );
    }
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname);
    if (m) {
      const run = this.runs.find((r) => r.id === Number(m![1]));
      const name = url.searchParams.get('name');
      const artifacts = (run?.artifacts ?? [])
        .filter((a) => name === null || a.name === name)
        .map((a) => ({ id: a.id, name: a.name, expired: a.expired, size_in_bytes: a.bytes.length }));
      return this.send(req, res, 200, { total_count: artifacts.length, artifacts });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
    if (m) {
      const a = this.runs.flatMap((r) => r.artifacts).find((x) => x.id === Number(m![1]));
      if (!a) return this.send(req, res, 404, { message: 'Not Found' });
      if (a.expired) return this.send(req, res, 410, { message: 'Artifact has expired' });
      return this.sendEmpty(req, res, 302, { location: `${this.url}/download/${a.id}.zip` });
    }
    return this.send(req, res, 404, { message: 'Not Found' });
  }

  private artifactService(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
    raw: Buffer,
  ): void {
    const service = '/twirp/github.actions.results.api.v1.ArtifactService/';
    if (method === 'POST' && url.pathname === `${service}CreateArtifact`) {
      const { name } = JSON.parse(raw.toString('utf8')) as { name: string };
      this.blobs.set(name, { blocks: new Map(), data: null });
      const signed = `${this.url}/blob/${encodeURIComponent(name)}?sig=fake`;
      return this.send(req, res, 200, { ok: true, signed_upload_url: signed });
    }
    if (method === 'POST' && url.pathname === `${service}FinalizeArtifact`) {
      const { name } = JSON.parse(raw.toString('utf8')) as { name: string };
      const blob = this.blobs.get(name);
      if (!blob?.data) return this.send(req, res, 400, { msg: `artifact ${name} was not uploaded` });
      const id = 9000 + this.artifacts.length + 1;
      this.artifacts.push({ id, name, size: blob.data.length, bytes: blob.data });
      return this.send(req, res, 200, { ok: true, artifact_id: String(id) });
    }
    const m = /^\/blob\/([^/]+)$/.exec(url.pathname);
    const blob = m ? this.blobs.get(decodeURIComponent(m[1]!)) : undefined;
    if (method === 'PUT' && blob) {
      const azure = { 'x-ms-request-id': 'fake', 'x-ms-version': '2024-08-04', etag: '"0x1"' };
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        blob.blocks.set(url.searchParams.get('blockid') ?? '', raw);
        return this.sendEmpty(req, res, 201, azure);
      }
      if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
          (x) => x[1]!,
        );
        blob.data = Buffer.concat(ids.map((id) => blob.blocks.get(id) ?? Buffer.alloc(0)));
        return this.sendEmpty(req, res, 201, azure);
      }
      blob.data = raw; // a single-shot upload
      return this.sendEmpty(req, res, 201, azure);
    }
    return this.send(req, res, 404, { msg: 'not found' });
  }

  private sendEmpty(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
  ): void {
    const u = new URL(req.url ?? '/', 'http://x');
    this.requests.push({ method: req.method ?? '', path: u.pathname, query: u.search, status });
    res.writeHead(status, headers);
    res.end();
  }
}
