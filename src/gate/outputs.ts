/**
 * Renders a report into the files of the report folder (report/formats.ts, the one format table) and
 * writes them all-or-nothing; the report files of formats not written this time are removed, and a run that
 * fails clears them (`clearReports`).
 */
import type { Report } from '../contract/report.js';
import { removeFiles, writeFilesAtomically } from '../io/write-reports.js';
import {
  REPORT_FORMAT_IDS,
  REPORT_FORMATS,
  renderReportFiles,
  type ReportFormat,
  type WrittenKey,
} from '../report/formats.js';

export { renderReportFiles, REPORT_FORMAT_IDS as ALL_FORMATS, type ReportFormat };

/** every file a report folder may hold, from the format table */
const REPORT_FILE_NAMES = REPORT_FORMAT_IDS.map((f) => REPORT_FORMATS[f].file);

/** absolute paths of the written files, by format key (json, markdown, html, junit, prometheus) */
export type WrittenReports = Partial<Record<WrittenKey, string>>;

/** renders and writes the report files; returns absolute paths by format key */
export async function writeReports(
  report: Report,
  outDir: string,
  formats: readonly ReportFormat[] = REPORT_FORMAT_IDS,
): Promise<WrittenReports> {
  const written = await writeFilesAtomically(outDir, renderReportFiles(report, formats), REPORT_FILE_NAMES);
  const out: WrittenReports = {};
  for (const f of formats) {
    const path = written[REPORT_FORMATS[f].file];
    if (path !== undefined) out[REPORT_FORMATS[f].key] = path;
  }
  return out;
}

/**
 * removes every report file from `outDir` (a run that stopped with a user error: the previous run's
 * reports must not pass for this one's); other files are left alone
 */
export async function clearReports(outDir: string): Promise<void> {
  await removeFiles(outDir, REPORT_FILE_NAMES);
}
