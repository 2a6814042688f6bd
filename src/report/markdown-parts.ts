/**
 * The pieces the PR comment and job summary are made of (./markdown.ts composes them): the model of what
 * is shown, in which order, with the row groups that can be trimmed and their limits; the cell, row and
 * table helpers. Pure; every user-derived string is escaped and every number formatted here or in the
 * sections.
 */
import { markdownTable } from 'markdown-table';
import type { Check, DriftFeature, Report } from '../contract/report.js';
import { escapeMarkdown, MAX_MESSAGE_CHARS, mermaidLabel, safeUrl } from './escape.js';
import {
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
  driftStatus,
  driftIntervalText,
  driftStrength,
  driftWhenText,
  familyLine,
  flattenSettings,
  groupNotes,
  isPValueMethod,
  intervalMethodsLine,
  metricRows,
  unenforceableRules,
  shares,
  sortChecks,
  sortDrift,
  STATUS_ICON,
  statusOf,
  strengthBar,
} from './view.js';

/** how the comment or summary is rendered */
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

/** warnings listed before the rest are folded into <details> */
export const SHOWN_WARNINGS = 10;

/** row groups that can be trimmed, least important first; `floor` rows are always kept */
export const TRIM_ORDER = [
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

export type TrimKey = (typeof TRIM_ORDER)[number]['key'];
export type Limits = Record<TrimKey, number>;

export interface Model {
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

export const table = (rows: string[][], align?: ('l' | 'r' | 'c')[]): string =>
  markdownTable(rows, { alignDelimiters: false, padding: true, align: align ?? null });

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function statusCell(status: string): string {
  const s = statusOf(status);
  return `${STATUS_ICON[s]} ${s}`;
}

export function checkLine(c: Check): string {
  return `- ${STATUS_ICON[statusOf(c.status)]} **${escapeMarkdown(c.id)}** — ${escapeMarkdown(c.message, MAX_MESSAGE_CHARS)}`;
}

export function driftRow(f: DriftFeature, check: Check | undefined): string[] {
  const p = isPValueMethod(f.method);
  const status = driftStatus(f, check);
  return [
    escapeMarkdown(f.name),
    escapeMarkdown(f.kind),
    escapeMarkdown(f.method),
    f.skipped ? NA : `${formatScore(f.score, p)}${driftIntervalText(f) ? ` ${driftIntervalText(f)}` : ''}`,
    f.skipped ? NA : driftWhenText(f).replace(/^(lower end )?[<≥] n\/a$/, NA),
    f.skipped ? `${statusCell('skip')}: ${escapeMarkdown(f.skipped, 120)}` : statusCell(status),
    f.skipped ? '' : strengthBar(driftStrength(f)),
  ];
}

export const DRIFT_HEAD = ['Feature', 'Kind', 'Method', 'Score', 'Drift when', 'Status', 'Strength'];
export const DRIFT_ALIGN: ('l' | 'r')[] = ['l', 'l', 'l', 'r', 'r', 'l', 'l'];

export function qualityRowsOf(report: Report): string[][] {
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

export function chartOf(report: Report, top: DriftFeature | undefined): string | null {
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

export function buildModel(report: Report, options: MarkdownOptions): Model {
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
    ...groupNotes(p?.notes ?? []).map((n) => `- ${escapeMarkdown(n, 600)}`),
    ...(report.drift?.notes ?? []).map((n) => `- ${escapeMarkdown(n, 300)}`),
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

export function fullLimits(m: Model): Limits {
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

export function omitted(shown: number, total: number, what: string): string {
  return shown < total
    ? `\n\n_…and ${formatCount(total - shown)} more ${what} (trimmed; see the full report)._`
    : '';
}

/**
 * Under the metrics table: which methods gave the intervals (when not all bootstrap), and the rules the
 * holdout cannot enforce ("What the gate could not see")
 */
export function performanceFootnotes(r: Report): string {
  const methods = intervalMethodsLine(r);
  const methodsLine = methods ? `\n\nIntervals: ${escapeMarkdown(methods, 2000)}.` : '';
  const blind = unenforceableRules(r);
  const blindPart = blind.length
    ? `\n\n**What the gate could not see:**\n\n${blind.map((b) => `- ⚠️ ${escapeMarkdown(b, 2000)}.`).join('\n')}`
    : '';
  return methodsLine + blindPart;
}

/** after the drift summary: the gate-wide family and the effect rule, when configured ('' otherwise) */
export function driftRuleNotes(r: Report): string {
  const d = r.drift;
  const family = familyLine(r);
  return (
    (family ? ` Multiple testing: ${escapeMarkdown(family, 300)}.` : '') +
    (d?.decideOn === 'effect' && d.interval
      ? ` Decided on effect: a distance drifts when the lower end of its ${formatPercent(d.interval.confidence)} interval [in brackets, bias-corrected] reaches the threshold.`
      : '')
  );
}

/**
 * The size a limit is checked against: UTF-8 bytes, never fewer than characters, so one number bounds
 * both GitHub's comment limit (65,536 characters) and the job summary's (1 MiB).
 */
export function size(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** the tool, version and time, with the full report's link */
export function footerPart(m: Model): string[] {
  const r = m.report;
  const parts: string[] = [];
  const link = m.reportUrl ? ` · [full report](${m.reportUrl})` : '';
  parts.push(
    `<sub>${escapeMarkdown(r.tool?.name ?? 'model-gate')} ${escapeMarkdown(r.tool?.version ?? '', 20)} · ${escapeMarkdown(r.createdAt ?? '', 40)}${link}</sub>`,
  );

  return parts;
}
