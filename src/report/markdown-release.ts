/**
 * The comment's release sections (issue 12): the baseline run the comparison used (a link), the serving
 * SLOs table, and the shadow champion/challenger summary with its metrics on labelled production rows.
 * Pure `(report) => string[]`; every number through format.ts, every user string escaped. Each part is
 * small and bounded (at most five serving rows, the task's metrics), so the trimming leaves them whole.
 */
import type { Check, Estimate, Report } from '../contract/report.js';
import { escapeMarkdown } from './escape.js';
import { formatCount, formatInterval, formatNumber, formatPercent, formatPValue } from './format.js';
import { details, statusCell, table } from './markdown-parts.js';
import { confidenceLabel, ruleText, worstCheck } from './view.js';

/** "Baseline: the report of run #123 on main (abc1234, 2026-12-01), paired on its stored predictions" */
export function baselineRunPart(r: Report): string[] {
  const b = r.baselineRun;
  if (!b) return [];
  const sha = b.sha
    ? ` (${escapeMarkdown(b.sha.slice(0, 7), 7)}${b.createdAt ? `, ${escapeMarkdown(b.createdAt.slice(0, 10), 10)}` : ''})`
    : '';
  const how = b.predictions
    ? 'paired on its stored holdout predictions'
    : 'its metrics only (no stored predictions): deltas have no paired interval';
  const url = /^https?:\/\//.test(b.url) ? b.url : null;
  const run = url ? `[run ${formatCount(b.runId)}](${url})` : `run ${formatCount(b.runId)}`;
  return [`**Baseline:** the last green ${run} on \`${escapeMarkdown(b.branch, 80)}\`${sha}, ${how}.`];
}

function checkOf(r: Report, id: string): Check | undefined {
  return (r.checks ?? []).find((c) => c.id === id);
}

function estimateText(e: Estimate | null | undefined, fmt: (x: number) => string): string {
  if (!e || e.value === null) return 'n/a';
  return e.ci ? `${fmt(e.value)} (${fmt(e.ci[0])} to ${fmt(e.ci[1])})` : fmt(e.value);
}

/** the serving table: measure, value with interval, rule, status */
export function servingPart(r: Report): string[] {
  const s = r.serving;
  if (!s) return [];
  const conf = confidenceLabel(r);
  const rows: string[][] = [];
  const rule = (id: string, fmt: (x: number) => string) => {
    const c = checkOf(r, id);
    if (!c) return ['—', '—'];
    const op = id.endsWith('per_second') ? '≥' : '≤';
    return [c.threshold === null ? '—' : `${op} ${fmt(c.threshold)}`, statusCell(c.status)];
  };
  if (s.latency) {
    const unit = ` ${s.latency.unit}`;
    const ms = (x: number) => `${formatNumber(x)}${unit}`;
    for (const q of ['p50', 'p95', 'p99'] as const) {
      rows.push([
        `latency ${q}`,
        estimateText(s.latency.quantiles[q], ms),
        ...rule(`serving.latency.${q}`, ms),
      ]);
    }
    if (s.latency.over) {
      rows.push([
        `share over ${formatNumber(s.latency.over.value)}${unit}`,
        estimateText(s.latency.over.share, formatPercent),
        ...rule('serving.latency.share_over', formatPercent),
      ]);
    }
  }
  if (s.errors) {
    rows.push([
      `error rate (${formatCount(s.errors.errors)} of ${formatCount(s.errors.rows)})`,
      estimateText(s.errors.rate, formatPercent),
      ...rule('serving.errors.rate', formatPercent),
    ]);
  }
  if (s.throughput) {
    const rate = (x: number) => `${formatNumber(x)}/s`;
    rows.push([
      `throughput (${formatCount(s.throughput.rows)} over ${formatNumber(s.throughput.spanSeconds)} s)`,
      estimateText(s.throughput.perSecond, rate),
      ...rule('serving.throughput.per_second', rate),
    ]);
  }
  const source = s.source === 'serving' ? 'the serving input' : 'current';
  return [
    `### Serving\n\nFrom ${source}; latency quantiles as numpy's (linear) with order-statistic intervals, rates with Wilson's, throughput with Garwood's.\n\n${table([['Measure', `Value (${conf} CI)`, 'Rule', 'Status'], ...rows], ['l', 'r', 'l', 'l'])}`,
  ];
}

