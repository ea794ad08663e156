// The main job until the rules land: read every example application with the built package and
// print what it is, or the issues that stop it being read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Direction, parseApplication } from '../dist/index.js';

const dir = new URL('../docs/examples/', import.meta.url);
let bad = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const result = parseApplication(JSON.parse(readFileSync(join(dir.pathname, file), 'utf8')));
  if (result.ok) {
    const a = result.application;
    console.log(`✓ ${file}: ${Direction.labels[a.direction]} · ${a.lead.name} · 参与单位 ${a.participants.length} 家`);
  } else {
    bad++;
    console.log(`✗ ${file}: ${result.issues.length} 个问题`);
    for (const i of result.issues) console.log(`    ${i.where}（${i.pointer}）：${i.message.zh} / ${i.message.en}`);
  }
}
process.exit(bad > 0 ? 1 : 0);
