// Writes docs/rules.md from the built default pack: every check with its ID, clause, the notice's own
// words, the parameters it uses and their values, and its messages. `--check` fails when the file
// is stale (CI runs it), so the document never drifts from the rules.
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultPack } from '../dist/index.js';
import { Direction } from '../dist/model.js';
import { paramsNamedIn } from '../dist/pack.js';

const target = new URL('../docs/rules.md', import.meta.url);
const pack = defaultPack();
const kinds = {
  eligibility: '资格（eligibility）',
  completeness: '完整性（completeness）',
  advisory: '提示（advisory）',
};
const subjects = { application: '申报书', lead: '申报（牵头）单位', unit: '每个单位（牵头单位及各参与单位）' };

const show = (v) => `\`${JSON.stringify(v)}\``;
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

const lines = [
  '# The rules',
  '',
  `Generated from the rule pack \`${pack.meta.name}\` ${pack.meta.version} (${pack.meta.title}) by`,
  '`npm run docs:rules`; do not edit by hand. The pack itself is JSON in `rules/`.',
  '',
  'Each check runs in three steps: **when** (else `not-applicable`), **requires** (the data it needs; else',
  '`review`, naming what is missing), **pass** (else `fail`). Placeholders in messages (`{actual.x}`,',
  '`{required.x}`, `{gap.x}`, `{details.x}`, `{param.name}`) are filled with the values found.',
  '',
  '## Checks',
  '',
  '| ID | clause | kind | applies to |',
  '| --- | --- | --- | --- |',
  ...pack.checks.map(
    (c) =>
      `| [\`${c.id}\`](#${c.id.replaceAll('.', '')}) | ${c.clause} | ${c.kind} | ${c.directions.map((d) => d).join(', ')}${c.scope === 'batch' ? ' (across applications)' : ''} |`,
  ),
  '',
];
for (const c of pack.checks) {
  lines.push(
    `### ${c.id}`,
    '',
    `**${c.title.zh}** / ${c.title.en} · ${c.clause} · ${kinds[c.kind]} · file \`rules/${c.file}\``,
    '',
  );
  lines.push(`> ${c.notice}`, '');
  lines.push(`- 适用 / applies to: ${c.directions.map((d) => Direction.labels[d]).join('、')}`);
  lines.push(`- 对象 / subject: ${subjects[c.subject]}`);
  if (c.scope === 'batch')
    lines.push('- 跨申报比对：只在批量评估（`evaluateBatch`）时运行 / run across applications only');
  if (c.onPass === 'review') lines.push('- 条件满足时仍须人工判断（review） / passes go to a person for judgement');
  if (c.onFail === 'review')
    lines.push(
      '- 条件不满足时交由人工核实（review），不直接判定不符合 / what fails is evidence for a person, not a finding',
    );
  const used = [...paramsNamedIn(c)];
  if (used.length > 0) {
    lines.push('', '| parameter | value | since | clause | notice |', '| --- | --- | --- | --- | --- |');
    for (const name of used) {
      const p = pack.parameters[name];
      for (const v of p.values)
        lines.push(`| \`${name}\` | ${show(v.value)} | ${v.effectiveFrom} | ${p.clause} | ${cell(p.notice)} |`);
    }
  }
  lines.push('', '| outcome | 中文 | English |', '| --- | --- | --- |');
  const m = c.messages;
  lines.push(`| pass${c.onPass === 'review' ? ' → review' : ''} | ${cell(m.pass.zh)} | ${cell(m.pass.en)} |`);
  lines.push(`| fail${c.onFail === 'review' ? ' → review' : ''} | ${cell(m.fail.zh)} | ${cell(m.fail.en)} |`);
  for (const [name, msg] of Object.entries(m.failBy ?? {}))
    lines.push(`| fail: \`${name}\` | ${cell(msg.zh)} | ${cell(msg.en)} |`);
  lines.push(`| review | ${cell(m.review.zh)} | ${cell(m.review.en)} |`);
  for (const [name, msg] of Object.entries(m.reviewBy ?? {}))
    lines.push(`| review: \`${name}\` | ${cell(msg.zh)} | ${cell(msg.en)} |`);
  if (m.notApplicable) lines.push(`| not-applicable | ${cell(m.notApplicable.zh)} | ${cell(m.notApplicable.en)} |`);
  lines.push('');
}
const typeOf = (p) => {
  const range = p.range ? ` ${p.range.min ?? ''}–${p.range.max ?? ''}` : '';
  const items = p.items
    ? ` of ${p.items}`
    : p.entries
      ? ` of ${p.entries.type}${p.entries.items ? ` of ${p.entries.items}` : ''}`
      : '';
  return `${p.type}${items}${range}${p.unit ? ` ${p.unit}` : ''}`;
};
lines.push(
  '## Parameters',
  '',
  '| parameter | value | type, range, unit | since | clause | 说明 |',
  '| --- | --- | --- | --- | --- | --- |',
);
for (const [name, p] of Object.entries(pack.parameters)) {
  for (const v of p.values)
    lines.push(
      `| \`${name}\` | ${show(v.value)} | ${typeOf(p)} | ${v.effectiveFrom} | ${p.clause} | ${cell(p.description.zh)} |`,
    );
}
const text = `${lines.join('\n')}\n`;

// The CheckId type, generated from the same pack, so that a portal's code names only checks that exist.
const checkIdTarget = new URL('../src/pack/checkId.ts', import.meta.url);
const checkIdText = [
  '// Generated from the default rule pack (rules/) by `npm run docs:rules`; do not edit by hand.',
  '',
  '/** The public check IDs of docs/clauses.md, as the default pack has them. */',
  'export type CheckId =',
  ...pack.checks.map((c, i) => `  | '${c.id}'${i === pack.checks.length - 1 ? ';' : ''}`),
  '',
].join('\n');

const outputs = [
  [target, text, 'docs/rules.md'],
  [checkIdTarget, checkIdText, 'src/pack/checkId.ts'],
];
if (process.argv.includes('--check')) {
  let stale = false;
  for (const [file, want, name] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== want) {
      console.error(`${name} 与规则包不一致，请运行 npm run docs:rules / ${name} is stale: run npm run docs:rules`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
  console.log('docs/rules.md and src/pack/checkId.ts are up to date');
} else {
  for (const [file, want] of outputs) writeFileSync(file, want);
  console.log(
    `docs/rules.md and src/pack/checkId.ts written (${pack.checks.length} checks, ${Object.keys(pack.parameters).length} parameters)`,
  );
}
