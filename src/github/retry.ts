/**
 * Bounded retries for GitHub API calls: server errors (5xx, including network failures, which Octokit
 * reports as 500) and rate limits (429, or 403 whose message says "rate limit" or whose headers say the
 * quota is spent). Anything else — 401, a plain 403 "Resource not accessible by integration", 404, 422 —
 * is final and thrown at once.
 *
 * Wait before retry k (k = 0, 1, 2): the `retry-after` header when present; else for a spent primary quota
 * the time to `x-ratelimit-reset`; else BASE_DELAY_MS · 2^k, times RATE_LIMIT_FACTOR for rate limits (GitHub
 * asks for a pause of about a minute on a secondary limit). Every wait is capped at MAX_DELAY_MS and a wait
 * that would exceed it is not attempted, so a step never stalls for long over a PR comment.
 */
import { httpStatus } from './comments.js';

export const MAX_RETRIES = 3;
export const BASE_DELAY_MS = 1_000;
export const RATE_LIMIT_FACTOR = 15;
export const MAX_DELAY_MS = 60_000;

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: Sleep;
  /** current time in ms (for x-ratelimit-reset) */
  now: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: MAX_RETRIES,
  baseDelayMs: BASE_DELAY_MS,
  maxDelayMs: MAX_DELAY_MS,
  sleep: realSleep,
  now: () => Date.now(),
};

function headersOf(error: unknown): Record<string, string | number | undefined> {
  const response = (error as { response?: { headers?: Record<string, string | number | undefined> } })
    .response;
  return response?.headers ?? {};
}

function messageOf(error: unknown): string {
  const response = (error as { response?: { data?: { message?: unknown } } }).response;
  const dataMessage = typeof response?.data?.message === 'string' ? response.data.message : '';
  const message = error instanceof Error ? error.message : '';
  return `${message} ${dataMessage}`;
}

/**
 * How long to wait before retrying after `error` on attempt `attempt` (0-based), or null when the error is
 * final or the retries are spent.
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  idempotent = true,
): number | null {
  if (attempt >= policy.maxRetries) return null;
  const status = httpStatus(error);
  if (status === null) return null;
  const headers = headersOf(error);
  const spent = String(headers['x-ratelimit-remaining'] ?? '') === '0';
  const rateLimited = status === 429 || (status === 403 && (spent || /rate limit/i.test(messageOf(error))));
  if (status < 500 && !rateLimited) return null;
  if (!rateLimited && !idempotent) return null;

  let delay: number;
  const retryAfter = Number(headers['retry-after']);
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) {
    delay = Math.max(0, retryAfter) * 1000;
  } else if (rateLimited && spent && Number.isFinite(reset)) {
    delay = Math.max(0, reset * 1000 - policy.now());
  } else {
    delay = policy.baseDelayMs * (1 << Math.min(attempt, 30)) * (rateLimited ? RATE_LIMIT_FACTOR : 1);
  }
  if (delay > policy.maxDelayMs) {
    // a long pause for a spent quota is not worth it; a computed backoff is simply capped
    if (headers['retry-after'] !== undefined || spent) return null;
    delay = policy.maxDelayMs;
  }
  return delay;
}

/** Run `fn`, retrying per `retryDelay`; `onRetry` hears about each retry (for a debug line). */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  onRetry: (error: unknown, delayMs: number, attempt: number) => void = () => {},
  idempotent = true,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const delay = retryDelay(error, attempt, policy, idempotent);
      if (delay === null) throw error;
      onRetry(error, delay, attempt);
      await policy.sleep(delay);
    }
  }
}
