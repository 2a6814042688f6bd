/**
 * The HTML report: one self-contained file that works offline (DESIGN §8). No network at view time: no
 * CDN, no web fonts, a Content-Security-Policy of `default-src 'none'` that admits only the inline style
 * and the one inline script (by its SHA-256). Charts are inline SVG from ./svg.ts.
 *
 * Layout: verdict banner, failing and warning checks, performance (metrics table with a forest-plot row
 * per delta, ROC / PR / calibration curves, confusion matrix), drift (summary, prediction drift, sortable
 * table of every feature, histogram overlays for drifted features), data quality, then inputs, settings,
 * all checks and skipped sections folded in <details>. Readable from 390 px (tables scroll sideways,
 * charts stack) to 1600 px (charts side by side, content width capped).
 *
 * Size: the file carries summaries, never rows; histograms are drawn for at most HTML_MAX_HISTOGRAMS
 * drifted features with at most HTML_MAX_BINS bins each, and the confusion matrix for at most
 * HTML_MAX_CLASSES classes, so it stays well under a few MB whatever the input.
 */
import { belowFloor, floorText, resolutionCell } from './html-drift-cells.js';
import {
  baselineRunSection,
  estimatedSection,
  multivariateSection,
  servingSection,
  shadowSection,
} from './html-release.js';
import { createHash } from 'node:crypto';
import type { DriftFeature, Histogram, Report } from '../contract/report.js';

import { countOf, finite, formatCount, formatNumber, formatPercent, formatScore, NA } from './format.js';
import { COLORS, histogramChart, strengthSvg } from './svg.js';
import {
  checksBySubject,
  driftStatus,
  driftIntervalText,
  driftStrength,
  driftWhenText,
  familyLine,
  flattenSettings,
  isPValueMethod,
  shares,
  sortChecks,
  sortDrift,
  verdictOf,
} from './view.js';
import { CSS, SORT_SCRIPT } from './html-assets.js';
import {
  HTML_MAX_HISTOGRAMS,
  HTML_MAX_BINS,
  esc,
  name,
  STATUS_SYMBOL,
  statusSpan,
  tableHtml,
  checkItem,
} from './html-parts.js';
import { performanceSection } from './html-performance.js';
export { HTML_MAX_BINS, HTML_MAX_CLASSES, HTML_MAX_HISTOGRAMS } from './html-parts.js';

/** failing checks all shown; warnings beyond this many are folded */
const SHOWN_WARNINGS = 8;

function header(r: Report): string {
  const v = verdictOf(r);
  const s = r.summary ?? { passed: 0, warned: 0, failed: 0, skipped: 0 };
  const sections = [
    ['checks', 'Checks'],
    ...(r.performance ? [['performance', 'Performance']] : []),
    ...(r.drift || r.predictionDrift ? [['drift', 'Drift']] : []),
    ...(r.quality ? [['quality', 'Data quality']] : []),
    ['details', 'Inputs and settings'],
  ];
  return (
    `<header class="banner ${v}"><h1><span class="status ${v}">${STATUS_SYMBOL[v]}</span> ${v.toUpperCase()} <span class="muted">· model-gate ${name(r.gateId)}</span></h1>` +
    `<div class="counts"><span><b>${formatCount(s.failed)}</b> failed</span><span><b>${formatCount(s.warned)}</b> warned</span>` +
    `<span><b>${formatCount(s.passed)}</b> passed</span><span><b>${formatCount(s.skipped)}</b> skipped</span></div>` +
    `<div class="muted">${esc(r.tool?.name ?? 'model-gate')} ${esc(r.tool?.version ?? '', 20)} · ${esc(r.createdAt ?? '', 40)}</div></header>` +
    `<nav aria-label="sections">${sections.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav>`
  );
}

function checksSection(r: Report): string {
  const sorted = sortChecks(r.checks ?? []);
  const problems = sorted.filter((c) => c.status === 'fail' || c.status === 'warn');
  const failing = problems.filter((c) => c.status === 'fail');
  const warning = problems.filter((c) => c.status !== 'fail');
  const shown = [...failing, ...warning.slice(0, SHOWN_WARNINGS)];
  const folded = warning.slice(SHOWN_WARNINGS);
  const list = problems.length
    ? `<ul class="checks">${shown.map(checkItem).join('\n')}</ul>` +
      (folded.length
        ? `<details><summary>${countOf(folded.length, 'more warning')}</summary><ul class="checks">${folded.map(checkItem).join('\n')}</ul></details>`
        : '')
    : '<p>No check failed or warned.</p>';
  const all = tableHtml(
    ['Check', 'Status', 'Severity', 'Value', 'Threshold', 'Message'],
    sorted.map((c) => [
      `<code>${name(c.id)}</code>`,
      statusSpan(c.status),
      esc(c.severity),
      formatNumber(c.value),
      formatNumber(c.threshold),
      esc(c.message, 500),
    ]),
    { numeric: [3, 4] },
  );
  return (
    `<section id="checks"><h2>Failing and warning checks</h2>${list}` +
    `<details><summary>All checks (${formatCount(sorted.length)})</summary>${all}</details></section>`
  );
}

