import type { BatchEvaluation } from '../batch/evaluateBatch.js';
import type { CheckResult, EvaluationResult } from '../evaluate/checkResult.js';
import { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const header = [
  'file',
  'id',
  'direction',
  'lead',
  'lead_credit_code',
  'verdict',
  'pass',
  'fail',
  'review',
  'advisory',
  'failed_checks',
  'review_checks',
  'advisory_checks',
];

/** The first line of {@link batchCsv}, with its line break. */
export function batchCsvHeader(): string {
  return `${header.map(cell).join(',')}\r\n`;
}

/**
 * One application's line of {@link batchCsv}, with its line break: a batch written as it is
 * evaluated (the command line's `batch --csv`) holds one line at a time.
 *
 * @example
 * process.stdout.write(batchCsvRow(result, 'chain.json'));
 */
export function batchCsvRow(r: EvaluationResult, name: string): string {
  const row =
    r.verdict === 'invalid'
      ? [name, '', '', '', '', 'invalid', '', '', '', '', r.errors.map((e) => e.pointer || '/').join(' '), '', '']
      : (() => {
          const ids = (keep: (c: CheckResult) => boolean) =>
            [...new Set(r.checks.filter(keep).map((c) => c.id))].join(' ');
          return [
            name,
            r.application.id ?? '',
            r.application.direction,
            r.application.lead.name,
            r.application.lead.creditCode,
            r.verdict,
            String(r.summary.pass),
            String(r.summary.fail),
            String(r.summary.review),
            String(r.summary.advisory),
            ids((c) => c.outcome === 'fail' && !isAdvisoryNote(c)),
            ids((c) => c.outcome === 'review' && !isAdvisoryNote(c)),
            ids(isAdvisoryNote),
          ];
        })();
  return `${row.map(cell).join(',')}\r\n`;
}

/**
 * A batch as CSV (UTF-8, RFC 4180), one row per application: file or index, id, direction, lead,
 * verdict, counts (advisory results apart from failures), and the IDs of the checks that fail, are
 * for review, or raise an advisory note.
 *
 * @example
 * writeFileSync('batch.csv', batchCsv(batch, files));
 */
export function batchCsv(batch: Pick<BatchEvaluation, 'results'>, names?: readonly string[]): string {
  return batchCsvHeader() + batch.results.map((r, i) => batchCsvRow(r, names?.[i] ?? String(i + 1))).join('');
}
