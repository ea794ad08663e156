import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, renderHtmlReport } from '../../src/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { example } from '../helpers/examples.js';

// The HTML report as a clerk sees it, in Debian's Chromium (.ci/run installs it). The screenshots
// are kept in artifacts/ for a person to look at.
const artifacts = new URL('../../artifacts/', import.meta.url);

describe('the HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['cluster.json', 'workshop.json'])('renders %s, fetches nothing, and is screenshot', async (file) => {
    const result = await evaluate(example(file));
    if (result.verdict === 'invalid') throw new Error('invalid');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(renderHtmlReport(result, { title: file }), { waitUntil: 'load' });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('tbody tr').count()).toBe(result.checks.length);
    expect(await page.locator('.verdict').textContent()).toBe('符合条件');
    const chart = page.locator('svg').first();
    expect((await chart.boundingBox())?.width).toBeGreaterThan(200);
    const png = new URL(`report-${file.replace('.json', '')}.png`, artifacts);
    await page.screenshot({ path: png.pathname, fullPage: true });
    expect(statSync(png).size).toBeGreaterThan(20_000);
    await page.close();
  });

  it('prints to PDF', async () => {
    const page = await browser.newPage();
    await page.setContent(renderHtmlReport(await evaluate(example('chain.json'))));
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(new URL('report-chain.pdf', artifacts), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
