import type { BatchEvaluation } from '../batch/evaluateBatch.js';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import {
  type CompactCheck,
  type CompactEvaluation,
  type CompactResult,
  type CompactText,
  compactResultOf,
} from '../evaluate/compactResultOf.js';
import { Direction } from '../model/enums.js';
import { verdictLabels } from './labels.js';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The columns, by language: a clerk's spreadsheet in Chinese, a program's in English. */
const headers = {
  en: [
    'file',
    'id',
    'direction',
    'lead',
    'lead_credit_code',
    'verdict',
    'reject',
    'correct',
    'verify',
    'pass',
    'advisory',
    'failed_checks',
    'correct_checks',
    'verify_checks',
    'advisory_checks',
    'corrections',
    'reason',
  ],
  zh: [
    '文件',
    '申报编号',
    '申报类型',
    '申报（牵头）单位',
    '统一社会信用代码',
    '结论',
    '不符合（项）',
    '需补正（项）',
    '需核实（项）',
    '符合（项）',
    '提示（项）',
    '不符合申报条件',
    '需补正的检查',
    '需核实的检查',
    '提示',
    '补正事项',
    '无法读取的原因',
  ],
} as const;

/** The language of a CSV: Chinese headers and values (`zh`), or English ones and check IDs (`en`, default). */
export type CsvLang = 'zh' | 'en';

/** The first line of {@link batchCsv}, with its line break. */
export function batchCsvHeader(lang: CsvLang = 'en'): string {
  return `${headers[lang].map(cell).join(',')}\r\n`;
}

/**
 * One application's line of {@link batchCsv}, with its line break: a batch written as it is
 * evaluated (the command line's `batch --csv`) holds one line at a time. In Chinese, checks are named
 * by their titles and the 补正事项 written out; a file that cannot be read says why in its row. Written
 * from the compact answer (`compactResultOf`): a full result is made compact first, and a compact one
 * (`evaluate(x, { detail: 'compact' })`, in either language or both) is written as it is.
 *
 * @example
 * process.stdout.write(batchCsvRow(result, 'chain.json', 'zh'));
 */
export function batchCsvRow(result: EvaluationResult | CompactResult, name: string, lang: CsvLang = 'en'): string {
  const zh = lang === 'zh';
  const verdict = zh ? (verdictLabels[result.verdict]?.zh ?? result.verdict) : result.verdict;
  if (result.verdict === 'invalid') {
    const reason = result.errors.map((e) =>
      zh ? `${e.where || '/'}：${e.message.zh}` : `${e.pointer || '/'}: ${e.message.en}`,
    );
    const row = [name, '', '', '', '', verdict, '', '', '', '', '', '', '', '', '', '', reason.join(zh ? '；' : '; ')];
    return `${row.map(cell).join(',')}\r\n`;
  }
  // Written from the compact answer: the verdict, the counts, what did not pass, what to mend.
  const r = ('verifications' in result ? compactResultOf(result) : result) as CompactEvaluation;
  const text = (t: CompactText) => (typeof t === 'string' ? t : t[lang]);
  const named = (keep: (c: CompactCheck) => boolean) =>
    [...new Set(r.checks.filter(keep).map((c) => (zh ? text(c.title) : c.id)))].join(zh ? '、' : ' ');
  const corrections = r.corrections.map((c) => `${text(c.field)}${zh ? '：' : ': '}${text(c.todo)}`);
  const row = [
    name,
    r.application.id ?? '',
    zh ? (Direction.labels[r.application.direction] ?? r.application.direction ?? '') : (r.application.direction ?? ''),
    r.application.lead.name,
    r.application.lead.creditCode,
    verdict,
    String(r.summary.reject),
    String(r.summary.correct),
    String(r.summary.verify),
    String(r.summary.pass),
    String(r.summary.advisory),
    named((c) => c.action === 'reject' && c.advisory !== true),
    named((c) => c.action === 'correct' && c.advisory !== true),
    named((c) => c.action === 'verify' && c.advisory !== true),
    named((c) => c.advisory === true),
    corrections.join(zh ? '；' : '; '),
    '',
  ];
  return `${row.map(cell).join(',')}\r\n`;
}

/** How {@link batchCsv} writes: its language, and whether it starts with a byte-order mark. */
export interface CsvOptions {
  /** `zh`: Chinese headers and values; `en` (default): English ones and check IDs. */
  readonly lang?: CsvLang;
  /** Start with a byte-order mark (U+FEFF), without which Excel and WPS read UTF-8 Chinese as mojibake. */
  readonly bom?: boolean;
}

/**
 * A batch as CSV (UTF-8, RFC 4180), one row per application: file or index, id, direction, lead,
 * verdict, counts by who acts (advisory notes apart), the checks that fail, are to correct or to
 * verify, the 补正事项, and for a file that cannot be read, why. `lang: 'zh'` writes the headers and
 * values in Chinese for a clerk's spreadsheet; `bom: true` makes it a file Excel opens as UTF-8.
 * (The language alone may be given as the third argument, as before: `batchCsv(batch, files, 'zh')`.)
 *
 * @example
 * writeFileSync('batch.csv', batchCsv(batch, files, { lang: 'zh', bom: true }));
 */
export function batchCsv(
  batch: Pick<BatchEvaluation, 'results'>,
  names?: readonly string[],
  options: CsvLang | CsvOptions = {},
): string {
  const { lang = 'en', bom = false } = typeof options === 'string' ? { lang: options } : options;
  const rows = batch.results.map((r, i) => batchCsvRow(r, names?.[i] ?? String(i + 1), lang)).join('');
  return `${bom ? '\uFEFF' : ''}${batchCsvHeader(lang)}${rows}`;
}