/** bins of a feature's histograms, at most HTML_MAX_BINS (the heaviest, the rest folded into "(other)") */
function histogramData(
  ref: Histogram,
  cur: Histogram,
): { labels: string[]; ticks: string[] | null; r: number[]; c: number[] } | null {
  const n = Math.min(ref.counts?.length ?? 0, cur.counts?.length ?? 0);
  if (n === 0) return null;
  let r = shares(ref.counts.slice(0, n));
  let c = shares(cur.counts.slice(0, n));
  let labels: string[];
  let ticks: string[] | null = null;
  const edges = ref.edges;
  if (edges && edges.length === n + 1) {
    labels = [];
    ticks = [];
    for (let i = 0; i < n; i++) {
      labels.push(
        `${i === 0 ? '≤' : ''}${formatNumber(edges[i + 1])}${i === 0 ? '' : ` (from ${formatNumber(edges[i])})`}`,
      );
      ticks.push(formatNumber(edges[i]));
    }
  } else {
    labels = (ref.labels ?? cur.labels ?? []).slice(0, n).map(String);
    while (labels.length < n) labels.push(`bin ${labels.length + 1}`);
  }
  if (n > HTML_MAX_BINS) {
    const keep = [...Array(n).keys()]
      .sort((a, b) => Math.max(r[b] ?? 0, c[b] ?? 0) - Math.max(r[a] ?? 0, c[a] ?? 0))
      .slice(0, HTML_MAX_BINS - 1)
      .sort((a, b) => a - b);
    const rest = (xs: number[]) => Math.max(0, 1 - keep.reduce((s, i) => s + (xs[i] ?? 0), 0));
    labels = [...keep.map((i) => labels[i] ?? '?'), `(other ${formatCount(n - keep.length)})`];
    ticks = null;
    const r2 = [...keep.map((i) => r[i] ?? 0), rest(r)];
    const c2 = [...keep.map((i) => c[i] ?? 0), rest(c)];
    r = r2;
    c = c2;
  }
  return { labels, ticks, r, c };
}

function featureFigure(f: DriftFeature, caption: string): string {
  const ref = f.reference?.histogram;
  const cur = f.current?.histogram;
  if (!ref || !cur) return '';
  const data = histogramData(ref, cur);
  if (!data) return '';
  const chart = histogramChart({
    title: `${f.name}: reference vs current`,
    labels: data.labels,
    ticks: data.ticks ?? undefined,
    reference: data.r,
    current: data.c,
  });
  // log-spaced bins are said so: equal-width bars then stand for equal ratios of the value
  const note = ref.scale === 'log' ? ' <span class="muted">(log-spaced bins)</span>' : '';
  return `<figure><figcaption>${caption}${note}</figcaption>${chart}</figure>`;
}

