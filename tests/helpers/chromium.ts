import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { FoundChromium } from '../../scripts/find-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: FoundChromium;
  }
}

const require = createRequire(import.meta.url);

/**
 * Headless Chromium, as the project's browser tests use it: the one {@link findChromium} found for this
 * run. Background networking is off: this machine's network is closed.
 */
export async function launchChromium(): Promise<Browser> {
  const found = inject('chromium');
  return chromium.launch({ executablePath: found.executablePath, args: found.args });
}

const fontOrigin = 'https://fonts.invalid';

/** The part of a page's `document.fonts` read here. */
interface PageFonts extends Iterable<{ family: string; status: string }> {
  ready: Promise<unknown>;
}

/**
 * Chinese glyphs from npm (`@fontsource-variable/noto-sans-sc`), not from the machine: the font's
 * `@font-face` rules are added to the page under the first family name of the reports' stack, and
 * their files are served from the package. Returns how many of its faces the page loaded (a face
 * covers a range of characters; a page of Chinese loads a few dozen).
 */
export async function withChineseFont(page: Page): Promise<number> {
  const dir = dirname(require.resolve('@fontsource-variable/noto-sans-sc/package.json'));
  await page.route(`${fontOrigin}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/files\//, '');
    return route.fulfill({ path: join(dir, 'files', file), contentType: 'font/woff2' });
  });
  const css = (await readFile(join(dir, 'index.css'), 'utf8'))
    .replaceAll('url(./files/', `url(${fontOrigin}/files/`)
    .replaceAll("'Noto Sans SC Variable'", "'Noto Sans CJK SC'");
  await page.addStyleTag({ content: css });
  // Run in the page, whose `document` this file's types (Node's) do not know.
  return page.evaluate(async () => {
    const { fonts } = (globalThis as unknown as { document: { fonts: PageFonts } }).document;
    await fonts.ready;
    return [...fonts].filter((f) => f.family.includes('Noto Sans CJK SC') && f.status === 'loaded').length;
  });
}
