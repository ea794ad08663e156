// Builds dist/ (tsup) when it is missing or older than what it is built from: `npm start` and
// `npm test` run it, so that a fresh clone needs no build step of its own and an unchanged one
// builds nothing. The package's build on publish is `prepack`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What dist/ is built from: src/, rules/, the build's config and scripts, package.json. */
function newestSource() {
  const under = (dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map(
      (f) => statSync(join(root, dir, f)).mtimeMs,
    );
  return Math.max(
    ...under('src'),
    ...under('rules'),
    ...['tsup.config.ts', 'package.json', 'scripts/write-json-schema.mjs', 'scripts/write-third-party-notices.mjs'].map(
      (f) => statSync(join(root, f)).mtimeMs,
    ),
  );
}

/** The files of dist/ the callers need; the last one tsup writes is the JSON Schema. */
const built = ['dist/index.js', 'dist/cli.js', 'dist/browser.js', 'dist/application.schema.draft-07.json'];

/**
 * Whether any of `files` (paths from the repository's root) is missing or older than the sources.
 * @param {string[]} [files]
 */
export function isStale(files = built) {
  const newest = newestSource();
  return files.some((f) => !existsSync(join(root, f)) || statSync(join(root, f)).mtimeMs < newest);
}

/**
 * Build when stale; quiet unless the build fails, whose log is then shown.
 * @param {string[]} [files]
 */
export function buildIfStale(files = built) {
  if (!isStale(files)) return false;
  execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    if (buildIfStale()) process.stderr.write('dist/ 已重新构建 / dist/ rebuilt\n');
  } catch {
    process.stderr.write('构建失败 / the build failed\n');
    process.exit(1);
  }
}
