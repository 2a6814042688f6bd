/**
 * A hand-written CommentClient for unit tests: an in-memory comment thread with pages of `perPage`, a
 * configurable identity, scripted failures, and a log of calls (so a test can see how many pages were read).
 */
import type { Comment, CommentAuthor, CommentClient } from '../../src/github/comments.js';

export const ACTIONS_BOT: CommentAuthor = { login: 'github-actions[bot]', type: 'Bot' };
export const HUMAN: CommentAuthor = { login: 'octocat', type: 'User' };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly response: { headers: Record<string, string>; data: { message: string } } = {
      headers: {},
      data: { message },
    },
  ) {
    super(message);
  }
}

export interface FakeOptions {
  /** what getAuthenticatedLogin answers (null: an installation token) */
  login?: string | null;
  /** the author of comments this client writes */
  author?: CommentAuthor;
  perPage?: number;
  /** status thrown by createComment/updateComment, e.g. 403 */
  writeStatus?: number;
}

export class FakeCommentClient implements CommentClient {
  readonly threads = new Map<number, Comment[]>();
  readonly calls: string[] = [];
  private nextId = 1000;

  constructor(private readonly options: FakeOptions = {}) {}

  seed(issue: number, body: string, user: CommentAuthor | null = HUMAN): Comment {
    const comment: Comment = {
      id: this.nextId++,
      body,
      user,
      htmlUrl: `https://github.test/pr/${issue}#c${this.nextId}`,
    };
    this.thread(issue).push(comment);
    return comment;
  }

  thread(issue: number): Comment[] {
    let t = this.threads.get(issue);
    if (t === undefined) this.threads.set(issue, (t = []));
    return t;
  }

  async *listComments(issue: number): AsyncIterable<Comment> {
    const perPage = this.options.perPage ?? 100;
    const all = this.thread(issue);
    for (let page = 0; page * perPage < all.length || page === 0; page++) {
      this.calls.push(`list ${issue} page ${page + 1}`);
      for (const c of all.slice(page * perPage, (page + 1) * perPage)) yield { ...c };
    }
  }

  async createComment(issue: number, body: string): Promise<Comment> {
    this.calls.push(`create ${issue}`);
    if (this.options.writeStatus)
      throw new HttpError(this.options.writeStatus, 'Resource not accessible by integration');
    return { ...this.seed(issue, body, this.options.author ?? ACTIONS_BOT) };
  }

  async updateComment(id: number, body: string): Promise<Comment> {
    this.calls.push(`update ${id}`);
    if (this.options.writeStatus)
      throw new HttpError(this.options.writeStatus, 'Resource not accessible by integration');
    for (const thread of this.threads.values()) {
      const c = thread.find((x) => x.id === id);
      if (c) {
        c.body = body;
        return { ...c };
      }
    }
    throw new HttpError(404, 'Not Found');
  }

  async getAuthenticatedLogin(): Promise<string | null> {
    this.calls.push('whoami');
    return this.options.login ?? null;
  }
}
