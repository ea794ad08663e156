import { subDays } from 'date-fns';
import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import { calendarDate, toIsoDate } from '../model/calendarDate.js';
import type { Application, Attachment } from '../model/schema.js';
import { dateOnOrAfter } from '../operators/dateOnOrAfter.js';
import { dateOnOrBefore } from '../operators/dateOnOrBefore.js';
import { type UnitRef, unitsByCode } from './unitRef.js';

/** What a 信用中国 report must cover (五 3: 2022年1月1日至今的最新的企业信用报告). */
export interface CreditReportWindow {
  /** The report must start on or before this date. */
  readonly coversFrom: string;
  /** It must end no more than this many days before the submission date (最新). */
  readonly maxAgeDays: number;
}

/**
 * The earliest `coversTo` a report may have and still be 最新 when submitted on `submittedOn`.
 *
 * @example
 * creditReportFreshFrom('2025-04-15', 30) //=> '2025-03-16'
 */
export function creditReportFreshFrom(submittedOn: string, maxAgeDays: number): string | undefined {
  if (submittedOn !== last.submittedOn || maxAgeDays !== last.maxAgeDays) {
    const day = calendarDate(submittedOn);
    last = { submittedOn, maxAgeDays, freshFrom: day === undefined ? undefined : toIsoDate(subDays(day, maxAgeDays)) };
  }
  return last.freshFrom;
}

/** The date asked last, and its answer: asked again by both facts that read it, and by a batch's every 申报书 of one day. */
let last: { readonly submittedOn: string; readonly maxAgeDays: number; readonly freshFrom: string | undefined } = {
  submittedOn: '',
  maxAgeDays: Number.NaN,
  freshFrom: undefined,
};

/** What is wrong with a unit's 信用中国 report, with the dates that say so. */
export type CreditReportGap =
  | { readonly reason: 'missing'; readonly unit: UnitRef }
  | { readonly reason: 'undated'; readonly unit: UnitRef }
  | { readonly reason: 'starts-late'; readonly unit: UnitRef; readonly coversFrom: string; readonly required: string }
  | { readonly reason: 'stale'; readonly unit: UnitRef; readonly coversTo: string; readonly required: string };

function problemWith(
  unit: UnitRef,
  reports: readonly Attachment[],
  window: CreditReportWindow,
  freshFrom: string,
): CreditReportGap | undefined {
  if (reports.length === 0) return { reason: 'missing', unit };
  const good = reports.find(
    (r) => dateOnOrBefore(r.coversFrom, window.coversFrom) && dateOnOrAfter(r.coversTo, freshFrom),
  );
  if (good !== undefined) return undefined;
  const r = reports[reports.length - 1] as Attachment;
  if (r.coversFrom === undefined || r.coversTo === undefined) return { reason: 'undated', unit };
  if (!dateOnOrBefore(r.coversFrom, window.coversFrom)) {
    return { reason: 'starts-late', unit, coversFrom: r.coversFrom, required: window.coversFrom };
  }
  return { reason: 'stale', unit, coversTo: r.coversTo, required: freshFrom };
}

/**
 * 信用报告缺漏: for each unit (the lead and each participant, once each), what is wrong with its 信用中国
 * report: none attached, no dates, starting after `coversFrom`, or ending too long before
 * `evaluationDate`. Reports are matched to units by credit code as `form.credit-code` mends it; a unit
 * whose code is malformed and matches no report is left to `form.credit-code`.
 *
 * @example
 * creditReportGaps(application, { coversFrom: '2022-01-01', maxAgeDays: 30 }, '2025-04-15') //=> []
 */
export function creditReportGaps(
  application: Application,
  window: CreditReportWindow,
  evaluationDate: string,
): CreditReportGap[] {
  const freshFrom = creditReportFreshFrom(evaluationDate, window.maxAgeDays) ?? evaluationDate;
  const reports = new Map<string, Attachment[]>();
  for (const a of application.attachments) {
    if (a.kind !== 'credit-report' || a.holderCreditCode === undefined) continue;
    const holder = normalizeCreditCode(a.holderCreditCode);
    const held = reports.get(holder);
    if (held === undefined) reports.set(holder, [a]);
    else held.push(a);
  }
  const gaps: CreditReportGap[] = [];
  for (const { unit, code, wellFormed } of unitsByCode(application)) {
    const own = reports.get(code) ?? noReports;
    if (own.length === 0 && !wellFormed) continue;
    const problem = problemWith(unit, own, window, freshFrom);
    if (problem !== undefined) gaps.push(problem);
  }
  return gaps;
}

const noReports: readonly Attachment[] = Object.freeze([]);
