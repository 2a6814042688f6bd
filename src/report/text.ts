/**
 * The short human summary the CLI prints: verdict and counts, failing and warning checks, the metrics
 * table, the most drifted features. Plain text, no colour codes; user strings lose control characters
 * (no terminal escape sequences get through) and are cut to a readable length.
 */
import type { Report } from '../contract/report.js';
import { clean, truncate } from './escape.js';
import { formatCount, formatInterval, formatNumber, formatPercent, formatScore } from './format.js';
import {
  confidenceLabel,
  isPValueMethod,
  metricRows,
  sortChecks,
  sortDrift,
  statusOf,
  strengthBar,
  driftStrength,
} from './view.js';

/** how many drifted features and problem checks the summary lists before "…and N more" */
export const TEXT_TOP = 10;

const plain = (s: unknown, max = 60): string => truncate(clean(s), max);

/** columns padded to their widest cell (by code points), two spaces apart */
function columns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(cell).length)));
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - Array.from(cell).length),
      )
      .join('  ')
      .trimEnd(),
  );
}

export function renderText(report: Report): string {
  const out: string[] = [];
  const s = report.summary ?? { passed: 0, warned: 0, failed: 0, skipped: 0 };
  const verdict = statusOf(report.verdict);
  out.push(
    `model-gate ${plain(report.gateId, 40)}: ${verdict.toUpperCase()} — ${formatCount(s.failed)} failed, ` +
      `${formatCount(s.warned)} warned, ${formatCount(s.passed)} passed, ${formatCount(s.skipped)} skipped`,
  );

  const problems = sortChecks(report.checks ?? []).filter((c) => c.status === 'fail' || c.status === 'warn');
  if (problems.length > 0) {
    out.push('');
    for (const c of problems.slice(0, TEXT_TOP))
      out.push(`  ${c.status.toUpperCase()}  ${plain(c.id, 60)}: ${plain(c.message, 200)}`);
    if (problems.length > TEXT_TOP)
      out.push(`  …and ${formatCount(problems.length - TEXT_TOP)} more (see the report)`);
  }

  const p = report.performance;
  if (p) {
    const conf = confidenceLabel(report);
    const base = p.baseline !== null && p.baseline !== undefined;
    const head = base
      ? ['metric', 'candidate', 'baseline', `delta (${conf} CI)`, 'status']
      : ['metric', `candidate (${conf} CI)`, 'status'];
    const rows = metricRows(report).map((r) =>
      base
        ? [
            plain(r.metric, 30),
            formatNumber(r.candidate?.value),
            formatNumber(r.baseline?.value),
            formatInterval(r.delta?.value, r.delta?.ci, { signed: true }),
            r.status ?? '',
          ]
        : [plain(r.metric, 30), formatInterval(r.candidate?.value, r.candidate?.ci), r.status ?? ''],
    );
    out.push('', `Performance (${plain(p.task, 20)}, ${formatCount(p.candidate?.rows)} rows)`);
    out.push(...columns([head, ...rows]).map((l) => '  ' + l));
  }

  const d = report.drift;
  if (d) {
    const features = sortDrift(d.features ?? []);
    const tested = features.filter((f) => !f.skipped);
    const drifted = tested.filter((f) => f.drifted);
    out.push(
      '',
      `Drift: ${formatCount(drifted.length)} of ${formatCount(tested.length)} features drifted (${formatPercent(d.share)}; ` +
        `dataset drift at ${formatPercent(d.shareThreshold)}: ${d.datasetDrift ? 'yes' : 'no'})`,
    );
    const top = drifted.slice(0, TEXT_TOP);
    if (top.length > 0) {
      const rows = top.map((f) => {
        const p = isPValueMethod(f.method);
        return [
          plain(f.name, 40),
          plain(f.method, 20),
          formatScore(f.score, p),
          // drift when a p-value falls below its threshold, or a distance reaches it
          f.threshold === null ? 'n/a' : `${p ? '<' : '≥'} ${formatScore(f.threshold, p)}`,
          strengthBar(driftStrength(f)),
        ];
      });
      out.push(...columns([['feature', 'method', 'score', 'drift when', ''], ...rows]).map((l) => '  ' + l));
      if (drifted.length > TEXT_TOP) out.push(`  …and ${formatCount(drifted.length - TEXT_TOP)} more`);
    }
  }
  for (const sk of report.skipped ?? [])
    out.push('', `${plain(sk.section, 30)} skipped: ${plain(sk.reason, 200)}`);
  return out.join('\n') + '\n';
}
