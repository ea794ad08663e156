// Writes docs/rules.md (Chinese first) and docs/rules.en.md (English) from the built default pack:
// every check with its ID, clause, the notice's own words, the conditions that actually run written
// out in words, the parameters in effect with their dates and clauses, thresholds that differ by
// direction as tables, and the messages. It also writes src/pack/checkId.ts (the CheckId type) and
// docs/facts.md (the facts and operators a pack may name: scripts/catalogue.mjs).
// `--check` fails when any of them is stale (CI runs it), so the documents never drift from the rules.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { derivedFacts } from '../dist/facts.js';
import { defaultPack, loadRulePack } from '../dist/index.js';
import { Application, Direction, factPathSteps, Lead, labelAt } from '../dist/model.js';
import { clauseInEnglish } from '../dist/report.js';
import { catalogue } from './catalogue.mjs';

// The pack being written: the default pack, then each test pack (see `targets` below).
let pack = defaultPack();
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const json = (v) => `\`${JSON.stringify(v)}\``;

const wordsOf = () => ({
  zh: {
    title: '规则（中文）',
    other: '[English](rules.en.md)',
    intro: [
      `本文件由规则包 \`${pack.meta.name}\` ${pack.meta.version}（${pack.meta.title}）经 \`npm run docs:rules\` 生成，请勿手工修改；`,
      '规则包本身是 `rules/` 下的 JSON。每项检查分三步运行：**适用条件**（不满足则“不适用”）、**所需资料**（缺少则“待审核”，',
      '并指出缺少的栏目）、**通过条件**（不满足则“不符合”）。下文写出的条件就是实际运行的条件；参数取规则包中写明的值及其生效日期。',
    ],
    checks: '检查项',
    byDirection: '按申报类型的阈值',
    directionColumn: '申报类型',
    parameters: '参数',
    kinds: { eligibility: '资格', completeness: '完整性', advisory: '提示' },
    subjects: { application: '申报书', lead: '申报（牵头）单位', unit: '每个单位（牵头单位及各参与单位）' },
    appliesTo: '适用',
    subject: '对象',
    batch: '跨申报比对：只在批量评估（`evaluateBatch`）时运行',
    onPass: '条件满足时仍须人工判断（待审核）',
    onFail: '条件不满足时交由人工核实（待审核），不直接判定不符合',
    onFailBy: (names) => `以下条件不满足时为待审核，不直接判定不符合：${names}`,
    removable: '参与单位不满足本项时：剔除该单位后联合体仍满足参与企业数量与试点比例的，为需补正，不判不符合',
    actions: { reject: '不符合', correct: '需补正', verify: '需经办人核实' },
    whoActs: '谁来处理',
    source: '来源',
    steps: { when: '适用条件', requires: '所需资料', pass: '通过条件' },
    all: '以下全部成立：',
    any: '以下任一成立：',
    not: '以下不成立：',
    unit: '本单位',
    param: (name, p, v) => `（参数 \`${name}\`，自${v.effectiveFrom}，${p.clause}）`,
    longList: (n) => `所列${n}项`,
    factParams: '，取',
    outcome: '结论',
    message: '说明',
    table: ['检查项', '条款', '类型', '适用'],
    paramTable: ['参数', '值', '类型、范围、单位', '生效日期', '条款', '说明'],
    across: '（跨申报）',
    direction: (d) => pack.vocabularies.labels[d]?.zh ?? Direction.labels[d] ?? d,
    item: '条目',
    list: '、',
  },
  en: {
    title: 'The rules (English)',
    other: '[中文](rules.md)',
    intro: [
      `Generated from the rule pack \`${pack.meta.name}\` ${pack.meta.version} by \`npm run docs:rules\`; do not edit by hand.`,
      'The pack itself is JSON in `rules/`. Each check runs in three steps: **applies when** (else',
      '`not-applicable`), **needs** (the data it needs; else `review`, naming what is missing), **passes when**',
      '(else `fail`). The conditions written below are the ones that run; parameters are the values the pack',
      'gives, with the date each takes effect.',
    ],
    checks: 'Checks',
    byDirection: 'Thresholds by direction',
    directionColumn: 'direction',
    parameters: 'Parameters',
    kinds: { eligibility: 'eligibility', completeness: 'completeness', advisory: 'advisory' },
    subjects: { application: 'the application', lead: 'the lead', unit: 'each unit (the lead and every participant)' },
    appliesTo: 'applies to',
    subject: 'subject',
    batch: 'compares applications: run by `evaluateBatch` only',
    onPass: 'a pass still goes to a person for judgement (review)',
    onFail: 'what fails is evidence for a person (review), not a finding',
    onFailBy: (names) => `when one of these is the first to fail, a review, not a failure: ${names}`,
    removable:
      'a participant that fails it may be removed: if the consortium without it still meets the participant count and the pilot ratio, it is to correct, not a failure',
    actions: { reject: 'fails', correct: 'to correct', verify: 'for the clerk to verify' },
    whoActs: 'who acts',
    source: 'source',
    steps: { when: 'Applies when', requires: 'Needs', pass: 'Passes when' },
    all: 'all of:',
    any: 'any of:',
    not: 'not:',
    unit: 'the unit',
    param: (name, p, v) => ` (parameter \`${name}\`, from ${v.effectiveFrom}, clause ${clauseInEnglish(p.clause)})`,
    longList: (n) => `the ${n} listed`,
    factParams: ', with',
    outcome: 'outcome',
    message: 'message',
    table: ['check', 'clause', 'kind', 'applies to'],
    paramTable: ['parameter', 'value', 'type, range, unit', 'from', 'clause', 'description'],
    across: ' (across applications)',
    direction: (d) => d,
    item: 'item',
    list: ', ',
  },
});

