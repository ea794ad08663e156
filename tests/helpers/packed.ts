import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './build.js';

/** The package packed (`npm pack`, which builds on `prepack`) and installed in an empty project. */
export interface Installed {
  /** The scratch folder; the project is its `app/`. */
  work: string;
  app: string;
  /** The files in the tarball. */
  files: string[];
  /** What `npm install <tarball>` printed, both streams. */
  installOutput: string;
}

/**
 * Pack this repository and install the tarball in a new project, as a portal or a service provider
 * would; `link` names packages to take from this repository's node_modules (linked, not downloaded
 * again: vitest, typescript, react…).
 */
export function packAndInstall(prefix: string, link: readonly string[] = []): Installed {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed?.filename as string)],
    { cwd: app, encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stdout}${install.stderr}`);
  for (const name of link) {
    const target = join(app, 'node_modules', name);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), target, 'dir');
  }
  return { work, app, files: (packed?.files ?? []).map((f) => f.path), installOutput: install.stdout + install.stderr };
}
