import { evaluationDateOf } from '../evaluate/evaluationDateOf.js';
import type { Application } from '../model/schema.js';
import { consortiumDirections, duplicateTextSettings, duplicateThresholds } from '../pack/contract.js';
import { defaultPack } from '../pack/defaultPack.js';
import { editionOf } from '../pack/editionOf.js';
import type { RulePack } from '../pack/loadRulePack.js';
import {
  ContentSimilarity,
  codedCandidatePairs,
  internedSets,
  normalizeText,
  PassageSearch,
  shingles,
  sortedJaccard,
} from '../similarity/index.js';
import { type BatchEntry, batchEntryOf, heldBatchEntryOf } from './batchEntry.js';
import { checkDuplicateOptions } from './checkDuplicateOptions.js';
import { defaultEvidenceBudget } from './defaultEvidenceBudget.js';
import { type DuplicateGroup, duplicateGroupsOf } from './duplicateGroupsOf.js';
import { isAsyncIterable } from './eachInput.js';

/** One application of a pair: its place in the list given, and the portal's `id` where there is one. */
export interface PairMember {
  readonly index: number;
  readonly id?: string;
  readonly lead: string;
}

/** Two consortia alike in units and in content: a 重复申报 under 二（一）3, with the evidence. */
export interface DuplicatePair {
  readonly a: PairMember;
  readonly b: PairMember;
  /** Jaccard similarity of their units (lead and participants, by credit code). */
  readonly unitSimilarity: number;
  /** Jaccard similarity of their texts' character shingles, the notice's own words left out. */
  readonly contentSimilarity: number;
  /** The units both name. */
  readonly sharedUnits: readonly { readonly creditCode: string; readonly name: string }[];
  /** The longest passages both texts share, longest first. */
  readonly sharedPassages: readonly string[];
  /**
   * Set when the search's evidence budget ran out before this pair's passages were all found (a batch
   * of many copies of very long texts): the pair is found all the same, with the passages found so far.
   */
  readonly sharedPassagesCut?: true;
}

export interface FindDuplicatesOptions {
  /** Defaults to the pack's `joint.duplicateUnitSimilarity`. */
  readonly unitSimilarity?: number;
  /** Defaults to the pack's `joint.duplicateContentSimilarity`. */
  readonly contentSimilarity?: number;
  /** The pack whose parameters apply (default: the notice's). */
  readonly pack?: RulePack;
  /**
   * The date whose parameters apply. By default each application's own `submittedOn`, as `evaluate`
   * reads it: a pair is alike when it meets the thresholds of either member's date, and the texts are
   * compared as the earliest date of the batch says (a parameter dated later changes nothing before it).
   */
  readonly asOf?: string;
  /** `indexed` (default) finds candidates by an inverted index; `exhaustive` compares every pair. */
  readonly method?: 'indexed' | 'exhaustive';
  /**
   * How much text the search may read for shared passages, in characters: each pass over a text and
   * each automaton built counts its length. By default {@link defaultEvidenceBudget} of the number of
   * consortia. The pairs found never depend on it; past it, a pair's passages are cut short and marked
   * `sharedPassagesCut`. `Infinity` for no bound.
   */
  readonly evidenceBudget?: number;
}

/**
 * Whether an application is a consortium (联合体): of a direction that is always joint (the pack's
 * `joint.consortiumDirections`: 链式, 集群), or of another that lists participants (a joint 一带一路).
 *
 * @example
 * isConsortium(chainApplication) //=> true
 */
export function isConsortium(
  application: Application,
  pack: RulePack = defaultPack(),
  asOf: string = evaluationDateOf(application.submittedOn, undefined, pack),
): boolean {
  return isJoint(
    { direction: application.direction, participantCount: application.participants.length },
    consortiumDirections(editionOf(pack, asOf).parameters),
  );
}

/** The same, given the directions that are always joint (read once per search, not per application). */
function isJoint(entry: Pick<BatchEntry, 'direction' | 'participantCount'>, alwaysJoint: readonly string[]): boolean {
  return alwaysJoint.includes(entry.direction) || entry.participantCount > 0;
}

/** A consortium of the search: its entry, and its units as interned numbers. */
interface Member {
  readonly entry: BatchEntry;
  readonly coded: Int32Array;
}

