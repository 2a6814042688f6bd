import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import type { Report } from '../../src/contract/report.js';
import { SAMPLES, binaryReport, hostileReport } from './samples.js';

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

describe('renderJunit', () => {
  it.each(Object.keys(SAMPLES))('%s: one test case per check, failures and skips counted', (name) => {
    const r = SAMPLES[name]!();
    const xml = renderJunit(r);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(count(xml, /<testcase /g)).toBe(r.checks.length);
    expect(count(xml, /<failure /g)).toBe(r.summary.failed);
    expect(count(xml, /<skipped /g)).toBe(r.summary.skipped);
    expect(count(xml, /<system-out>WARNING: /g)).toBe(r.summary.warned);
    expect(xml).toContain(
      `<testsuites name="model-gate ${r.gateId.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}" tests="${r.checks.length}" failures="${r.summary.failed}" errors="0" skipped="${r.summary.skipped}"`,
    );
    // suites add up to the totals
    const suites = [...xml.matchAll(/<testsuite name="[^"]*" tests="(\d+)" failures="(\d+)"/g)];
    expect(suites.reduce((a, m) => a + Number(m[1]), 0)).toBe(r.checks.length);
  });

  it('writes classname = group and name = check id', () => {
    const xml = renderJunit(binaryReport());
    expect(xml).toContain(
      '<testcase classname="performance" name="performance.roc_auc.max_regression" time="0">',
    );
    expect(xml).toContain('<failure type="fail" message="roc_auc fell 0.009 vs baseline; allowed 0.005">');
  });

  it('makes warnings failures only when fail_on is warn', () => {
    const r: Report = { ...binaryReport() };
    r.settings = { ...r.settings, fail_on: 'warn' };
    const xml = renderJunit(r);
    expect(count(xml, /<failure type="warning"/g)).toBe(r.summary.warned);
    expect(count(xml, /<failure /g)).toBe(r.summary.failed + r.summary.warned);
    expect(xml).not.toContain('<system-out>');
  });

  it('escapes hostile names and characters XML forbids', () => {
    const r = hostileReport();
    r.checks[0]!.message = 'bell\u0007 esc\u001b <x> & "q"';
    const xml = renderJunit(r);
    expect(xml).not.toMatch(/<script|<img|<b>/);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('bell\ufffd esc\ufffd &lt;x&gt; &amp; &quot;q&quot;');
    expect(xml).not.toMatch(/NaN|Infinity/);
  });
});
