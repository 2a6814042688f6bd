/**
 * The PR comment and the job summary (GitHub-flavoured Markdown), DESIGN §8. Pure `(report) => string`.
 *
 * Order: hidden marker, verdict line, failing and warning checks, metrics, drift (most drifted first),
 * data quality, then the rest folded in <details> (passing checks, segments, skipped items, inputs,
 * settings). Every user-derived string goes through `escapeMarkdown`; every number through format.ts.
 *
 * Size: the output never exceeds `maxChars` UTF-8 bytes (so also characters; default 65,000, under GitHub's 65,536 for a comment; the
 * caller passes 1,000,000 for the job summary). When the full rendering is too long, rows are trimmed
 * least important first — the chart, settings, passing drift rows, passing checks, segments, quality
 * rows, inputs, skipped features, then the important rows down to a floor — and a note says what was
 * trimmed and where the full report is.
 */
import { commentMarker } from '../contract/comment-marker.js';
import { markdownTable } from 'markdown-table';
import type { Check, DriftFeature, Report } from '../contract/report.js';
import { escapeMarkdown, MAX_MESSAGE_CHARS, mermaidLabel, safeUrl } from './escape.js';
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
  STATUS_ICON,
  statusOf,
  strengthBar,
  VERDICT_ICON,
  verdictOf,
} from './view.js';

export interface MarkdownOptions {
  /** hard limit on the output length in characters (default 65,000) */
  maxChars?: number;
  /** where the full report lives (an artifact or run URL); named in the trim note */
  reportUrl?: string | null;
  /** overrides report.gateId in the marker and the title */
  gateId?: string;
  /** include a Mermaid chart of the most drifted feature (default true) */
  chart?: boolean;
}

export const COMMENT_MAX_CHARS = 65_000;
/** warnings listed before the rest are folded into <details> */
export const SHOWN_WARNINGS = 10;
/** GitHub's job summary limit per step, in bytes */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** the job summary's budget in UTF-8 bytes (the renderer counts bytes), under SUMMARY_LIMIT_BYTES */
export const SUMMARY_MAX_CHARS = 1_000_000;

export { commentMarker };

/** row groups that can be trimmed, least important first; `floor` rows are always kept */
const TRIM_ORDER = [
  { key: 'chart', label: 'the drift chart', floor: 0 },
  { key: 'settings', label: 'settings rows', floor: 0 },
  { key: 'passingDrift', label: 'drift rows without drift', floor: 0 },
  { key: 'passingChecks', label: 'passing checks', floor: 0 },
  { key: 'segments', label: 'segment rows', floor: 0 },
  { key: 'moreWarnings', label: 'folded warnings', floor: 0 },
  { key: 'quality', label: 'data quality rows', floor: 5 },
  { key: 'inputs', label: 'input rows', floor: 0 },
  { key: 'notes', label: 'notes and skipped items', floor: 0 },
  { key: 'drifted', label: 'drifted feature rows', floor: 10 },
  { key: 'metrics', label: 'metric rows', floor: 10 },
  { key: 'problems', label: 'failing and warning checks', floor: 10 },
] as const;

type TrimKey = (typeof TRIM_ORDER)[number]['key'];
type Limits = Record<TrimKey, number>;

interface Model {
  report: Report;
  gateId: string;
  reportUrl: string | null;
  /** failing checks and the first SHOWN_WARNINGS warnings, listed */
  problems: Check[];
  /** the other warnings, folded */
  moreWarnings: Check[];
  passing: Check[];
  metrics: ReturnType<typeof metricRows>;
  drifted: DriftFeature[];
  passingDrift: DriftFeature[];
  driftChecks: Map<string, Check>;
  qualityRows: string[][];
  segmentRows: string[][];
  inputRows: string[][];
  notes: string[];
  settingsRows: string[][];
  chart: string | null;
}

const table = (rows: string[][], align?: ('l' | 'r' | 'c')[]): string =>
  markdownTable(rows, { alignDelimiters: false, padding: true, align: align ?? null });

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function statusCell(status: string): string {
  const s = statusOf(status);
  return `${STATUS_ICON[s]} ${s}`;
}

function checkLine(c: Check): string {
  return `- ${STATUS_ICON[statusOf(c.status)]} **${escapeMarkdown(c.id)}** — ${escapeMarkdown(c.message, MAX_MESSAGE_CHARS)}`;
}

function driftRow(f: DriftFeature, check: Check | undefined): string[] {
  const p = isPValueMethod(f.method);
  const status = driftStatus(f, check);
  return [
    escapeMarkdown(f.name),
    escapeMarkdown(f.kind),
    escapeMarkdown(f.method),
    f.skipped ? NA : formatScore(f.score, p),
    f.skipped ? NA : `${p ? '<' : '≥'} ${formatScore(f.threshold, p)}`.replace(/^[<≥] n\/a$/, NA),
    f.skipped ? `${statusCell('skip')}: ${escapeMarkdown(f.skipped, 120)}` : statusCell(status),
    f.skipped ? '' : strengthBar(driftStrength(f)),
  ];
}

