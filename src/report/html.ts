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
import { createHash } from 'node:crypto';
import type { Check, DriftFeature, Histogram, PerformanceCurves, Report } from '../contract/report.js';
import { escapeHtml } from './escape.js';
import {
  countOf,
  finite,
  formatCount,
  formatInterval,
  formatNumber,
  formatPercent,
  formatScore,
  NA,
} from './format.js';
import { COLORS, histogramChart, intervalPlot, lineChart, strengthSvg, type Series } from './svg.js';
import {
  checksBySubject,
  confidenceLabel,
  driftStatus,
  driftStrength,
  flattenSettings,
  isPValueMethod,
  metricRows,
  shares,
  sortChecks,
  sortDrift,
  statusOf,
  verdictOf,
} from './view.js';

export const HTML_MAX_HISTOGRAMS = 40;
export const HTML_MAX_BINS = 30;
export const HTML_MAX_CLASSES = 25;
/** longest user string shown in a cell; the full string (up to 1,000 characters) is in the title */
const NAME_CHARS = 100;

const SORT_SCRIPT = `(function () {
  function key(cell, type) {
    var v = cell.getAttribute('data-v');
    if (v === null) v = cell.textContent || '';
    if (type === 'num') { var n = parseFloat(v); return isNaN(n) ? -Infinity : n; }
    return v.toLowerCase();
  }
  var tables = document.querySelectorAll('table.sortable');
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      var heads = table.tHead.rows[0].cells;
      for (var i = 0; i < heads.length; i++) {
        (function (th, col) {
          var button = th.querySelector('button');
          if (!button) return;
          button.addEventListener('click', function () {
            var type = th.getAttribute('data-type') || 'text';
            var asc = th.getAttribute('aria-sort') !== 'ascending';
            for (var k = 0; k < heads.length; k++) heads[k].removeAttribute('aria-sort');
            th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a.cells[col], type), y = key(b.cells[col], type);
              return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
            });
            for (var r = 0; r < rows.length; r++) body.appendChild(rows[r]);
          });
        })(heads[i], i);
      }
    })(tables[t]);
  }
})();`;

const CSS = `
:root { --fg:#1f2328; --muted:#59636e; --border:#d1d9e0; --bg:#fff; --soft:#f6f8fa;
  --fail:#cf222e; --warn:#9a6700; --pass:#1a7f37; --skip:#59636e; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  color: var(--fg); background: var(--bg); }
main { max-width: 1280px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
p, li { overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.banner { border-radius: 8px; padding: 16px 20px; border: 1px solid var(--border); border-left-width: 8px; }
.banner.fail { border-left-color: var(--fail); background: #ffebe9; }
.banner.warn { border-left-color: #d4a72c; background: #fff8c5; }
.banner.pass { border-left-color: var(--pass); background: #dafbe1; }
.counts { display: flex; flex-wrap: wrap; gap: 8px 20px; margin-top: 6px; }
.counts b { font-size: 1.15rem; }
nav { margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
nav a { color: #0969da; text-decoration: none; }
ul.checks { list-style: none; padding: 0; margin: 0; }
ul.checks li { padding: 5px 10px; border: 1px solid var(--border); border-left-width: 4px; border-radius: 6px; margin: 4px 0; background: var(--soft); }
ul.checks li.fail { border-left-color: var(--fail); } ul.checks li.warn { border-left-color: #d4a72c; }
ul.checks code { font-size: 0.85rem; margin-right: 6px; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 8px 0; }
table { border-collapse: collapse; font-size: 0.9rem; min-width: 100%; }
th, td { border: 1px solid var(--border); padding: 5px 8px; text-align: left; vertical-align: middle; }
th { background: var(--soft); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { max-width: 28ch; overflow-wrap: anywhere; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort=ascending] button::after { content: " \\2191"; color: var(--fg); }
th[aria-sort=descending] button::after { content: " \\2193"; color: var(--fg); }
.status { white-space: nowrap; font-weight: 600; }
.ci { color: var(--muted); font-size: 0.85em; }
.status.fail { color: var(--fail); } .status.warn { color: var(--warn); } .status.pass { color: var(--pass); } .status.skip { color: var(--skip); }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--border); border-radius: 6px; padding: 8px; background: #fff; min-width: 0; }
figcaption { font-size: 0.9rem; font-weight: 600; margin-bottom: 4px; overflow-wrap: anywhere; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font-family: inherit; fill: #424a53; }
svg.chart .tick { font-size: 11px; } svg.chart .axis { font-size: 12px; } svg.chart .legend { font-size: 12px; }
svg.forest { width: 160px; height: 26px; display: block; }
svg.bar { width: 80px; height: 12px; display: inline-block; vertical-align: middle; }
table.confusion td { text-align: right; font-variant-numeric: tabular-nums; min-width: 3.5em; }
details { margin: 10px 0; border: 1px solid var(--border); border-radius: 6px; padding: 6px 10px; }
details > summary { cursor: pointer; font-weight: 600; }
footer { margin: 32px 0 8px; color: var(--muted); font-size: 0.85rem; }
td.name { min-width: 12ch; }
@media (max-width: 600px) {
  main { padding: 10px; } body { font-size: 14px; } th, td { padding: 4px 6px; }
  /* a phone shows what matters: feature, score, strength, status (rank, kind, method and rule hidden) */
  #drift-table tr > :nth-child(1), #drift-table tr > :nth-child(3), #drift-table tr > :nth-child(4),
  #drift-table tr > :nth-child(6) { display: none; }
  td.name { min-width: 14ch; }
}
`;