function driftSection(r: Report): string {
  const d = r.drift;
  const pd = r.predictionDrift;
  if (!d && !pd) return '';
  const parts = ['<section id="drift"><h2>Drift</h2>'];
  if ((d?.notes ?? []).length > 0)
    parts.push(`<ul class="notes">${d!.notes!.map((n) => `<li>${esc(n, 500)}</li>`).join('')}</ul>`);
  if (pd) {
    const check = checksBySubject(r.checks ?? [], ['prediction_drift']).get(pd.name);
    const p = isPValueMethod(pd.method);
    parts.push(
      `<h3>Prediction drift</h3><p>Model output <code>${name(pd.name)}</code> by ${esc(pd.method)}: ` +
        (pd.skipped
          ? `not tested — ${esc(pd.skipped, 300)}.`
          : `score ${formatScore(pd.score, p)}${driftIntervalText(pd) ? ` ${driftIntervalText(pd)}` : ''} (drift when ${driftWhenText(pd)}), ${statusSpan(driftStatus(pd, check))}.`) +
        '</p>',
    );
    const fig = featureFigure(pd, `${name(pd.name)} <span class="muted">(model output)</span>`);
    if (fig) parts.push(`<div class="grid">${fig}</div>`);
  }
  if (d) {
    const features = sortDrift(d.features ?? []);
    const tested = features.filter((f) => !f.skipped);
    const drifted = tested.filter((f) => f.drifted);
    const checks = checksBySubject(r.checks ?? [], ['drift']);
    parts.push(
      `<h3>Features</h3><p><b>${formatCount(drifted.length)} of ${formatCount(tested.length)}</b> tested features drifted (${formatPercent(d.share)}); ` +
        `dataset drift when ≥ ${formatPercent(d.shareThreshold)}: <b>${d.datasetDrift ? 'yes' : 'no'}</b>. ` +
        `Reference ${formatCount(d.rows?.reference)} rows, current ${formatCount(d.rows?.current)} rows` +
        `${d.correction && d.correction !== 'none' ? `, ${esc(d.correction)} correction of p-value thresholds` : ''}. ` +
        (familyLine(r) ? `Multiple testing: ${esc(familyLine(r)!, 300)}. ` : '') +
        (d.decideOn === 'effect' && d.interval
          ? `Decided on effect: a distance drifts when the lower end of its ${formatPercent(d.interval.confidence)} interval (in brackets; basic bootstrap of both samples, ${formatCount(d.interval.resamples)} resamples, corrected for the distance's small-sample bias) reaches the threshold. `
          : '') +
        `Click a column heading to sort.</p>`,
    );
    const rows = features.map((f, i) => {
      const p = isPValueMethod(f.method);
      const status = driftStatus(f, checks.get(f.name));
      const strength = driftStrength(f);
      const color = status === 'fail' ? COLORS.fail : status === 'warn' ? COLORS.warn : COLORS.pass;
      const st = finite(f.score);
      return (
        `<tr><td class="num" data-v="${i}">${i + 1}</td>` +
        `<td class="name" data-v="${esc(f.name, 200)}">${name(f.name)}</td><td>${esc(f.kind)}</td><td>${esc(f.method)}</td>` +
        `<td class="num" data-v="${st ?? ''}">${f.skipped ? NA : formatScore(f.score, p)}${driftIntervalText(f) ? ` <span class="muted">${driftIntervalText(f)}</span>` : ''}</td>` +
        `<td class="num">${f.skipped ? NA : `${driftWhenText(f)}${floorText(f)}`}</td>` +
        `<td class="num muted">${resolutionCell(f)}</td>` +
        `<td data-v="${Number.isFinite(strength) ? strength : -1}">${f.skipped ? '' : strengthSvg(strength, color)}</td>` +
        `<td data-v="${['fail', 'warn', 'skip', 'pass'].indexOf(status)}">${statusSpan(status)}${f.skipped ? ` <span class="muted">${esc(f.skipped, 200)}</span>` : ''}${belowFloor(f)}</td></tr>`
      );
    });
    const head = [
      ['Rank', 'num'],
      ['Feature', 'text'],
      ['Kind', 'text'],
      ['Method', 'text'],
      ['Score', 'num'],
      ['Drift when', ''],
      ['Smallest visible', ''],
      ['Strength', 'num'],
      ['Status', 'num'],
    ]
      .map(([h, t]) =>
        t ? `<th data-type="${t}"><button type="button">${h}</button></th>` : `<th>${h}</th>`,
      )
      .join('');
    parts.push(
      `<div class="scroll"><table class="sortable" id="drift-table"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
      '<p class="muted">Strength: how far the score (under decide_on: effect, its interval’s lower end) is past its threshold (the mark is the threshold; full at twice it). p-value tests compare log p with log threshold. Smallest visible: the smallest change these sample sizes resolve at α = 0.05 — a KS distance and the shift of a normal distribution in reference standard deviations (numerical), a Cramér’s V (categorical); smaller changes pass unnoticed under any threshold.</p>',
    );
    const shown = drifted.slice(0, HTML_MAX_HISTOGRAMS);
    const figs = shown
      .map((f) =>
        featureFigure(
          f,
          `${name(f.name)} <span class="muted">${esc(f.method)} ${formatScore(f.score, isPValueMethod(f.method))}</span>`,
        ),
      )
      .filter(Boolean);
    if (figs.length > 0) {
      parts.push(`<h3>Drifted features: reference vs current</h3><div class="grid">${figs.join('\n')}</div>`);
      if (drifted.length > shown.length)
        parts.push(
          `<p class="muted">Histograms for the ${shown.length} most drifted of ${formatCount(drifted.length)} drifted features.</p>`,
        );
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

function qualitySection(r: Report): string {
  const q = r.quality;
  if (!q) return '';
  const flagged = checksBySubject(
    (r.checks ?? []).filter((c) => c.group === 'quality'),
    ['quality'],
  );
  const list = (xs: readonly string[] | undefined) =>
    (xs ?? [])
      .slice(0, 100)
      .map((x) => `<code>${name(x)}</code>`)
      .join(', ') + ((xs?.length ?? 0) > 100 ? ` …and ${formatCount((xs?.length ?? 0) - 100)} more` : '');
  const schema: string[] = [];
  if (q.schema?.missingInCurrent?.length)
    schema.push(`<li>Missing in current: ${list(q.schema.missingInCurrent)}</li>`);
  if (q.schema?.missingInReference?.length)
    schema.push(`<li>Missing in reference: ${list(q.schema.missingInReference)}</li>`);
  for (const k of (q.schema?.kindChanges ?? []).slice(0, 100))
    schema.push(
      `<li>Kind changed: <code>${name(k.name)}</code> ${esc(k.reference)} → ${esc(k.current)}</li>`,
    );
  const rows = (q.columns ?? []).map((c) => {
    const nc = c.newCategories;
    const oor = c.outOfRange;
    const check = flagged.get(c.name);
    return [
      `<code>${name(c.name)}</code>`,
      esc(c.kind),
      formatPercent(c.missing?.reference),
      formatPercent(c.missing?.current),
      nc && nc.count !== 0
        ? `${formatCount(nc.count)} (${formatPercent(nc.share)})${
            nc.examples?.length
              ? `<br><span class="muted">e.g. ${nc.examples
                  .slice(0, 5)
                  .map((e) => name(String(e).slice(0, 60)))
                  .join(', ')}</span>`
              : ''
          }`
        : '—',
      oor
        ? `${formatPercent(oor.share)}<br><span class="muted">outside ${formatNumber(oor.min)} to ${formatNumber(oor.max)}</span>`
        : '—',
      c.constant?.reference || c.constant?.current ? 'yes' : 'no',
      check ? statusSpan(check.status) : statusSpan('pass'),
    ];
  });
  return (
    `<section id="quality"><h2>Data quality</h2>${schema.length ? `<h3>Schema</h3><ul>${schema.join('')}</ul>` : '<p>Schema: reference and current agree.</p>'}` +
    tableHtml(
      [
        'Column',
        'Kind',
        'Missing (reference)',
        'Missing (current)',
        'New categories',
        'Out of range',
        'Constant',
        'Status',
      ],
      rows,
      { numeric: [2, 3] },
    ) +
    '</section>'
  );
}

function detailsSection(r: Report): string {
  const inputs = Object.entries(r.inputs ?? {}).map(([role, i]) => [
    esc(role),
    `<code>${name(i?.path)}</code>`,
    esc(i?.format),
    formatCount(i?.rows),
    formatCount(i?.columns?.length),
  ]);
  const settings = flattenSettings(r.settings ?? {}).map(([k, v]) => [
    `<code>${esc(k, 200)}</code>`,
    esc(v, 300),
  ]);
  const skipped = (r.skipped ?? [])
    .map((s) => `<li><b>${esc(s.section, 100)}</b>: ${esc(s.reason, 300)}</li>`)
    .join('');
  return (
    `<section id="details"><h2>Inputs and settings</h2>` +
    (skipped ? `<h3>Skipped sections</h3><ul>${skipped}</ul>` : '') +
    (inputs.length
      ? tableHtml(['Role', 'Path', 'Format', 'Rows', 'Columns'], inputs, { numeric: [3, 4] })
      : '<p>No inputs recorded.</p>') +
    `<details><summary>Settings (${formatCount(settings.length)})</summary>${tableHtml(['Setting', 'Value'], settings)}</details></section>`
  );
}

export function renderHtml(report: Report): string {
  const hash = createHash('sha256').update(SORT_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:`;
  const v = verdictOf(report);
  const body = [
    header(report),
    checksSection(report),
    baselineRunSection(report),
    performanceSection(report),
    estimatedSection(report),
    shadowSection(report),
    servingSection(report),
    driftSection(report),
    multivariateSection(report),
    qualitySection(report),
    detailsSection(report),
  ].join('\n');
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<title>model-gate ${esc(report.gateId, 60)}: ${v.toUpperCase()}</title><style>${CSS}</style></head>\n<body><main>\n` +
    body +
    `\n<footer>Generated by ${esc(report.tool?.name ?? 'model-gate')} ${esc(report.tool?.version ?? '', 20)}. ` +
    'Numbers are rounded for display; report.json holds the unrounded values.</footer>\n</main>' +
    `<script>${SORT_SCRIPT}</script></body></html>\n`
  );
}
