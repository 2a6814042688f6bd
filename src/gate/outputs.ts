/**
 * Renders a report into the files of the report folder and writes them all-or-nothing.
 * report.json (the source of every rendering), report.md (job-summary sized Markdown), report.html,
 * junit.xml, metrics.prom.
 */
import { writeFilesAtomically } from '../io/write-reports.js';
import { renderHtml, renderJunit, renderMarkdown, renderPrometheus } from '../report/index.js';
import type { Report } from '../contract/report.js';

export const REPORT_FILES = {
  json: 'report.json',
  md: 'report.md',
  html: 'report.html',
  junit: 'junit.xml',
  prom: 'metrics.prom',
} as const;
export type ReportFileFormat = keyof typeof REPORT_FILES;
export const ALL_FORMATS = Object.keys(REPORT_FILES) as ReportFileFormat[];

/** GitHub's job summary limit is 1 MiB; the Markdown file is written to fit it */
export const SUMMARY_MAX_CHARS = 1_000_000;

export function renderReportFiles(
  report: Report,
  formats: readonly ReportFileFormat[],
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of formats) {
    const name = REPORT_FILES[f];
    if (f === 'json') files[name] = `${JSON.stringify(report, null, 2)}\n`;
    else if (f === 'md') files[name] = renderMarkdown(report, { maxChars: SUMMARY_MAX_CHARS });
    else if (f === 'html') files[name] = renderHtml(report);
    else if (f === 'junit') files[name] = renderJunit(report);
    else files[name] = renderPrometheus(report);
  }
  return files;
}

export interface WrittenReports {
  json?: string;
  markdown?: string;
  html?: string;
  junit?: string;
  prometheus?: string;
}

/** renders and writes the report files; returns absolute paths by format */
export async function writeReports(
  report: Report,
  outDir: string,
  formats: readonly ReportFileFormat[] = ALL_FORMATS,
): Promise<WrittenReports> {
  const written = await writeFilesAtomically(outDir, renderReportFiles(report, formats));
  return {
    json: written[REPORT_FILES.json],
    markdown: written[REPORT_FILES.md],
    html: written[REPORT_FILES.html],
    junit: written[REPORT_FILES.junit],
    prometheus: written[REPORT_FILES.prom],
  };
}
