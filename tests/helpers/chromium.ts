import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const executablePath = '/usr/bin/chromium';

/**
 * Debian's headless Chromium, as the project's browser tests use it (.ci/run installs it; no browser is
 * ever downloaded). Background networking is off: this machine's network is closed.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath))
    throw new Error(`${executablePath} is missing: apt-get install chromium (.ci/run does)`);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}
