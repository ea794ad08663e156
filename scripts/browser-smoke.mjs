// Bundles the installed package for a page (as a portal's bundler would: the `browser` condition, so
// dist/browser.js) and runs it in headless Chromium (scripts/find-chromium.mjs) on the workshop example. Argument: the node_modules
// folder that holds the installed package.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const nodeModules = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'sme-dx-browser-'));
try {
  const entry = join(dir, 'entry.js');
  writeFileSync(
    entry,
    `import { evaluate, parseApplication } from 'sme-dx-benchmark';
     import { isValidCreditCode } from 'sme-dx-benchmark/credit-code';
     const workshop = ${readFileSync(new URL('../docs/examples/workshop.json', import.meta.url), 'utf8')};
     window.result = {
       parsed: parseApplication({}).ok,
       code: isValidCreditCode('91330100716105852F'),
       verdict: (await evaluate(workshop)).verdict,
     };`,
  );
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    nodePaths: [nodeModules],
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(out.metafile.inputs);
  if (
    !inputs.some((f) => f.endsWith('sme-dx-benchmark/dist/browser.js')) ||
    inputs.some((f) => f.includes('jsonpath-plus'))
  ) {
    throw new Error(`the bundler did not resolve the browser build: ${inputs.join(', ')}`);
  }
  const html = `<!doctype html><meta charset="utf-8"><script type="module">${out.outputFiles[0].text}</script>`;
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(html);
    await page.waitForFunction(() => 'result' in window, null, { timeout: 10_000 });
    const result = await page.evaluate(() => window.result);
    if (errors.length > 0 || result.parsed !== false || result.code !== true || result.verdict !== 'eligible') {
      throw new Error(`browser: ${JSON.stringify({ errors, result })}`);
    }
    console.log(`ok: the browser build runs in Chromium (${found.source})`, JSON.stringify(result));
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
