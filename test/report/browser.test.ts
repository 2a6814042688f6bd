/**
 * Loads the HTML report in headless Chromium (/usr/bin/chromium via playwright-core): no console error, no
 * page error, no network request, no sideways scrolling of the page at 390 px, and the drift table sorts
 * on click. Also parses the JUnit XML with the browser's XML parser. Skipped, saying so, when Chromium is
 * not installed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderJunit } from '../../src/report/junit.js';
import { SAMPLES } from './samples.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`browser tests skipped: ${CHROMIUM} is not installed`);

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'model-gate-browser-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** opens a sample's HTML from a file; returns the page and the errors and requests it produced */
  async function open(
    name: string,
    width: number,
  ): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, renderHtml(SAMPLES[name]!()));
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it.each(Object.keys(SAMPLES).flatMap((name) => [390, 1600].map((w) => [name, w] as const)))(
    '%s at %i px: no console or page error, no network, no page-wide sideways scroll',
    async (name, width) => {
      const { page, errors, requests } = await open(name, width);
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      // a string, so the Node-only tsconfig (no DOM lib) needs no browser types
      const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(width);
      // the sort script ran under the CSP (a blocked script would leave the buttons dead; checked below)
      await page.close();
    },
  );

  it('sorts the drift table when a heading is clicked', async () => {
    const { page, errors } = await open('binary', 1600);
    const column = (i: number) =>
      page.$$eval(`#drift-table tbody tr td:nth-child(${i})`, (tds) => tds.map((td) => td.textContent ?? ''));
    const initial = await column(2);
    expect(initial.slice(0, 2)).toEqual(['amount', 'balance']);

    await page.click('#drift-table th:nth-child(2) button');
    const asc = await column(2);
    expect(asc).toEqual([...initial].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    expect(await page.getAttribute('#drift-table th:nth-child(2)', 'aria-sort')).toBe('ascending');

    await page.click('#drift-table th:nth-child(2) button');
    expect(await column(2)).toEqual([...asc].reverse());
    expect(await page.getAttribute('#drift-table th:nth-child(2)', 'aria-sort')).toBe('descending');

    // numeric sort on the rank column restores the original order
    await page.click('#drift-table th:nth-child(1) button');
    expect(await column(2)).toEqual(initial);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('parses the JUnit XML of the hostile report as well-formed XML', async () => {
    const page = await browser.newPage();
    const xml = renderJunit(SAMPLES.hostile!());
    const result = await page.evaluate<{ error: boolean; cases: number }>(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        cases: doc.getElementsByTagName('testcase').length,
      };
    })()`);
    expect(result.error).toBe(false);
    expect(result.cases).toBe(SAMPLES.hostile!().checks.length);
    await page.close();
  });
});