interface Settings {
  readonly unitSimilarity: number;
  readonly contentSimilarity: number;
  readonly shingleLength: number;
  readonly boilerplate: ReadonlySet<string>;
  readonly boilerplateText: string;
  readonly consortiumDirections: readonly string[];
}

const boilerplateCache = new Map<string, { text: string; shingles: Set<string> }>();

/** 评估日期 of an entry, as `evaluate` takes it (`evaluationDateOf`). */
function dateOf(entry: Pick<BatchEntry, 'submittedOn'>, asOf: string | undefined, pack: RulePack): string {
  return evaluationDateOf(entry.submittedOn, asOf, pack);
}

function settingsOf(options: FindDuplicatesOptions, dates: readonly string[]): Settings {
  const pack = options.pack ?? defaultPack();
  const earliest = [...dates].sort()[0] ?? evaluationDateOf(undefined, options.asOf, pack);
  const values = editionOf(pack, earliest).parameters;
  const { shingleLength, boilerplate: raw } = duplicateTextSettings(values);
  // The lowest thresholds of the dates in the batch: each application then judges by its own date's.
  const thresholds = dates
    .map((date) => duplicateThresholds(editionOf(pack, date).parameters))
    .reduce(
      (a, b) => ({
        unitSimilarity: Math.min(a.unitSimilarity, b.unitSimilarity),
        contentSimilarity: Math.min(a.contentSimilarity, b.contentSimilarity),
      }),
      duplicateThresholds(values),
    );
  const key = `${shingleLength}|${raw}`;
  let boilerplate = boilerplateCache.get(key);
  if (boilerplate === undefined) {
    const text = normalizeText(raw);
    boilerplate = { text, shingles: shingles(text, shingleLength) };
    if (boilerplateCache.size > 16) boilerplateCache.clear();
    boilerplateCache.set(key, boilerplate);
  }
  return {
    unitSimilarity: options.unitSimilarity ?? thresholds.unitSimilarity,
    contentSimilarity: options.contentSimilarity ?? thresholds.contentSimilarity,
    shingleLength,
    boilerplate: boilerplate.shingles,
    boilerplateText: boilerplate.text,
    consortiumDirections: consortiumDirections(values),
  };
}

/** The codes of `a` that `b` has too, in `a`'s order. */
function sharedOf(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((code) => other.has(code));
}

function member(entry: BatchEntry): PairMember {
  return { index: entry.index, ...(entry.id !== undefined ? { id: entry.id } : {}), lead: entry.lead.name };
}

/**
 * Find 重复申报 (二（一）3): pairs of consortia (chain, cluster, joint belt-and-road) whose units AND
 * whose content are both highly similar. Units are compared by credit code (Jaccard); content by
 * character shingles of the narrative and consortium texts after normalising white space,
 * full-width forms, punctuation and figures, with every shingle of the notice's own text left out,
 * so copying the notice is not evidence. Candidates come from an inverted index over credit codes
 * (see `candidatePairs` in `sme-dx-benchmark/batch`); texts are compared for those candidates only. Each pair names both
 * applications and gives both similarities, the shared units and the longest shared passages.
 *
 * Entries that are `undefined` (applications that could not be read) or not consortia are skipped;
 * indexes refer to the order given. A list is read where the caller holds it; applications that
 * come one by one (a generator, or an async iterable such as a database cursor, answered with a
 * promise) are let go as they are read, and the search keeps of each only what it compares: its units,
 * and a consortium's text.
 *
 * @example
 * const pairs = findDuplicateConsortia(applications);
 * for (const p of pairs) console.log(p.a.index, p.b.index, p.unitSimilarity, p.contentSimilarity);
 * for (const g of pairs.groups) console.log(g.members.length, 'copies alike'); // many copies: one group
 * const streamed = await findDuplicateConsortia(applicationsFromCursor()); // an async iterable
 */
