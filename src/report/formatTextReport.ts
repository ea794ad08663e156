import type { CheckResult, Evaluation, EvaluationResult } from '../evaluate/checkResult.js';
import { dateInChinese } from '../evaluate/formatMessage.js';
import { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';
import type { RulePack } from '../pack/loadRulePack.js';
import { clauseInChinese, clauseInEnglish, kindLabels, outcomeMarks, verdictLabels } from './labels.js';
import { noticeSections } from './noticeSections.js';
import { reportWordsOf } from './reportWords.js';

/** Options of {@link formatTextReport}. */
export interface TextReportOptions {
  /** Language of the messages: `zh` (default) or `en`. */
  readonly lang?: 'zh' | 'en';
  /** Also list every check, with its ID: those that pass or do not apply too. */
  readonly all?: boolean;
  /** Paint a string (the CLI colours verdicts on a terminal); identity by default. */
  readonly paint?: (style: 'good' | 'bad' | 'warn' | 'dim' | 'bold', text: string) => string;
  /** The pack the 申报书 was evaluated with: its words for directions (the default pack's when left out). */
  readonly pack?: RulePack;
}

type Paint = NonNullable<TextReportOptions['paint']>;

const cite = (clause: string, lang: 'zh' | 'en') =>
  lang === 'zh' ? `（${clauseInChinese(clause)}）` : ` (${clauseInEnglish(clause)})`;

function line(check: CheckResult, lang: 'zh' | 'en', paint: Paint): string {
  const subject = check.subject.type === 'unit' ? `[${check.subject.name || check.subject.pointer}] ` : '';
  const kind = kindLabels[check.kind]?.[lang] ?? check.kind;
  const note = isAdvisoryNote(check);
  const mark = note ? 'i' : (outcomeMarks[check.outcome] ?? '');
  const style = note ? 'warn' : check.outcome === 'fail' ? 'bad' : check.outcome === 'review' ? 'warn' : 'dim';
  const where =
    lang === 'zh' ? `（${clauseInChinese(check.clause)}，${kind}）` : ` (${clauseInEnglish(check.clause)}, ${kind}) `;
  return `  ${paint(style, mark)} ${check.id}${where}${subject}${check.message[lang]}`;
}

/** The three sections of the 补正通知: 不符合申报条件, 需补正事项, 需经办人核实. */
function notice(result: Evaluation, lang: 'zh' | 'en', paint: Paint): string[] {
  const { rejections, corrections, verifications } = noticeSections(result);
  const out: string[] = [];
  const heading = (zh: string, en: string, n: number) =>
    out.push(`  ${paint('bold', lang === 'zh' ? `${zh}（${n}项）` : `${en} (${n})`)}:`);
  if (rejections.length > 0) {
    heading('不符合申报条件', 'Requirements not met', rejections.length);
    rejections.forEach((r, i) => {
      out.push(`  ${paint('bad', `${i + 1}.`)} ${r.subject[lang]}${r.reason[lang]}${cite(r.clause, lang)}`);
    });
  }
  if (corrections.length > 0) {
    heading('需补正事项', 'To correct', corrections.length);
    corrections.forEach((c, i) => {
      out.push(
        `  ${paint('warn', `${i + 1}.`)} ${c.field[lang]}${lang === 'zh' ? '：' : ': '}${c.todo[lang]}${cite(c.clause, lang)}`,
      );
    });
  }
  if (verifications.length > 0) {
    heading('需经办人核实', 'For the clerk to verify', verifications.length);
    verifications.forEach((v, i) => {
      out.push(`  ${paint('warn', `${i + 1}.`)} ${v.subject[lang]}${v.evidence[lang]}${cite(v.clause, lang)}`);
    });
  }
  return out;
}

/**
 * A report for one 申报书 as plain text: the verdict, then the 补正通知's three sections — 不符合申报条件
 * (clause and reason), 需补正事项 (field, what to do, clause), 需经办人核实 (evidence) — then the
 * advisory notes, and (with `all`) every check with its ID.
 *
 * @example
 * console.log(formatTextReport('workshop.json', await evaluate(application)));
 */
export function formatTextReport(title: string, result: EvaluationResult, options: TextReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const paint = options.paint ?? ((_s, t) => t);
  const verdict = verdictLabels[result.verdict]?.[lang] ?? result.verdict;
  const style =
    result.verdict === 'eligible'
      ? 'good'
      : result.verdict === 'needs-review' || result.verdict === 'needs-correction'
        ? 'warn'
        : 'bad';
  // In English the label is the verdict itself: no "eligible (eligible)".
  const out = [`${paint('bold', title)}: ${paint(style, verdict)}${lang === 'zh' ? ` (${result.verdict})` : ''}`];
  if (result.verdict === 'invalid') {
    for (const e of result.errors) {
      out.push(
        lang === 'zh'
          ? `  ✗ ${e.where}（${e.pointer || '/'}）：${e.message.zh}`
          : `  ✗ ${e.pointer || '/'} (${e.labelEn}): ${e.message.en}`,
      );
    }
    return out.join('\n');
  }
  const a = result.application;
  const direction = reportWordsOf(options.pack).direction(a.direction, lang);
  const s = result.summary;
  out.push(
    lang === 'zh'
      ? `  ${direction} · ${a.lead.name}（${a.lead.creditCode}）· 评估日期 ${dateInChinese(result.evaluationDate)}`
      : `  ${direction} · ${a.lead.name} (${a.lead.creditCode}) · evaluated on ${result.evaluationDate}`,
  );
  out.push(
    lang === 'zh'
      ? `  不符合 ${s.reject} · 需补正 ${result.corrections.length} · 需核实 ${s.verify} · 符合 ${s.pass} · 不适用 ${s['not-applicable']} · 提示 ${s.advisory}`
      : `  fail ${s.reject} · to correct ${result.corrections.length} · to verify ${s.verify} · pass ${s.pass} · n/a ${s['not-applicable']} · advisory ${s.advisory}`,
  );
  out.push(...notice(result, lang, paint));
  const notes = result.checks.filter(isAdvisoryNote);
  if (notes.length > 0) {
    out.push(`  ${paint('bold', lang === 'zh' ? '提示（不影响资格）' : 'Advisories (do not affect eligibility)')}:`);
    for (const c of notes) out.push(`  ${paint('warn', 'i')} ${c.message[lang]}${cite(c.clause, lang)}`);
  }
  if (options.all) {
    out.push(`  ${paint('bold', lang === 'zh' ? '逐项检查结果' : 'Every check')}:`);
    for (const outcome of ['fail', 'review', 'pass', 'not-applicable'] as const) {
      for (const c of result.checks) if (c.outcome === outcome && !isAdvisoryNote(c)) out.push(line(c, lang, paint));
    }
  }
  return out.join('\n');
}
