// Bundles the installed package's ESM build for the browser (as a portal's bundler would) and runs it in
// headless Chromium. Argument: the node_modules folder that holds the installed package.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const nodeModules = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'sme-dx-browser-'));
try {
  const entry = join(dir, 'entry.js');
  writeFileSync(
    entry,
    `import { parseApplication, isValidCreditCode } from 'sme-dx-benchmark';
     window.result = { parsed: parseApplication({}).ok, code: isValidCreditCode('91330100716105852F') };`,
  );
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    nodePaths: [nodeModules],
    logLevel: 'error',
  });
  const html = `<!doctype html><meta charset="utf-8"><script type="module">${out.outputFiles[0].text}</script>`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(html);
    await page.waitForFunction(() => 'result' in window, null, { timeout: 10_000 });
    const result = await page.evaluate(() => window.result);
    if (errors.length > 0 || result.parsed !== false || result.code !== true) {
      throw new Error(`browser: ${JSON.stringify({ errors, result })}`);
    }
    console.log('ok: the ESM build runs in Chromium', JSON.stringify(result));
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