const esc = escapeHtml;
const name = (s: unknown): string => {
  const full = esc(s, 1000);
  const short = esc(s, NAME_CHARS);
  return full === short ? short : `<span title="${full}">${short}</span>`;
};

/** text symbols, not emoji: they render in every font, offline included */
const STATUS_SYMBOL = { pass: '✓', warn: '⚠', fail: '✗', skip: '○' } as const;

function statusSpan(status: unknown): string {
  const s = statusOf(status);
  return `<span class="status ${s}">${STATUS_SYMBOL[s]} ${s}</span>`;
}

/** a value on the first line and its interval, smaller, under it */
function estimateCell(value: unknown, ci: unknown, signed = false): string {
  const full = formatInterval(value, ci, { signed });
  const m = /^(.*?) \((.*)\)$/.exec(full);
  return m ? `${m[1]}<br><span class="ci">${m[2]}</span>` : full;
}

function tableHtml(
  head: string[],
  rows: string[][],
  opts: { cls?: string; numeric?: number[] } = {},
): string {
  const numeric = new Set(opts.numeric ?? []);
  const th = head.map((h, i) => `<th${numeric.has(i) ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map(
      (r) => `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="scroll"><table${opts.cls ? ` class="${opts.cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function checkItem(c: Check): string {
  return `<li class="${statusOf(c.status)}">${statusSpan(c.status)} <code>${esc(c.id, 200)}</code> <span class="msg">${esc(c.message, 1000)}</span></li>`;
}

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

function curvesHtml(c: PerformanceCurves, base: PerformanceCurves | null): string {
  const figs: string[] = [];
  const series = (
    pick: (x: PerformanceCurves) => { x: number[]; y: number[] } | null,
    extra: Partial<Series> = {},
  ): Series[] => {
    const out: Series[] = [];
    const a = pick(c);
    if (a) out.push({ name: 'candidate', ...a, color: COLORS.candidate, ...extra });
    const b = base ? pick(base) : null;
    if (b) out.push({ name: 'baseline', ...b, color: COLORS.baseline, dashed: true, ...extra });
    return out;
  };
  if (c.roc) {
    figs.push(
      `<figure><figcaption>ROC curve</figcaption>${lineChart({
        title: 'ROC curve',
        xLabel: 'false positive rate',
        yLabel: 'true positive rate',
        diagonal: true,
        series: series((x) => (x.roc ? { x: x.roc.fpr, y: x.roc.tpr } : null)),
      })}</figure>`,
    );
  }
  if (c.pr) {
    figs.push(
      `<figure><figcaption>Precision–recall curve</figcaption>${lineChart({
        title: 'Precision-recall curve',
        xLabel: 'recall',
        yLabel: 'precision',
        series: series((x) => (x.pr ? { x: x.pr.recall, y: x.pr.precision } : null)),
      })}</figure>`,
    );
  }
  if (c.calibration) {
    figs.push(
      `<figure><figcaption>Calibration (reliability)</figcaption>${lineChart({
        title: 'Calibration',
        xLabel: 'mean predicted probability',
        yLabel: 'fraction of positives',
        diagonal: true,
        series: series(
          (x) => (x.calibration ? { x: x.calibration.meanScore, y: x.calibration.fractionPositive } : null),
          { dots: true },
        ),
      })}</figure>`,
    );
  }
  const cm = c.confusion;
  if (cm && Array.isArray(cm.matrix) && cm.matrix.length > 0) {
    const k = Math.min(cm.labels?.length ?? 0, HTML_MAX_CLASSES);
    const rows: string[][] = [];
    for (let i = 0; i < k; i++) {
      const row = cm.matrix[i] ?? [];
      const total = row.slice(0, k).reduce((a: number, b) => a + (finite(b) ?? 0), 0);
      const cells = [`<th>${name(cm.labels[i])}</th>`];
      for (let j = 0; j < k; j++) {
        const v = finite(row[j]);
        const share = v !== null && total > 0 ? v / total : 0;
        const bg =
          i === j
            ? `rgba(26,127,55,${(0.1 + 0.6 * share).toFixed(2)})`
            : `rgba(207,34,46,${(0.75 * share).toFixed(2)})`;
        cells.push(
          `<td style="background:${bg}" title="${esc(formatPercent(share))} of true ${esc(cm.labels[i], 100)}">${formatCount(v)}</td>`,
        );
      }
      rows.push(cells);
    }
    const head = `<tr><th>true ↓ / predicted →</th>${cm.labels
      .slice(0, k)
      .map((l) => `<th>${name(l)}</th>`)
      .join('')}</tr>`;
    const body = rows.map((r) => `<tr>${r.join('')}</tr>`).join('');
    const more =
      (cm.labels?.length ?? 0) > k
        ? `<p class="muted">First ${k} of ${formatCount(cm.labels.length)} classes shown.</p>`
        : '';
    figs.push(
      `<figure><figcaption>Confusion matrix (candidate)</figcaption><div class="scroll"><table class="confusion"><thead>${head}</thead><tbody>${body}</tbody></table></div>${more}</figure>`,
    );
  }
  return figs.length ? `<h3>Curves</h3><div class="grid">${figs.join('\n')}</div>` : '';
}

function performanceSection(r: Report): string {
  const p = r.performance;
  if (!p) return '';
  const conf = confidenceLabel(r);
  const hasBase = p.baseline !== null && p.baseline !== undefined;
  const rows = metricRows(r).map((m) => {
    const color = m.status === 'fail' ? COLORS.fail : m.status === 'warn' ? COLORS.warn : COLORS.candidate;
    const rule = m.rules.length ? m.rules.map((x) => esc(x.text)).join('<br>') : '—';
    const cells = [`<code>${name(m.metric)}</code>`, estimateCell(m.candidate?.value, m.candidate?.ci)];
    if (hasBase) {
      cells.push(
        estimateCell(m.baseline?.value, m.baseline?.ci),
        estimateCell(m.delta?.value, m.delta?.ci, true),
        intervalPlot(m.delta?.value, m.delta?.ci, color),
      );
    }
    cells.push(rule, m.status ? statusSpan(m.status) : '—');
    const reason = m.candidate?.reason
      ? `<br><span class="muted">${esc(m.candidate.reason, 300)}</span>`
      : '';
    cells[1] += reason;
    return cells;
  });
  const head = hasBase
    ? [
        'Metric',
        `Candidate (${conf} CI)`,
        `Baseline (${conf} CI)`,
        `Δ candidate − baseline (${conf} CI)`,
        'Δ interval (0 marked)',
        'Rule',
        'Status',
      ]
    : ['Metric', `Candidate (${conf} CI)`, 'Rule', 'Status'];
  const parts = [
    `<section id="performance"><h2>Performance <span class="muted">(${esc(p.task)})</span></h2>`,
    `<p>${formatCount(p.candidate?.rows)} holdout rows${hasBase ? `, baseline on ${formatCount(p.baseline?.rows)} paired rows` : ', no baseline'}` +
      `${p.positiveLabel !== null && p.positiveLabel !== undefined ? `; positive label ${name(p.positiveLabel)}` : ''}` +
      `${finite(p.decisionThreshold) !== null ? `; decision threshold ${formatNumber(p.decisionThreshold)}` : ''}.</p>`,
    tableHtml(head, rows, { numeric: hasBase ? [1, 2, 3] : [1] }),
    curvesHtml(p.curves?.candidate ?? {}, p.curves?.baseline ?? null),
  ];
  if (p.production) {
    parts.push(
      `<h3>Production (labelled current rows: ${formatCount(p.production.rows)})</h3>`,
      tableHtml(
        ['Metric', `Value (${conf} CI)`],
        Object.entries(p.production.metrics ?? {}).map(([k, e]) => [
          `<code>${name(k)}</code>`,
          formatInterval(e?.value, e?.ci),
        ]),
        { numeric: [1] },
      ),
    );
  }
  if ((p.segments ?? []).length > 0) {
    const gaps = (p.segmentGaps ?? [])
      .map(
        (g) =>
          `<li>Largest gap in <code>${name(g.metric)}</code> across ${name(g.column)}: ${formatNumber(g.gap)} (best ${name(g.best?.value)} ${formatNumber(g.best?.metric)}, worst ${name(g.worst?.value)} ${formatNumber(g.worst?.metric)})</li>`,
      )
      .join('');
    const segRows: string[][] = [];
    for (const s of p.segments) {
      for (const [k, e] of Object.entries(s.metrics ?? {})) {
        segRows.push([
          name(s.column),
          name(s.value),
          formatCount(s.rows),
          `<code>${name(k)}</code>`,
          formatInterval(e?.value, e?.ci),
          s.gated ? 'yes' : 'no (too small)',
        ]);
      }
    }
    parts.push(
      `<details><summary>Segments (${formatCount(p.segments.length)})</summary>${gaps ? `<ul>${gaps}</ul>` : ''}` +
        tableHtml(['Column', 'Value', 'Rows', 'Metric', `Value (${conf} CI)`, 'Gated'], segRows, {
          numeric: [2, 4],
        }) +
        '</details>',
    );
  }
  if ((p.notes ?? []).length > 0)
    parts.push(`<h3>Notes</h3><ul>${p.notes.map((n) => `<li>${esc(n, 500)}</li>`).join('')}</ul>`);
  parts.push('</section>');
  return parts.join('\n');
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
  if (pd) {
    const check = checksBySubject(r.checks ?? [], ['prediction_drift']).get(pd.name);
    const p = isPValueMethod(pd.method);
    parts.push(
      `<h3>Prediction drift</h3><p>Model output <code>${name(pd.name)}</code> by ${esc(pd.method)}: ` +
        (pd.skipped
          ? `not tested — ${esc(pd.skipped, 300)}.`
          : `score ${formatScore(pd.score, p)} (drift when ${p ? '<' : '≥'} ${formatScore(pd.threshold, p)}), ${statusSpan(driftStatus(pd, check))}.`) +
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
        `<td class="num" data-v="${st ?? ''}">${f.skipped ? NA : formatScore(f.score, p)}</td>` +
        `<td class="num">${f.skipped ? NA : `${p ? '<' : '≥'} ${formatScore(f.threshold, p)}`}</td>` +
        `<td data-v="${Number.isFinite(strength) ? strength : -1}">${f.skipped ? '' : strengthSvg(strength, color)}</td>` +
        `<td data-v="${['fail', 'warn', 'skip', 'pass'].indexOf(status)}">${statusSpan(status)}${f.skipped ? ` <span class="muted">${esc(f.skipped, 200)}</span>` : ''}</td></tr>`
      );
    });
    const head = [
      ['Rank', 'num'],
      ['Feature', 'text'],
      ['Kind', 'text'],
      ['Method', 'text'],
      ['Score', 'num'],
      ['Drift when', ''],
      ['Strength', 'num'],
      ['Status', 'num'],
    ]
      .map(([h, t]) =>
        t ? `<th data-type="${t}"><button type="button">${h}</button></th>` : `<th>${h}</th>`,
      )
      .join('');
    parts.push(
      `<div class="scroll"><table class="sortable" id="drift-table"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
      '<p class="muted">Strength: how far the score is past its threshold (the mark is the threshold; full at twice it). p-value tests compare log p with log threshold.</p>',
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
    performanceSection(report),
    driftSection(report),
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
