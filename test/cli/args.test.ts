import { describe, expect, it } from 'vitest';
import { parseArgs, renderUsage } from '../../src/cli/args.js';
import { GateError } from '../../src/errors.js';

describe('parseArgs', () => {
  it.each([
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['run', '-h'], { command: 'help' }],
    [['--version'], { command: 'version' }],
    [['run'], { command: 'run', quiet: false, pushLabels: {} }],
    [
      ['run', '--config', 'g.yml', '--holdout=h.parquet', '--fail-on', 'warn', '-q'],
      { command: 'run', config: 'g.yml', holdout: 'h.parquet', failOn: 'warn', quiet: true, pushLabels: {} },
    ],
    [
      ['run', '--task', 'binary', '--target', 'y', '--score', 's', '--id', 'rid', '--out', 'r'],
      {
        command: 'run',
        task: 'binary',
        target: 'y',
        score: 's',
        id: 'rid',
        out: 'r',
        quiet: false,
        pushLabels: {},
      },
    ],
    [
      ['run', '--format', 'json,html,json'],
      { command: 'run', formats: ['json', 'html'], quiet: false, pushLabels: {} },
    ],
    [
      [
        'run',
        '--push-gateway',
        'http://gw:9091',
        '--push-job',
        'drift',
        '--push-label',
        'team=risk',
        '--push-label=env=prod',
      ],
      {
        command: 'run',
        pushGateway: 'http://gw:9091',
        pushJob: 'drift',
        pushLabels: { team: 'risk', env: 'prod' },
        quiet: false,
      },
    ],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [['train'], "unknown command 'train' (commands: run, profile, rules; see model-gate --help)"],
    [['run', '--holdot', 'x'], "unknown option '--holdot' for model-gate run (see model-gate --help)"],
    [['run', 'extra'], "unknown argument 'extra' for model-gate run (see model-gate --help)"],
    [['run', '--config'], 'option --config needs a value'],
    [['run', '--config', '--task', 'binary'], 'option --config needs a value'],
    [['run', '--out='], 'option --out needs a value, got an empty string'],
    [['run', '--fail-on', 'always'], "option --fail-on must be one of fail, warn, never, got 'always'"],
    [
      ['run', '--format', 'json,pdf'],
      "option --format takes a comma-separated list of json, md, html, junit, prom, got 'pdf'",
    ],
  ])('%j is a usage error', (argv, message) => {
    let err: unknown;
    try {
      parseArgs(argv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GateError);
    expect((err as GateError).code).toBe('usage');
    expect((err as GateError).message).toBe(message);
  });

  it('usage names every flag the parser accepts', () => {
    const usage = renderUsage('1.2.3');
    for (const flag of [
      '--config',
      '--holdout',
      '--baseline',
      '--reference',
      '--current',
      '--task',
      '--target',
    ])
      expect(usage).toContain(flag);
    for (const flag of [
      '--prediction',
      '--score',
      '--id',
      '--out',
      '--format',
      '--fail-on',
      '--gate-id',
      '--quiet',
    ])
      expect(usage).toContain(flag);
  });
});
