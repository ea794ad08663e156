import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { Direction } from '../model/enums.js';
import type { Application } from '../model/schema.js';
import { consortiumText } from './consortiumText.js';
import { unitCodes } from './unitCodes.js';
import { unitNameIn } from './unitNameIn.js';

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
  for (const unit of [application.lead, ...application.participants]) {
    names?.set(normalizeCreditCode(unit.creditCode), unit.name);
  }
  return {
    index,
    ...(application.id !== undefined ? { id: application.id } : {}),
    direction: application.direction,
    submittedOn: application.submittedOn,
    lead: { name: application.lead.name, creditCode: application.lead.creditCode },
    participantCount: application.participants.length,
    units: [...unitCodes(application)],
    nameOf: nameOf ?? ((code) => names?.get(code) ?? ''),
    text: consortiumText(application),
  };
}

/**
 * The entry of an application that the caller holds anyway (a list given whole): the same answers as
 * {@link batchEntryOf}, read from the application when asked, so that a search over 100,000 of them
 * keeps no copy of their texts and names (only the texts of pairs alike in units are ever read).
 *
 * @example
 * heldBatchEntryOf(chainApplication, 0).text === batchEntryOf(chainApplication, 0).text //=> true
 */
export function heldBatchEntryOf(application: Application, index: number): BatchEntry {
  return new HeldEntry(application, index);
}

class HeldEntry implements BatchEntry {
  readonly #application: Application;
  readonly index: number;
  constructor(application: Application, index: number) {
    this.#application = application;
    this.index = index;
  }
  get id() {
    return this.#application.id;
  }
  get direction() {
    return this.#application.direction;
  }
  get submittedOn() {
    return this.#application.submittedOn;
  }
  get lead() {
    return this.#application.lead;
  }
  get participantCount() {
    return this.#application.participants.length;
  }
  get units() {
    return [...unitCodes(this.#application)];
  }
  get text() {
    return consortiumText(this.#application);
  }
  nameOf(creditCode: string) {
    return unitNameIn(this.#application, creditCode);
  }
}
