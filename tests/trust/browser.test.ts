import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluateBatch } from '../../src/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { loadExamples } from '../helpers/examples.js';

// The ESM build, bundled as a portal's bundler would, in Debian's Chromium (.ci/run installs it):
// the examples give the same answers as in Node.
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist/index.js');

function newestSource(): number {
  return Math.max(
    ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).map(
      (f) => statSync(join(root, 'src', f)).mtimeMs,
    ),
    ...readdirSync(join(root, 'rules')).map((f) => statSync(join(root, 'rules', f)).mtimeMs),
  );
}

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(dist) || statSync(dist).mtimeMs < newestSource()) {
      execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
    }
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('evaluates the examples, alone and as a batch, exactly as Node does', async () => {
    const examples = loadExamples();
    const bundle = await build({
      stdin: {
        contents: `import { evaluate, evaluateBatch } from ${JSON.stringify(dist)};
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
      logLevel: 'silent',
    });
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
      'needs-review',
      'eligible',
      'eligible',
      'eligible',
      'eligible',
    ]);
  });
});
