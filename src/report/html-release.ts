/**
 * The HTML report's release sections (issue 12): serving SLOs with the latency histogram, the shadow
 * champion/challenger comparison, the baseline run the comparison used, and the trend of the gated metrics
 * over earlier green runs. Pure `(report) => string`; names and values escaped, numbers via format.ts.
 */
import type { Check, Estimate, Report } from '../contract/report.js';
import { formatCount, formatNumber, formatPercent, formatPValue } from './format.js';
import { esc, estimateCell, name, statusSpan, tableHtml } from './html-parts.js';
import { countChart, estimateChart, trendChart, type Mark } from './svg-release.js';
import { COLORS } from './svg.js';
import { confidenceLabel, worstCheck } from './view.js';

function checkOf(r: Report, id: string): Check | undefined {
  return (r.checks ?? []).find((c) => c.id === id);
}

function cellOf(e: Estimate | null | undefined, fmt: (x: number) => string): string {
  if (!e || e.value === null) return 'n/a';
  const v = fmt(e.value);
  return e.ci ? `${v}<br><span class="ci">${fmt(e.ci[0])} to ${fmt(e.ci[1])}</span>` : v;
}

export function servingSection(r: Report): string {
  const s = r.serving;
  if (!s) return '';
  const conf = confidenceLabel(r);
  const rows: string[][] = [];
  const ruleCells = (id: string, op: string, fmt: (x: number) => string): string[] => {
    const c = checkOf(r, id);
    return c ? [c.threshold === null ? '—' : `${op} ${fmt(c.threshold)}`, statusSpan(c.status)] : ['—', '—'];
  };
  const marks: Mark[] = [];
  if (s.latency) {
    const unit = ` ${s.latency.unit}`;
    const fmt = (x: number) => `${formatNumber(x)}${unit}`;
    for (const q of ['p50', 'p95', 'p99'] as const) {
      const e = s.latency.quantiles[q];
      rows.push([`latency ${q}`, cellOf(e, fmt), ...ruleCells(`serving.latency.${q}`, '≤', fmt)]);
      if (e.value !== null) marks.push({ at: e.value, label: `${q} ${fmt(e.value)}`, color: COLORS.axis });
      const bound = checkOf(r, `serving.latency.${q}`)?.threshold;
      if (bound !== null && bound !== undefined)
        marks.push({ at: bound, label: `${q} ≤ ${fmt(bound)}`, color: COLORS.fail, dashed: true });
    }
    if (s.latency.over) {
      rows.push([
        `share over ${fmt(s.latency.over.value)}`,
        cellOf(s.latency.over.share, formatPercent),
        ...ruleCells('serving.latency.share_over', '≤', formatPercent),
      ]);
    }
  }
  if (s.errors) {
    rows.push([
      `error rate <span class="muted">(${formatCount(s.errors.errors)} of ${formatCount(s.errors.rows)}, column ${name(s.errors.column)})</span>`,
      cellOf(s.errors.rate, formatPercent),
      ...ruleCells('serving.errors.rate', '≤', formatPercent),
    ]);
  }
  if (s.throughput) {
    const fmt = (x: number) => `${formatNumber(x)}/s`;
    rows.push([
      `throughput <span class="muted">(${formatCount(s.throughput.rows)} requests over ${formatNumber(s.throughput.spanSeconds)} s)</span>`,
      cellOf(s.throughput.perSecond, fmt),
      ...ruleCells('serving.throughput.per_second', '≥', fmt),
    ]);
  }
  const chart =
    s.latency && s.latency.histogram.edges
      ? `<figure>${countChart({
          title: `Latency of ${formatCount(s.latency.rows)} requests (column ${s.latency.column})`,
          edges: s.latency.histogram.edges,
          counts: s.latency.histogram.counts,
          unit: ` ${s.latency.unit}`,
          marks,
        })}<figcaption>Latency histogram: the measured quantiles (grey) and the configured bounds (red, dashed); the last bin holds everything above it.</figcaption></figure>`
      : '';
  const source = s.source === 'serving' ? 'the serving input' : 'current';
  return (
    `<section id="serving"><h2>Serving</h2><p class="muted">From ${source}. Latency quantiles as numpy.quantile (linear) with distribution-free order-statistic intervals; rates with Wilson's score interval; throughput with Garwood's exact Poisson interval (${esc(conf)}).</p>` +
    tableHtml(['Measure', `Value (${esc(conf)} CI)`, 'Rule', 'Status'], rows, { numeric: [1] }) +
    chart +
    '</section>'
  );
}

