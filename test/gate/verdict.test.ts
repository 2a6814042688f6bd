import { describe, expect, it } from 'vitest';
import { blockingChecks, reachesFailOn, summarize, verdictOf } from '../../src/gate/verdict.js';
import type { Check, CheckStatus } from '../../src/contract/report.js';

const check = (id: string, status: CheckStatus): Check => ({
  id,
  group: 'drift',
  subject: id,
  status,
  severity: status === 'warn' ? 'warn' : 'fail',
  value: null,
  threshold: null,
  message: id,
});

describe('verdict', () => {
  it.each([
    [[], 'pass'],
    [['pass', 'skip'], 'pass'],
    [['pass', 'warn', 'skip'], 'warn'],
    [['warn', 'fail', 'pass'], 'fail'],
  ] as [CheckStatus[], string][])('%j → %s', (statuses, verdict) => {
    expect(verdictOf(statuses.map((s, i) => check(`c${i}`, s)))).toBe(verdict);
  });

  it('counts checks by status', () => {
    const checks = (['pass', 'pass', 'warn', 'fail', 'skip'] as const).map((s, i) => check(`c${i}`, s));
    expect(summarize(checks)).toEqual({ passed: 2, warned: 1, failed: 1, skipped: 1 });
  });

  it.each([
    ['pass', 'fail', false],
    ['warn', 'fail', false],
    ['fail', 'fail', true],
    ['warn', 'warn', true],
    ['pass', 'warn', false],
    ['fail', 'never', false],
  ] as const)('verdict %s with fail_on %s exits non-zero: %s', (verdict, failOn, expected) => {
    expect(reachesFailOn(verdict, failOn)).toBe(expected);
  });

  it('names the checks that block', () => {
    const checks = [check('a', 'fail'), check('b', 'warn'), check('c', 'pass')];
    expect(blockingChecks(checks, 'fail').map((c) => c.id)).toEqual(['a']);
    expect(blockingChecks(checks, 'warn').map((c) => c.id)).toEqual(['a', 'b']);
    expect(blockingChecks(checks, 'never')).toEqual([]);
  });
});
