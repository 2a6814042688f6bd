/**
 * CommentClient over @actions/github's Octokit (REST). Every request — each page of a listing included —
 * goes through withRetry (5xx and rate limits, bounded; POST after a rate limit only, see retry.ts). Listing follows the `Link: rel="next"` headers via
 * octokit.paginate.iterator, 100 comments per page.
 */
import { getOctokit } from '@actions/github';
import type { Comment, CommentClient } from './comments.js';
import { httpStatus } from './comments.js';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js';

export interface OctokitClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST API root, GITHUB_API_URL on a runner (GitHub Enterprise Server differs) */
  apiUrl: string;
  retry?: RetryPolicy;
  /** hears about each retry, e.g. a debug log line */
  onRetry?: (message: string) => void;
}

interface RawComment {
  id: number;
  body?: string | null;
  user: { login: string; type: string } | null;
  html_url: string;
}

function toComment(raw: RawComment): Comment {
  return {
    id: raw.id,
    body: raw.body ?? '',
    user: raw.user === null ? null : { login: raw.user.login, type: raw.user.type },
    htmlUrl: raw.html_url,
  };
}

export const COMMENTS_PER_PAGE = 100;

/**
 * Octokit on `apiUrl` with every request through withRetry; POSTs are retried only after a rate limit
 * (a comment must not be created twice)
 */
export function retryingOctokit(options: OctokitClientOptions): ReturnType<typeof getOctokit> {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, '') });
  octokit.hook.wrap('request', (request, endpoint) =>
    withRetry(
      async () => request(endpoint),
      policy,
      (error, delay, attempt) =>
        options.onRetry?.(
          `github: ${endpoint.method} ${endpoint.url} answered ${httpStatus(error) ?? 'an error'}; retry ${attempt + 1} of ${policy.maxRetries} in ${delay} ms`,
        ),
      endpoint.method !== 'POST',
    ),
  );
  return octokit;
}

export function createOctokitCommentClient(options: OctokitClientOptions): CommentClient {
  const { owner, repo } = options;
  const octokit = retryingOctokit(options);

  return {
    async *listComments(issue: number): AsyncIterable<Comment> {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: COMMENTS_PER_PAGE,
      });
      for await (const page of pages) {
        for (const raw of page.data) yield toComment(raw);
      }
    },
    async createComment(issue: number, body: string): Promise<Comment> {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return toComment(data);
    },
    async updateComment(id: number, body: string): Promise<Comment> {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      return toComment(data);
    },
    async getAuthenticatedLogin(): Promise<string | null> {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (error) {
        const status = httpStatus(error);
        // installation tokens (GITHUB_TOKEN, GitHub Apps): "Resource not accessible by integration"
        if (status === 401 || status === 403 || status === 404) return null;
        throw error;
      }
    },
  };
}
