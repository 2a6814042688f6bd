import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import {
  commentMarker,
  renderMarkdown,
  SHOWN_WARNINGS,
  SUMMARY_MAX_CHARS,
} from '../../src/report/markdown.js';
import { SAMPLES, binaryReport, hostileReport, effectRuleReport } from './samples.js';

const html = (md: string): string => String(marked.parse(md, { gfm: true, async: false }));
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('renderMarkdown', () => {
  it('starts with the hidden marker and the verdict line', () => {
    const md = renderMarkdown(binaryReport());
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- model-gate:fraud-model -->');
    expect(lines[2]).toBe('## ❌ model-gate: **FAIL** — fraud-model');
    expect(lines[4]).toBe('**1** failed · **7** warned · 62 passed · 1 skipped');
  });

  it('shows the interval and the lower-end rule under drift.decide_on: effect', () => {
    const { report } = effectRuleReport();
    const md = renderMarkdown(report);
    expect(md).toContain('| 0.142 [0.118, 0.166] | lower end ≥ 0.1 |');
    expect(md).toContain('Decided on effect: a distance drifts when the lower end of its 95% interval');
    expect(renderMarkdown(binaryReport())).not.toContain('lower end');
  });

  it('uses options.gateId and reduces the marker to safe characters', () => {
    expect(renderMarkdown(binaryReport(), { gateId: 'other' }).split('\n')[0]).toBe(
      '<!-- model-gate:other -->',
    );
    expect(commentMarker('a b-->c')).toBe('<!-- model-gate:a-b---c -->');
    expect(renderMarkdown(hostileReport()).split('\n')[0]).toBe('<!-- model-gate:hostile-script---x -->');
  });

  it('orders the sections: verdict, problems, metrics, drift, quality, folded rest', () => {
    const md = renderMarkdown(binaryReport());
    const at = (s: string): number => {
      const i = md.indexOf(s);
      expect(i, s).toBeGreaterThan(-1);
      return i;
    };
    const order = [
      '## ❌',
      '### Failing and warning checks',
      '### Performance (binary)',
      '### Drift',
      '### Data quality',
      '<summary>Passing and skipped checks',
      '<summary>Settings</summary>',
    ].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // fail before warn in the problem list
    expect(at('❌ **performance.roc\\_auc.max\\_regression**')).toBeLessThan(at('⚠️ **drift.amount**'));
  });

  it('lists drifted features most drifted first, with the rule and a bar', () => {
    const md = renderMarkdown(binaryReport());
    const drift = md.slice(md.indexOf('### Drift'), md.indexOf('```mermaid'));
    const names = [...drift.matchAll(/^\| ([a-z_\\]+) \| (?:numerical|categorical)/gm)].map((m) => m[1]);
    expect(names).toEqual(['amount', 'balance', 'avg\\_ticket', 'country']);
    expect(drift).toContain('| amount | numerical | wasserstein | 0.906 | ≥ 0.1 | ⚠️ warn | ▇▇▇▇▇ |');
  });

  it('lists failing checks and the first warnings, folding the rest', () => {
    expect(renderMarkdown(binaryReport())).not.toContain('more warnings');
    const md = renderMarkdown(hostileReport(), { maxChars: SUMMARY_MAX_CHARS });
    const section = md.slice(md.indexOf('### Failing'), md.indexOf('### Performance'));
    const listed = section.slice(0, section.indexOf('<details>'));
    expect(listed.match(/^- ❌/gm)).toHaveLength(3);
    // within a status, by group: performance, then drift, then quality
    expect([...listed.matchAll(/^- ❌ \*\*([a-z_.\\]+)\*\*/gm)].map((m) => m[1])).toEqual([
      'performance.roc\\_auc.min',
      'drift.dataset',
      'quality.schema',
    ]);
    expect(listed.match(/^- ⚠️/gm)).toHaveLength(SHOWN_WARNINGS);
    expect(section).toContain(`<details><summary>${598 - SHOWN_WARNINGS} more warnings</summary>`);
  });

  it('shows the metric table with delta intervals and rules', () => {
    const md = renderMarkdown(binaryReport());
    expect(md).toContain(
      '| roc\\_auc | 0.912 | 0.921 | −0.0090 (−0.0134 to −0.0054) | worsening ≤ 0.005 | ❌ fail |',
    );
    expect(md).toContain('| Metric | Candidate | Baseline | Δ (95% CI) | Rule | Status |');
  });

  it('draws a Mermaid xychart for the most drifted feature', () => {
    const md = renderMarkdown(binaryReport());
    expect(md).toMatch(/```mermaid\nxychart-beta\n {2}title "amount"/);
    expect(renderMarkdown(binaryReport(), { chart: false })).not.toContain('mermaid');
    const calm = binaryReport();
    for (const f of calm.drift!.features) f.drifted = false;
    expect(renderMarkdown(calm)).not.toContain('mermaid');
  });

  it.each(Object.keys(SAMPLES))('renders the %s sample without NaN, Infinity or broken details', (name) => {
    const sample = SAMPLES[name];
    if (!sample) throw new Error(name);
    for (const maxChars of [undefined, SUMMARY_MAX_CHARS]) {
      const md = renderMarkdown(sample(), { maxChars });
      expect(md).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
      expect(md.match(/<details>/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
    }
  });

  it('prints n/a where a number is undefined', () => {
    const md = renderMarkdown(hostileReport(), { maxChars: SUMMARY_MAX_CHARS });
    expect(md).toMatch(/\| roc\\_auc \| n\/a \| 0\.921 \|/);
    expect(md).toContain('(n/a; dataset drift at ≥ 50%');
  });

  it('lets no hostile input inject HTML, ping a user, link an issue or break a table', () => {
    for (const maxChars of [undefined, SUMMARY_MAX_CHARS]) {
      const md = renderMarkdown(hostileReport(), { maxChars });
      const out = html(md);
      expect(out).not.toMatch(/<script|<img|<b>|<a href="http:\/\/e"|<[a-z]+[^>]*\sonerror=/i);
      expect(md).not.toMatch(/@(?!&#8203;)\w/); // every @ is followed by a zero-width space
      expect(md).not.toMatch(/(?<!&)#(?!&#8203;)\d/); // every #123 is broken up
      // the only HTML comment is our marker, the only details/summary tags are ours
      expect(md.match(/<!--/g)).toHaveLength(1);
      expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
      // every table row has as many cells as its header
      const rows = out.match(/<table>[\s\S]*?<\/table>/g) ?? [];
      expect(rows.length).toBeGreaterThan(0);
      for (const t of rows) {
        const width = (t.match(/<thead>[\s\S]*?<\/thead>/)?.[0].match(/<th[ >]/g) ?? []).length;
        for (const tr of t.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
          expect(tr.match(/<td[ >]/g)?.length).toBe(width);
        }
      }
    }
  });

  it('keeps the hostile report under the comment and summary limits and says what it trimmed', () => {
    const comment = renderMarkdown(hostileReport(), { reportUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(comment.length).toBeLessThan(65_536);
    expect(bytes(comment)).toBeLessThanOrEqual(65_000);
    expect(comment).toMatch(/Trimmed to fit GitHub's size limit: .*drift rows without drift.* left out/);
    expect(comment).toContain('[the full report](https://github.com/o/r/actions/runs/1)');
    // the failing checks survive trimming
    expect(comment).toContain('❌ **drift.dataset**');
    expect(comment).toContain('❌ **performance.roc\\_auc.min**');
    const summary = renderMarkdown(hostileReport(), { maxChars: SUMMARY_MAX_CHARS });
    expect(bytes(summary)).toBeLessThan(1024 * 1024);
  });

  it('names the artifact when there is no URL, and does not trim what fits', () => {
    const small = renderMarkdown(hostileReport(), { maxChars: 20_000 });
    expect(bytes(small)).toBeLessThanOrEqual(20_000);
    expect(small).toContain('Everything is in the report artifact');
    expect(renderMarkdown(binaryReport())).not.toContain('Trimmed');
  });

  it('ignores a report URL that is not http(s)', () => {
    const md = renderMarkdown(hostileReport(), { reportUrl: 'javascript:alert(1)' });
    expect(md).not.toContain('javascript:');
  });

  it('renders reports without performance or without drift', () => {
    const noPerf = renderMarkdown(SAMPLES.driftOnly!());
    expect(noPerf).not.toContain('### Performance');
    expect(noPerf).toContain('performance skipped: no holdout input');
    const noDrift = renderMarkdown(SAMPLES.multiclass!());
    expect(noDrift).not.toContain('### Drift');
    expect(noDrift).toContain('| Metric | Candidate (95% CI) | Rule | Status |');
    expect(noDrift).toContain('| accuracy | 0.874 (0.867 to 0.879) | ≥ 0.85 | ✅ pass |');
  });

  it('is fast enough on the hostile report', () => {
    const t = performance.now();
    renderMarkdown(hostileReport());
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});