const DRIFT_HEAD = ['Feature', 'Kind', 'Method', 'Score', 'Drift when', 'Status', 'Strength'];
const DRIFT_ALIGN: ('l' | 'r')[] = ['l', 'l', 'l', 'r', 'r', 'l', 'l'];

function qualityRowsOf(report: Report): string[][] {
  const q = report.quality;
  if (!q) return [];
  const flagged = new Map<string, Check>();
  for (const c of report.checks) {
    if (c.group !== 'quality' || statusOf(c.status) === 'pass') continue;
    const prev = flagged.get(c.subject);
    if (!prev || statusOf(c.status) === 'fail') flagged.set(c.subject, c);
  }
  const rows: { rank: number; cells: string[] }[] = [];
  for (const col of q.columns ?? []) {
    const check = flagged.get(col.name);
    const nc = col.newCategories;
    const oor = col.outOfRange;
    const constant = col.constant?.reference || col.constant?.current;
    const issue =
      check !== undefined ||
      (nc !== null && nc !== undefined && (finite(nc.count) ?? 0) > 0) ||
      (oor !== null && oor !== undefined && (finite(oor.share) ?? 1) > 0) ||
      constant;
    if (!issue) continue;
    const examples =
      nc && nc.examples?.length
        ? ` (e.g. ${nc.examples
            .slice(0, 3)
            .map((e) => escapeMarkdown(e, 24))
            .join(', ')})`
        : '';
    rows.push({
      rank: check ? (statusOf(check.status) === 'fail' ? 0 : 1) : 2,
      cells: [
        escapeMarkdown(col.name),
        `${formatPercent(col.missing?.reference)} → ${formatPercent(col.missing?.current)}`,
        nc && nc.count !== 0
          ? `${formatCount(nc.count)} (${formatPercent(nc.share)} of rows)${examples}`
          : '—',
        oor
          ? `${formatPercent(oor.share)} outside ${formatNumber(oor.min)} to ${formatNumber(oor.max)}`
          : '—',
        constant
          ? `yes (${[col.constant.reference ? 'reference' : '', col.constant.current ? 'current' : ''].filter(Boolean).join(', ')})`
          : '—',
        check ? statusCell(check.status) : statusCell('pass'),
      ],
    });
  }
  return rows.sort((a, b) => a.rank - b.rank).map((r) => r.cells);
}

function chartOf(report: Report, top: DriftFeature | undefined): string | null {
  if (!top || !top.reference?.histogram || !top.current?.histogram) return null;
  const ref = top.reference.histogram;
  const cur = top.current.histogram;
  const n = Math.min(ref.counts?.length ?? 0, cur.counts?.length ?? 0);
  if (n < 2) return null;
  const MAX_BINS = 20;
  let labels: string[];
  let r = shares(ref.counts.slice(0, n));
  let c = shares(cur.counts.slice(0, n));
  if (ref.edges && ref.edges.length === n + 1) {
    labels = ref.edges.slice(0, n).map((e) => mermaidLabel(formatNumber(e)));
  } else {
    labels = (ref.labels ?? []).slice(0, n).map((l) => mermaidLabel(l, 16));
    while (labels.length < n) labels.push(`bin ${labels.length + 1}`);
  }
  if (n > MAX_BINS) {
    // keep the bins that carry the most mass on either side, then fold the rest into "(other)"
    const keep = [...Array(n).keys()]
      .sort((a, b) => Math.max(r[b] ?? 0, c[b] ?? 0) - Math.max(r[a] ?? 0, c[a] ?? 0))
      .slice(0, MAX_BINS - 1)
      .sort((a, b) => a - b);
    const rest = (xs: number[]) => 1 - keep.reduce((s, i) => s + (xs[i] ?? 0), 0);
    labels = [...keep.map((i) => labels[i] ?? '?'), '(other)'];
    const r2 = [...keep.map((i) => r[i] ?? 0), rest(r)];
    const c2 = [...keep.map((i) => c[i] ?? 0), rest(c)];
    r = r2;
    c = c2;
  }
  const pct = (xs: number[]) => xs.map((x) => (Math.max(0, x) * 100).toFixed(1)).join(', ');
  const max = Math.max(...r, ...c, 0.01) * 100;
  return [
    `Reference (bars) vs current (line), share of rows per bin, for the most drifted feature **${escapeMarkdown(top.name)}**:`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(top.name, 40)}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "share of rows (%)" 0 --> ${Math.ceil(max)}`,
    `  bar [${pct(r)}]`,
    `  line [${pct(c)}]`,
    '```',
  ].join('\n');
}

