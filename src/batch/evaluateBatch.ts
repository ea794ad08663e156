import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { type EvaluateOptions, evaluateApplication, resolveOptions } from '../evaluate/evaluate.js';
import { parametersAtCached } from '../evaluate/parametersAtCached.js';
import { evaluationFailed } from '../evaluate/unreadableResult.js';
import type { ApplicationRef, BatchContext, DuplicateEvidence } from '../facts/registry.js';
import type { Direction } from '../model/enums.js';
import { parseApplicationWith } from '../model/parseApplication.js';
import type { Application } from '../model/schema.js';
import { applicationSchemaOf } from '../pack/applicationSchemaOf.js';
import { duplicateThresholds, leadOnceDirections } from '../pack/contract.js';
import { type DuplicatePair, findDuplicateConsortia } from './findDuplicateConsortia.js';

/** Options of {@link evaluateBatch}: those of `evaluate`, and what only a batch has. */
export interface EvaluateBatchOptions extends EvaluateOptions {
  /** At `stage: 'selection'`: the applications selected, by `id` or by index in the batch. */
  readonly selected?: readonly (string | number)[];
  /** Called after each application with how many are done and how many there are. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A lead unit that leads applications in more than one of the lead-once directions. */
export interface LeadInSeveralApplications {
  readonly creditCode: string;
  readonly name: string;
  readonly applications: readonly { readonly index: number; readonly id?: string; readonly direction: Direction }[];
}

/** What {@link evaluateBatch} answers. */
export interface BatchEvaluation {
  /** One result per input, in the same order; an input that cannot be read is `invalid` in its place. */
  readonly results: readonly EvaluationResult[];
  /** 重复申报: pairs of consortia alike in units and content, with the evidence. */
  readonly duplicates: readonly DuplicatePair[];
  /** Leads of more than one chain, cluster or belt-and-road application. */
  readonly leadsInSeveralApplications: readonly LeadInSeveralApplications[];
  readonly summary: {
    readonly total: number;
    readonly eligible: number;
    readonly ineligible: number;
    readonly needsReview: number;
    readonly invalid: number;
  };
}

/** How facts name an application of the batch; messages write it 「申报书 CJ-017（第18份，…，牵头单位：某公司）」. */
export function applicationRef(application: Application, index: number): ApplicationRef {
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

/**
 * Evaluate many 申报书 together: `evaluate` for each, plus the checks that compare applications
 * (二（一）3): `joint.single-lead-selection` (a lead may be selected in only one of chain, cluster and
 * belt-and-road: at `submission` a lead of several is `review` on each; at `selection` all but the
 * selected one fail) and `joint.duplicate-consortium` (consortia alike in units and content are both
 * disqualified; see {@link findDuplicateConsortia}). Inputs that cannot be read are reported in
 * place; one bad application never stops the batch. Never throws.
 *
 * @example
 * const batch = await evaluateBatch(inputs, { onProgress: (done, total) => bar.update(done / total) });
 * batch.duplicates.forEach((d) => console.log(d.a.index, d.b.index, d.sharedPassages[0]));
 */
export async function evaluateBatch(
  inputs: readonly unknown[],
  options?: EvaluateBatchOptions,
): Promise<BatchEvaluation> {
  const total = inputs.length;
  const resolved = resolveOptions(options);
  const progress = (done: number) => {
    try {
      options?.onProgress?.(done, total);
    } catch {
      // A progress display that fails must not stop the evaluation.
    }
  };
  if (Array.isArray(resolved)) {
    const results = inputs.map(() => ({ verdict: 'invalid' as const, errors: resolved }));
    progress(total);
    return { results, duplicates: [], leadsInSeveralApplications: [], summary: summarize(results) };
  }
  const schema = applicationSchemaOf(resolved.pack);
  const parsed = inputs.map((input) => parseApplicationWith(schema, input));
  const applications = parsed.map((p) => p.application);
  const dates = new Set(applications.flatMap((a) => (a ? [resolved.asOf ?? a.submittedOn] : [])));
  const thresholds = [...dates].map((date) => parametersAtCached(resolved.pack, date).values);
  const lowest = (name: 'unitSimilarity' | 'contentSimilarity') =>
    Math.min(...thresholds.map((v) => duplicateThresholds(v)[name]), 1);
  const leadOnce = new Set(thresholds.flatMap((v) => leadOnceDirections(v)));

  const duplicates = findDuplicateConsortia(applications, {
    pack: resolved.pack,
    ...(resolved.asOf !== undefined ? { asOf: resolved.asOf } : {}),
    unitSimilarity: lowest('unitSimilarity'),
    contentSimilarity: lowest('contentSimilarity'),
  });
  const evidence = new Map<number, DuplicateEvidence[]>();
  for (const pair of duplicates) {
    for (const [self, other] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const app = applications[other.index] as Application;
      evidence.set(self.index, [
        ...(evidence.get(self.index) ?? []),
        {
          reason: 'alike',
          other: applicationRef(app, other.index),
          unitSimilarity: pair.unitSimilarity,
          contentSimilarity: pair.contentSimilarity,
          sharedUnits: pair.sharedUnits.slice(0, sharedUnitsNamed),
          sharedUnitCount: pair.sharedUnits.length,
          sharedPassages: pair.sharedPassages,
        },
      ]);
    }
  }

  const byLead = new Map<string, number[]>();
  applications.forEach((app, index) => {
    if (app === undefined || !leadOnce.has(app.direction)) return;
    const code = normalizeCreditCode(app.lead.creditCode);
    if (code === '') return;
    byLead.set(code, [...(byLead.get(code) ?? []), index]);
  });
  const selected = new Set(options?.selected ?? []);
  const isSelected = (index: number) => {
    const id = applications[index]?.id;
    return selected.has(index) || (id !== undefined && selected.has(id));
  };
  const leadGroups = [...byLead.entries()].filter(([, indexes]) => indexes.length > 1);
  const others = new Map<number, ApplicationRef[]>();
  const instead = new Map<number, ApplicationRef[]>();
  for (const [, indexes] of leadGroups) {
    const keep = indexes.find(isSelected) ?? (indexes[0] as number);
    for (const index of indexes) {
      others.set(
        index,
        indexes.filter((i) => i !== index).map((i) => applicationRef(applications[i] as Application, i)),
      );
      if (resolved.stage === 'selection' && index !== keep) {
        instead.set(index, [applicationRef(applications[keep] as Application, keep)]);
      }
    }
  }

  const results: EvaluationResult[] = [];
  for (const [index, { application, issues }] of parsed.entries()) {
    try {
      if (application === undefined) {
        results.push({ verdict: 'invalid', errors: issues });
      } else {
        const batch: BatchContext = {
          stage: resolved.stage,
          sameLeadOthers: others.get(index) ?? [],
          selectedInstead: instead.get(index) ?? [],
          duplicates: evidence.get(index) ?? [],
        };
        results.push(await evaluateApplication(application, resolved, batch));
      }
    } catch (error) {
      results.push(evaluationFailed(error));
    }
    progress(index + 1);
  }
  const leadsInSeveralApplications = leadGroups.map(([creditCode, indexes]) => {
    const first = applications[indexes[0] as number] as Application;
    return {
      creditCode,
      name: first.lead.name,
      applications: indexes.map((index) => {
        const app = applications[index] as Application;
        return { index, ...(app.id !== undefined ? { id: app.id } : {}), direction: app.direction };
      }),
    };
  });
  return { results, duplicates, leadsInSeveralApplications, summary: summarize(results) };
}

function summarize(results: readonly EvaluationResult[]): BatchEvaluation['summary'] {
  const count = (verdict: string) => results.filter((r) => r.verdict === verdict).length;
  return {
    total: results.length,
    eligible: count('eligible'),
    ineligible: count('ineligible'),
    needsReview: count('needs-review'),
    invalid: count('invalid'),
  };
}
