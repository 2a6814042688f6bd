// The Pushgateway push (issue 10) against the real prometheus-pushgateway (Debian package; .ci/run installs
// it), started on 127.0.0.1 on a free port, and promtool checking what model-gate writes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGateError } from '../../src/errors.js';
import { parseLabel, pushTarget } from '../../src/prometheus/push.js';
import { runCli } from '../helpers/cli.js';
import { writeTinyScenario } from '../helpers/tiny-dataset.js';

const GATEWAY = '/usr/bin/prometheus-pushgateway';
const PROMTOOL = '/usr/bin/promtool';
const have = existsSync(GATEWAY) && existsSync(PROMTOOL);
if (!have && process.env.CI)
  throw new Error('prometheus-pushgateway and promtool are required in CI (.ci/run installs them)');

const usage = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isGateError(e) && e.code === 'usage') return e.message;
    throw e;
  }
  return 'no error';
};

describe('push settings are checked before any work', () => {
  it.each<[string, () => unknown, string]>([
    [
      'not http(s)',
      () => pushTarget({ url: 'ftp://gw:9091', job: 'j', labels: {} }, 'g', {}),
      "push gateway must be an http(s) URL, got 'ftp://gw:9091'",
    ],
    [
      'not a URL',
      () => pushTarget({ url: 'gateway', job: 'j', labels: {} }, 'g', {}),
      "push gateway must be an http(s) URL, got 'gateway'",
    ],
    [
      'a bad label name',
      () => parseLabel('team-name=x', 'option --push-label'),
      "option --push-label takes name=value with a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*), got 'team-name=x'",
    ],
    [
      'a line break in a value',
      () => parseLabel('team=a\nb', 'option --push-label'),
      "option --push-label value for 'team' holds a line break",
    ],
    [
      'a grouping label taken',
      () => pushTarget({ url: 'http://gw', job: 'j', labels: { gate: 'x' } }, 'g', {}),
      "push labels may not set 'gate' or 'job' (the grouping has them already)",
    ],
  ])('%s', (_label, f, line) => {
    expect(usage(f)).toBe(line);
  });

  it('groups by job and gate (base64url), credentials from the environment only', () => {
    const t = pushTarget(
      { url: 'https://gw.example:9091/base/', job: 'model-gate', labels: { team: 'a/b "q"' } },
      'fraud',
      {
        MODEL_GATE_PUSH_TOKEN: 'tok',
      },
    );
    expect(t.url).toBe(
      `https://gw.example:9091/base/metrics/job@base64/${Buffer.from('model-gate').toString('base64url')}/gate@base64/${Buffer.from('fraud').toString('base64url')}/team@base64/${Buffer.from('a/b "q"').toString('base64url')}`,
    );
    expect(t.headers.authorization).toBe('Bearer tok');
    const basic = pushTarget({ url: 'http://gw', job: 'j', labels: {} }, 'g', {
      MODEL_GATE_PUSH_USERNAME: 'u',
      MODEL_GATE_PUSH_PASSWORD: 'p',
    });
    expect(basic.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });
});

/** a port nothing listens on (listened on once, then closed) */
const freePort = (): Promise<number> =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

describe.runIf(have)('against a real Pushgateway', () => {
  let gateway: ChildProcess;
  let port = 0;
  let dir = '';
  beforeAll(async () => {
    port = await freePort();
    gateway = spawn(GATEWAY, [`--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
    for (let k = 0; k < 100; k++) {
      const up = await fetch(`http://127.0.0.1:${port}/-/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    dir = mkdtempSync(join(tmpdir(), 'mg-push-'));
    writeTinyScenario(dir, { passing: true });
  }, 20_000);
  afterAll(() => {
    gateway?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (argv: string[]) => runCli(argv, dir);

  it('PUTs the metrics.prom text under job and gate; /metrics serves it back', async () => {
    const r = await cli([
      'run',
      '--out',
      'out',
      '-q',
      '--gate-id',
      'fraud',
      '--push-gateway',
      `http://127.0.0.1:${port}`,
      '--push-label',
      'team=risk',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const served = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(served).toMatch(
      /^model_gate_verdict\{gate="fraud",instance="",job="model-gate",team="risk"\} 0$/m,
    );
    expect(served).toMatch(
      /^model_gate_dataset_drift_share\{gate="fraud",instance="",job="model-gate",team="risk"\} /m,
    );
    // what was written is what was pushed, and promtool accepts it
    const written = readFileSync(join(dir, 'out', 'metrics.prom'), 'utf8');
    const check = spawnSync(PROMTOOL, ['check', 'metrics'], { input: written, encoding: 'utf8' });
    expect(check.status, check.stderr + check.stdout).toBe(0);
  });

  it('a gateway answering 404 or unreachable: one warning line, the verdict and exit code unchanged', async () => {
    const wrong = await cli([
      'run',
      '--out',
      'out2',
      '-q',
      '--push-gateway',
      `http://127.0.0.1:${port}/nowhere`,
    ]);
    expect(wrong.code).toBe(0);
    expect(wrong.stderr).toMatch(
      new RegExp(
        `^model-gate: warning: push to http://127\\.0\\.0\\.1:${port}/nowhere failed: HTTP 404.*; the verdict does not depend on it\\n$`,
      ),
    );
    const nobody = await freePort();
    const closed = await cli(['run', '--out', 'out3', '-q', '--push-gateway', `http://127.0.0.1:${nobody}`]);
    expect(closed.code).toBe(0);
    expect(closed.stderr).toBe(
      `model-gate: warning: push to http://127.0.0.1:${nobody} failed: ECONNREFUSED; the verdict does not depend on it\n`,
    );
  });

  it('a malformed flag is exit 2 before any work', async () => {
    const r = await cli(['run', '--out', 'out4', '--push-gateway', 'ftp://x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("model-gate: push gateway must be an http(s) URL, got 'ftp://x'\n");
    expect(existsSync(join(dir, 'out4'))).toBe(false);
  });
});
