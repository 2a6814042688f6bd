/**
 * JUnit XML for test-report tools (dorny/test-reporter, mikepenz/action-junit-report, Jenkins, GitLab):
 * one <testsuite> per check group, one <testcase> per check (classname = group, name = check id).
 *
 * - status fail → <failure type="fail"> with the message, value and threshold;
 * - status skip → <skipped message="…">;
 * - status warn → a passed test case with a <system-out> "WARNING: …" note, because every test-report tool
 *   counts a <failure> as a red run, and a warning does not fail the gate under the default `fail_on: fail`.
 *   When the report's settings say `fail_on: warn`, warnings do block the gate, and then they are written as
 *   <failure type="warning"> so the tool shows what blocked it;
 * - status pass → an empty passed test case.
 * Text goes through `escapeXml` (entities plus characters XML 1.0 forbids). Times are 0: checks are not timed.
 */
import type { Check, CheckGroup, Report } from '../contract/report.js';
import { escapeXml } from './escape.js';
import { formatRaw } from './format.js';
import { statusOf } from './view.js';

const GROUP_ORDER: CheckGroup[] = [
  'inputs',
  'performance',
  'segments',
  'drift',
  'prediction_drift',
  'quality',
  'serving',
  'shadow',
  'baseline',
];

function failOn(report: Report): string {
  const v = (report.settings as { fail_on?: unknown } | null)?.fail_on;
  return v === 'warn' || v === 'never' ? v : 'fail';
}

function detail(c: Check): string {
  return `${c.message}\nvalue: ${formatRaw(c.value) ?? 'n/a'}\nthreshold: ${formatRaw(c.threshold) ?? 'n/a'}\nseverity: ${c.severity}`;
}

function testcase(c: Check, warnFails: boolean): string {
  const open = `    <testcase classname="${escapeXml(c.group)}" name="${escapeXml(c.id)}" time="0"`;
  const status = statusOf(c.status);
  if (status === 'pass') return `${open}/>`;
  let body: string;
  if (status === 'fail' || (status === 'warn' && warnFails)) {
    const type = status === 'fail' ? 'fail' : 'warning';
    body = `      <failure type="${type}" message="${escapeXml(c.message)}">${escapeXml(detail(c))}</failure>`;
  } else if (status === 'skip') {
    body = `      <skipped message="${escapeXml(c.message)}"/>`;
  } else {
    body = `      <system-out>${escapeXml(`WARNING: ${detail(c)}`)}</system-out>`;
  }
  return `${open}>\n${body}\n    </testcase>`;
}

export function renderJunit(report: Report): string {
  const warnFails = failOn(report) === 'warn';
  const checks = report.checks ?? [];
  const groups = [
    ...GROUP_ORDER,
    ...new Set(checks.map((c) => c.group).filter((g) => !GROUP_ORDER.includes(g))),
  ];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const stamp = escapeXml(String(report.createdAt ?? '').replace(/Z$/, ''));
  for (const group of groups) {
    const list = checks.filter((c) => c.group === group);
    if (list.length === 0) continue;
    const f = list.filter((c) => c.status === 'fail' || (warnFails && c.status === 'warn')).length;
    const s = list.filter((c) => c.status === 'skip').length;
    tests += list.length;
    failures += f;
    skipped += s;
    suites.push(
      `  <testsuite name="${escapeXml(`model-gate.${group}`)}" tests="${list.length}" failures="${f}" errors="0" skipped="${s}" time="0" timestamp="${stamp}">\n` +
        list.map((c) => testcase(c, warnFails)).join('\n') +
        '\n  </testsuite>',
    );
  }
  const name = escapeXml(`model-gate ${report.gateId ?? ''}`.trim());
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="${name}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">\n` +
    (suites.length ? suites.join('\n') + '\n' : '') +
    '</testsuites>\n'
  );
}
