/**
 * The PR comment and the job summary (GitHub-flavoured Markdown), DESIGN §8. Pure `(report) => string`.
 *
 * Order: hidden marker, verdict line, failing and warning checks, the baseline run, metrics, shadow,
 * serving (./markdown-release.ts), drift (most drifted first), data quality, then the rest folded in
 * <details> (passing checks, segments, skipped items, inputs, settings). Every user-derived string goes through `escapeMarkdown`; every number through format.ts.
 *
 * Size: the output never exceeds `maxChars` UTF-8 bytes (so also characters; default 65,000, under GitHub's 65,536 for a comment; the
 * caller passes 1,000,000 for the job summary). When the full rendering is too long, rows are trimmed
 * least important first — the chart, settings, passing drift rows, passing checks, segments, quality
 * rows, inputs, skipped features, then the important rows down to a floor — and a note says what was
 * trimmed and where the full report is.
 */
import { commentMarker } from '../contract/comment-marker.js';
import {
  SHOWN_WARNINGS,
  TRIM_ORDER,
  type Limits,
  type MarkdownOptions,
  type Model,
  table,
  details,
  statusCell,
  checkLine,
  driftRow,
  DRIFT_HEAD,
  DRIFT_ALIGN,
  buildModel,
  fullLimits,
  omitted,
  driftRuleNotes,
  performanceFootnotes,
  size,
  footerPart,
} from './markdown-parts.js';

import type { Report } from '../contract/report.js';
import {
  baselineRunPart,
  estimatedPart,
  multivariatePart,
  servingPart,
  shadowPart,
} from './markdown-release.js';
import { escapeMarkdown } from './escape.js';
import { countOf, formatCount, formatInterval, formatNumber, formatPercent, formatScore } from './format.js';
import {
  checksBySubject,
  confidenceLabel,
  driftIntervalText,
  driftStatus,
  isPValueMethod,
  VERDICT_ICON,
  verdictOf,
} from './view.js';

export type { MarkdownOptions };

export const COMMENT_MAX_CHARS = 65_000;
export { SHOWN_WARNINGS };
/** GitHub's job summary limit per step, in bytes */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** the job summary's budget in UTF-8 bytes (the renderer counts bytes), under SUMMARY_LIMIT_BYTES */
export const SUMMARY_MAX_CHARS = 1_000_000;

export { commentMarker };

/** the verdict line, the counts, and the note of what was trimmed */
function headerPart(m: Model, limits: Limits, full: Limits): string[] {
  const r = m.report;
  const parts: string[] = [];
  const verdict = verdictOf(r);
  const s = r.summary ?? { passed: 0, warned: 0, failed: 0, skipped: 0 };
  parts.push(
    `## ${VERDICT_ICON[verdict]} model-gate: **${verdict.toUpperCase()}** — ${escapeMarkdown(m.gateId, 60)}\n\n` +
      `**${formatCount(s.failed)}** failed · **${formatCount(s.warned)}** warned · ${formatCount(s.passed)} passed · ${formatCount(s.skipped)} skipped`,
  );

  const trimmed = TRIM_ORDER.filter((t) => limits[t.key] < full[t.key]);
  if (trimmed.length > 0) {
    const where = m.reportUrl
      ? `[the full report](${m.reportUrl})`
      : 'the report artifact (report.html, report.json)';
    const list = trimmed
      .map((t) => (t.key === 'chart' ? t.label : `${formatCount(full[t.key] - limits[t.key])} ${t.label}`))
      .join(', ');
    parts.push(
      `> [!NOTE]\n> Trimmed to fit GitHub's size limit: ${list} left out. Everything is in ${where}.`,
    );
  }

  return parts;
}

