import type { Message } from '../model/issue.js';

/**
 * What the library's code relies on in a rule pack, and the one module that spells a pack's names.
 * A pack may change every threshold, list and message; it must still give these parameters (of these
 * types) and, where it has these checks, name their conditions so. `loadRulePack` refuses a pack that
 * does not, naming what is missing. Code elsewhere reads a pack only through the functions here.
 */

/** The units a parameter may be measured in: a pack naming another is refused. */
export const parameterUnits: Readonly<Record<string, Message>> = Object.freeze({
  分: { zh: '分', en: 'points' },
  级: { zh: '级', en: 'level' },
  个: { zh: '个', en: 'count' },
  家: { zh: '家', en: 'enterprises' },
  字: { zh: '字', en: 'characters' },
  天: { zh: '天', en: 'days' },
  年: { zh: '年', en: 'years' },
  比例: { zh: '比例（0–1）', en: 'ratio (0–1)' },
});

/**
 * A parameter the code reads, by the name it has in a pack, and the type it must have there. Where a
 * pack gives none, the library's own value (`libraryDefault`: a choice of the library's, which no
 * notice states) or, for a pack without joint directions, `withoutJoint` (a notice's own value that
 * only joint applications need) stands in; a pack with a joint direction must give those.
 */
export interface ParameterNeed {
  readonly name: string;
  readonly type: 'integer' | 'number' | 'text' | 'list';
  readonly description: Message;
  readonly libraryDefault?: unknown;
  readonly withoutJoint?: unknown;
}

const needed = {
  duplicateUnitSimilarity: {
    name: 'joint.duplicateUnitSimilarity',
    type: 'number',
    description: { zh: '疑似重复申报：参与单位相似度阈值', en: 'Duplicate consortia: unit similarity threshold' },
    libraryDefault: 0.6,
  },
  duplicateContentSimilarity: {
    name: 'joint.duplicateContentSimilarity',
    type: 'number',
    description: { zh: '疑似重复申报：申报内容相似度阈值', en: 'Duplicate consortia: content similarity threshold' },
    libraryDefault: 0.5,
  },
  shingleLength: {
    name: 'joint.shingleLength',
    type: 'integer',
    description: { zh: '申报内容比对的字串长度', en: 'Length of the character n-grams compared' },
    libraryDefault: 3,
  },
  boilerplate: {
    name: 'joint.boilerplate',
    type: 'text',
    description: { zh: '通知原文（抄录不作为重复的证据）', en: "The notice's own text (copying it is no evidence)" },
    withoutJoint: '',
  },
  leadOnceDirections: {
    name: 'joint.leadOnceDirections',
    type: 'list',
    description: { zh: '同一牵头单位只能入选一项的申报类型', en: 'Directions in which a lead is selected once' },
    withoutJoint: [],
  },
  consortiumDirections: {
    name: 'joint.consortiumDirections',
    type: 'list',
    description: { zh: '联合体申报的申报类型', en: 'Directions applied for by consortia' },
    withoutJoint: [],
  },
} as const satisfies Record<string, ParameterNeed>;

/**
 * The model's directions whose 申报书 list participants (表二): a pack with one of them is a pack with
 * joint applications, and must give the joint parameters the notice states.
 */
export const jointDirections: readonly string[] = Object.freeze(['chain', 'cluster', 'belt-and-road']);

/** The parameters code reads, as `loadRulePack` checks them. */
export const neededParameters: readonly ParameterNeed[] = Object.freeze(Object.values(needed));

/**
 * Checks whose results the reports draw as charts, with the condition names the charts read. A pack
 * without one of these checks draws no chart for it; a pack with it must name these conditions.
 */
export const chartedChecks = Object.freeze({
  scenarios: Object.freeze({
    checks: ['workshop.scenarios', 'factory.scenarios'],
    conditions: ['scenarios', 'binding'],
  }),
  pilotRatio: Object.freeze({ checks: ['consortium.pilot-ratio'], conditions: ['ratio'] }),
  participantCount: Object.freeze({ checks: ['consortium.participant-count'], conditions: ['participants'] }),
});

/**
 * The checks a consortium must still pass without a participant that fails its own requirement
 * (clauses.md edition 3): only then is that participant's failure for the applicant to correct (the
 * unit removed) rather than the consortium's. A pack without them removes nobody.
 */
export const consortiumSufficiency: readonly string[] = Object.freeze([
  'consortium.participant-count',
  'consortium.pilot-ratio',
]);

/** A pack's parameter values in effect on a date, by name. */
export type ParameterValues = Readonly<Record<string, unknown>>;

const numberOf = (values: ParameterValues, need: ParameterNeed): number | undefined => {
  const value = values[need.name];
  return typeof value === 'number' ? value : undefined;
};

/** The similarity thresholds of 二（一）3 in effect (`loadRulePack` guarantees they are numbers). */
export function duplicateThresholds(values: ParameterValues): { unitSimilarity: number; contentSimilarity: number } {
  return {
    unitSimilarity: numberOf(values, needed.duplicateUnitSimilarity) ?? 1,
    contentSimilarity: numberOf(values, needed.duplicateContentSimilarity) ?? 1,
  };
}

/** How texts are compared for duplicates: the shingle length and the notice's own words to leave out. */
export function duplicateTextSettings(values: ParameterValues): { shingleLength: number; boilerplate: string } {
  const boilerplate = values[needed.boilerplate.name];
  return {
    shingleLength: Math.max(1, numberOf(values, needed.shingleLength) ?? 3),
    boilerplate: typeof boilerplate === 'string' ? boilerplate : '',
  };
}

const listOf = (values: ParameterValues, need: ParameterNeed): readonly string[] => {
  const value = values[need.name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** The directions whose lead may be selected in only one of them (二（一）3). */
export function leadOnceDirections(values: ParameterValues): readonly string[] {
  return listOf(values, needed.leadOnceDirections);
}

/** The directions that are always joint (链式, 集群); any other application is joint when it has participants. */
export function consortiumDirections(values: ParameterValues): readonly string[] {
  return listOf(values, needed.consortiumDirections);
}

/** What a chart draws of a check's result: each named condition's value found and value required. */
export interface ChartedValue {
  readonly actual: number;
  readonly required: number;
}

/** What a chart reads of a check result. */
export interface ChartableResult {
  readonly id: string;
  readonly outcome: string;
  readonly actual: Readonly<Record<string, unknown>>;
  readonly required: Readonly<Record<string, unknown>>;
}

/**
 * The values a chart draws from an evaluation's results, one per condition the chart reads, or
 * `undefined` when none of its checks passed or failed (not applicable, or for review).
 *
 * @example
 * chartedValues(evaluation.checks, chartedChecks.pilotRatio) //=> [{ actual: 0.583…, required: … }]
 */
export function chartedValues(
  results: readonly ChartableResult[],
  chart: { readonly checks: readonly string[]; readonly conditions: readonly string[] },
): ChartedValue[] | undefined {
  const result = results.find((c) => chart.checks.includes(c.id) && (c.outcome === 'pass' || c.outcome === 'fail'));
  if (result === undefined) return undefined;
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return chart.conditions.map((name) => ({ actual: num(result.actual[name]), required: num(result.required[name]) }));
}
