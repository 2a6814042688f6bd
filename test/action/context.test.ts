import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';
import { pullRequestNumber } from '../../src/github/event.js';

describe('pullRequestNumber', () => {
  it.each([
    ['pull_request', { pull_request: { number: 12 } }, 12],
    ['pull_request_target', { pull_request: { number: 13 } }, 13],
    ['pull_request_review', { pull_request: { number: 14 } }, 14],
    ['issue_comment', { issue: { number: 15, pull_request: { url: 'x' } } }, 15],
    ['issue_comment', { issue: { number: 16 } }, null], // a comment on an issue, not a PR
    ['workflow_run', { workflow_run: { pull_requests: [{ number: 17 }] } }, 17],
    ['workflow_run', { workflow_run: { pull_requests: [] } }, null], // fork: GitHub leaves it empty
    ['push', { pull_request: { number: 18 } }, null],
    ['schedule', {}, null],
    ['workflow_dispatch', { inputs: {} }, null],
    ['pull_request', {}, null], // a payload without a number
    ['pull_request', { pull_request: { number: '19' } }, null],
    ['pull_request', null, null],
  ])('%s %j → %s', (event, payload, expected) => {
    expect(pullRequestNumber(event, payload)).toBe(expected);
  });
});

describe('readContext', () => {
  const files: Record<string, string> = { '/ev.json': JSON.stringify({ pull_request: { number: 4 } }) };
  const read = (p: string) => {
    const t = files[p];
    if (t === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
    return t;
  };

  it('reads the runner environment', () => {
    const c = readContext(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: '/ev.json',
        GITHUB_REPOSITORY: 'acme/models',
        GITHUB_SERVER_URL: 'https://ghe.test',
        GITHUB_API_URL: 'https://ghe.test/api/v3',
        GITHUB_RUN_ID: '99',
        ACTIONS_RUNTIME_TOKEN: 't',
        RUNNER_TEMP: '/runner/tmp',
      },
      '/ws',
      read,
    );
    expect(c).toEqual({
      cwd: '/ws',
      eventName: 'pull_request',
      pullRequest: 4,
      repository: { owner: 'acme', repo: 'models' },
      serverUrl: 'https://ghe.test',
      apiUrl: 'https://ghe.test/api/v3',
      runId: 99,
      hasRuntimeToken: true,
      note: null,
      tempDir: '/runner/tmp',
      pushEnv: {
        MODEL_GATE_PUSH_TOKEN: undefined,
        MODEL_GATE_PUSH_USERNAME: undefined,
        MODEL_GATE_PUSH_PASSWORD: undefined,
      },
    });
  });

  it('outside a runner: public GitHub defaults, no repository, no runtime token', () => {
    expect(readContext({}, '/ws', read)).toMatchObject({
      eventName: '',
      pullRequest: null,
      repository: null,
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runId: null,
      hasRuntimeToken: false,
    });
  });

  it('an unreadable event file is a note, not a crash', () => {
    const c = readContext(
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/missing.json' },
      '/ws',
      read,
    );
    expect(c.pullRequest).toBeNull();
    expect(c.note).toContain('/missing.json could not be read');
  });
});
