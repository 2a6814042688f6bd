// The real Octokit-backed client against the fake GitHub server: Link pagination, identity, retries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokitCommentClient } from '../../src/github/octokit-client.js';
import { DEFAULT_RETRY_POLICY } from '../../src/github/retry.js';
import { commentMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { BOT, FakeGitHub } from '../helpers/fake-github-server.js';

let gh: FakeGitHub;
const sleeps: number[] = [];
const client = () =>
  createOctokitCommentClient({
    token: 'ghs_test',
    owner: 'acme',
    repo: 'models',
    apiUrl: gh.url,
    retry: { ...DEFAULT_RETRY_POLICY, sleep: async (ms) => void sleeps.push(ms) },
  });

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  sleeps.length = 0;
});
afterEach(() => gh.stop());

describe('createOctokitCommentClient', () => {
  it('lists every page by following Link headers, 100 per page', async () => {
    for (let i = 0; i < 250; i++) gh.seed('acme', 'models', 3, `c${i}`);
    const bodies: string[] = [];
    for await (const c of client().listComments(3)) bodies.push(c.body);
    expect(bodies).toHaveLength(250);
    expect(bodies[249]).toBe('c249');
    const lists = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(lists).toHaveLength(3);
  });

  it('finds and updates the marker on page 2 and never duplicates', async () => {
    for (let i = 0; i < 130; i++) gh.seed('acme', 'models', 5, `chatter ${i}`);
    gh.seed('acme', 'models', 5, `${commentMarker('default')}\nold`, BOT);
    const r = await upsertStickyComment(client(), 5, 'default', `${commentMarker('default')}\nnew`);
    expect(r.action).toBe('updated');
    expect(gh.thread('acme', 'models', 5)).toHaveLength(131);
    expect(gh.thread('acme', 'models', 5)[130]!.body).toBe(`${commentMarker('default')}\nnew`);
    expect(r.url).toMatch(/issuecomment-131$/);
  });

  it('answers null identity for an installation token and the login for a user token', async () => {
    expect(await client().getAuthenticatedLogin()).toBeNull();
    gh.options.login = 'release-bot';
    expect(await client().getAuthenticatedLogin()).toBe('release-bot');
  });

  it('retries a 502 and a secondary rate limit on any request, pages included', async () => {
    for (let i = 0; i < 150; i++) gh.seed('acme', 'models', 9, `c${i}`);
    gh.failures.push({ method: 'GET', path: /comments$/, status: 502, times: 1 });
    gh.failures.push({
      method: 'POST',
      path: /comments$/,
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '2' },
    });
    const r = await upsertStickyComment(client(), 9, 'default', `${commentMarker('default')}\nx`);
    expect(r.action).toBe('created');
    expect(sleeps).toEqual([1000, 2000]);
    expect(gh.thread('acme', 'models', 9)).toHaveLength(151);
  });

  it('throws the status of a read-only token on write, without retrying', async () => {
    gh.options.writeStatus = 403;
    await expect(client().createComment(1, 'x')).rejects.toMatchObject({ status: 403 });
    expect(sleeps).toEqual([]);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('does not retry a create after a 5xx (it may have landed), but retries an update', async () => {
    gh.failures.push({ method: 'POST', path: /comments$/, status: 502, times: 1 });
    await expect(client().createComment(2, 'x')).rejects.toMatchObject({ status: 502 });
    expect(gh.thread('acme', 'models', 2)).toHaveLength(0);
    const c = gh.seed('acme', 'models', 2, 'old', BOT);
    gh.failures.push({ method: 'PATCH', path: /comments\/\d+$/, status: 503, times: 2 });
    expect((await client().updateComment(c.id, 'new')).body).toBe('new');
    expect(sleeps).toEqual([1000, 2000]);
  });
});
