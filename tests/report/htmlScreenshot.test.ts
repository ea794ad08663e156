import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, renderHtmlReport } from '../../src/index.js';
import { launchChromium, withChineseFont } from '../helpers/chromium.js';
import { eligibleExample, example } from '../helpers/examples.js';

// The HTML report as a clerk sees it, in headless Chromium (scripts/find-chromium.mjs), with a CJK
// font from npm. The screenshots are kept in artifacts/ for a person to look at.
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
    const result = await evaluate(eligibleExample(file));
    if (result.verdict === 'invalid') throw new Error('invalid');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(renderHtmlReport(result, { title: file }), { waitUntil: 'load' });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    // Chinese glyphs from the npm font, whatever fonts the machine has.
    expect(await withChineseFont(page)).toBeGreaterThan(3);
    expect(await page.locator('tbody tr').count()).toBe(result.checks.length);
    expect(await page.locator('.verdict').textContent()).toBe('符合条件');
    const chart = page.locator('svg').first();
    expect((await chart.boundingBox())?.width).toBeGreaterThan(200);
    const png = new URL(`report-${file.replace('.json', '')}.png`, artifacts);
    await page.screenshot({ path: png.pathname, fullPage: true });
    expect(statSync(png).size).toBeGreaterThan(20_000);
    await page.close();
  });

  it('prints a 补正通知 a clerk can sign and send: three headed sections, Chinese glyphs drawn, A4', async () => {
    // A chain with one requirement failed, fields to correct, and an address for the clerk to verify.
    const input = example('chain.json') as {
      lead: { registeredAddress: string; contact: { phone: string } };
      participants: { independentLegalPerson?: boolean; name: string }[];
    };
    input.lead.registeredAddress = '新疆乌鲁木齐市天山区解放北路1号';
    input.lead.contact.phone = '';
    (input.participants[0] as { name: string }).name = '昌吉州参与企业1有限公司呼图壁分公司';
    const result = await evaluate(input);
    if (result.verdict === 'invalid') throw new Error('invalid');
    expect(result.verdict).toBe('needs-correction');
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.setContent(renderHtmlReport(result, { title: 'chain.json' }), { waitUntil: 'load' });
    expect(await withChineseFont(page)).toBeGreaterThan(3);
    const headings = await page.locator('.notice h2').allTextContents();
    expect(headings.map((h) => h.replace(/\s+\d+项.*$/, ''))).toEqual([
      '一、不符合申报条件',
      '二、需补正事项',
      '三、需经办人核实',
    ]);
    expect(await page.locator('.notice ol').nth(0).locator('li').count()).toBe(result.corrections.length);
    expect(await page.locator('.notice').textContent()).toContain('表一申报（牵头）单位的“联系电话”');
    expect(await page.locator('.notice').textContent()).toContain('经办人（签字）');
    // Chinese glyphs are drawn with the CJK font from npm: the heading's glyphs are not the narrow
    // boxes of a missing font, 27 characters at 20px take over 400px.
    expect((await page.locator('h1').boundingBox())?.width).toBeGreaterThan(400);
    const png = new URL('correction-notice.png', artifacts);
    await page.screenshot({ path: png.pathname, fullPage: false });
    expect(statSync(png).size).toBeGreaterThan(30_000);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(new URL('correction-notice.pdf', artifacts), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
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