export function shadowSection(r: Report): string {
  const s = r.shadow;
  if (!s) return '';
  const conf = confidenceLabel(r);
  const facts: string[] = [];
  if (s.agreement)
    facts.push(
      `<li>Agreement with the champion: <strong>${formatPercent(s.agreement.value)}</strong> of ${formatCount(s.rows)} requests${s.agreement.ci ? ` <span class="ci">(${esc(conf)} CI ${formatPercent(s.agreement.ci[0])} to ${formatPercent(s.agreement.ci[1])})</span>` : ''}</li>`,
    );
  if (s.flips)
    facts.push(
      `<li>Decisions that would change at threshold ${formatNumber(s.flips.threshold)}: ${formatPercent(s.flips.share.value)} (${formatCount(s.flips.toPositive)} to positive, ${formatCount(s.flips.toNegative)} to negative)</li>`,
    );
  if (s.shift)
    facts.push(
      `<li>Mean ${s.meanAbsDifference === null ? 'score' : 'prediction'} shift, candidate − champion: ${estimateCell(s.shift.value, s.shift.ci, true).replace('<br>', ' ')}${s.meanAbsDifference === null ? '' : `; mean absolute difference ${formatNumber(s.meanAbsDifference)}`}</li>`,
    );
  facts.push(
    `<li>Labelled production rows (late labels): ${formatCount(s.labelledRows)} of ${formatCount(s.rows)}</li>`,
  );
  let table = '';
  if (s.candidate && s.champion && s.deltas) {
    const rows = Object.keys(s.candidate.metrics).map((id) => {
      const checks = (r.checks ?? []).filter((c) => c.group === 'shadow' && c.subject === id);
      const worst = worstCheck(checks);
      const c = s.candidate!.metrics[id];
      const b = s.champion!.metrics[id];
      const d = s.deltas![id];
      return [
        name(id),
        estimateCell(c?.value, c?.ci),
        estimateCell(b?.value, b?.ci),
        estimateCell(d?.value, d?.ci, true),
        worst ? statusSpan(worst.status) : '—',
      ];
    });
    table = tableHtml(['Metric', 'Candidate', 'Champion', `Δ (${esc(conf)} CI)`, 'Status'], rows, {
      numeric: [1, 2, 3],
    });
  }
  const notes = s.notes.length
    ? `<ul class="notes">${s.notes.map((n) => `<li>${esc(n, 600)}</li>`).join('')}</ul>`
    : '';
  return `<section id="shadow"><h2>Shadow: candidate vs champion on live traffic</h2><ul>${facts.join('')}</ul>${table}${notes}</section>`;
}

/** the run the baseline came from, and the trend of the gated metrics over earlier green runs */
export function baselineRunSection(r: Report): string {
  const b = r.baselineRun;
  const history = r.history ?? [];
  if (!b && history.length < 2) return '';
  const parts = ['<section id="baseline-run"><h2>Baseline run and trend</h2>'];
  if (b) {
    const link = /^https?:\/\//.test(b.url)
      ? `<a href="${esc(b.url, 500)}">run ${formatCount(b.runId)}</a>`
      : `run ${formatCount(b.runId)}`;
    parts.push(
      `<p>The baseline is the last green ${link} on <code>${esc(b.branch, 100)}</code>${b.sha ? ` (commit <code>${esc(b.sha.slice(0, 12), 12)}</code>${b.createdAt ? `, ${esc(b.createdAt, 40)}` : ''})` : ''}, artifact <code>${esc(b.artifact, 100)}</code>: ${b.predictions ? 'its stored holdout predictions were paired with this holdout, so the deltas have paired intervals' : 'its metrics only (it stored no predictions), so the deltas have no paired interval'}.</p>`,
    );
  }
  if (history.length >= 2) {
    const ids = [...new Set(history.flatMap((h) => Object.keys(h.metrics)))];
    const labels = history.map((h, i) =>
      i === history.length - 1
        ? 'this run'
        : h.runId !== null
          ? `#${h.runId}`
          : (h.createdAt ?? '').slice(0, 10),
    );
    const charts = ids.map((id) => {
      const bound = (r.checks ?? []).find(
        (c) => c.id === `performance.${id}.min` || c.id === `performance.${id}.max`,
      );
      return `<figure>${trendChart({
        title: id,
        labels,
        values: history.map((h) => h.metrics[id] ?? null),
        bound:
          bound && bound.threshold !== null
            ? {
                value: bound.threshold,
                label: `${bound.id.split('.').pop()} ${formatNumber(bound.threshold)}`,
              }
            : null,
      })}</figure>`;
    });
    parts.push(
      `<p class="muted">The gated metrics over the last ${formatCount(history.length - 1)} green run${history.length === 2 ? '' : 's'} with a stored report, and this run.</p><div class="grid">${charts.join('')}</div>`,
    );
  }
  parts.push('</section>');
  return parts.join('');
}