export function findDuplicateConsortia(
  applications: Iterable<Application | undefined>,
  options?: FindDuplicatesOptions,
): DuplicatePairs;
export function findDuplicateConsortia(
  applications: AsyncIterable<Application | undefined>,
  options?: FindDuplicatesOptions,
): Promise<DuplicatePairs>;
export function findDuplicateConsortia(
  applications: Iterable<Application | undefined> | AsyncIterable<Application | undefined>,
  options?: FindDuplicatesOptions,
): DuplicatePairs | Promise<DuplicatePairs>;
export function findDuplicateConsortia(
  applications: Iterable<Application | undefined> | AsyncIterable<Application | undefined>,
  options: FindDuplicatesOptions = {},
): DuplicatePairs | Promise<DuplicatePairs> {
  if (Array.isArray(applications)) {
    // A list is held by the caller: its entries read from it.
    const held = Array.from(applications, (a: Application | undefined, i) =>
      isReadable(a) ? heldBatchEntryOf(a, i) : undefined,
    );
    return findDuplicatesAmong(held, options);
  }
  if (isAsyncIterable(applications)) {
    // Answered with a promise: a bad option rejects it, before anything is read.
    return (async () => {
      const keep = keeper(options);
      const entries: (BatchEntry | undefined)[] = [];
      for await (const application of applications as AsyncIterable<Application | undefined>) {
        entries.push(keep(application, entries.length));
      }
      return findDuplicatesAmong(entries, options);
    })();
  }
  const keep = keeper(options);
  const entries: (BatchEntry | undefined)[] = [];
  for (const application of applications as Iterable<Application | undefined>) {
    entries.push(keep(application, entries.length));
  }
  return findDuplicatesAmong(entries, options);
}

/** What the search keeps of each application that comes one by one (see {@link keptEntryOf}). */
function keeper(options: FindDuplicatesOptions) {
  const { pack, asOf } = checkDuplicateOptions(options);
  return (application: Application | undefined, index: number) =>
    isReadable(application) ? keptEntryOf(application, index, { pack, asOf }) : undefined;
}

/**
 * Whether an entry can be searched: an object with a lead, as a parsed 申报书 is. Anything else (`null`,
 * a number, a text, a list) is an input that could not be read, as `undefined` is: never a throw.
 */
function isReadable(entry: unknown): entry is Application {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const { lead } = entry as { lead?: unknown };
  return typeof lead === 'object' && lead !== null;
}

/**
 * What the duplicate search keeps of an application it lets go (read one by one, or from a file to
 * be read again): its entry (`batchEntryOf`), with the text only for a consortium.
 *
 * @example
 * keptEntryOf(workshopApplication, 0).text //=> ''
 */
export function keptEntryOf(
  application: Application,
  index: number,
  {
    pack,
    asOf,
    nameOf,
  }: { pack?: RulePack | undefined; asOf?: string | undefined; nameOf?: (creditCode: string) => string } = {},
): BatchEntry {
  const entry = batchEntryOf(application, index, nameOf);
  return isConsortium(application, pack, asOf) ? entry : { ...entry, text: '' };
}

/**
 * {@link findDuplicateConsortia} over the entries of a batch (see `batchEntryOf`): what a streamed
 * batch keeps of each application. Entries that are `undefined` are skipped.
 */
