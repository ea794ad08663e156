import type { Doubt } from '../facts/doubtsOf.js';
import type { Message } from '../model/issue.js';
import type { CheckResult } from './checkResult.js';
import type { ReadingOf } from './readingsOf.js';

const rowsZh = (rows: readonly string[]) => rows.map((p) => `第${Number(p.split('/').at(-1)) + 1}项`).join('、');
const rowsEn = (rows: readonly string[]) => rows.map((p) => Number(p.split('/').at(-1)) + 1).join(', ');

/**
 * A doubt in each language, for the clerk and the applicant: which rows, and what about them is in
 * doubt.
 *
 * @example
 * doubtMessage({ kind: 'scenario', key: 'scenario:3', readings: 2, rows: ['/lead/assessment/scenarios/3', '/lead/assessment/scenarios/7'] }).zh
 * //=> '应用场景第4项、第8项是同一场景，但等级或约束性填报不一致'
 */
export function doubtMessage(doubt: Doubt): Message {
  switch (doubt.kind) {
    case 'scenario':
      return {
        zh: `应用场景${rowsZh(doubt.rows)}是同一场景，但等级或约束性填报不一致`,
        en: `scenario rows ${rowsEn(doubt.rows)} are one scenario but give different levels or binding`,
      };
    case 'units': {
      const lead = doubt.rows[0] === '/lead';
      const rows = doubt.rows.filter((r) => r !== '/lead');
      return {
        zh: `${lead ? '申报（牵头）单位与' : ''}参与单位${rowsZh(rows)}名称相同（${doubt.name}）而统一社会信用代码不同，无法确定是否为同一单位`,
        en: `${lead ? 'the lead and ' : ''}participants ${rowsEn(rows)} share one name (${doubt.name}) under different credit codes: one unit or several`,
      };
    }
    case 'unit-rows':
      return {
        zh: `参与单位${rowsZh(doubt.rows)}是同一单位（统一社会信用代码相同），但所填情况不一致`,
        en: `participants ${rowsEn(doubt.rows)} are one unit (one credit code) but their answers disagree`,
      };
    case 'financials': {
      const unit = doubt.unit === '/lead' ? '申报（牵头）单位' : `参与单位第${Number(doubt.unit.split('/')[2]) + 1}项`;
      const unitEn = doubt.unit === '/lead' ? 'the lead' : `participant ${Number(doubt.unit.split('/')[2]) + 1}`;
      return {
        zh: `${unit}${doubt.year}年度财务数据填报了${doubt.rows.length}行（${rowsZh(doubt.rows)}），数据不一致`,
        en: `${unitEn} gives ${doubt.rows.length} rows for ${doubt.year} (rows ${rowsEn(doubt.rows)}) that disagree`,
      };
    }
  }
}

const sameAnswer = (a: CheckResult, b: CheckResult) => a.outcome === b.outcome && a.action === b.action;

/**
 * 存疑不择一 (clauses.md edition 3): a check decided under every reading of the 申报书's doubts. Where
 * every reading gives it the same outcome, the plain reading's result stands; where they differ, the
 * result is `review` for the applicant to correct (补正), naming the rows in doubt that decide it. The
 * results of each reading come in the same order (the pack's checks, then each unit).
 *
 * @example
 * decideEveryWay([plainResults, otherResults], readingsOf(doubts), doubts)
 */
export function decideEveryWay(
  results: readonly (readonly CheckResult[])[],
  readings: readonly ReadingOf[],
  doubts: readonly Doubt[],
): CheckResult[] {
  const plain = results[0] ?? [];
  if (results.length < 2) return [...plain];
  return plain.map((first, i) => {
    const differing = results.flatMap((r, n) => {
      const other = r[i];
      return other !== undefined && !sameAnswer(first, other) ? [n] : [];
    });
    if (differing.length === 0) return first;
    // The doubts that decide it alone; else every doubt the differing readings read otherwise.
    const alone = differing.flatMap((n) => (readings[n]?.varies.length === 1 ? (readings[n]?.varies ?? []) : []));
    const keys = new Set(alone.length > 0 ? alone : differing.flatMap((n) => readings[n]?.varies ?? []));
    const deciding = doubts.filter((d) => keys.has(d.key));
    const said = deciding.map(doubtMessage);
    const message: Message = {
      zh: `${first.title.zh}的结论取决于如何理解以下填报：${said.map((m) => m.zh).join('；')}。请更正后再核`,
      en: `${first.title.en} depends on how these rows are read: ${said.map((m) => m.en).join('; ')}. Correct them and it will be checked again`,
    };
    const rows = deciding.flatMap((d) => d.rows);
    const { action: _action, ...rest } = first;
    return {
      ...rest,
      outcome: 'review',
      ...(first.kind === 'advisory' ? {} : { action: 'correct' as const }),
      missing: [],
      fields: [...new Set([...rows, ...first.fields])],
      message,
    } satisfies CheckResult;
  });
}
