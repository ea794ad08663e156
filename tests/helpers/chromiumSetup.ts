import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/find-chromium.mjs';

/**
 * Finds the browser tests' Chromium once, before any test file runs (unpacking the npm-shipped one
 * on a machine without Chromium), and gives it to them all: workers never race to unpack it.
 */
export default async function setup(project: TestProject): Promise<void> {
  const found = await findChromium();
  project.provide('chromium', found);
  if (found.source !== 'system')
    console.log(`Chromium for the browser tests (${found.source}): ${found.executablePath}`);
}
