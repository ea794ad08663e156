import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/build.js';
import { launchChromium, withChineseFont } from '../helpers/chromium.js';

// The reference 申报 page (examples/portal/), built by Vite and driven in headless Chromium as a
// person would use it. Screenshots are kept in artifacts/.
const configFile = fileURLToPath(new URL('../../examples/portal/vite.config.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../../.scratch/portal-test', import.meta.url));
const artifacts = fileURLToPath(new URL('../../artifacts/', import.meta.url));

describe('the reference form page in headless Chromium', () => {
  let server: PreviewServer;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    ensureBuilt('dist/browser.js', 'dist/report.js');
    await build({ configFile, logLevel: 'silent', build: { outDir } });
    server = await preview({
      configFile,
      logLevel: 'silent',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    url = server.resolvedUrls?.local[0] as string;
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const messagesAt = (page: Page, pointer: string) => page.locator(`.messages[data-for="${pointer}"]`);
  const verdict = (page: Page) => page.locator('#verdict');

  it('checks the workshop as it is filled in: 得分 49 fails beside 得分, a cleared 联系电话 is asked for there', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}?example=workshop`);
    await expect.poll(() => verdict(page).textContent()).toMatch(/^符合条件/);
    expect(await withChineseFont(page)).toBeGreaterThan(3);

    await page.getByLabel('数据基础、管理及成效得分', { exact: true }).fill('49');
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('ineligible');
    expect(await verdict(page).textContent()).toMatch(/^不符合条件/);
    const score = messagesAt(page, '/lead/assessment/score');
    expect(await score.textContent()).toContain('当前49分');
    expect(await score.locator('.message').first().getAttribute('data-outcome')).toBe('reject');
    const shoot = async (pointer: string, file: string) => {
      await page
        .locator(`[data-pointer="${pointer}"]`)
        .evaluate((e) => (e as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: `${artifacts}${file}` });
      expect(statSync(`${artifacts}${file}`).size).toBeGreaterThan(20_000);
    };
    await shoot('/lead/assessment/score', 'portal-score-49.png');

    await page.getByLabel('联系电话', { exact: true }).fill('');
    // A completeness message beside the field, not a page of schema errors.
    const phone = messagesAt(page, '/lead/contact/phone');
    await expect.poll(() => phone.textContent()).toContain('联系电话');
    expect(await page.locator('.message[data-outcome="invalid"]').count()).toBe(0);
    expect(await verdict(page).getAttribute('data-verdict')).toBe('ineligible');
    await shoot('/lead/contact/phone', 'portal-phone-cleared.png');

    // 得分 back to 60: only the field to correct is left (补正), and the verdict says so.
    await page.getByLabel('数据基础、管理及成效得分', { exact: true }).fill('60');
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('needs-correction');
    expect(await phone.locator('.message').first().getAttribute('data-outcome')).toBe('correct');
    expect(await score.locator('.message').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads any example: three eligible as they stand, the chain and cluster with 其他 to name', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const names = await page.locator('#example option').allTextContents();
    expect(names.sort()).toEqual(['belt-road', 'chain', 'cluster', 'factory', 'workshop']);
    for (const name of names) {
      await page.selectOption('#example', name);
      await page.click('#load');
      const consortium = name === 'chain' || name === 'cluster';
      await expect
        .poll(() => verdict(page).getAttribute('data-verdict'))
        .toBe(consortium ? 'needs-correction' : 'eligible');
      // Nothing short but, for a consortium, the 其他 to name; an advisory note (提示: the cluster's) is a note.
      const short = page.locator('.message:not([data-outcome="advisory"])');
      if (consortium) expect(await short.allTextContents()).toEqual([expect.stringContaining('所属行业选“其他”')]);
      else expect(await short.count()).toBe(0);
    }
    // A consortium's participants are in the form, each a fieldset of its own.
    await page.selectOption('#example', 'chain');
    await page.click('#load');
    expect(await page.locator('fieldset[data-pointer^="/participants/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('prints the HTML report', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}?example=chain`);
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('needs-correction');
    const [report] = await Promise.all([page.waitForEvent('popup'), page.click('#print')]);
    await report.waitForLoadState();
    expect(await report.locator('h1').textContent()).toContain('形式审查意见（补正通知）');
    expect(await report.locator('.verdict').textContent()).toBe('需补正');
    expect(await report.locator('.notice h2').nth(1).textContent()).toContain('二、需补正事项');
    await page.close();
  });
});
