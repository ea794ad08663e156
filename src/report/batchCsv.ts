import type { BatchEvaluation } from '../batch/evaluateBatch.js';
import type { CheckResult } from '../evaluate/checkResult.js';
import { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  // RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A batch as CSV (UTF-8, RFC 4180), one row per application: file or index, id, direction, lead,
 * verdict, counts (advisory results apart from failures), and the IDs of the checks that fail, are
 * for review, or raise an advisory note.
 *
 * @example
 * writeFileSync('batch.csv', batchCsv(batch, files));
 */
export function batchCsv(batch: BatchEvaluation, names?: readonly string[]): string {
  const rows = [
    [
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
    ],
  ];
  batch.results.forEach((r, i) => {
    const name = names?.[i] ?? String(i + 1);
    if (r.verdict === 'invalid') {
      rows.push([
        name,
        '',
        '',
        '',
        '',
        'invalid',
        '',
        '',
        '',
        '',
        r.errors.map((e) => e.pointer || '/').join(' '),
        '',
        '',
      ]);
      return;
    }
    const ids = (keep: (c: CheckResult) => boolean) => [...new Set(r.checks.filter(keep).map((c) => c.id))].join(' ');
    rows.push([
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
    ]);
  });
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
