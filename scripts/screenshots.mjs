// node scripts/screenshots.mjs [report.json] [--sample <name>] [--out <dir>]
// Renders a report (default: the binary sample from test/report/samples.ts; pass a real report.json, e.g.
// from `npm run demo`, to use that, or --sample hostile to look at another sample) and screenshots it in headless Chromium (/usr/bin/chromium) with
// playwright-core:
//   docs/images/report-1600.png   the HTML report at 1600 px (top of the page)
//   docs/images/report-390.png    the HTML report at 390 px (a phone)
//   docs/images/report-drift-1600.png  the drift section at 1600 px (and report-drift-390.png at 390 px)
//   docs/images/pr-comment.png    the PR-comment Markdown rendered by marked (GFM), styled like GitHub
//   docs/images/report-serving-1200.png, report-shadow-1200.png, report-estimated-1200.png,
//   report-multivariate-1200.png  the serving, shadow, CBPE and multivariate sections (when present)
// The sources are bundled with esbuild first, as scripts/bench.mjs does.
/* global document -- used inside page.evaluate, which runs in the browser */
import { build } from 'esbuild';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  if (i < 0) return null;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value;
};
const sampleName = flag('--sample');
const images = resolve(flag('--out') ?? join(root, 'docs/images'));
const tmp = mkdtempSync(join(tmpdir(), 'model-gate-shots-'));

const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  `export { renderHtml, renderMarkdown } from ${JSON.stringify(join(root, 'src/report/index.ts'))};
export { SAMPLES } from ${JSON.stringify(join(root, 'test/report/samples.ts'))};`,
);
const bundle = join(tmp, 'render.mjs');
await build({
  entryPoints: [entry],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { renderHtml, renderMarkdown, SAMPLES } = await import(pathToFileURL(bundle).href);

const reportPath = argv[0];
const report = reportPath
  ? JSON.parse(readFileSync(resolve(reportPath), 'utf8'))
  : (SAMPLES[sampleName ?? 'binary']?.() ?? usage());

function usage() {
  console.error(`screenshots: unknown sample '${sampleName}' (have: ${Object.keys(SAMPLES).join(', ')})`);
  process.exit(2);
}

// GitHub's comment look, roughly: system font, 14px, bordered tables, details, a comment box.
const GITHUB_CSS = `
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { max-width: 880px; margin: 16px auto; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
.markdown-body h3 { font-size: 1.25em; margin: 24px 0 16px; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #0969da; }
.markdown-body details { margin: 0 0 16px; }
.markdown-body summary { cursor: pointer; }
.markdown-body pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; font-size: 85%; }
.markdown-body code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.markdown-body ul { padding-left: 2em; }
.markdown-body sub { color: #59636e; }
`;

const markdown = renderMarkdown(report, {
  reportUrl: 'https://github.com/acme/models/actions/runs/123456789',
});
// GitHub shows "> [!NOTE]" as an alert and mermaid blocks as charts; marked shows the raw forms, which is
// close enough to judge layout and escaping.
const commentHtml = `<!doctype html><html><head><meta charset="utf-8"><style>${GITHUB_CSS}</style></head><body>
<div class="comment"><div class="comment-head"><b>github-actions</b> bot commented</div>
<div class="markdown-body">${marked.parse(markdown, { gfm: true, async: false })}</div></div></body></html>`;

mkdirSync(images, { recursive: true });
writeFileSync(join(tmp, 'report.html'), renderHtml(report));
writeFileSync(join(tmp, 'comment.html'), commentHtml);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const shoot = async (file, width, out, opts = {}) => {
    const page = await browser.newPage({
      viewport: { width, height: opts.height ?? 1000 },
      deviceScaleFactor: 1,
    });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(join(tmp, file)).href);
    if (opts.open)
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    if (opts.selector) {
      await page.locator(opts.selector).screenshot({ path: join(images, out) });
    } else {
      await page.screenshot({ path: join(images, out), fullPage: opts.fullPage ?? false });
    }
    if (errors.length) console.warn(`${out}: page errors:\n  ${errors.join('\n  ')}`);
    await page.close();
    console.log(`wrote ${join(images, out)}`);
  };
  await shoot('report.html', 1600, 'report-1600.png', { height: 1400 });
  await shoot('report.html', 390, 'report-390.png', { height: 2400 });
  if (report.drift) {
    await shoot('report.html', 1600, 'report-drift-1600.png', { selector: '#drift' });
    await shoot('report.html', 390, 'report-drift-390.png', { selector: '#drift' });
  }
  await shoot('comment.html', 1000, 'pr-comment.png', { fullPage: true });
  // issue 12's sections, when the report has them (the fraud demo does)
  const shown = report;
  if (shown.serving) await shoot('report.html', 1200, 'report-serving-1200.png', { selector: '#serving' });
  if (shown.shadow) await shoot('report.html', 1200, 'report-shadow-1200.png', { selector: '#shadow' });
  if (shown.performance?.estimated)
    await shoot('report.html', 1200, 'report-estimated-1200.png', { selector: '#estimated' });
  if (shown.drift?.multivariate)
    await shoot('report.html', 1200, 'report-multivariate-1200.png', { selector: '#multivariate' });
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
