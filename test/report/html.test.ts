import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { SAMPLES, binaryReport, hostileReport, effectRuleReport } from './samples.js';

describe('renderHtml', () => {
  it('is one self-contained page: no external resource, a CSP that admits only its own script', () => {
    const html = renderHtml(binaryReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
  });

  it('puts the verdict first, then checks, performance, drift, quality', () => {
    const html = renderHtml(binaryReport());
    const order = [
      'class="banner fail"',
      'id="checks"',
      'id="performance"',
      'id="drift"',
      'id="quality"',
      'id="details"',
    ].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('draws curves, the confusion matrix, forest rows and drifted-feature histograms as inline SVG', () => {
    const html = renderHtml(binaryReport());
    expect(html).toContain('aria-label="ROC curve"');
    expect(html).toContain('aria-label="Precision-recall curve"');
    expect(html).toContain('aria-label="Calibration"');
    expect(html).toContain('<table class="confusion">');
    expect(html.match(/class="forest"/g)).toHaveLength(9);
    // one histogram per drifted feature (4) plus prediction drift
    expect(html.match(/reference vs current"/g)).toHaveLength(5);
    for (const svg of html.match(/<svg[^>]*>/g) ?? []) expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
  });

  it('has a sortable drift table with one row per feature, most drifted first', () => {
    const html = renderHtml(binaryReport());
    const table = /<table class="sortable" id="drift-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(table.match(/<tr>/g)).toHaveLength(31); // header + 30 features
    expect(table).toMatch(/<th data-type="num"><button type="button">Score<\/button><\/th>/);
    const names = [...table.matchAll(/<td class="name" data-v="([^"]*)"/g)].map((m) => m[1]);
    expect(names.slice(0, 4)).toEqual(['amount', 'balance', 'avg_ticket', 'country']);
    expect(names.at(-1)).toBe('legacy_flag');
  });

  it('shows a drift.min_effect floor beside the threshold, and a significant result it kept out of drift', () => {
    const report = binaryReport();
    const f = report.drift!.features.find((x) => !x.skipped)!;
    Object.assign(f, {
      method: 'ks',
      score: 1e-9,
      threshold: 0.05,
      drifted: false,
      effect: { measure: 'ks_statistic', value: 0.0201, min: 0.05, significant: true },
    });
    const html = renderHtml(report);
    const row =
      new RegExp(
        `<tr><td class="num" data-v="\\d+">\\d+</td><td class="name" data-v="${f.name}">[\\s\\S]*?</tr>`,
      ).exec(html)?.[0] ?? '';
    expect(row).toContain('< 0.05 · D ≥ 0.05');
    expect(row).toContain('significant, D 0.0201 below the floor');
    Object.assign(f, { drifted: true, effect: { ...f.effect!, value: 0.2 } });
    expect(renderHtml(report)).not.toContain('below the floor');
  });

  it('shows the interval and the lower-end rule under drift.decide_on: effect', () => {
    const { report, feature: f } = effectRuleReport();
    const html = renderHtml(report);
    const row =
      new RegExp(
        `<tr><td class="num" data-v="\\d+">\\d+</td><td class="name" data-v="${f.name}">[\\s\\S]*?</tr>`,
      ).exec(html)?.[0] ?? '';
    expect(row).toContain('0.142 <span class="muted">[0.118, 0.166]</span>');
    expect(row).toContain('lower end ≥ 0.1');
    expect(html).toContain('Decided on effect: a distance drifts when the lower end of its 95% interval');
  });

  it.each(Object.keys(SAMPLES))('renders the %s sample without NaN or Infinity', (name) => {
    const html = renderHtml(SAMPLES[name]!()).replace(/<script>[\s\S]*<\/script>/, '');
    expect(html).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  });

  it('escapes every hostile string: the only script is its own, no injected element or attribute', () => {
    const html = renderHtml(hostileReport());
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>cat/i);
    // with quoted attribute values blanked (escapeHtml escapes quotes), no element has an injected handler
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[a-z]+[^>]*\sonerror=/i);
    expect(html).not.toContain('\u202e');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('stays under a few MB for 500 features and 10,000 categories', () => {
    const html = renderHtml(hostileReport());
    expect(Buffer.byteLength(html)).toBeLessThan(3 * 1024 * 1024);
    // histograms are capped, categories folded into "(other …)"
    expect(html.match(/reference vs current"/g)!.length).toBeLessThanOrEqual(41);
    expect(html).toContain('(other 9,971)');
  });

  it('renders without performance, without drift, and regression without curves', () => {
    expect(renderHtml(SAMPLES.driftOnly!())).not.toContain('id="performance"');
    const multi = renderHtml(SAMPLES.multiclass!());
    expect(multi).not.toContain('id="drift"');
    expect(multi).toContain('<table class="confusion">');
    expect(multi).not.toContain('ROC curve');
    const reg = renderHtml(SAMPLES.regression!());
    expect(reg).not.toContain('<h3>Curves</h3>');
    expect(reg).toContain('worsening ≤ 2%');
  });
});
