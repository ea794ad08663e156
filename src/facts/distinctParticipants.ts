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
  /** Units entered in rows that disagree (a doubt each, see `doubtsOf`). */
  readonly unitRows: readonly UnitRows[];
}

/** One unit entered in rows that disagree on what 表二 asks (pilot or not, its level, inside the park). */
export interface UnitRows {
  /** The doubt's key. */
  readonly key: string;
  /** Its rows (0-based). */
  readonly rows: readonly number[];
  /** Its readings: the first row of each distinct answer. */
  readonly variants: readonly number[];
}

/** A unit is known by its credit code, or, with none, by its name; with neither it matches nothing. */
function keyOf(unit: { readonly creditCode: string; readonly name: string }): string | undefined {
  const code = normalizeKey(normalizeCreditCode(unit.creditCode));
  if (code !== '') return code;
  const name = normalizeKey(unit.name);
  return name === '' ? undefined : `name:${name}`;
}

/** The lead is node -1; participant i is node i. */
const LEAD = -1;

/** The names given under more than one code, the lead's included (order-free: keyed by the name). */
function nameClashesOf(application: Application): NameClash[] {
  // A name's first code, and whether another came with it: a set of codes only counted past one.
  const byName = new Map<string, { code: string; clash: boolean; lead: boolean; indexes: number[] }>();
  const note = (unit: { creditCode: string; name: string }, at: number) => {
    const name = normalizeKey(unit.name);
    const code = normalizeKey(normalizeCreditCode(unit.creditCode));
    if (name === '' || code === '') return;
    let entry = byName.get(name);
    if (entry === undefined) {
      entry = { code, clash: false, lead: false, indexes: [] };
      byName.set(name, entry);
    } else if (entry.code !== code) {
      entry.clash = true;
    }
    if (at === LEAD) entry.lead = true;
    else entry.indexes.push(at);
  };
  note(application.lead, LEAD);
  const { participants } = application;
  for (let i = 0; i < participants.length; i++) note(participants[i] as Participant, i);
  const clashes: NameClash[] = [];
  for (const [name, e] of byName) {
    if (e.clash) clashes.push({ key: `units:${name}`, lead: e.lead, indexes: e.indexes });
  }
  return clashes;
}

const derivers = new WeakMap<Reading, (application: Application) => DistinctParticipants>();

/**
 * 参与企业去重 (clauses.md edition 3): the participants counted once each by 统一社会信用代码 (compared
 * by `normalizeKey`; an entry without a code, by its name), the lead's own never among them, a row with
 * neither no unit. Entries of one unit are joined whatever their order; the first of each is counted,
 * the later ones (and any naming the lead) are repeats. Units of one name under different codes are one
 * unit or two as the reading says (two by default), and the reading's `removed` participants are left
 * out. Within an evaluation, derived once per reading for all the checks that read it; on every other
 * call, anew.
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
  const parent = new Map<number, number>();
  const rootOf = (i: number): number => {
    let r = i;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) as number;
    return r;
  };
  // A component's root is its least node, so the lead (-1) roots any it is in.
  const join = (a: number, b: number) => {
    const [ra, rb] = [rootOf(a), rootOf(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  const byKey = new Map<string, number>();
  const lead = keyOf(application.lead);
  parent.set(LEAD, LEAD);
  if (lead !== undefined) byKey.set(lead, LEAD);
  const blank: number[] = [];
  const live: number[] = [];
  application.participants.forEach((participant, index) => {
    const key = keyOf(participant);
    if (key === undefined) {
      blank.push(index);
      return;
    }
    parent.set(index, index);
    live.push(index);
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, index);
    else join(index, known);
  });
  const nameClashes = nameClashesOf(application);
  for (const clash of nameClashes) {
    if (choiceIn(reading, clash.key) !== 1) continue;
    const members = clash.indexes.filter((i) => parent.has(i));
    for (const i of members) join(i, clash.lead ? LEAD : (members[0] as number));
  }
  // Each unit's entries; where they disagree (a pilot in one row and not in another), the reading's.
  const members = new Map<number, number[]>();
  for (const index of live) {
    const root = rootOf(index);
    const list = members.get(root);
    if (list === undefined) members.set(root, [index]);
    else list.push(index);
  }
  const participants: ParticipantEntry[] = [];
  const repeated: RepeatedParticipant[] = [];
  const unitRows: UnitRows[] = [];
  // A participant left out is left out with every row of it.
  const removed =
    reading.removed.size === 0
      ? reading.removed
      : new Set([...reading.removed].filter((i) => parent.has(i)).map(rootOf));
  for (const [root, list] of members) {
    if (removed.has(root)) continue;
    if (root === LEAD) {
      for (const index of list) {
        repeated.push({ participant: application.participants[index] as Participant, index, sameAs: 'lead' });
      }
      continue;
    }
    const variants = list.length === 1 ? list : variantsOf(application, list);
    let counted = variants[0] as number;
    if (
      variants.length > 1 &&
      new Set(variants.map((i) => signatureOf(application.participants[i] as Participant))).size > 1
    ) {
      const key = `unit-rows:${keyOf(application.participants[root] as Participant) ?? root}`;
      unitRows.push({ key, rows: list, variants });
      counted = variants[Math.min(choiceIn(reading, key), variants.length - 1)] as number;
    }
    participants.push({ participant: application.participants[counted] as Participant, index: counted });
    // The first row of a unit stays; each later one is a repeat, to delete (「请删除第N项」).
    const first = Math.min(...list);
    for (const index of list) {
      if (index !== first) {
        repeated.push({ participant: application.participants[index] as Participant, index, sameAs: first });
      }
    }
  }
  // In order already, most often: a unit's rows differ only when they are read another way.
  if (!inIndexOrder(participants)) participants.sort((a, b) => a.index - b.index);
  if (!inIndexOrder(repeated)) repeated.sort((a, b) => a.index - b.index);
  return { participants, repeated, blank, nameClashes, unitRows };
}

/** Whether entries are in the order of their rows. */
function inIndexOrder(entries: readonly ParticipantEntry[]): boolean {
  for (let i = 1; i < entries.length; i++)
    if ((entries[i] as ParticipantEntry).index < (entries[i - 1] as ParticipantEntry).index) return false;
  return true;
}

/** What a unit's entries must agree on to be one reading: its 表二 answers that counts and checks read. */
function signatureOf(p: Participant): string {
  return JSON.stringify([p.isPilot, p.pilot?.level, p.pilot?.acceptancePassed, p.inClusterOrPark, p.industry]);
}

/**
 * A unit's entries that read differently, each the first row of its kind, in an order no row order
 * changes (by what they say, then their code): which is read first never depends on where it stands.
 */
function variantsOf(application: Application, rows: readonly number[]): number[] {
  const byKind = new Map<string, number>();
  for (const index of [...rows].sort((a, b) => a - b)) {
    const p = application.participants[index] as Participant;
    const kind = `${signatureOf(p)}|${normalizeKey(normalizeCreditCode(p.creditCode))}`;
    if (!byKind.has(kind)) byKind.set(kind, index);
  }
  return [...byKind.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, index]) => index);
}
