// dist/browser.js carries json-rules-engine and the packages it needs (all but jsonpath-plus, left
// out): their names, versions and licence texts go to dist/THIRD-PARTY-NOTICES.md beside it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const left = new Set(['jsonpath-plus']);

function packageDir(name, from) {
  let dir = dirname(require.resolve(name, { paths: [from] }));
  while (
    !existsSync(join(dir, 'package.json')) ||
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name
  )
    dir = dirname(dir);
  return dir;
}

const bundled = [];
const queue = [[packageDir('json-rules-engine', process.cwd()), 'json-rules-engine']];
while (queue.length > 0) {
  const [dir, name] = queue.shift();
  if (bundled.some((b) => b.name === name)) continue;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((f) => /^licen[sc]e/i.test(f));
  bundled.push({
    name,
    version: manifest.version,
    license: manifest.license,
    text: licenceFile
      ? readFileSync(join(dir, licenceFile), 'utf8').trim()
      : `(${manifest.license}; no licence file shipped)`,
  });
  for (const dep of Object.keys(manifest.dependencies ?? {}))
    if (!left.has(dep)) queue.push([packageDir(dep, dir), dep]);
}

const out = [
  '# Third-party code in dist/browser.js',
  '',
  'The browser build bundles these packages (jsonpath-plus, a dependency of json-rules-engine, is left out).',
  'The Node builds (dist/index.js, dist/index.cjs) load them from node_modules instead.',
  '',
  ...bundled.flatMap((b) => [`## ${b.name} ${b.version} (${b.license})`, '', '```', b.text, '```', '']),
].join('\n');
writeFileSync('dist/THIRD-PARTY-NOTICES.md', out);
if (process.env.npm_lifecycle_event !== 'prepack')
  console.log(`dist/THIRD-PARTY-NOTICES.md written (${bundled.map((b) => `${b.name}@${b.version}`).join(', ')})`);
