/**
 * One comment per gate per pull request (DESIGN §8): the comment that carries the hidden marker
 * `<!-- model-gate:<gate-id> -->` and was written by the same account as the token is updated in place;
 * otherwise a new one is created. Every page of comments is read, so the marker is found on page 2+.
 *
 * "The same account": GET /user names the token's user for personal access tokens and OAuth tokens; then a
 * comment is ours when its author's login equals it. GITHUB_TOKEN and other GitHub App installation tokens
 * are refused by GET /user (403), and the app's own slug cannot be read without the app's private key; then
 * a comment is ours when its author is a Bot account (`github-actions[bot]` for GITHUB_TOKEN). Either way a
 * comment by a human that quotes the marker is never overwritten, and a marker for another gate id is ignored.
 * When several comments qualify (an earlier race), the oldest is updated and the rest are left alone.
 */
import { commentMarker, GATE_ID_PATTERN } from '../contract/comment-marker.js';
import type { Comment, CommentClient } from './comments.js';

export { GATE_ID_PATTERN };

export { commentMarker };

/** The body with the gate's marker on its first line (added when the renderer did not put it there). */
export function withMarker(body: string, gateId: string): string {
  const marker = commentMarker(gateId);
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

export function isOwnComment(comment: Comment, ownLogin: string | null): boolean {
  if (comment.user === null) return false;
  if (ownLogin !== null) return comment.user.login === ownLogin;
  return comment.user.type === 'Bot';
}

export interface StickyResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

/** Find the gate's own comment on `issue` and update it, or create it. Errors from the client propagate. */
export async function upsertStickyComment(
  client: CommentClient,
  issue: number,
  gateId: string,
  body: string,
): Promise<StickyResult> {
  const marker = commentMarker(gateId);
  const text = withMarker(body, gateId);
  const ownLogin = await client.getAuthenticatedLogin();
  let existing: Comment | null = null;
  for await (const comment of client.listComments(issue)) {
    if (comment.body.includes(marker) && isOwnComment(comment, ownLogin)) {
      existing = comment;
      break;
    }
  }
  if (existing !== null) {
    const updated = await client.updateComment(existing.id, text);
    return { action: 'updated', id: updated.id, url: updated.htmlUrl };
  }
  const created = await client.createComment(issue, text);
  return { action: 'created', id: created.id, url: created.htmlUrl };
}