export function findDuplicatesAmong(
  entries: readonly (BatchEntry | undefined)[],
  given: FindDuplicatesOptions = {},
): DuplicatePairs {
  const options = checkDuplicateOptions(given);
  const pack = options.pack ?? defaultPack();
  const dates = [...new Set(entries.flatMap((e) => (e === undefined ? [] : [dateOf(e, options.asOf, pack)])))];
  const settings = settingsOf(options, dates);
  // Joint as each application's own date says.
  const joint = entries.filter(
    (entry): entry is BatchEntry =>
      entry !== undefined &&
      isJoint(entry, consortiumDirections(editionOf(pack, dateOf(entry, options.asOf, pack)).parameters)),
  );
  // Units by credit code, interned once for the whole search: each consortium sorted integers.
  const units = internedSets(joint.map((entry) => entry.units));
  const members: Member[] = joint.map((entry, k) => ({ entry, coded: units.sets[k] as Int32Array }));

  // Each consortium's text numbered: copies of one text share a number, so a text is compared and its
  // evidence looked up by a small number, not by the text.
  const textIds = new Map<string, number>();
  const textIdOf = ({ text }: BatchEntry) => {
    let id = textIds.get(text);
    if (id === undefined) {
      id = textIds.size;
      textIds.set(text, id);
    }
    return id;
  };
  // The pairs alike in units, then their texts compared (each text once, by its number).
  const alike: { i: number; j: number; unitSimilarity: number }[] = [];
  const consider = (i: number, j: number) => {
    const unitSimilarity = sortedJaccard((members[i] as Member).coded, (members[j] as Member).coded);
    if (unitSimilarity >= settings.unitSimilarity - 1e-9) alike.push({ i, j, unitSimilarity });
  };
  if (options.method === 'exhaustive') {
    for (let j = 1; j < members.length; j++) for (let i = 0; i < j; i++) consider(i, j);
  } else {
    for (const [i, j] of codedCandidatePairs(units.sets, units.tokenCount, settings.unitSimilarity)) {
      consider(i, j);
    }
  }
  // Only the texts of pairs alike in units are numbered (and read), each member's once however many
  // pairs it is in (an entry read from its application joins the text when asked).
  const textId = new Int32Array(members.length).fill(-1);
  for (const { i, j } of alike) {
    if (textId[i] === -1) textId[i] = textIdOf((members[i] as Member).entry);
    if (textId[j] === -1) textId[j] = textIdOf((members[j] as Member).entry);
  }
  const texts = [...textIds.keys()];
  const content = new ContentSimilarity(texts, settings.shingleLength, settings.boilerplate);
  // The evidence of a pair depends on its two texts only: copies filed many times are read once.
  const evidence = new Map<string, { passages: string[]; complete: boolean }>();
  const search = new PassageSearch({ budget: options.evidenceBudget ?? defaultEvidenceBudget(members.length) });
  // A text without white space is made only when its evidence is searched.
  const lightTexts = new Map<number, string>();
  const light = (id: number) => {
    let text = lightTexts.get(id);
    if (text === undefined) {
      text = (texts[id] as string).replace(/\s+/g, '');
      lightTexts.set(id, text);
    }
    return text;
  };
  const passagesOf = (ia: number, ib: number) => {
    const key = `${ia}:${ib}`;
    let found = evidence.get(key);
    if (found === undefined) {
      // Past the budget, no text is read again.
      if (search.spent) return { passages: [], complete: false };
      const { passages, complete } = search.within(light(ia), light(ib), 8, 6);
      const shown = passages
        .map((p) => p.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
        .filter((p) => p.length >= 8 && !settings.boilerplateText.includes(normalizeText(p)));
      // Six found, three shown: cut short only if fewer than three could be shown.
      found = { passages: shown.slice(0, 3), complete: complete || shown.length >= 3 };
      if (evidence.size > 1000) evidence.clear();
      evidence.set(key, found);
    }
    return found;
  };
  const pairs: DuplicatePair[] = [];
  for (const { i, j, unitSimilarity } of alike) {
    const a = members[i] as Member;
    const b = members[j] as Member;
    const ia = textId[i] as number;
    const ib = textId[j] as number;
    const contentSimilarity = content.between(ia, ib, settings.contentSimilarity - 1e-9);
    if (contentSimilarity === undefined) continue;
    const { passages, complete } = passagesOf(ia, ib);
    pairs.push({
      a: member(a.entry),
      b: member(b.entry),
      unitSimilarity: Math.round(unitSimilarity * 1000) / 1000,
      contentSimilarity: Math.round(contentSimilarity * 1000) / 1000,
      sharedUnits: sharedOf(a.entry.units, b.entry.units).map((c) => ({ creditCode: c, name: a.entry.nameOf(c) })),
      sharedPassages: [...passages],
      ...(complete ? {} : { sharedPassagesCut: true as const }),
    });
  }
  return withGroups(pairs.sort((x, y) => x.a.index - y.a.index || x.b.index - y.b.index));
}

/** The pairs found, and (`groups`, read when first asked) the families they make. */
export type DuplicatePairs = DuplicatePair[] & { readonly groups: readonly DuplicateGroup[] };

/** The pairs with their `groups`: not enumerable, so that the pairs read, compare and serialise as a list. */
function withGroups(pairs: DuplicatePair[]): DuplicatePairs {
  let groups: readonly DuplicateGroup[] | undefined;
  Object.defineProperty(pairs, 'groups', {
    enumerable: false,
    get: () => {
      groups ??= duplicateGroupsOf(pairs);
      return groups;
    },
  });
  return pairs as DuplicatePairs;
}
