import type { CheckResult, EvaluationResult } from '../evaluate/checkResult.js';
import { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';
import { Direction } from '../model/enums.js';
import { clauseInEnglish, kindLabels, outcomeLabels, outcomeMarks, verdictLabels } from './labels.js';

/** Options of {@link formatTextReport}. */
export interface TextReportOptions {
  /** Language of the messages: `zh` (default) or `en`. */
  readonly lang?: 'zh' | 'en';
  /** Also list the checks that pass or do not apply. */
  readonly all?: boolean;
  /** Paint a string (the CLI colours verdicts on a terminal); identity by default. */
  readonly paint?: (style: 'good' | 'bad' | 'warn' | 'dim' | 'bold', text: string) => string;
}

function line(check: CheckResult, lang: 'zh' | 'en', paint: NonNullable<TextReportOptions['paint']>): string {
  const subject = check.subject.type === 'unit' ? `[${check.subject.name || check.subject.pointer}] ` : '';
  const kind = kindLabels[check.kind]?.[lang] ?? check.kind;
  const note = isAdvisoryNote(check);
  const mark = note ? 'i' : (outcomeMarks[check.outcome] ?? '');
  const style = note ? 'warn' : check.outcome === 'fail' ? 'bad' : check.outcome === 'review' ? 'warn' : 'dim';
  const where = lang === 'zh' ? `（${check.clause}，${kind}）` : ` (${clauseInEnglish(check.clause)}, ${kind}) `;
  return `  ${paint(style, mark)} ${check.id}${where}${subject}${check.message[lang]}`;
}

/**
 * A report for one 申报书 as plain text: the verdict first, then the checks that fail, then those for
 * review, then (with `all`) the rest; each with its ID, clause, kind and message.
 *
 * @example
 * console.log(formatTextReport('workshop.json', await evaluate(application)));
 */
export function formatTextReport(title: string, result: EvaluationResult, options: TextReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const paint = options.paint ?? ((_s, t) => t);
  const verdict = verdictLabels[result.verdict]?.[lang] ?? result.verdict;
  const good = result.verdict === 'eligible';
  const out = [
    `${paint('bold', title)}: ${paint(good ? 'good' : result.verdict === 'needs-review' ? 'warn' : 'bad', verdict)} (${result.verdict})`,
  ];
  if (result.verdict === 'invalid') {
    // In English a field is named by its JSON Pointer: the Chinese label path stays in the Chinese report.
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
  const direction = lang === 'zh' ? Direction.labels[a.direction] : a.direction;
  const s = result.summary;
  out.push(
    lang === 'zh'
      ? `  ${direction} · ${a.lead.name}（${a.lead.creditCode}）· 评估日期 ${result.evaluationDate}`
      : `  ${direction} · ${a.lead.name} (${a.lead.creditCode}) · evaluated on ${result.evaluationDate}`,
  );
  out.push(
    lang === 'zh'
      ? `  符合 ${s.pass} · 不符合 ${s.fail} · 待审核 ${s.review} · 不适用 ${s['not-applicable']} · 提示 ${s.advisory}`
      : `  pass ${s.pass} · fail ${s.fail} · review ${s.review} · n/a ${s['not-applicable']} · advisory ${s.advisory}`,
  );
  const groups: { title: string; checks: CheckResult[] }[] = [
    {
      title: outcomeLabels.fail?.[lang] ?? 'fail',
      checks: result.checks.filter((c) => c.outcome === 'fail' && !isAdvisoryNote(c)),
    },
    {
      title: outcomeLabels.review?.[lang] ?? 'review',
      checks: result.checks.filter((c) => c.outcome === 'review' && !isAdvisoryNote(c)),
    },
    {
      title: lang === 'zh' ? '提示（不影响资格）' : 'advisories (do not affect eligibility)',
      checks: result.checks.filter(isAdvisoryNote),
    },
  ];
  if (options.all) {
    groups.push(
      { title: outcomeLabels.pass?.[lang] ?? 'pass', checks: result.checks.filter((c) => c.outcome === 'pass') },
      {
        title: outcomeLabels['not-applicable']?.[lang] ?? 'n/a',
        checks: result.checks.filter((c) => c.outcome === 'not-applicable'),
      },
    );
  }
  for (const group of groups) {
    if (group.checks.length === 0) continue;
    out.push(`  ${paint('bold', group.title)}:`);
    for (const c of group.checks) out.push(line(c, lang, paint));
  }
  return out.join('\n');
}