const operators = {
  zh: {
    equal: '等于',
    notEqual: '不等于',
    in: '属于',
    notIn: '不属于',
    contains: '包含',
    doesNotContain: '不包含',
    lessThan: '<',
    lessThanInclusive: '≤',
    greaterThan: '>',
    greaterThanInclusive: '≥',
    startsWithAny: '以下列之一开头：',
    startsWithNone: '不以下列任何一个开头：',
    dateOnOrBefore: '不晚于',
    dateOnOrAfter: '不早于',
    isKnown: [' 已填报', ' 未填报'],
    isFilled: [' 已填写', ' 未填写'],
    isEmpty: [' 为空', ' 不为空'],
  },
  en: {
    equal: 'is',
    notEqual: 'is not',
    in: 'is one of',
    notIn: 'is none of',
    contains: 'contains',
    doesNotContain: 'does not contain',
    lessThan: '<',
    lessThanInclusive: '≤',
    greaterThan: '>',
    greaterThanInclusive: '≥',
    startsWithAny: 'starts with one of',
    startsWithNone: 'starts with none of',
    dateOnOrBefore: 'is on or before',
    dateOnOrAfter: 'is on or after',
    isKnown: [' is given', ' is not given'],
    isFilled: [' is filled in', ' is blank'],
    isEmpty: [' is empty', ' is not empty'],
  },
};

/** A pack path `$.a.b[2]` as its keys (the library's own parser). */
const stepsOf = (path) => factPathSteps(path ?? '$') ?? [];

/** A field by its label path in the template: 申报（牵头）单位 › 验收评测 › 数据基础、管理及成效得分. */
function field(root, steps, lang) {
  if (steps.length === 0) return '';
  if (lang === 'zh') return labelAt(root, steps).where;
  return steps.map((_, i) => labelAt(root, steps.slice(0, i + 1)).labelEn).join(' › ');
}

const latest = (p) => [...p.values].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).at(-1);

function value(v, lang) {
  const w = wordsOf()[lang];
  if (v !== null && typeof v === 'object' && typeof v.param === 'string') {
    const p = pack.parameters[v.param];
    const now = latest(p);
    // A long list is named, not repeated: the Parameters table at the end gives it whole.
    const text = JSON.stringify(now.value);
    const shown = text.length > 60 && Array.isArray(now.value) ? w.longList(now.value.length) : json(now.value);
    return `${shown}${w.param(v.param, p, now)}`;
  }
  if (v !== null && typeof v === 'object' && typeof v.fact === 'string') return subject(v, lang);
  return json(v);
}

function subject(leaf, lang) {
  const w = wordsOf()[lang];
  const steps = stepsOf(leaf.path);
  if (leaf.fact === 'application')
    return field(Application, steps, lang) || (lang === 'zh' ? '申报书' : 'the application');
  if (leaf.fact === 'unit') return `${w.unit} › ${field(Lead, steps, lang)}`;
  const fact = derivedFacts[leaf.fact];
  const name = fact ? fact.description[lang] : leaf.fact;
  const params = Object.entries(leaf.params ?? {}).map(([k, v]) => `${k} = ${value(v, lang)}`);
  const at = steps.length > 0 ? ` › ${steps.join('.')}` : '';
  return `${name}${at}${params.length > 0 ? `${w.factParams} ${params.join(w.list)}` : ''}`;
}

