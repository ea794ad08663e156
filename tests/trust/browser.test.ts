import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluateBatch } from '../../src/index.js';
import { ensureBuilt, root } from '../helpers/build.js';
import { launchChromium } from '../helpers/chromium.js';
import { loadExamples } from '../helpers/examples.js';

// The package imported by name and bundled as a portal's bundler does for a page (esbuild, platform
// browser: the `browser` condition, dist/browser.js), in Debian's Chromium (.ci/run installs it): the
// examples give the same answers as in Node.
describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    ensureBuilt('dist/browser.js', 'dist/index.js');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('evaluates the examples, alone and as a batch, exactly as Node does', async () => {
    const examples = loadExamples();
    const bundle = await build({
      stdin: {
        contents: `import { evaluate, evaluateBatch } from 'sme-dx-benchmark';
          const examples = ${JSON.stringify(examples)};
          const results = {};
          for (const [file, input] of Object.entries(examples)) results[file] = await evaluate(input);
          const batch = await evaluateBatch(Object.values(examples));
          window.answer = JSON.stringify({ results, batch });`,
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs).toContain('dist/browser.js');
    expect(inputs.filter((f) => f.includes('jsonpath-plus'))).toEqual([]);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><script type="module">${bundle.outputFiles[0]?.text}</script>`,
    );
    await page.waitForFunction(() => 'answer' in globalThis, null, { timeout: 30_000 });
    const inBrowser = JSON.parse(
      (await page.evaluate(() => (globalThis as unknown as { answer: string }).answer)) as string,
    );
    expect(errors).toEqual([]);
    const results: Record<string, unknown> = {};
    for (const [file, input] of Object.entries(examples)) results[file] = await evaluate(input);
    const inNode = JSON.parse(JSON.stringify({ results, batch: await evaluateBatch(Object.values(examples)) }));
    expect(inBrowser).toEqual(inNode);
    expect(Object.values(inBrowser.results).map((r) => (r as { verdict: string }).verdict)).toEqual([
      'eligible',
      'eligible',
      'eligible',
      'eligible',
      'eligible',
    ]);
  });
});