function buildModel(report: Report, options: MarkdownOptions): Model {
  const checks = sortChecks(report.checks ?? []);
  const failing = checks.filter((c) => c.status === 'fail');
  const warning = checks.filter((c) => c.status === 'warn');
  const problems = [...failing, ...warning.slice(0, SHOWN_WARNINGS)];
  const moreWarnings = warning.slice(SHOWN_WARNINGS);
  const passing = checks.filter((c) => c.status !== 'fail' && c.status !== 'warn');
  const features = sortDrift(report.drift?.features ?? []);
  const drifted = features.filter((f) => !f.skipped && f.drifted);
  const passingDrift = features.filter((f) => f.skipped || !f.drifted);
  const p = report.performance;
  const segmentRows: string[][] = [];
  for (const s of p?.segments ?? []) {
    for (const [metric, e] of Object.entries(s.metrics ?? {})) {
      segmentRows.push([
        escapeMarkdown(s.column),
        escapeMarkdown(s.value),
        formatCount(s.rows),
        escapeMarkdown(metric),
        formatInterval(e?.value, e?.ci),
        s.gated ? 'yes' : 'no (too small)',
      ]);
    }
  }
  const inputRows: string[][] = Object.entries(report.inputs ?? {}).map(([role, i]) => [
    escapeMarkdown(role),
    escapeMarkdown(i?.path, 120),
    escapeMarkdown(i?.format),
    formatCount(i?.rows),
    formatCount(i?.columns?.length),
  ]);
  const notes = [
    ...(report.skipped ?? []).map(
      (s) => `- ${escapeMarkdown(s.section)} skipped: ${escapeMarkdown(s.reason, 200)}`,
    ),
    ...(p?.notes ?? []).map((n) => `- ${escapeMarkdown(n, 300)}`),
  ];
  const settingsRows = flattenSettings(report.settings ?? {}).map(([k, v]) => [
    escapeMarkdown(k, 60),
    escapeMarkdown(v, 120),
  ]);
  // the chart only when something drifted: a passing comment stays short
  const chart = options.chart === false ? null : chartOf(report, drifted[0]);
  return {
    report,
    gateId: options.gateId ?? report.gateId ?? 'default',
    reportUrl: safeUrl(options.reportUrl),
    problems,
    moreWarnings,
    passing,
    metrics: metricRows(report),
    drifted,
    passingDrift,
    driftChecks: checksBySubject(report.checks ?? [], ['drift']),
    qualityRows: qualityRowsOf(report),
    segmentRows,
    inputRows,
    notes,
    settingsRows,
    chart,
  };
}

function fullLimits(m: Model): Limits {
  return {
    chart: m.chart ? 1 : 0,
    settings: m.settingsRows.length,
    passingDrift: m.passingDrift.length,
    passingChecks: m.passing.length,
    segments: m.segmentRows.length,
    quality: m.qualityRows.length,
    inputs: m.inputRows.length,
    notes: m.notes.length,
    drifted: m.drifted.length,
    metrics: m.metrics.length,
    problems: m.problems.length,
    moreWarnings: m.moreWarnings.length,
  };
}

function omitted(shown: number, total: number, what: string): string {
  return shown < total
    ? `\n\n_…and ${formatCount(total - shown)} more ${what} (trimmed; see the full report)._`
    : '';
}

function render(m: Model, limits: Limits, full: Limits): string {
  const r = m.report;
  const parts: string[] = [commentMarker(m.gateId)];
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
      `### Performance (${task})\n\n${rowsLine}.\n\n${table([head, ...rows], hasBaseline ? ['l', 'r', 'r', 'r', 'l', 'l'] : ['l', 'r', 'l', 'l'])}${omitted(rows.length, m.metrics.length, 'metrics')}`,
    );
  }

  const d = r.drift;
  if (d) {
    const tested = (d.features ?? []).filter((f) => !f.skipped).length;
    const lines = [
      `### Drift\n\n**${formatCount(m.drifted.length)} of ${formatCount(tested)}** features drifted ` +
        `(${formatPercent(d.share)}; dataset drift at ≥ ${formatPercent(d.shareThreshold)}: **${d.datasetDrift ? 'yes' : 'no'}**). ` +
        `Reference ${formatCount(d.rows?.reference)} rows, current ${formatCount(d.rows?.current)} rows` +
        (d.correction && d.correction !== 'none' ? `, ${escapeMarkdown(d.correction)} correction.` : '.'),
    ];
    const pd = r.predictionDrift;
    if (pd) {
      const check = checksBySubject(r.checks ?? [], ['prediction_drift']).get(pd.name);
      lines.push(
        `Prediction drift (**${escapeMarkdown(pd.name)}**, ${escapeMarkdown(pd.method)}): ` +
          (pd.skipped
            ? `not tested — ${escapeMarkdown(pd.skipped, 120)}`
            : `score ${formatScore(pd.score, isPValueMethod(pd.method))}, ${statusCell(driftStatus(pd, check))}`),
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

  const link = m.reportUrl ? ` · [full report](${m.reportUrl})` : '';
  parts.push(
    `<sub>${escapeMarkdown(r.tool?.name ?? 'model-gate')} ${escapeMarkdown(r.tool?.version ?? '', 20)} · ${escapeMarkdown(r.createdAt ?? '', 40)}${link}</sub>`,
  );
  return parts.join('\n\n') + '\n';
}

/**
 * The size a limit is checked against: UTF-8 bytes, never fewer than characters, so one number bounds
 * both GitHub's comment limit (65,536 characters) and the job summary's (1 MiB).
 */
function size(text: string): number {
  return Buffer.byteLength(text, 'utf8');
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
