import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Direction } from '../model/enums.js';
import type { Application } from '../model/schema.js';
import { consortiumText } from './consortiumText.js';

/**
 * What the checks across applications need of one application, and no more: who leads it, its
 * units, its text (for a consortium). A batch of 100,000 files is planned from these, not from the
 * applications themselves.
 */
export interface BatchEntry {
  readonly index: number;
  readonly id?: string;
  readonly direction: Direction;
  readonly submittedOn: string;
  readonly lead: { readonly name: string; readonly creditCode: string };
  readonly participantCount: number;
  /** Its units' credit codes, as `form.credit-code` mends them, each once. */
  readonly units: readonly string[];
  /** The name of the unit with a credit code (read again from the file, where a batch is streamed). */
  readonly nameOf: (creditCode: string) => string;
  /** The 申报内容 compared for duplicates (may be left empty for an application that is no consortium). */
  readonly text: string;
}

/**
 * The entry of an application at `index` of a batch. `nameOf` defaults to the application's own
 * units (the last of a code, as a list would show it).
 *
 * @example
 * batchEntryOf(chainApplication, 0).units.length //=> 13
 */
export function batchEntryOf(
  application: Application,
  index: number,
  nameOf?: (creditCode: string) => string,
): BatchEntry {
  const names = nameOf === undefined ? new Map<string, string>() : undefined;
  const units = new Set<string>();
  for (const unit of [application.lead, ...application.participants]) {
    const code = normalizeCreditCode(unit.creditCode);
    names?.set(code, unit.name);
    if (code !== '') units.add(code);
  }
  return {
    index,
    ...(application.id !== undefined ? { id: application.id } : {}),
    direction: application.direction,
    submittedOn: application.submittedOn,
    lead: { name: application.lead.name, creditCode: application.lead.creditCode },
    participantCount: application.participants.length,
    units: [...units],
    nameOf: nameOf ?? ((code) => names?.get(code) ?? ''),
    text: consortiumText(application),
  };
}