/** failing and warning checks, the rest of the warnings folded */
function problemsPart(m: Model, limits: Limits): string[] {
  const parts: string[] = [];
  if (m.problems.length > 0) {
    const shown = m.problems.slice(0, limits.problems);
    const more = m.moreWarnings.slice(0, limits.moreWarnings);
    parts.push(
      `### Failing and warning checks\n\n${shown.map(checkLine).join('\n')}${omitted(shown.length, m.problems.length, 'failing or warning checks')}` +
        (m.moreWarnings.length > 0 && limits.moreWarnings > 0
          ? '\n\n' +
            details(
              countOf(m.moreWarnings.length, 'more warning'),
              more.map(checkLine).join('\n') + omitted(more.length, m.moreWarnings.length, 'warnings'),
            )
          : m.moreWarnings.length > 0
            ? `\n\n_…and ${countOf(m.moreWarnings.length, 'more warning')} (trimmed; see the full report)._`
            : ''),
    );
  }

  return parts;
}

/** the metrics table: candidate, baseline, delta, rule, status */
function performancePart(m: Model, limits: Limits): string[] {
  const r = m.report;
  const parts: string[] = [];
  const p = r.performance;
  if (p) {
    const conf = confidenceLabel(r);
    const hasBaseline = p.baseline !== null && p.baseline !== undefined;
    const head = hasBaseline
      ? ['Metric', 'Candidate', 'Baseline', `Δ (${conf} CI)`, 'Rule', 'Status']
      : ['Metric', `Candidate (${conf} CI)`, 'Rule', 'Status'];
    const rows = m.metrics.slice(0, limits.metrics).map((row) => {
      const rule = row.rules.length ? row.rules.map((x) => x.text).join('; ') : '—';
      const status = row.status ? statusCell(row.status) : '—';
      const name = escapeMarkdown(row.metric);
      return hasBaseline
        ? [
            name,
            formatNumber(row.candidate?.value),
            formatNumber(row.baseline?.value),
            formatInterval(row.delta?.value, row.delta?.ci, { signed: true }),
            rule,
            status,
          ]
        : [name, formatInterval(row.candidate?.value, row.candidate?.ci), rule, status];
    });
    const task = escapeMarkdown(p.task);
    const rowsLine = hasBaseline
      ? `${formatCount(p.candidate?.rows)} holdout rows, candidate vs baseline`
      : `${formatCount(p.candidate?.rows)} holdout rows, no baseline`;
    parts.push(
      `### Performance (${task})\n\n${rowsLine}.\n\n${table([head, ...rows], hasBaseline ? ['l', 'r', 'r', 'r', 'l', 'l'] : ['l', 'r', 'l', 'l'])}${omitted(rows.length, m.metrics.length, 'metrics')}${performanceFootnotes(r)}`,
    );
  }

  return parts;
}

/** drift: the summary line, prediction drift, drifted features, the chart, the rest folded */
function driftPart(m: Model, limits: Limits): string[] {
  const r = m.report;
  const parts: string[] = [];
  const d = r.drift;
  if (d) {
    const tested = (d.features ?? []).filter((f) => !f.skipped).length;
    const lines = [
      `### Drift\n\n**${formatCount(m.drifted.length)} of ${formatCount(tested)}** features drifted ` +
        `(${formatPercent(d.share)}; dataset drift at ≥ ${formatPercent(d.shareThreshold)}: **${d.datasetDrift ? 'yes' : 'no'}**). ` +
        `Reference ${formatCount(d.rows?.reference)} rows, current ${formatCount(d.rows?.current)} rows` +
        (d.correction && d.correction !== 'none' ? `, ${escapeMarkdown(d.correction)} correction.` : '.') +
        driftRuleNotes(r),
    ];
    const pd = r.predictionDrift;
    if (pd) {
      const check = checksBySubject(r.checks ?? [], ['prediction_drift']).get(pd.name);
      lines.push(
        `Prediction drift (**${escapeMarkdown(pd.name)}**, ${escapeMarkdown(pd.method)}): ` +
          (pd.skipped
            ? `not tested — ${escapeMarkdown(pd.skipped, 120)}`
            : `score ${formatScore(pd.score, isPValueMethod(pd.method))}${driftIntervalText(pd) ? ` ${driftIntervalText(pd)}` : ''}, ${statusCell(driftStatus(pd, check))}`),
      );
    }
    const shown = m.drifted.slice(0, limits.drifted);
    if (shown.length > 0) {
      lines.push(
        table([DRIFT_HEAD, ...shown.map((f) => driftRow(f, m.driftChecks.get(f.name)))], DRIFT_ALIGN) +
          omitted(shown.length, m.drifted.length, 'drifted features'),
      );
    } else {
      lines.push('No feature drifted.');
    }
    if (limits.chart > 0 && m.chart) lines.push(m.chart);
    if (m.passingDrift.length > 0 && limits.passingDrift > 0) {
      const rest = m.passingDrift.slice(0, limits.passingDrift);
      lines.push(
        details(
          `${countOf(m.passingDrift.length, 'feature')} without drift or not tested`,
          table([DRIFT_HEAD, ...rest.map((f) => driftRow(f, m.driftChecks.get(f.name)))], DRIFT_ALIGN) +
            omitted(rest.length, m.passingDrift.length, 'features'),
        ),
      );
    }
    parts.push(lines.join('\n\n'));
  }

  return parts;
}

