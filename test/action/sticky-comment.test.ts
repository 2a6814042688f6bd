import { describe, expect, it } from 'vitest';
import { commentMarker, upsertStickyComment, withMarker } from '../../src/github/sticky-comment.js';
import { commentMarker as rendererMarker } from '../../src/report/markdown.js';
import { ACTIONS_BOT, FakeCommentClient, HUMAN } from '../helpers/fake-comment-client.js';

const PR = 7;
const body = (gate: string, text: string) => `${commentMarker(gate)}\n${text}`;

describe('upsertStickyComment', () => {
  it('creates the comment when none carries the marker', async () => {
    const client = new FakeCommentClient();
    client.seed(PR, 'LGTM');
    const r = await upsertStickyComment(client, PR, 'default', body('default', 'v1'));
    expect(r.action).toBe('created');
    expect(client.thread(PR)).toHaveLength(2);
    expect(client.thread(PR)[1]).toMatchObject({ body: body('default', 'v1'), user: ACTIONS_BOT });
  });

  it('updates its own comment found on a later page, reading every page up to it', async () => {
    const client = new FakeCommentClient({ perPage: 30 });
    for (let i = 0; i < 95; i++) client.seed(PR, `comment ${i}`);
    const mine = client.seed(PR, body('default', 'old'), ACTIONS_BOT);
    for (let i = 0; i < 10; i++) client.seed(PR, `later ${i}`);
    const r = await upsertStickyComment(client, PR, 'default', body('default', 'new'));
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    expect(client.calls.filter((c) => c.startsWith('list'))).toEqual([
      `list ${PR} page 1`,
      `list ${PR} page 2`,
      `list ${PR} page 3`,
      `list ${PR} page 4`,
    ]);
    expect(client.thread(PR)).toHaveLength(106);
    expect(client.thread(PR).filter((c) => c.body.includes(commentMarker('default')))).toHaveLength(1);
    expect(client.thread(PR)[95]!.body).toBe(body('default', 'new'));
  });

  it('ignores the marker of another gate id, also one the id is a prefix of', async () => {
    const client = new FakeCommentClient();
    client.seed(PR, body('nightly', 'x'), ACTIONS_BOT);
    client.seed(PR, body('default-2', 'x'), ACTIONS_BOT);
    const r = await upsertStickyComment(client, PR, 'default', body('default', 'v1'));
    expect(r.action).toBe('created');
    expect(client.thread(PR).map((c) => c.body)).toEqual([
      body('nightly', 'x'),
      body('default-2', 'x'),
      body('default', 'v1'),
    ]);
  });

  it('never overwrites a human comment that quotes the marker', async () => {
    const client = new FakeCommentClient();
    const quote = client.seed(PR, `> ${body('default', 'what the bot said')}\nI disagree`, HUMAN);
    const r = await upsertStickyComment(client, PR, 'default', body('default', 'v1'));
    expect(r.action).toBe('created');
    expect(client.thread(PR)[0]!.body).toBe(quote.body);
    expect(client.calls).not.toContain(`update ${quote.id}`);
  });

  it('skips deleted (ghost) authors', async () => {
    const client = new FakeCommentClient();
    client.seed(PR, body('default', 'old'), null);
    expect((await upsertStickyComment(client, PR, 'default', body('default', 'v1'))).action).toBe('created');
  });

  it('with a user token (GET /user answers) matches that login only, not other bots', async () => {
    const me = { login: 'ml-release-bot', type: 'User' };
    const client = new FakeCommentClient({ login: me.login, author: me });
    client.seed(PR, body('default', 'from actions'), ACTIONS_BOT);
    const mine = client.seed(PR, body('default', 'from me'), me);
    const r = await upsertStickyComment(client, PR, 'default', body('default', 'v2'));
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    expect(client.thread(PR)[0]!.body).toBe(body('default', 'from actions'));
  });

  it('updates the oldest when an earlier race left two', async () => {
    const client = new FakeCommentClient();
    const first = client.seed(PR, body('default', 'a'), ACTIONS_BOT);
    const second = client.seed(PR, body('default', 'b'), ACTIONS_BOT);
    const r = await upsertStickyComment(client, PR, 'default', body('default', 'c'));
    expect(r.id).toBe(first.id);
    expect(client.thread(PR).find((c) => c.id === second.id)!.body).toBe(body('default', 'b'));
  });

  it('running twice leaves exactly one comment', async () => {
    const client = new FakeCommentClient();
    const a = await upsertStickyComment(client, PR, 'g1', body('g1', 'run 1'));
    const b = await upsertStickyComment(client, PR, 'g1', body('g1', 'run 2'));
    expect([a.action, b.action]).toEqual(['created', 'updated']);
    expect(b.id).toBe(a.id);
    expect(client.thread(PR)).toHaveLength(1);
  });

  it('adds the marker when the body lacks it, and propagates write errors', async () => {
    const client = new FakeCommentClient({ writeStatus: 403 });
    await expect(upsertStickyComment(client, PR, 'default', 'no marker')).rejects.toMatchObject({
      status: 403,
    });
    expect(withMarker('no marker', 'default')).toBe('<!-- model-gate:default -->\nno marker');
    expect(withMarker(body('default', 'x'), 'default')).toBe(body('default', 'x'));
  });

  it.each(['default', 'nightly-eu', 'model_v2.1'])('uses the same marker as the renderer for %s', (id) => {
    expect(commentMarker(id)).toBe(rendererMarker(id));
  });
});
