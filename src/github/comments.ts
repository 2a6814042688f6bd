/**
 * The small interface the action uses to talk to a pull request's comment thread. The real one is
 * src/github/octokit-client.ts (Octokit, retries, `Link` pagination); tests use a hand-written fake.
 * Every method throws on an HTTP error with the status on the error (`{ status: 403 }`), as Octokit does.
 */
export interface CommentAuthor {
  login: string;
  /** 'User', 'Bot' or 'Organization', as the REST API reports it */
  type: string;
}

export interface Comment {
  id: number;
  body: string;
  /** null for a deleted ("ghost") account */
  user: CommentAuthor | null;
  htmlUrl: string;
}

export interface CommentClient {
  /** every comment on the issue or pull request, oldest first, across all pages */
  listComments(issue: number): AsyncIterable<Comment>;
  createComment(issue: number, body: string): Promise<Comment>;
  updateComment(id: number, body: string): Promise<Comment>;
  /**
   * The login the token acts as, or null when the API will not say (GITHUB_TOKEN and other GitHub App
   * installation tokens get 403 from GET /user). See sticky-comment.ts for how that decides "our" comment.
   */
  getAuthenticatedLogin(): Promise<string | null>;
}

/** The HTTP status carried by an error from a CommentClient (Octokit's RequestError), or null. */
export function httpStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return null;
}