/** data quality: schema differences and the columns with issues */
function qualityPart(m: Model, limits: Limits): string[] {
  const r = m.report;
  const parts: string[] = [];
  const q = r.quality;
  if (q) {
    const lines = ['### Data quality'];
    const sch = q.schema;
    const names = (xs: readonly string[] | undefined) =>
      (xs ?? [])
        .slice(0, 20)
        .map((x) => escapeMarkdown(x, 40))
        .join(', ') + ((xs?.length ?? 0) > 20 ? `, …(${formatCount((xs?.length ?? 0) - 20)} more)` : '');
    if (sch?.missingInCurrent?.length) lines.push(`- Missing in current: ${names(sch.missingInCurrent)}`);
    if (sch?.missingInReference?.length)
      lines.push(`- Missing in reference: ${names(sch.missingInReference)}`);
    if (sch?.kindChanges?.length)
      lines.push(
        `- Kind changed: ${sch.kindChanges
          .slice(0, 20)
          .map(
            (k) =>
              `${escapeMarkdown(k.name, 40)} (${escapeMarkdown(k.reference)} → ${escapeMarkdown(k.current)})`,
          )
          .join(', ')}`,
      );
    const shown = m.qualityRows.slice(0, limits.quality);
    const clean = (q.columns?.length ?? 0) - m.qualityRows.length;
    if (shown.length > 0) {
      lines.push(
        table([
          ['Column', 'Missing (ref → cur)', 'New categories', 'Out of range', 'Constant', 'Status'],
          ...shown,
        ]) + omitted(shown.length, m.qualityRows.length, 'columns with issues'),
      );
    }
    lines.push(
      `${formatCount(clean)} of ${formatCount(q.columns?.length ?? 0)} columns without quality issues.`,
    );
    parts.push(
      lines
        .join('\n\n')
        .replace(/\n\n- /g, '\n- ')
        .replace('### Data quality\n- ', '### Data quality\n\n- '),
    );
  }

  return parts;
}