/** A condition in words, as a nested list. */
function condition(c, lang, depth) {
  const w = wordsOf()[lang];
  const pad = '  '.repeat(depth);
  const name = c.name ? ` \`${c.name}\`` : '';
  if (c.all || c.any) {
    const list = c.all ?? c.any;
    return [`${pad}-${name} ${c.all ? w.all : w.any}`, ...list.flatMap((x) => condition(x, lang, depth + 1))];
  }
  if (c.not) return [`${pad}-${name} ${w.not}`, ...condition(c.not, lang, depth + 1)];
  const op = operators[lang][c.operator];
  const text = Array.isArray(op)
    ? `${subject(c, lang)}${op[c.value === false ? 1 : 0]}`
    : `${subject(c, lang)} ${op ?? c.operator} ${value(c.value, lang)}`;
  return [`${pad}-${name} ${text}`];
}

/** Parameters that differ by direction: `workshop.minScore` and `factory.minScore` side by side. */
function byDirectionTables(lang) {
  const w = wordsOf()[lang];
  const out = [];
  // Decision tables: checks written once for several directions, a row each, a column per parameter.
  for (const table of pack.tables) {
    const rows = Object.entries(table.rows);
    const label = (column) => {
      const first = pack.parameters[`${rows[0][0]}.${column}`];
      return first.description[lang].replace(/^[^：:]{1,12}[：:]\s*/, '');
    };
    out.push(
      `**${cell(table.title[lang])}** (\`rules/${table.file}\`: ${table.checks.map((id) => `\`${id}\``).join(', ')})`,
      '',
    );
    out.push(`| ${w.directionColumn} | ${table.parameters.map((c) => cell(label(c))).join(' | ')} |`);
    out.push(`| --- |${table.parameters.map(() => ' --- |').join('')}`);
    for (const [key, row] of rows) {
      const cells = table.parameters.map(
        (c) => `${json(latest(pack.parameters[`${key}.${c}`]).value)} \`${key}.${c}\``,
      );
      const where = lang === 'zh' ? `（${row.clause}）` : ` (${clauseInEnglish(row.clause)})`;
      out.push(`| ${w.direction(row.direction)}${where} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  for (const [name, p] of Object.entries(pack.parameters)) {
    if (p.type !== 'byDirection') continue;
    const now = latest(p);
    out.push(`\`${name}\` — ${cell(p.description[lang])}${w.param(name, p, now)}`, '');
    out.push(`| ${lang === 'zh' ? '申报类型' : 'direction'} | ${lang === 'zh' ? '值' : 'value'} |`, '| --- | --- |');
    for (const [d, v] of Object.entries(now.value)) {
      const shown = v !== null && typeof v === 'object' && 'zh' in v ? cell(v[lang]) : json(v);
      out.push(`| ${w.direction(d)} | ${shown} |`);
    }
    out.push('');
  }
  return out;
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

