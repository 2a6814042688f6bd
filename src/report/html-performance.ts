/**
 * The HTML report's performance section: the metrics table with a forest-plot row per delta, ROC / PR /
 * calibration curves and the confusion matrix (inline SVG from ./svg.ts).
 */
import type { PerformanceCurves, Report } from '../contract/report.js';

import { finite, formatCount, formatInterval, formatNumber, formatPercent } from './format.js';
import { COLORS, intervalPlot, lineChart, type Series } from './svg.js';
import { confidenceLabel, groupNotes, intervalMethodsLine, metricRows, unenforceableRules } from './view.js';
import { HTML_MAX_CLASSES, esc, name, statusSpan, estimateCell, tableHtml } from './html-parts.js';

export function curvesHtml(c: PerformanceCurves, base: PerformanceCurves | null): string {
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

function methodsHtml(r: Report): string {
  const line = intervalMethodsLine(r);
  const blind = unenforceableRules(r);
  const findings = blind.length
    ? `<p><strong>What the gate could not see:</strong></p><ul>${blind.map((b) => `<li>${statusSpan('warn')} ${esc(b, 2000)}.</li>`).join('')}</ul>`
    : '';
  return (line ? `<p class="muted">Intervals: ${esc(line, 2000)}.</p>` : '') + findings;
}

export function performanceSection(r: Report): string {
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
    methodsHtml(r),
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
  const notes = groupNotes(p.notes ?? []);
  if (notes.length > 0)
    parts.push(
      `<details><summary>Notes (${notes.length})</summary><ul>${notes.map((n) => `<li>${esc(n, 1000)}</li>`).join('')}</ul></details>`,
    );
  parts.push('</section>');
  return parts.join('\n');
}