/** CBPE: the estimates with their intervals beside the holdout, a chart, the realised values on labelled rows */
export function estimatedSection(r: Report): string {
  const e = r.performance?.estimated;
  if (!e) return '';
  const conf = confidenceLabel(r);
  const labelled = e.labelled;
  const rows = Object.entries(e.metrics).map(([id, est]) => {
    const checks = (r.checks ?? []).filter((c) => c.group === 'production' && c.subject === id);
    const worst = worstCheck(checks);
    return [
      name(id),
      formatNumber(e.holdout[id]),
      estimateCell(est.value, est.ci),
      ...(labelled
        ? [`${formatNumber(labelled.estimated[id]?.value)} / ${formatNumber(labelled.realised[id]?.value)}`]
        : []),
      worst ? statusSpan(worst.status) : '—',
    ];
  });
  const c = e.calibration;
  const chart = estimateChart({
    title: 'Estimated (CBPE) vs holdout',
    rows: Object.entries(e.metrics).map(([id, est]) => ({
      label: id,
      holdout: e.holdout[id] ?? null,
      estimate: est.value,
      ci: est.ci,
      realised: labelled?.realised[id]?.value ?? null,
    })),
  });
  const notes = e.notes.length
    ? `<ul class="notes">${e.notes.map((n) => `<li>${esc(n, 600)}</li>`).join('')}</ul>`
    : '';
  return (
    `<section id="estimated"><h2>Estimated performance on production <span class="muted">(CBPE, no labels)</span></h2>` +
    `<p class="muted">${formatCount(e.rows)} current rows; scores calibrated (isotonic) on ${formatCount(c.holdoutRows)} holdout rows (${formatCount(c.positives)} positive, ${formatCount(c.negatives)} negative); ${esc(conf)} intervals from a bootstrap of the calibration and of the labels' noise (NannyML's own sampling error, label noise only, is in report.json). Estimates assume P(label | score) is what it was on the holdout.</p>` +
    notes +
    tableHtml(
      [
        'Metric',
        'Holdout',
        `Estimated (${esc(conf)} CI)`,
        ...(labelled ? [`Labelled rows (${formatCount(labelled.rows)}): estimated / realised`] : []),
        'Status',
      ],
      rows,
      { numeric: [1, 2] },
    ) +
    `<figure>${chart}<figcaption>Each metric: the holdout's value, the estimate on production with its interval${labelled ? ', and the realised value where labels arrived' : ''}.</figcaption></figure></section>`
  );
}

/** drift.multivariate: the two tests and the features that separate reference from current the most */
export function multivariateSection(r: Report): string {
  const mv = r.drift?.multivariate;
  if (!mv) return '';
  const check = (r.checks ?? []).find((c) => c.id === 'drift.multivariate');
  const head = `<section id="multivariate"><h2>Multivariate drift ${check ? statusSpan(check.status) : ''}</h2>`;
  if (mv.skipped) return `${head}<p>Not tested: ${esc(mv.skipped, 300)}.</p></section>`;
  const conf = confidenceLabel(r);
  const rows: string[][] = [];
  const c = mv.classifier;
  if (c)
    rows.push([
      `domain classifier <span class="muted">(logistic, ${formatCount(c.folds)}-fold cross-fitted)</span>`,
      `${formatCount(c.rows.reference)} + ${formatCount(c.rows.current)}`,
      `AUC ${estimateCell(c.auc.value, c.auc.ci)}`,
      esc(formatPValue(c.pValue)),
      `p &lt; ${formatNumber(mv.alpha)} and AUC ≥ ${formatNumber(c.minAuc)}`,
    ]);
  const m = mv.mmd;
  if (m)
    rows.push([
      `MMD <span class="muted">(Gaussian kernel, σ ${formatNumber(m.sigma)})</span>`,
      `${formatCount(m.rows.reference)} + ${formatCount(m.rows.current)}`,
      `MMD² ${formatNumber(m.mmd2)}`,
      esc(formatPValue(m.pValue)),
      `p &lt; ${formatNumber(mv.alpha)} (${formatCount(m.permutations)} permutations)`,
    ]);
  const top = c?.top.length
    ? `<h3>Features that separate reference from current the most</h3>${tableHtml(
        ['Feature', "Share of the classifier's weights"],
        c.top.map((t) => [
          name(t.feature),
          `${formatPercent(t.share)} <svg class="bar" viewBox="0 0 80 12" aria-hidden="true"><rect width="${(80 * t.share).toFixed(1)}" height="12" fill="#2f6fde"/></svg>`,
        ]),
        { numeric: [1] },
      )}`
    : '';
  const notes = mv.notes.length
    ? `<ul class="notes">${mv.notes.map((n) => `<li>${esc(n, 600)}</li>`).join('')}</ul>`
    : '';
  return (
    head +
    `<p class="muted">${formatCount(mv.features.length)} features together (${formatCount(mv.columns)} encoded columns: standardised numericals, the top categories one-hot, missing flags); ${esc(conf)} intervals.</p>` +
    tableHtml(['Test', 'Rows (reference + current)', 'Statistic', 'p-value', 'Drift when'], rows, {
      numeric: [1, 3],
    }) +
    top +
    notes +
    '</section>'
  );
}