/** the shadow summary: agreement, decisions that would change, shift, and the metrics vs the champion */
export function shadowPart(r: Report): string[] {
  const s = r.shadow;
  if (!s) return [];
  const conf = confidenceLabel(r);
  const lines: string[] = [];
  if (s.agreement) {
    lines.push(
      `- agreement with the champion: **${estimateText(s.agreement, formatPercent)}** of ${formatCount(s.rows)} requests`,
    );
  }
  if (s.flips) {
    lines.push(
      `- decisions that would change at threshold ${formatNumber(s.flips.threshold)}: ${estimateText(s.flips.share, formatPercent)} (${formatCount(s.flips.toPositive)} to positive, ${formatCount(s.flips.toNegative)} to negative)`,
    );
  }
  if (s.shift) {
    const what = s.meanAbsDifference === null ? 'score' : 'prediction';
    lines.push(
      `- mean ${what} shift (candidate − champion): ${formatInterval(s.shift.value, s.shift.ci, { signed: true })}${s.meanAbsDifference === null ? '' : `; mean absolute difference ${formatNumber(s.meanAbsDifference)}`}`,
    );
  }
  lines.push(
    `- labelled production rows (late labels): ${formatCount(s.labelledRows)} of ${formatCount(s.rows)}`,
  );
  let body = lines.join('\n');
  if (s.candidate && s.champion && s.deltas) {
    const gated = new Set((r.checks ?? []).filter((c) => c.group === 'shadow').map((c) => c.subject));
    const ids = Object.keys(s.candidate.metrics);
    const row = (id: string) => {
      const d = s.deltas![id];
      const checks = (r.checks ?? []).filter((c) => c.group === 'shadow' && c.subject === id);
      const worst = worstCheck(checks);
      return [
        escapeMarkdown(id),
        formatNumber(s.candidate!.metrics[id]?.value),
        formatNumber(s.champion!.metrics[id]?.value),
        formatInterval(d?.value, d?.ci, { signed: true }),
        worst ? statusCell(worst.status) : '—',
      ];
    };
    const head = ['Metric', 'Candidate', 'Champion', `Δ (${conf} CI)`, 'Status'];
    const shown = ids.filter((id) => gated.has(id));
    const rest = ids.filter((id) => !gated.has(id));
    if (shown.length > 0) body += `\n\n${table([head, ...shown.map(row)], ['l', 'r', 'r', 'r', 'l'])}`;
    if (rest.length > 0)
      body += `\n\n${details(`${shown.length > 0 ? 'Other metrics' : 'Metrics'} on labelled production rows`, table([head, ...rest.map(row)], ['l', 'r', 'r', 'r', 'l']))}`;
  }
  return [`### Shadow: candidate vs champion on live traffic\n\n${body}`];
}

/** CBPE's estimates beside the holdout, and the realised value where late labels arrived */
export function estimatedPart(r: Report): string[] {
  const e = r.performance?.estimated;
  if (!e) return [];
  const conf = confidenceLabel(r);
  const labelled = e.labelled;
  const head = [
    'Metric',
    'Holdout',
    `Estimated (${conf} CI)`,
    ...(labelled ? [`Labelled rows: estimated / realised`] : []),
    'Rule',
    'Status',
  ];
  const rows = Object.entries(e.metrics).map(([id, est]) => {
    const checks = (r.checks ?? []).filter((c) => c.group === 'production' && c.subject === id);
    const worst = worstCheck(checks);
    const rule = checks.map(ruleText).join('; ');
    return [
      escapeMarkdown(id),
      formatNumber(e.holdout[id]),
      formatInterval(est.value, est.ci),
      ...(labelled
        ? [`${formatNumber(labelled.estimated[id]?.value)} / ${formatNumber(labelled.realised[id]?.value)}`]
        : []),
      rule || '—',
      worst ? statusCell(worst.status) : '—',
    ];
  });
  const c = e.calibration;
  const intro = `${formatCount(e.rows)} current rows without labels; scores calibrated (isotonic) on ${formatCount(c.holdoutRows)} holdout rows (${formatCount(c.positives)} positive). Estimates, not measurements: they hold while P(label | score) is what it was on the holdout.${labelled ? ` Where labels arrived (${formatCount(labelled.rows)} rows) the estimate and the realised value stand side by side.` : ''}`;
  const notes = e.notes.length ? `\n\n${e.notes.map((n) => `> ${escapeMarkdown(n, 400)}`).join('\n')}` : '';
  return [
    `### Estimated performance on production (CBPE, no labels)\n\n${intro}${notes}\n\n${table([head, ...rows], ['l', 'r', 'r', ...(labelled ? ['r' as const] : []), 'l', 'l'])}`,
  ];
}

/** drift.multivariate: one line per test, the features that separate most */
export function multivariatePart(r: Report): string[] {
  const mv = r.drift?.multivariate;
  if (!mv) return [];
  const check = (r.checks ?? []).find((c) => c.id === 'drift.multivariate');
  const status = check ? statusCell(check.status) : '—';
  if (mv.skipped)
    return [`**Multivariate drift:** ${status} — not tested: ${escapeMarkdown(mv.skipped, 200)}.`];
  const conf = confidenceLabel(r);
  const lines: string[] = [];
  const c = mv.classifier;
  if (c) {
    lines.push(
      `- domain classifier (logistic, ${formatCount(c.folds)}-fold cross-fitted, ${formatCount(c.rows.reference)} + ${formatCount(c.rows.current)} rows): AUC ${formatInterval(c.auc.value, c.auc.ci)} (${conf} CI), p ${formatPValue(c.pValue)}; drift when p < ${formatNumber(mv.alpha)} and AUC ≥ ${formatNumber(c.minAuc)}`,
    );
    if (c.top.length)
      lines.push(
        `- separate reference from current the most: ${c.top.map((t) => `${escapeMarkdown(t.feature, 60)} (${formatPercent(t.share)})`).join(', ')}`,
      );
  }
  const m = mv.mmd;
  if (m) {
    lines.push(
      `- MMD (Gaussian kernel, σ ${formatNumber(m.sigma)}, ${formatCount(m.rows.reference)} + ${formatCount(m.rows.current)} rows): MMD² ${formatNumber(m.mmd2)}, p ${formatPValue(m.pValue)} over ${formatCount(m.permutations)} permutations`,
    );
  }
  return [
    `**Multivariate drift:** ${status} over ${formatCount(mv.features.length)} features together\n\n${lines.join('\n')}`,
  ];
}
