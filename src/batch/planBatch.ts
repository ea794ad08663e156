import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import { evaluationDateOf, type ResolvedOptions } from '../evaluate/evaluate.js';
import type { ApplicationRef, BatchContext, DuplicateEvidence } from '../facts/registry.js';
import type { Direction } from '../model/enums.js';
import type { Application } from '../model/schema.js';
import { leadOnceDirections } from '../pack/contract.js';
import { editionOf } from '../pack/editionOf.js';
import type { BatchEntry } from './batchEntry.js';
import type { DuplicateGroup } from './duplicateGroupsOf.js';
import { type DuplicatePair, findDuplicatesAmong } from './findDuplicateConsortia.js';

/** A lead unit that leads applications in more than one of the lead-once directions. */
export interface LeadInSeveralApplications {
  readonly creditCode: string;
  readonly name: string;
  readonly applications: readonly { readonly index: number; readonly id?: string; readonly direction: Direction }[];
}

/** How facts name an application of the batch; messages write it 「申报书 CJ-017（第18份，…，牵头单位：某公司）」. */
export function applicationRef(
  application: Pick<Application, 'id' | 'direction'> & { lead: { name: string } },
  index: number,
): ApplicationRef {
  return {
    type: 'application',
    index,
    ...(application.id !== undefined ? { id: application.id } : {}),
    direction: application.direction,
    lead: application.lead.name,
  };
}

/** How many shared units a duplicate's message names; all of them are in the batch's `duplicates`. */
const sharedUnitsNamed = 5;

/** What a batch's checks across applications found, and each application's part of it. */
export interface BatchPlan {
  readonly duplicates: readonly DuplicatePair[];
  /** The duplicates as families: many copies of one consortium are one group, not a pair for each two. */
  readonly duplicateGroups: readonly DuplicateGroup[];
  readonly leadsInSeveralApplications: readonly LeadInSeveralApplications[];
  /** What `evaluateApplication` is told about the application at `index`. */
  readonly contextOf: (index: number) => BatchContext;
}

/**
 * The checks across applications (二（一）3), from the entries of a batch (`undefined` where an
 * application could not be read): duplicate consortia with their evidence, and leads of several
 * lead-once applications with, at `selection`, the one selected.
 */
export function planBatch(
  entries: readonly (BatchEntry | undefined)[],
  resolved: ResolvedOptions,
  selected: readonly (string | number)[] = [],
  evidenceBudget?: number,
): BatchPlan {
  // One evaluation date per application, as `evaluate` takes it (the search reads each one's too).
  const dates = new Set(entries.flatMap((e) => (e ? [evaluationDateOf(e, resolved)] : [])));
  const leadOnce = new Set([...dates].flatMap((date) => leadOnceDirections(editionOf(resolved.pack, date).parameters)));

  const duplicates = findDuplicatesAmong(entries, {
    pack: resolved.pack,
    ...(resolved.asOf !== undefined ? { asOf: resolved.asOf } : {}),
    ...(evidenceBudget !== undefined ? { evidenceBudget } : {}),
  });
  const evidence = new Map<number, DuplicateEvidence[]>();
  const refs = new Map<number, ApplicationRef>();
  const refOf = (index: number) => {
    let ref = refs.get(index);
    if (ref === undefined) {
      ref = applicationRef(entries[index] as BatchEntry, index);
      refs.set(index, ref);
    }
    return ref;
  };
  for (const pair of duplicates) {
    const sharedUnits = pair.sharedUnits.slice(0, sharedUnitsNamed);
    for (const [self, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      let list = evidence.get(self.index);
      if (list === undefined) {
        list = [];
        evidence.set(self.index, list);
      }
      list.push({
        reason: 'alike',
        other: refOf(other.index),
        unitSimilarity: pair.unitSimilarity,
        contentSimilarity: pair.contentSimilarity,
        sharedUnits,
        sharedUnitCount: pair.sharedUnits.length,
        sharedPassages: pair.sharedPassages,
        ...(pair.sharedPassagesCut ? { sharedPassagesCut: true as const } : {}),
      });
    }
  }

  const byLead = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    if (entry === undefined || !leadOnce.has(entry.direction)) return;
    const code = normalizeCreditCode(entry.lead.creditCode);
    if (code === '') return;
    byLead.set(code, [...(byLead.get(code) ?? []), index]);
  });
  const chosen = new Set(selected);
  const isSelected = (index: number) => {
    const id = entries[index]?.id;
    return chosen.has(index) || (id !== undefined && chosen.has(id));
  };
  const leadGroups = [...byLead.entries()].filter(([, indexes]) => indexes.length > 1);
  const others = new Map<number, ApplicationRef[]>();
  const instead = new Map<number, ApplicationRef[]>();
  const ref = (i: number) => applicationRef(entries[i] as BatchEntry, i);
  for (const [, indexes] of leadGroups) {
    const keep = indexes.find(isSelected) ?? (indexes[0] as number);
    for (const index of indexes) {
      others.set(index, indexes.filter((i) => i !== index).map(ref));
      if (resolved.stage === 'selection' && index !== keep) instead.set(index, [ref(keep)]);
    }
  }
  const leadsInSeveralApplications = leadGroups.map(([creditCode, indexes]) => {
    const first = entries[indexes[0] as number] as BatchEntry;
    return {
      creditCode,
      name: first.lead.name,
      applications: indexes.map((index) => {
        const entry = entries[index] as BatchEntry;
        return { index, ...(entry.id !== undefined ? { id: entry.id } : {}), direction: entry.direction };
      }),
    };
  });
  return {
    duplicates,
    duplicateGroups: duplicates.groups,
    leadsInSeveralApplications,
    contextOf: (index) => ({
      stage: resolved.stage,
      sameLeadOthers: others.get(index) ?? [],
      selectedInstead: instead.get(index) ?? [],
      duplicates: evidence.get(index) ?? [],
    }),
  };
}