/** the folded details: passing checks, segments, production, notes, inputs, settings */
function foldedPart(m: Model, limits: Limits): string[] {
  const r = m.report;
  const p = r.performance;
  const parts: string[] = [];
  const folded: string[] = [];
  if (limits.passingChecks > 0 && m.passing.length > 0) {
    const shown = m.passing.slice(0, limits.passingChecks);
    folded.push(
      details(
        `Passing and skipped checks (${formatCount(m.passing.length)})`,
        table([
          ['Check', 'Status', 'Value', 'Threshold', 'Message'],
          ...shown.map((c) => [
            escapeMarkdown(c.id),
            statusCell(c.status),
            formatNumber(c.value),
            formatNumber(c.threshold),
            escapeMarkdown(c.message, 160),
          ]),
        ]) + omitted(shown.length, m.passing.length, 'checks'),
      ),
    );
  }
  if (limits.segments > 0 && m.segmentRows.length > 0) {
    const gaps = (p?.segmentGaps ?? [])
      .map(
        (g) =>
          `- Largest gap in ${escapeMarkdown(g.metric)} across ${escapeMarkdown(g.column)}: ${formatNumber(g.gap)} ` +
          `(best ${escapeMarkdown(g.best?.value, 40)} ${formatNumber(g.best?.metric)}, worst ${escapeMarkdown(g.worst?.value, 40)} ${formatNumber(g.worst?.metric)})`,
      )
      .join('\n');
    const shown = m.segmentRows.slice(0, limits.segments);
    folded.push(
      details(
        `Segments (${formatCount(p?.segments?.length ?? 0)})`,
        (gaps ? gaps + '\n\n' : '') +
          table([['Column', 'Value', 'Rows', 'Metric', 'Value (CI)', 'Gated'], ...shown]) +
          omitted(shown.length, m.segmentRows.length, 'segment rows'),
      ),
    );
  }
  if (p?.production) {
    const rows = Object.entries(p.production.metrics ?? {}).map(([k, e]) => [
      escapeMarkdown(k),
      formatInterval(e?.value, e?.ci),
    ]);
    folded.push(
      details(
        `Production performance (${formatCount(p.production.rows)} labelled current rows)`,
        table([['Metric', 'Value (CI)'], ...rows]),
      ),
    );
  }
  if (limits.notes > 0 && m.notes.length > 0) {
    folded.push(
      details(
        'Notes and skipped sections',
        m.notes.slice(0, limits.notes).join('\n') + omitted(limits.notes, m.notes.length, 'notes'),
      ),
    );
  }
  if (limits.inputs > 0 && m.inputRows.length > 0) {
    folded.push(
      details(
        'Inputs',
        table([['Role', 'Path', 'Format', 'Rows', 'Columns'], ...m.inputRows.slice(0, limits.inputs)]),
      ),
    );
  }
  if (limits.settings > 0 && m.settingsRows.length > 0) {
    const shown = m.settingsRows.slice(0, limits.settings);
    folded.push(
      details(
        'Settings',
        table([['Setting', 'Value'], ...shown]) + omitted(shown.length, m.settingsRows.length, 'settings'),
      ),
    );
  }
  if (folded.length > 0) parts.push(folded.join('\n\n'));

  return parts;
}

function render(m: Model, limits: Limits, full: Limits): string {
  const parts: string[] = [
    commentMarker(m.gateId),
    ...headerPart(m, limits, full),
    ...problemsPart(m, limits),
    ...baselineRunPart(m.report),
    ...performancePart(m, limits),
    ...estimatedPart(m.report),
    ...shadowPart(m.report),
    ...servingPart(m.report),
    ...driftPart(m, limits),
    ...multivariatePart(m.report),
    ...qualityPart(m, limits),
    ...foldedPart(m, limits),
    ...footerPart(m),
  ];
  return parts.join('\n\n') + '\n';
}

/** the Markdown for a PR comment (default) or, with maxChars 1,000,000, the job summary */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = Math.max(1000, options.maxChars ?? COMMENT_MAX_CHARS);
  const m = buildModel(report, options);
  const full = fullLimits(m);
  const limits: Limits = { ...full };
  let out = render(m, limits, full);
  if (size(out) <= maxChars) return out;
  // Trim one group at a time, least important first; within a group keep as many rows as fit.
  for (const t of TRIM_ORDER) {
    const floor = Math.min(t.floor, full[t.key]);
    if (limits[t.key] <= floor) continue;
    const fits = (n: number): boolean => {
      limits[t.key] = n;
      return size(render(m, limits, full)) <= maxChars;
    };
    if (!fits(floor)) continue; // keep the floor and move on to the next group
    let lo = floor;
    let hi = full[t.key];
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    limits[t.key] = lo;
    return render(m, limits, full);
  }
  out = render(m, limits, full);
  if (size(out) <= maxChars) return out;
  // Even the floors do not fit (only a pathological report gets here): cut at a line boundary.
  const tail = '\n\n_Cut at the size limit; see the full report._\n';
  let cut = out.slice(0, maxChars - tail.length);
  while (size(cut) > maxChars - tail.length) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + tail;
}
