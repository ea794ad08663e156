// Keeps docs/ identical to the spec it copies: the example applications and the notice's text.
// `node scripts/sync-spec.mjs` copies; `--check` fails when a copy differs. Without ../shared (a clone
// on its own) there is nothing to compare with, and it says so.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = join(root, '..', 'shared', 'spec');
const check = process.argv.includes('--check');

if (!existsSync(spec)) {
  console.log(`规范目录 ${spec} 不存在，跳过比对 / no spec folder beside the clone; nothing to compare`);
  process.exit(0);
}
const pairs = [
  [join(spec, 'notice.zh.txt'), join(root, 'docs', 'notice.zh.txt')],
  [join(spec, 'clauses.md'), join(root, 'docs', 'clauses.md')],
  [join(spec, 'model.md'), join(root, 'docs', 'model.md')],
  ...readdirSync(join(spec, 'examples')).map((f) => [join(spec, 'examples', f), join(root, 'docs', 'examples', f)]),
];
let stale = 0;
for (const [from, to] of pairs) {
  const want = readFileSync(from);
  const same = existsSync(to) && Buffer.compare(readFileSync(to), want) === 0;
  if (same) continue;
  if (check) {
    console.error(`副本与规范不一致 / copy differs from the spec: ${to}`);
    stale++;
  } else {
    writeFileSync(to, want);
    console.log(`copied ${to}`);
  }
}
if (stale > 0) process.exit(1);
console.log(`docs/ 与规范一致 / docs match the spec (${pairs.length} files)`);
