/** Where the browser tests' Chromium came from. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'npm';

/** The Chromium the browser tests run, found once for the whole run (tests/helpers/chromiumSetup.ts). */
export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
  /** The flags the browser needs beside Playwright's own (the npm-shipped one is a headless shell). */
  args: string[];
}

/** `CHROMIUM_PATH`, else the system's Chromium (unless `SME_DX_SYSTEM_CHROMIUM=skip`), else the npm-shipped one. */
export function findChromium(): Promise<FoundChromium>;
