/** The renderings of a report: each a pure `(report) => string`. */
export { renderMarkdown, commentMarker, COMMENT_MAX_CHARS, SUMMARY_MAX_CHARS } from './markdown.js';
export { REPORT_FORMATS, REPORT_FORMAT_IDS, renderReportFiles, type ReportFormat } from './formats.js';
export type { MarkdownOptions } from './markdown.js';
export { renderHtml } from './html.js';
export { renderJunit } from './junit.js';
export { renderPrometheus } from './prometheus.js';
export { renderText } from './text.js';
