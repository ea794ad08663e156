// The Chromium of the browser tests and of `npm run check:package`, found the same way for both.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The names a system Chromium (or Chrome) goes by, on Linux, macOS and Windows. */
const systemNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const systemPaths = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
  join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData\\Local'), 'Chromium\\Application\\chrome.exe'),
];

/** @returns {string | undefined} */
function systemChromium() {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of systemNames) {
      const file = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
      if (existsSync(file)) return file;
    }
  }
  return systemPaths.find((file) => existsSync(file));
}

/**
 * The browser tests' Chromium, in this order: `CHROMIUM_PATH`; the system's `chromium` (skipped when
 * `SME_DX_SYSTEM_CHROMIUM=skip`, to test a machine without one); then the Chromium that the npm package
 * `@sparticuz/chromium` (a devDependency: nothing is downloaded outside the registry) ships inside
 * itself, unpacked on first use into `node_modules/.cache/`, a folder of its version, so that a run never
 * picks up another version's unpacked binary from the temporary folder. The tests (through
 * tests/helpers/chromiumSetup.ts) and `npm run check:package` use it.
 *
 * @returns {Promise<import('./find-chromium.d.mts').FoundChromium>}
 */
export async function findChromium() {
  const common = ['--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update'];
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH', args: ['--no-sandbox', ...common] };
  }
  const system = process.env.SME_DX_SYSTEM_CHROMIUM === 'skip' ? undefined : systemChromium();
  if (system) return { executablePath: system, source: 'system', args: ['--no-sandbox', ...common] };
  if (process.platform !== 'linux')
    throw new Error(
      'No Chromium: set CHROMIUM_PATH, or install Chromium or Chrome (the npm-shipped one is Linux only)',
    );
  const shipped = (await import('@sparticuz/chromium')).default;
  // The package exports no package.json: its folder is above its main file's build/cjs/.
  const dir = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const folder = join(dir, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  // The package unpacks into os.tmpdir(), which reads TMPDIR at each call.
  const tmpdir = process.env.TMPDIR;
  mkdirSync(folder, { recursive: true });
  process.env.TMPDIR = folder;
  try {
    const executablePath = await shipped.executablePath();
    // Its flags are for AWS Lambda: one process there closes the browser with its last page here.
    const args = shipped.args.filter((a) => !/^--(headless|single-process)/.test(a));
    return { executablePath, source: 'npm', args: [...args, ...common] };
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
}
