/**
 * Data table (one row per output format). The report files model-gate writes: the id `--format` takes, the
 * file name in the report folder, the key the writer returns its path under (action outputs read them),
 * a phrase for usage text, and the renderer. The writer (gate/outputs.ts) and the CLI (cli/args.ts) read
 * only this table: adding a format is one renderer and one row.
 */
import type { Report } from '../contract/report.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown, SUMMARY_MAX_CHARS } from './markdown.js';
import { renderPrometheus } from './prometheus.js';

export interface ReportFormatDef {
  readonly file: string;
  readonly key: string;
  readonly what: string;
  readonly render: (report: Report) => string;
}

export const REPORT_FORMATS = {
  json: {
    file: 'report.json',
    key: 'json',
    what: 'the report itself (schema/report.schema.json), the source of every rendering',
    render: (report: Report) => `${JSON.stringify(report, null, 2)}\n`,
  },
  md: {
    file: 'report.md',
    key: 'markdown',
    what: 'Markdown sized for the job summary',
    render: (report: Report) => renderMarkdown(report, { maxChars: SUMMARY_MAX_CHARS }),
  },
  html: { file: 'report.html', key: 'html', what: 'self-contained HTML report', render: renderHtml },
  junit: { file: 'junit.xml', key: 'junit', what: 'JUnit XML, one test case per check', render: renderJunit },
  prom: {
    file: 'metrics.prom',
    key: 'prometheus',
    what: 'Prometheus text exposition',
    render: renderPrometheus,
  },
} as const satisfies Record<string, ReportFormatDef>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
/** every format id, in table order (the default: all of them) */
export const REPORT_FORMAT_IDS = Object.keys(REPORT_FORMATS) as ReportFormat[];
/** the key each written file's path is returned under */
export type WrittenKey = (typeof REPORT_FORMATS)[ReportFormat]['key'];

/** the files of `formats`, rendered: file name → contents */
export function renderReportFiles(report: Report, formats: readonly ReportFormat[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of formats) files[REPORT_FORMATS[f].file] = REPORT_FORMATS[f].render(report);
  return files;
}
