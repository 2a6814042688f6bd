/**
 * Renders a report into the files of the report folder (report/formats.ts, the one format table) and
 * writes them all-or-nothing.
 */
import type { Report } from '../contract/report.js';
import { writeFilesAtomically } from '../io/write-reports.js';
import {
  REPORT_FORMAT_IDS,
  REPORT_FORMATS,
  renderReportFiles,
  type ReportFormat,
  type WrittenKey,
} from '../report/formats.js';

export { renderReportFiles, REPORT_FORMAT_IDS as ALL_FORMATS, type ReportFormat };

/** absolute paths of the written files, by format key (json, markdown, html, junit, prometheus) */
export type WrittenReports = Partial<Record<WrittenKey, string>>;

/** renders and writes the report files; returns absolute paths by format key */
export async function writeReports(
  report: Report,
  outDir: string,
  formats: readonly ReportFormat[] = REPORT_FORMAT_IDS,
): Promise<WrittenReports> {
  const written = await writeFilesAtomically(outDir, renderReportFiles(report, formats));
  const out: WrittenReports = {};
  for (const f of formats) {
    const path = written[REPORT_FORMATS[f].file];
    if (path !== undefined) out[REPORT_FORMATS[f].key] = path;
  }
  return out;
}
