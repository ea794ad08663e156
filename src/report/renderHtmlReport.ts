import type { CheckResult, EvaluationResult } from '../evaluate/checkResult.js';
import { dateInChinese, percentText } from '../evaluate/formatMessage.js';
import { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';
import type { Message } from '../model/issue.js';
import { chartedChecks, chartedValues } from '../pack/contract.js';
import type { FormEntry } from '../pack/formEntriesOf.js';
import type { RulePack } from '../pack/loadRulePack.js';
import { clauseInChinese, clauseInEnglish, kindLabels, outcomeLabels, outcomeMarks, verdictLabels } from './labels.js';
import { noticeSections } from './noticeSections.js';
import { reportWordsOf } from './reportWords.js';

/**
 * Bidirectional marks, embeddings, overrides and isolates: in an applicant's text an RLO would show
 * the rest of its line backwards (a credit code, a date). Written out as `\u202e`, never acted on.
 */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escape text for HTML: every value from an application goes through here. */
export function escapeHtml(text: unknown): string {
  return String(text)
    .replace(bidiControls, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Chinese first, the English beneath it (as every text of the page is written). */
function both(zh: unknown, en: unknown): string {
  return `${escapeHtml(zh)}<div class="en">${escapeHtml(en)}</div>`;
}

/** Failures first, then reviews, advisory notes, passes, and what does not apply. */
function rank(c: CheckResult): number {
  if (isAdvisoryNote(c)) return 2;
  return { fail: 0, review: 1, pass: 3, 'not-applicable': 4 }[c.outcome] ?? 5;
}

/** Horizontal bars of found against required, as inline SVG. */
function barChart(
  title: { zh: string; en: string },
  rows: { label: string; actual: number; required: number; max: number; text: string }[],
): string {
  const width = 420;
  const rowHeight = 34;
  const bars = rows
    .map((r, i) => {
      const y = 8 + i * rowHeight;
      const scale = (v: number) => Math.max(0, Math.min(1, v / (r.max || 1))) * 260;
      const met = r.actual >= r.required;
      return `<text x="0" y="${y + 14}" font-size="12">${escapeHtml(r.label)}</text>
<rect x="120" y="${y}" width="260" height="18" fill="#eef1f5"/>
<rect x="120" y="${y}" width="${scale(r.actual).toFixed(1)}" height="18" fill="${met ? '#2e7d32' : '#c62828'}"/>
<line x1="${(120 + scale(r.required)).toFixed(1)}" x2="${(120 + scale(r.required)).toFixed(1)}" y1="${y - 3}" y2="${y + 21}" stroke="#222" stroke-width="2"/>
<text x="386" y="${y + 14}" font-size="12">${escapeHtml(r.text)}</text>`;
    })
    .join('\n');
  return `<figure><figcaption>${both(title.zh, title.en)}</figcaption>
<svg role="img" aria-label="${escapeHtml(`${title.zh} / ${title.en}`)}" width="${width + 40}" height="${rows.length * rowHeight + 12}">${bars}</svg></figure>`;
}

function charts(result: Extract<EvaluationResult, { checks: unknown }>): string {
  const out: string[] = [];
  const [scenarios, binding] = chartedValues(result.checks, chartedChecks.scenarios) ?? [];
  if (scenarios && binding) {
    const max = Math.max(scenarios.actual, scenarios.required, binding.actual, binding.required, 1) * 1.2;
    out.push(
      barChart(
        {
          zh: '应用场景达到等级要求的数量（竖线为要求）',
          en: 'Scenarios at the level required (the line is the requirement)',
        },
        [
          { label: '应用场景 scenarios', ...scenarios, max, text: `${scenarios.actual} / ${scenarios.required}` },
          { label: '约束性 binding', ...binding, max, text: `${binding.actual} / ${binding.required}` },
        ],
      ),
    );
  }
  const [ratio] = chartedValues(result.checks, chartedChecks.pilotRatio) ?? [];
  if (ratio) {
    // Drawn from the ratios as found; the text never rounds a ratio short of the threshold up to it.
    const text = `${percentText(ratio.actual, ratio.required)} / ${percentText(ratio.required)}`;
    out.push(
      barChart({ zh: '试点企业占比（竖线为要求）', en: 'Share of pilot enterprises (the line is the requirement)' }, [
        { label: '试点 pilots', actual: ratio.actual * 100, required: ratio.required * 100, max: 100, text },
      ]),
    );
  }
  const [count] = chartedValues(result.checks, chartedChecks.participantCount) ?? [];
  if (count) {
    out.push(
      barChart({ zh: '参与企业数量（竖线为要求）', en: 'Participating enterprises (the line is the requirement)' }, [
        {
          label: '参与企业 participants',
          ...count,
          max: Math.max(count.actual, count.required, 1) * 1.2,
          text: `${count.actual} / ${count.required}`,
        },
      ]),
    );
  }
  return out.length > 0 ? `<section class="charts">${out.join('\n')}</section>` : '';
}

const style = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 24px; color: #1b1f24; }
h1 { font-size: 20px; margin: 0 0 4px; }
.meta { color: #555; margin: 0 0 12px; }
.verdict { display: inline-block; padding: 6px 14px; border-radius: 4px; font-size: 18px; font-weight: bold; color: #fff; }
.eligible { background: #2e7d32; } .ineligible { background: #c62828; } .needs-correction { background: #ad5d00; } .needs-review { background: #ef6c00; } .invalid { background: #555; }
h2 { font-size: 16px; margin: 18px 0 6px; border-bottom: 2px solid #1b1f24; padding-bottom: 2px; }
h2 .n { font-weight: normal; color: #555; font-size: 13px; }
.notice ol { margin: 4px 0 8px; padding-left: 1.6em; } .notice li { margin: 3px 0; }
.notice .none { color: #555; margin: 4px 0 8px; }
.sign { margin-top: 28px; display: flex; justify-content: space-between; gap: 24px; font-size: 14px; }
.sign div { flex: 1; border-top: 1px solid #1b1f24; padding-top: 4px; min-height: 48px; }
.detail { break-before: page; }
.counts { margin: 10px 0 16px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #c9d1d9; padding: 5px 7px; text-align: left; vertical-align: top; unicode-bidi: isolate; }
bdi, li { unicode-bidi: isolate; }
th { background: #f3f5f8; }
td.mark { font-size: 16px; text-align: center; width: 2em; }
td:nth-child(3), td:nth-child(4) { white-space: nowrap; }
tr.advisory td.mark { color: #ef6c00; } tr.fail td.mark { color: #c62828; } tr.review td.mark { color: #ef6c00; } tr.pass td.mark { color: #2e7d32; } tr.not-applicable { color: #777; }
.en { color: #666; font-size: 11px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px 32px; margin: 8px 0 16px; }
figure { margin: 0; } figcaption { font-size: 13px; font-weight: bold; margin-bottom: 4px; }
@page { size: A4; margin: 16mm 14mm; }
@media print { body { margin: 0; } tr, li { break-inside: avoid; } }
`;

/**
 * A self-contained HTML page for one 申报书 that a clerk can open or print: the applicant, the
 * verdict, the scenario counts and pilot ratio against their thresholds as small charts, and a table
 * of every check with its mark, clause and message. Every text is in Chinese, with the English beneath
 * (in the English, no Chinese but the applicant's own words). No external
 * asset: no script, font, image or stylesheet is fetched.
 *
 * @example
 * writeFileSync('report.html', renderHtmlReport(await evaluate(application), { title: 'workshop.json' }));
 */
export function renderHtmlReport(
  result: EvaluationResult,
  options: { readonly title?: string; readonly pack?: RulePack } = {},
): string {
  const words = reportWordsOf(options.pack);
  const verdict = verdictLabels[result.verdict] ?? { zh: result.verdict, en: result.verdict };
  const head = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>申报预审报告 Pre-check report ${escapeHtml(options.title ?? '')}</title><style>${style}</style></head><body>`;
  const heading = `<h1>${escapeHtml(words.scheme.zh)} · 形式审查意见（补正通知）</h1><div class="en">${escapeHtml(words.scheme.en)}: formal review of an application (correction notice)</div>`;
  if (result.verdict === 'invalid') {
    const rows = result.errors
      .map(
        (e) =>
          `<tr class="fail"><td class="mark">✗</td><td>${both(e.where, e.labelEn)}</td><td><code>${escapeHtml(e.pointer || '/')}</code></td><td>${both(e.message.zh, e.message.en)}</td></tr>`,
      )
      .join('');
    return `${head}${heading}<p class="meta">${escapeHtml(options.title ?? '')}</p><p><span class="verdict invalid">${escapeHtml(verdict.zh)}</span> <span class="en">${escapeHtml(verdict.en)}</span></p><table><thead><tr><th></th><th>${both('栏目', 'field')}</th><th>${both('位置', 'pointer')}</th><th>${both('问题', 'problem')}</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
  }
  const a = result.application;
  const s = result.summary;
  const checks = [...result.checks].sort((x, y) => rank(x) - rank(y));
  const rows = checks
    .map((c) => {
      const n = c.subject.type === 'unit' ? (c.subject.index ?? 0) + 1 : 0;
      const subject =
        c.subject.type === 'unit'
          ? both(
              `${c.subject.role === 'lead' ? '牵头单位' : `参与单位第${n}项`}：${c.subject.name}`,
              `${c.subject.role === 'lead' ? 'the lead' : `participant ${n}`}: ${c.subject.name}`,
            )
          : both('申报书', 'the application');
      const note = isAdvisoryNote(c);
      const mark = note ? 'ⓘ' : outcomeMarks[c.outcome];
      const label = note
        ? '提示（不影响资格） advisory, not counted'
        : `${outcomeLabels[c.outcome]?.zh} ${outcomeLabels[c.outcome]?.en}`;
      const kind = kindLabels[c.kind];
      return `<tr class="${note ? 'advisory' : c.outcome}"><td class="mark" title="${escapeHtml(label)}">${mark}</td><td>${escapeHtml(c.title.zh)}<div class="en">${escapeHtml(c.title.en)} <code>${escapeHtml(c.id)}</code></div></td><td>${both(clauseInChinese(c.clause), clauseInEnglish(c.clause))}</td><td>${both(kind?.zh, kind?.en)}</td><td>${subject}</td><td>${both(c.message.zh, c.message.en)}</td></tr>`;
    })
    .join('\n');
  return `${head}${heading}
<p class="meta"><bdi>${escapeHtml(a.lead.name)}</bdi>（<bdi>${escapeHtml(a.lead.creditCode)}</bdi>）· ${escapeHtml(words.direction(a.direction, 'zh'))}${a.id ? ` · 申报编号 ${escapeHtml(a.id)}` : ''} · 评估日期 ${escapeHtml(dateInChinese(result.evaluationDate))} · 规则包 ${escapeHtml(result.pack.name)} ${escapeHtml(result.pack.version)}</p>
<p class="meta en">${escapeHtml(words.direction(a.direction, 'en'))}${a.id ? ` · portal reference ${escapeHtml(a.id)}` : ''} · evaluated as of ${escapeHtml(result.evaluationDate)} · rule pack ${escapeHtml(result.pack.name)} ${escapeHtml(result.pack.version)}</p>
<p><span class="verdict ${result.verdict}">${escapeHtml(verdict.zh)}</span> <span class="en">${escapeHtml(verdict.en)}</span></p>
<p class="counts">不符合 ${s.reject} 项 · 需补正 ${result.corrections.length} 处 · 需核实 ${s.verify} 项 · 符合 ${s.pass} 项 · 不适用 ${s['not-applicable']} 项 · 提示 ${s.advisory} 项（不影响资格）<span class="en">${s.reject} fail · ${result.corrections.length} to correct · ${s.verify} to verify · ${s.pass} pass · ${s['not-applicable']} not applicable · ${s.advisory} advisory (not counted)</span></p>
${notice(result)}
${formAnswers(result.form)}
<section class="detail"><h2>附：逐项检查结果 <span class="en">Annex: every check</span></h2>
${charts(result)}
<table><thead><tr><th></th><th>${both('检查项', 'check')}</th><th>${both('条款', 'clause')}</th><th>${both('类型', 'kind')}</th><th>${both('对象', 'about')}</th><th>${both('说明', 'finding')}</th></tr></thead><tbody>
${rows}
</tbody></table></section></body></html>`;
}

/** The answers to the fields the pack's form adds (从业人员, 承诺事项…), as the applicant gave them. */
function formAnswers(entries: readonly FormEntry[] = []): string {
  if (entries.length === 0) return '';
  const rows = entries
    .map((e) => {
      const value =
        e.declared !== undefined
          ? e.declared
            ? both('已承诺', 'declared')
            : both('未承诺', 'not declared')
          : e.value === undefined
            ? both('（未填写）', '(not given)')
            : both(e.value.zh, e.value.en);
      return `<tr><td>${both(e.label.zh, e.label.en)}</td><td><code>${escapeHtml(e.pointer)}</code></td><td>${value}</td></tr>`;
    })
    .join('');
  return `<section class="form"><h2>申报书填报的其他内容 <span class="en">Further answers of the form</span></h2><table><thead><tr><th>${both('栏目', 'field')}</th><th>${both('位置', 'pointer')}</th><th>${both('填报内容', 'as given')}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** One section of the notice: its heading, its items, or a line saying there are none. */
function section(zh: string, en: string, items: readonly string[], none: { zh: string; en: string }): string {
  const body =
    items.length === 0
      ? `<p class="none">${both(none.zh, none.en)}</p>`
      : `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;
  return `<h2>${escapeHtml(zh)} <span class="n">${items.length}项</span> <span class="en">${escapeHtml(en)}</span></h2>${body}`;
}

const cite = (clause: string) => `（${escapeHtml(clauseInChinese(clause))}）`;

/** One item of the notice: who, what was found, the clause; the English beneath. */
const item = (who: Message, what: Message, clause: string, strong = false) => {
  const zh = strong ? `<strong>${escapeHtml(who.zh)}</strong>：` : escapeHtml(who.zh);
  const en = strong ? `${escapeHtml(who.en)}: ` : escapeHtml(who.en);
  return `${zh}${escapeHtml(what.zh)}${cite(clause)}<div class="en">${en}${escapeHtml(what.en)} (${escapeHtml(clauseInEnglish(clause))})</div>`;
};

/**
 * The 补正通知 a clerk prints, signs and sends: 不符合申报条件 (reason, clause), 需补正事项 (field, what
 * to do, clause), 需经办人核实 (evidence, clause), and a box for the clerk's signature and date.
 */
function notice(result: Extract<EvaluationResult, { checks: unknown }>): string {
  const { rejections, corrections, verifications } = noticeSections(result);
  return `<section class="notice">
${section(
  '一、不符合申报条件',
  '1. Requirements not met',
  rejections.map((r) => item(r.subject, r.reason, r.clause)),
  { zh: '无。', en: 'None.' },
)}
${section(
  '二、需补正事项',
  '2. To correct (the applicant)',
  corrections.map((c) => item(c.field, c.todo, c.clause, true)),
  { zh: '无。', en: 'None.' },
)}
${section(
  '三、需经办人核实',
  '3. For the clerk to verify',
  verifications.map((v) => item(v.subject, v.evidence, v.clause)),
  { zh: '无。', en: 'None.' },
)}
<div class="sign"><div>经办人（签字）<div class="en">Clerk (signature)</div></div><div>日期<div class="en">Date</div></div><div>（盖章）<div class="en">(seal)</div></div></div>
</section>`;
}
