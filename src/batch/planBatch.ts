import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { ResolvedOptions } from '../evaluate/evaluate.js';
import { parametersAtCached } from '../evaluate/parametersAtCached.js';
import type { ApplicationRef, BatchContext, DuplicateEvidence } from '../facts/registry.js';
import type { Direction } from '../model/enums.js';
import type { Application } from '../model/schema.js';
import { duplicateThresholds, leadOnceDirections } from '../pack/contract.js';
import type { BatchEntry } from './batchEntry.js';
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
  const dates = new Set(entries.flatMap((e) => (e ? [resolved.asOf ?? e.submittedOn] : [])));
  const thresholds = [...dates].map((date) => parametersAtCached(resolved.pack, date).values);
  const lowest = (name: 'unitSimilarity' | 'contentSimilarity') =>
    Math.min(...thresholds.map((v) => duplicateThresholds(v)[name]), 1);
  const leadOnce = new Set(thresholds.flatMap((v) => leadOnceDirections(v)));

  const duplicates = findDuplicatesAmong(entries, {
    pack: resolved.pack,
    ...(resolved.asOf !== undefined ? { asOf: resolved.asOf } : {}),
    unitSimilarity: lowest('unitSimilarity'),
    contentSimilarity: lowest('contentSimilarity'),
    ...(evidenceBudget !== undefined ? { evidenceBudget } : {}),
  });
  const evidence = new Map<number, DuplicateEvidence[]>();
  for (const pair of duplicates) {
    for (const [self, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      evidence.set(self.index, [
        ...(evidence.get(self.index) ?? []),
        {
          reason: 'alike',
          other: applicationRef(entries[other.index] as BatchEntry, other.index),
          unitSimilarity: pair.unitSimilarity,
          contentSimilarity: pair.contentSimilarity,
          sharedUnits: pair.sharedUnits.slice(0, sharedUnitsNamed),
          sharedUnitCount: pair.sharedUnits.length,
          sharedPassages: pair.sharedPassages,
          ...(pair.sharedPassagesCut ? { sharedPassagesCut: true as const } : {}),
        },
      ]);
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
    leadsInSeveralApplications,
    contextOf: (index) => ({
      stage: resolved.stage,
      sameLeadOthers: others.get(index) ?? [],
      selectedInstead: instead.get(index) ?? [],
      duplicates: evidence.get(index) ?? [],
    }),
  };
}
