import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, retryDelay, withRetry, type RetryPolicy } from '../../src/github/retry.js';
import { HttpError } from '../helpers/fake-comment-client.js';

const NOW = 1_700_000_000_000;
function policy(sleeps: number[] = []): RetryPolicy {
  return {
    ...DEFAULT_RETRY_POLICY,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => NOW,
  };
}
const err = (status: number, message = 'x', headers: Record<string, string> = {}) =>
  new HttpError(status, message, { headers, data: { message } });

describe('retryDelay', () => {
  it.each([
    ['500', err(500), 0, 1000],
    ['502 second retry', err(502), 1, 2000],
    ['503 third retry', err(503), 2, 4000],
    ['503 retries spent', err(503), 3, null],
    ['429 without headers', err(429), 0, 15_000],
    ['403 secondary rate limit', err(403, 'You have exceeded a secondary rate limit'), 1, 30_000],
    ['403 secondary, capped', err(403, 'secondary rate limit'), 2, 60_000],
    ['403 with retry-after', err(403, 'secondary rate limit', { 'retry-after': '7' }), 0, 7000],
    ['429 retry-after too long', err(429, 'x', { 'retry-after': '3600' }), 0, null],
    [
      'primary quota spent, resets soon',
      err(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 20),
      }),
      0,
      20_000,
    ],
    [
      'primary quota spent for an hour',
      err(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 3600),
      }),
      0,
      null,
    ],
    ['403 read-only token', err(403, 'Resource not accessible by integration'), 0, null],
    ['404', err(404, 'Not Found'), 0, null],
    ['401', err(401, 'Bad credentials'), 0, null],
    ['422', err(422, 'Validation Failed'), 0, null],
    ['no status', new Error('boom'), 0, null],
  ])('%s', (_name, error, attempt, expected) => {
    expect(retryDelay(error, attempt, policy())).toBe(expected);
  });
});

describe('retryDelay for a request that is not idempotent (POST)', () => {
  it.each([
    ['502: the comment may exist already', err(502), null],
    ['500', err(500), null],
    ['secondary rate limit: nothing was done', err(403, 'secondary rate limit'), 15_000],
    ['429 with retry-after', err(429, 'x', { 'retry-after': '3' }), 3000],
  ])('%s', (_name, error, expected) => {
    expect(retryDelay(error, 0, policy(), false)).toBe(expected);
  });
});

describe('withRetry', () => {
  it('retries 5xx with backoff and returns the eventual result', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await withRetry(async () => {
      if (++calls < 3) throw err(502);
      return 'ok';
    }, policy(sleeps));
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('is bounded: gives up after MAX_RETRIES retries with the last error', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw err(500, 'still down');
      }, policy(sleeps)),
    ).rejects.toThrow('still down');
    expect(calls).toBe(DEFAULT_RETRY_POLICY.maxRetries + 1);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('does not retry a permission error', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw err(403, 'Resource not accessible by integration');
      }, policy(sleeps)),
    ).rejects.toMatchObject({ status: 403 });
    expect([calls, sleeps.length]).toEqual([1, 0]);
  });
});
