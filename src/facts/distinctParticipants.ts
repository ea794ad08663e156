import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import { normalizeKey } from '../model/normalizeKey.js';
import type { Application, Participant } from '../model/schema.js';
import { derivedOnce } from './derivedOnce.js';
import { choiceIn, plainReading, type Reading } from './reading.js';

/** A participant entry of 表二 and its place in the list. */
export interface ParticipantEntry {
  readonly participant: Participant;
  readonly index: number;
}

/** An entry of 表二 that lists a unit already listed: the lead, or an earlier participant. */
export interface RepeatedParticipant extends ParticipantEntry {
  /** `'lead'`, or the index of the participant first listed with the same code. */
  readonly sameAs: 'lead' | number;
}

/**
 * Units of one name under different credit codes: one unit listed twice with a mistyped code, or two
 * units. A doubt (see `doubtsOf`): read as different units first, then as one.
 */
export interface NameClash {
  /** The doubt's key. */
  readonly key: string;
  /** Whether the lead is among them. */
  readonly lead: boolean;
  /** The participants of that name (0-based), each under a code of its own. */
  readonly indexes: readonly number[];
}

/** The participating enterprises counted once each, and the entries that repeat one. */
export interface DistinctParticipants {
  readonly participants: readonly ParticipantEntry[];
  readonly repeated: readonly RepeatedParticipant[];
  /** Entries with neither code nor name: no unit (0-based). */
  readonly blank: readonly number[];
  /** Names given under more than one code. */
  readonly nameClashes: readonly NameClash[];
}

/** A unit is known by its credit code, or, with none, by its name; with neither it matches nothing. */
function keyOf(unit: { readonly creditCode: string; readonly name: string }): string | undefined {
  const code = normalizeKey(normalizeCreditCode(unit.creditCode));
  if (code !== '') return code;
  const name = normalizeKey(unit.name);
  return name === '' ? undefined : `name:${name}`;
}

/** The names given under more than one code, the lead's included (order-free: by first entry). */
function nameClashesOf(application: Application): NameClash[] {
  const byName = new Map<string, { codes: Set<string>; lead: boolean; indexes: number[] }>();
  const note = (unit: { creditCode: string; name: string }, at: number | 'lead') => {
    const name = normalizeKey(unit.name);
    const code = normalizeKey(normalizeCreditCode(unit.creditCode));
    if (name === '' || code === '') return;
    let entry = byName.get(name);
    if (entry === undefined) {
      entry = { codes: new Set(), lead: false, indexes: [] };
      byName.set(name, entry);
    }
    if (entry.codes.has(code) && at !== 'lead') return;
    entry.codes.add(code);
    if (at === 'lead') entry.lead = true;
    else entry.indexes.push(at);
  };
  note(application.lead, 'lead');
  application.participants.forEach((p, i) => {
    note(p, i);
  });
  return [...byName.entries()]
    .filter(([, e]) => e.codes.size > 1)
    .map(([name, e]) => ({ key: `units:${name}`, lead: e.lead, indexes: e.indexes }));
}

const derivers = new WeakMap<Reading, (application: Application) => DistinctParticipants>();

/**
 * 参与企业去重 (clauses.md edition 3): the participants counted once each by 统一社会信用代码 (compared
 * by `normalizeKey`; an entry without a code, by its name), the lead's own never among them, a row with
 * neither no unit. The first entry of a unit is the one counted; a later entry, or one naming the lead,
 * is a repeat. Units of one name under different codes are one unit or two as the reading says (two
 * by default), and the reading's `removed` participants are left out. Within an evaluation, derived
 * once per reading for all the checks that read it; on every other call, anew.
 *
 * @example
 * distinctParticipants(chainWithTheLeadListedAgain).repeated[0].sameAs //=> 'lead'
 */
export function distinctParticipants(application: Application, reading: Reading = plainReading): DistinctParticipants {
  let derive = derivers.get(reading);
  if (derive === undefined) {
    derive = (a: Application) => countedOnce(a, reading);
    derivers.set(reading, derive);
  }
  return derivedOnce(application, derive);
}

function countedOnce(application: Application, reading: Reading): DistinctParticipants {
  const first = new Map<string, 'lead' | number>();
  const nameClashes = nameClashesOf(application);
  // Read as one unit: each clashing entry repeats the lead, or the first entry of its name.
  const sameUnit = new Map<number, 'lead' | number>();
  for (const clash of nameClashes) {
    if (choiceIn(reading, clash.key) !== 1) continue;
    const [head, ...rest] = clash.indexes;
    for (const i of clash.lead ? clash.indexes : rest) sameUnit.set(i, clash.lead ? 'lead' : (head as number));
  }
  const lead = keyOf(application.lead);
  if (lead !== undefined) first.set(lead, 'lead');
  const participants: ParticipantEntry[] = [];
  const repeated: RepeatedParticipant[] = [];
  const blank: number[] = [];
  application.participants.forEach((participant, index) => {
    if (reading.removed.has(index)) return;
    const key = keyOf(participant);
    if (key === undefined) {
      blank.push(index);
      return;
    }
    const sameAs = first.get(key) ?? sameUnit.get(index);
    if (sameAs !== undefined) {
      repeated.push({ participant, index, sameAs });
      return;
    }
    first.set(key, index);
    participants.push({ participant, index });
  });
  return { participants, repeated, blank, nameClashes };
}
