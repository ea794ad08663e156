import { fieldLabel } from '../model/fieldLabel.js';
import type { Message } from '../model/issue.js';

/** A date field whose text is not a calendar date `YYYY-MM-DD`, as the reader found it. */
export interface UnreadableDate {
  readonly reason: 'not-a-date';
  readonly pointer: string;
  /** The field, as a clerk names it. */
  readonly field: Message;
  /** The text as given. */
  readonly text: string;
}

/**
 * 无法识别的日期 (clauses.md edition 3): the date fields the reader found given as text that is not a
 * calendar date (2023-02-29, 2025/3/1, 2025年3月), each for the applicant to correct; the checks that
 * need one read it as not given.
 *
 * @example
 * unreadableDates([{ pointer: '/lead/project/acceptedOn', text: '2023-02-29' }])
 * //=> [{ reason: 'not-a-date', pointer: '/lead/project/acceptedOn', text: '2023-02-29' }]
 */
export function unreadableDates(
  unread: readonly { readonly pointer: string; readonly text: string }[] | undefined,
): UnreadableDate[] {
  return (unread ?? []).map((d) => ({
    reason: 'not-a-date',
    pointer: d.pointer,
    field: fieldLabel(d.pointer),
    text: d.text,
  }));
}
