import { subDays } from 'date-fns';
import { isValidCreditCode } from '../credit-code/isValidCreditCode.js';
import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Application, Attachment } from '../model/schema.js';
import { dateOnOrAfter } from '../operators/dateOnOrAfter.js';
import { dateOnOrBefore } from '../operators/dateOnOrBefore.js';
import { calendarDate, toIsoDate } from './calendarDate.js';
import { distinctParticipants } from './distinctParticipants.js';
import { participantName } from './participantName.js';

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
  const key = `${submittedOn}|${maxAgeDays}`;
  if (!freshFrom.has(key)) {
    const day = calendarDate(submittedOn);
    if (freshFrom.size > 10_000) freshFrom.clear();
    freshFrom.set(key, day === undefined ? undefined : toIsoDate(subDays(day, maxAgeDays)));
  }
  return freshFrom.get(key);
}

/** Remembered per date: a batch has few submission dates. */
const freshFrom = new Map<string, string | undefined>();

function problemWith(
  reports: readonly Attachment[],
  window: CreditReportWindow,
  freshFrom: string,
): string | undefined {
  if (reports.length === 0) return '未附信用报告';
  const good = reports.find(
    (r) => dateOnOrBefore(r.coversFrom, window.coversFrom) && dateOnOrAfter(r.coversTo, freshFrom),
  );
  if (good !== undefined) return undefined;
  const r = reports[reports.length - 1] as Attachment;
  if (r.coversFrom === undefined || r.coversTo === undefined) return '信用报告未注明起止日期';
  if (!dateOnOrBefore(r.coversFrom, window.coversFrom)) {
    return `信用报告起始于${r.coversFrom}，应自${window.coversFrom}起`;
  }
  return `信用报告截止于${r.coversTo}，不是最新（应不早于${freshFrom}）`;
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
): string[] {
  const freshFrom = creditReportFreshFrom(evaluationDate, window.maxAgeDays) ?? evaluationDate;
  const reports = new Map<string, Attachment[]>();
  for (const a of application.attachments) {
    if (a.kind !== 'credit-report' || a.holderCreditCode === undefined) continue;
    const holder = normalizeCreditCode(a.holderCreditCode);
    reports.set(holder, [...(reports.get(holder) ?? []), a]);
  }
  const units = [
    { name: `申报（牵头）单位（${application.lead.name}）`, code: normalizeCreditCode(application.lead.creditCode) },
    ...distinctParticipants(application).participants.map(({ participant, index }) => ({
      name: participantName(participant, index),
      code: normalizeCreditCode(participant.creditCode),
    })),
  ];
  return units.flatMap(({ name, code }) => {
    const own = reports.get(code) ?? [];
    if (own.length === 0 && !isValidCreditCode(code)) return [];
    const problem = problemWith(own, window, freshFrom);
    return problem === undefined ? [] : [`${name}：${problem}`];
  });
}
