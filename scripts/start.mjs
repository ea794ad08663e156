// npm start: build when dist/ is stale (quietly: the build's log is shown only if it fails), then check the five examples
// and write their HTML reports to artifacts/reports/. Exits non-zero only if something could not run
// or read (exit code 2); an example that is not eligible is an answer, not a failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

try {
  buildIfStale();
} catch {
  process.stderr.write('构建失败 / the build failed\n');
  process.exit(1);
}
const examples = readdirSync('docs/examples')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join('docs/examples', f));
const check = spawnSync(process.execPath, ['dist/cli.js', 'check', ...examples, '--html', 'artifacts/reports'], {
  stdio: 'inherit',
});
process.exit(check.status === 2 || check.status === null ? 1 : 0);
