/**
 * The verdict (DESIGN §6): `fail` if any check failed with severity fail, else `warn` if any check failed
 * with severity warn, else `pass`. A check's status already carries its severity: a broken rule of
 * severity `fail` has status `fail`, of severity `warn` status `warn` (see `brokenStatus`).
 */
import type { FailOn } from '../config/types.js';
import type { Severity } from '../contract/kinds.js';
import type { Check, CheckStatus, Verdict } from '../contract/report.js';

/** the status of a check whose rule is broken */
export function brokenStatus(severity: Severity): CheckStatus {
  return severity === 'fail' ? 'fail' : 'warn';
}

/**
 * A rule's status under performance.decide_on (metric, serving and shadow rules alike): point — broken when
 * the point estimate breaks it; interval — broken when the whole interval does, a warning when only the
 * point does. Without an interval (null) the point decides either way.
 */
export function decidedStatus(
  decideOn: 'point' | 'interval',
  severity: Severity,
  pointBreaks: boolean,
  intervalBreaks: boolean | null,
): CheckStatus {
  if (decideOn === 'point' || intervalBreaks === null) return pointBreaks ? brokenStatus(severity) : 'pass';
  if (intervalBreaks) return brokenStatus(severity);
  return pointBreaks ? 'warn' : 'pass';
}

export function verdictOf(checks: readonly Check[]): Verdict {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  if (checks.some((c) => c.status === 'warn')) return 'warn';
  return 'pass';
}

export function summarize(checks: readonly Check[]): {
  passed: number;
  warned: number;
  failed: number;
  skipped: number;
} {
  const s = { passed: 0, warned: 0, failed: 0, skipped: 0 };
  for (const c of checks) {
    if (c.status === 'pass') s.passed++;
    else if (c.status === 'warn') s.warned++;
    else if (c.status === 'fail') s.failed++;
    else s.skipped++;
  }
  return s;
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

/** true when the verdict reaches `fail_on`: the CLI exits 1 and the action fails the check */
export function reachesFailOn(verdict: Verdict, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return RANK[verdict] >= RANK[failOn];
}

/** the checks that make the verdict what it is (status fail, or warn when fail_on is warn) */
export function blockingChecks(checks: readonly Check[], failOn: FailOn): Check[] {
  if (failOn === 'never') return [];
  return checks.filter((c) => c.status === 'fail' || (failOn === 'warn' && c.status === 'warn'));
}
