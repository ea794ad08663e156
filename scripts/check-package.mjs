// The package as a portal gets it: `npm pack`, then publint and attw on the tarball, then the tarball
// installed in an empty project and loaded with `import`, with `require`, and as an ES module in a
// browser page (headless Chromium, found as the tests find it: scripts/find-chromium.mjs). Exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sme-dx-pack-'));
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const step = (text) => console.log(`\n== ${text}`);

try {
  step('npm pack');
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, packed.filename);
  console.log(
    `${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`,
  );

  step('publint (strict) on the tarball');
  console.log(run('npx', ['publint', 'run', tarball, '--strict']));

  step('attw on the tarball');
  console.log(run('npx', ['attw', tarball, '--format', 'table-flipped']));

  step('install the tarball in an empty project');
  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'commonjs' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);

  const probe = `const r = m.parseApplication({}); if (r.ok || r.issues.length === 0) throw new Error('parse'); if (!c.isValidCreditCode('91330100716105852F')) throw new Error('code'); if (typeof f.participantCount !== 'function') throw new Error('facts'); console.log('ok', Object.keys(m).length, 'exports');`;
  step('import (ESM)');
  console.log(
    run(
      'node',
      [
        '--input-type=module',
        '-e',
        `import * as m from 'sme-dx-benchmark'; import * as c from 'sme-dx-benchmark/credit-code'; import * as f from 'sme-dx-benchmark/facts'; ${probe}`,
      ],
      app,
    ),
  );
  step('require (CJS)');
  console.log(
    run(
      'node',
      [
        '-e',
        `const m = require('sme-dx-benchmark'); const c = require('sme-dx-benchmark/credit-code'); const f = require('sme-dx-benchmark/facts'); ${probe}`,
      ],
      app,
    ),
  );
  step('JSON Schema export');
  console.log(
    run(
      'node',
      [
        '-e',
        `const s = require('sme-dx-benchmark/application.schema.json'); if (s.properties.lead.properties.creditCode.title !== '统一社会信用代码') throw new Error('schema'); console.log('ok')`,
      ],
      app,
    ),
  );

  step('the command line from the installed package (npx sme-dx-benchmark)');
  const example = join(root, 'docs', 'examples', 'workshop.json');
  const cli = execFileSync('npx', ['--no-install', 'sme-dx-benchmark', 'check', example], {
    cwd: app,
    encoding: 'utf8',
  });
  if (!cli.includes('符合条件')) throw new Error(`cli: ${cli}`);
  console.log(cli.split('\n')[0]);

  step('ES module in a browser (headless Chromium)');
  console.log(run('node', [join(root, 'scripts', 'browser-smoke.mjs'), join(app, 'node_modules')], root));
  console.log('\npackage check: ok');
} finally {
  rmSync(work, { recursive: true, force: true });
}