function document(lang) {
  const w = wordsOf()[lang];
  const clause = (c) => (lang === 'zh' ? c : clauseInEnglish(c));
  const lines = [`# ${w.title}`, '', w.other, '', ...w.intro, '', `## ${w.checks}`, ''];
  lines.push(`| ${w.table.join(' | ')} |`, '| --- | --- | --- | --- |');
  for (const c of pack.checks) {
    const applies = c.directions.map(w.direction).join(w.list) + (c.scope === 'batch' ? w.across : '');
    lines.push(
      `| [\`${c.id}\`](#${c.id.replaceAll('.', '')}) | ${clause(c.clause)} | ${w.kinds[c.kind]} | ${applies} |`,
    );
  }
  lines.push('', `## ${w.byDirection}`, '', ...byDirectionTables(lang));
  for (const c of pack.checks) {
    lines.push(
      `### ${c.id}`,
      '',
      `**${c.title[lang]}** · ${clause(c.clause)} · ${w.kinds[c.kind]} · \`rules/${c.file}\``,
      '',
    );
    if (lang === 'zh') lines.push(`> ${c.notice}`, '');
    lines.push(`- ${w.appliesTo}: ${c.directions.map(w.direction).join(w.list)}`);
    lines.push(`- ${w.subject}: ${w.subjects[c.subject]}`);
    if (c.scope === 'batch') lines.push(`- ${w.batch}`);
    if (c.onPass === 'review') lines.push(`- ${w.onPass}`);
    if (c.onFail === 'review') lines.push(`- ${w.onFail}`);
    if (c.onFailBy !== undefined)
      lines.push(
        `- ${w.onFailBy(
          Object.keys(c.onFailBy)
            .map((n) => `\`${n}\``)
            .join(w.list),
        )}`,
      );
    if (c.removable !== undefined) lines.push(`- ${w.removable}`);
    if (c.actions !== undefined) {
      const said = Object.entries(c.actions).map(([when, action]) => `\`${when}\` → ${w.actions[action] ?? action}`);
      lines.push(`- ${w.whoActs}: ${said.join(w.list)}`);
    }
    for (const step of ['when', 'requires', 'pass']) {
      if (c[step] === undefined) continue;
      lines.push('', `**${w.steps[step]}**`, '', ...condition(c[step], lang, 0));
    }
    lines.push('', `| ${w.outcome} | ${w.message} |`, '| --- | --- |');
    const m = c.messages;
    lines.push(`| pass${c.onPass === 'review' ? ' → review' : ''} | ${cell(m.pass[lang])} |`);
    lines.push(`| fail${c.onFail === 'review' ? ' → review' : ''} | ${cell(m.fail[lang])} |`);
    for (const [name, msg] of Object.entries(m.failBy ?? {})) lines.push(`| fail: \`${name}\` | ${cell(msg[lang])} |`);
    if (m.review) lines.push(`| review | ${cell(m.review[lang])} |`);
    for (const [name, msg] of Object.entries(m.reviewBy ?? {}))
      lines.push(`| review: \`${name}\` | ${cell(msg[lang])} |`);
    if (m.notApplicable) lines.push(`| not-applicable | ${cell(m.notApplicable[lang])} |`);
    for (const [name, msg] of Object.entries(m.phrases ?? {}))
      lines.push(`| ${w.item} \`${name}\` | ${cell(msg[lang])} |`);
    lines.push('');
  }
  lines.push(`## ${w.parameters}`, '', `| ${w.paramTable.join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |');
  for (const [name, p] of Object.entries(pack.parameters)) {
    for (const v of p.values)
      lines.push(
        `| \`${name}\` | ${cell(json(v.value))} | ${typeOf(p)} | ${v.effectiveFrom} | ${clause(p.clause)} | ${cell(p.description[lang])}${p.source ? (lang === 'zh' ? `（${w.source}：${cell(p.source)}）` : ` (${w.source}: ${cell(p.source)})`) : ''} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

// The CheckId type, generated from the same pack, so that a portal's code names only checks that exist.
const checkIdText = [
  '// Generated from the default rule pack (rules/) by `npm run docs:rules`; do not edit by hand.',
  '',
  '/** The public check IDs of docs/clauses.md, as the default pack has them. */',
  'export type CheckId =',
  ...pack.checks.map((c, i) => `  | '${c.id}'${i === pack.checks.length - 1 ? ';' : ''}`),
  '',
].join('\n');

const outputs = [
  [new URL('../docs/rules.md', import.meta.url), document('zh'), 'docs/rules.md'],
  [new URL('../docs/rules.en.md', import.meta.url), document('en'), 'docs/rules.en.md'],
  [new URL('../src/pack/checkId.ts', import.meta.url), checkIdText, 'src/pack/checkId.ts'],
  [new URL('../docs/facts.md', import.meta.url), catalogue(), 'docs/facts.md'],
];
// The test packs' documents sit beside their rules, so that a change to one shows as it would be signed.
for (const dir of ['tests/packs/shili', 'tests/packs/yinchuan']) {
  const rules = new URL(`../${dir}/rules/`, import.meta.url);
  const files = Object.fromEntries(
    readdirSync(rules)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(new URL(f, rules), 'utf8'))]),
  );
  pack = loadRulePack(files);
  outputs.push(
    [new URL(`../${dir}/rules.md`, import.meta.url), document('zh'), `${dir}/rules.md`],
    [new URL(`../${dir}/rules.en.md`, import.meta.url), document('en'), `${dir}/rules.en.md`],
  );
}
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
  console.log(`${outputs.map((o) => o[2]).join(', ')} are up to date`);
} else {
  for (const [file, want] of outputs) writeFileSync(file, want);
  console.log(
    `${outputs.map((o) => o[2]).join(', ')} written (${pack.checks.length} checks, ${Object.keys(pack.parameters).length} parameters)`,
  );
}
