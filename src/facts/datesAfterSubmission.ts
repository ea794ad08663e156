import { compareCalendarDates } from '../model/calendarDate.js';
import { fieldLabel } from '../model/fieldLabel.js';
import type { Message } from '../model/issue.js';
import type { Application } from '../model/schema.js';

/** A date of 表一's signature boxes that is later than the submission. */
export interface DateAfterSubmission {
  readonly reason: 'after-submission';
  readonly pointer: string;
  /** The field, as a clerk names it. */
  readonly field: Message;
  readonly date: string;
}

/**
 * 承诺、推荐日期晚于申报日期: the 承诺 (`lead.commitment.signedOn`) and 推荐 (`recommender.recommendedOn`)
 * dates later than `submittedOn` (clauses.md edition 3). Dates that are not calendar dates are left to
 * `unreadableDates`.
 *
 * @example
 * datesAfterSubmission(application) //=> [{ reason: 'after-submission', pointer: '/recommender/recommendedOn', date: '2025-05-01' }]
 */
export function datesAfterSubmission(application: Application): DateAfterSubmission[] {
  const found: DateAfterSubmission[] = [];
  const check = (pointer: string, date: string | undefined) => {
    if (date !== undefined && compareCalendarDates(date, application.submittedOn) === 1) {
      found.push({ reason: 'after-submission', pointer, field: fieldLabel(pointer), date });
    }
  };
  check('/lead/commitment/signedOn', application.lead.commitment?.signedOn);
  check('/recommender/recommendedOn', application.recommender?.recommendedOn);
  return found;
}
