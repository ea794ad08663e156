// The main job: evaluate every example application in docs/examples with the built package and print
// its report: the verdict, then the checks that fail, then those for review.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Direction, evaluate } from '../dist/index.js';

const dir = fileURLToPath(new URL('../docs/examples/', import.meta.url));
const verdicts = {
  eligible: '符合条件',
  ineligible: '不符合条件',
  'needs-review': '需人工审核/补充',
  invalid: '无法读取',
};
const marks = { fail: '✗', review: '?', pass: '✓', 'not-applicable': '–' };
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const result = await evaluate(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (result.verdict === 'invalid') {
    console.log(`\n${file}: ${verdicts.invalid}`);
    for (const e of result.errors) console.log(`  ${e.where}（${e.pointer}）：${e.message.zh}`);
    continue;
  }
  const { application: a, summary: s } = result;
  console.log(`\n${file}: ${verdicts[result.verdict]}（${result.verdict}）`);
  console.log(`  ${Direction.labels[a.direction]} · ${a.lead.name} · 评估日期 ${result.evaluationDate}`);
  console.log(`  通过 ${s.pass} · 不符合 ${s.fail} · 待审核 ${s.review} · 不适用 ${s['not-applicable']}`);
  for (const outcome of ['fail', 'review']) {
    for (const c of result.checks.filter((x) => x.outcome === outcome)) {
      const who = c.subject.type === 'unit' ? `[${c.subject.name}] ` : '';
      console.log(`  ${marks[outcome]} ${c.id}（${c.clause}，${c.kind}）${who}${c.message.zh}`);
    }
  }
}
