import * as z from 'zod/mini';
import { normalizeCreditCode } from '../credit-code/normalizeCreditCode.js';
import { isCalendarDate } from '../model/calendarDate.js';
import type { Message } from '../model/issue.js';
import type { ZodSchema } from '../model/labelAt.js';
import type { Application, Unit } from '../model/schema.js';
import { adverseRecordsOf } from './adverseRecordsOf.js';
import { attachmentCount } from './attachmentCount.js';
import { bindingScenariosAtLevel } from './bindingScenariosAtLevel.js';
import { blankScenarioRows } from './blankScenarioRows.js';
import { characterCount } from './characterCount.js';
import { creditCodeFacts } from './creditCodeFacts.js';
import { creditReportFreshFrom, creditReportGaps } from './creditReportGaps.js';
import { datesAfterSubmission } from './datesAfterSubmission.js';
import { describedEmpowermentPaths } from './describedEmpowermentPaths.js';
import { distinctParticipants } from './distinctParticipants.js';
import { financialsRead } from './financialsRead.js';
import { fiscalYearsBefore } from './fiscalYearsBefore.js';
import { hasCreditReport } from './hasCreditReport.js';
import { insolventYears, zeroEquityYears } from './insolventYears.js';
import { isBranchName } from './isBranchName.js';
import { jointAgreementGaps, jointAgreementUndeclared } from './jointAgreementGaps.js';
import { missingFiscalYears } from './missingFiscalYears.js';
import { missingRequiredFields } from './missingRequiredFields.js';
import { nonEnterpriseParticipants } from './nonEnterpriseParticipants.js';
import { participantCount } from './participantCount.js';
import { participantsOutsideCluster } from './participantsOutsideCluster.js';
import { participantsWithUnknownCluster } from './participantsWithUnknownCluster.js';
import { participantTableProblems } from './participantTableProblems.js';
import { pilotCount } from './pilotCount.js';
import { pilotParticipantGaps } from './pilotParticipantGaps.js';
import { pilotParticipantsBelowLevel } from './pilotParticipantsBelowLevel.js';
import { pilotParticipantsNotAccepted } from './pilotParticipantsNotAccepted.js';
import { pilotRatio } from './pilotRatio.js';
import { placesNamedIn } from './placesNamedIn.js';
import type { Reading } from './reading.js';
import { repeatedParticipants } from './repeatedParticipants.js';
import { repeatedScenarios } from './repeatedScenarios.js';
import { scenariosAtLevel } from './scenariosAtLevel.js';
import { undescribedFields } from './undescribedFields.js';
import { unitsWhere } from './unitsWhere.js';
import { unreadableDates } from './unreadableDates.js';
import { yearsBefore } from './yearsBefore.js';

/** Another application of a batch, as facts name it (each language writes it its own way). */
export interface ApplicationRef {
  readonly type: 'application';
  /** Its place in the batch (0-based). */
  readonly index: number;
  readonly id?: string;
  readonly direction: string;
  /** The lead's name. */
  readonly lead: string;
}

/** A pair of consortia alike in units and content, as seen from one of them. */
export interface DuplicateEvidence {
  readonly reason: 'alike';
  readonly other: ApplicationRef;
  readonly unitSimilarity: number;
  readonly contentSimilarity: number;
  /** The units both name (lead and participants, by credit code), the first few. */
  readonly sharedUnits: readonly { readonly name: string; readonly creditCode: string }[];
  /** How many units both name. */
  readonly sharedUnitCount: number;
  /** The longest passages both texts share. */
  readonly sharedPassages: readonly string[];
  /** Set when the search's evidence budget cut the passages short (see `findDuplicateConsortia`). */
  readonly sharedPassagesCut?: true;
}

/** Many copies of one consortium, as one item: the first few named, how many, and one pair's evidence. */
export interface DuplicateFamily {
  readonly reason: 'alike-many';
  /** The first applications alike (the rest are in the batch's `duplicateGroups`). */
  readonly others: readonly ApplicationRef[];
  /** How many applications in all are alike with this one. */
  readonly count: number;
  /** The least unit and content similarity with any of them. */
  readonly unitSimilarity: number;
  readonly contentSimilarity: number;
  /** The evidence of the first of them: how many units both name, and the passages both share. */
  readonly sharedUnitCount: number;
  readonly sharedPassages: readonly string[];
}

/** Past this many, the applications alike with one are named as a family, not one by one. */
const namedOneByOne = 3;

/**
 * The duplicates of one application as its message names them: each, or, past a few, as one family
 * (three hundred copies of one file: 「与申报书…等299份」, not a sentence for each other copy).
 */
function duplicatesAsFound(found: readonly DuplicateEvidence[]): readonly (DuplicateEvidence | DuplicateFamily)[] {
  if (found.length <= namedOneByOne) return found;
  return [
    {
      reason: 'alike-many',
      others: found.slice(0, namedOneByOne).map((d) => d.other),
      count: found.length,
      unitSimilarity: Math.min(...found.map((d) => d.unitSimilarity)),
      contentSimilarity: Math.min(...found.map((d) => d.contentSimilarity)),
      sharedUnitCount: (found[0] as DuplicateEvidence).sharedUnitCount,
      sharedPassages: (found[0] as DuplicateEvidence).sharedPassages,
    },
  ];
}

/** What `evaluateBatch` knows about an application from the others in the batch. */
export interface BatchContext {
  readonly stage: 'submission' | 'selection';
  /** The other applications in the lead-once directions led by the same unit. */
  readonly sameLeadOthers: readonly ApplicationRef[];
  /** At selection: the application selected for this lead instead of this one, if any. */
  readonly selectedInstead: readonly ApplicationRef[];
  readonly duplicates: readonly DuplicateEvidence[];
}

/** What derived facts are computed from. */
export interface FactContext {
  readonly application: Application;
  /** 评估日期: `asOf`, or the application's `submittedOn`. Never the clock. */
  readonly evaluationDate: string;
  readonly batch?: BatchContext;
  /** How rows in doubt are read (clauses.md edition 3); the plain reading when absent. */
  readonly reading?: Reading;
  /** The schema the application was read with (a pack's own fields labelled); the model's when absent. */
  readonly schema?: ZodSchema;
  /** Date fields the reader found not to be calendar dates (read as not given). */
  readonly unreadDates?: readonly { readonly pointer: string; readonly text: string }[];
}

/** A fact the rules may name, derived in code from the application. */
export interface DerivedFact {
  /** `unit` facts are about the unit a per-unit check is evaluating. */
  readonly scope: 'application' | 'unit';
  /** The params a rule must give it, checked when a pack is loaded. */
  readonly params: z.ZodMiniType;
  readonly description: Message;
  readonly compute: (context: FactContext, params: never) => unknown;
  /**
   * The application's fields it is computed from (fact paths): a check whose `pass` reads this fact,
   * and that states no `requires`, goes to review while they are not given.
   */
  readonly reads: readonly string[];
  /**
   * The fields of the 申报书 it is computed from (fact paths; a `unit` fact's from the unit), given its
   * params: where a form shows the result of a check that reads it. Wider than `reads`, which only
   * names what must be given before the check can answer.
   */
  readonly fields: (params: unknown) => readonly string[];
  /**
   * Fields of the application (fact paths, never the unit's) an answer depends on without being
   * where it is shown: the date that says which years are due, the direction, the application's ID.
   * Listed after `fields`.
   */
  readonly context: readonly string[];
}

function define<P extends z.ZodMiniType>(
  scope: DerivedFact['scope'],
  params: P,
  description: Message,
  compute: (context: FactContext, params: z.infer<P>) => unknown,
  reads: readonly string[] = [],
  fields: readonly string[] | ((params: z.infer<P>) => readonly string[]) = reads,
  context: readonly string[] = [],
): DerivedFact {
  return Object.freeze({
    scope,
    params,
    description: Object.freeze(description),
    compute,
    reads: Object.freeze(reads),
    fields: typeof fields === 'function' ? (p: unknown) => fields(p as z.infer<P>) : () => fields,
    context: Object.freeze(context),
  });
}

const none = z.optional(z.strictObject({}));
const level = z.strictObject({ level: z.int().check(z.minimum(1), z.maximum(4)) });
/** Code categories (登记管理部门 + 机构类别, `91`) that count as 企业; every unit counts without it. */
const categories = z.optional(z.array(z.string().check(z.regex(/^[0-9A-Z]{2}$/))).check(z.maxLength(100)));
const countLead = z.strictObject({ countLead: z.boolean(), categories });
/** The 空答 (无, 暂无, 略…) that describe nothing: a pack parameter. */
const emptyAnswers = z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)));
const years = z.strictObject({ count: z.int().check(z.minimum(1), z.maximum(100)) });
const textList = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500));
/**
 * The unit a per-unit fact is about: `params.unit` is its index (0 the lead, n the n-th participant),
 * set when the rule is expanded for each unit (see `forUnit`); the lead when absent.
 */
function unitOf(context: FactContext, params: unknown): Unit {
  const index = (params as { unit?: unknown } | undefined)?.unit;
  if (typeof index !== 'number' || index === 0) return context.application.lead;
  return context.application.participants[index - 1] ?? context.application.lead;
}
const scenarios = (context: FactContext) => context.application.lead.assessment?.scenarios ?? [];
/** 近三年 and 最新 are counted from the submission (clauses.md), whatever date the evaluation is as of. */
const fiscalYearsOf = (c: FactContext, count: number) => fiscalYearsBefore(submittedOf(c), count);
/** 申报日期, or, while a draft has none (or none that is a date), the evaluation date. */
const submittedOf = (c: FactContext) =>
  !isCalendarDate(c.application.submittedOn) ? c.evaluationDate : c.application.submittedOn;
/** A unit's fiscal years as the evaluation's reading reads rows of one year that disagree. */
function financialsOf(c: FactContext, params: unknown) {
  const index = (params as { unit?: unknown } | undefined)?.unit;
  return financialsRead(unitOf(c, params).financials, typeof index === 'number' ? index : 0, c.reading);
}

/**
 * The facts rules can name besides the runtime facts `application` and `unit`: each a small pure
 * function of the application (see `src/facts/`), with the params it takes.
 */
// Without a prototype: a pack naming `constructor` or `toString` as a fact finds nothing here.
export const derivedFacts: Readonly<Record<string, DerivedFact>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, DerivedFact>, {
    evaluationDate: define(
      'application',
      none,
      { zh: '评估日期', en: 'evaluation date' },
      (c) => c.evaluationDate,
      [],
      [],
      ['$.submittedOn'],
    ),
    isJoint: define(
      'application',
      none,
      { zh: '是否联合申报', en: 'joint application' },
      // Joint by the distinct units other than the lead: a lead listed as its own participant is none.
      (c) => distinctParticipants(c.application).participants.length > 0,
      [],
      ['$.participants'],
    ),
    scenariosAtLevel: define(
      'application',
      level,
      { zh: '达到等级的应用场景数', en: 'scenarios at level' },
      (c, p) =>
        c.application.lead.assessment === undefined ? undefined : scenariosAtLevel(scenarios(c), p.level, c.reading),
      ['$.lead.assessment.scenarios'],
    ),
    bindingScenariosAtLevel: define(
      'application',
      level,
      { zh: '达到等级的约束性场景数', en: 'binding scenarios at level' },
      (c, p) =>
        c.application.lead.assessment === undefined
          ? undefined
          : bindingScenariosAtLevel(scenarios(c), p.level, c.reading),
      ['$.lead.assessment.scenarios'],
    ),
    repeatedScenarios: define(
      'application',
      none,
      { zh: '重复填报的应用场景', en: 'scenarios entered twice' },
      (c) => repeatedScenarios(scenarios(c)),
      [],
      ['$.lead.assessment.scenarios'],
    ),
    participantCount: define(
      'application',
      countLead,
      { zh: '参与企业数量', en: 'participants' },
      (c, p) => participantCount(c.application, p.countLead, c.reading, p.categories),
      [],
      ['$.participants'],
    ),
    pilotCount: define(
      'application',
      countLead,
      { zh: '试点企业数量', en: 'pilot enterprises' },
      (c, p) => pilotCount(c.application, p.countLead, c.reading, p.categories),
      [],
      ['$.lead.isPilot', '$.participants'],
    ),
    unitsWhere: define(
      'application',
      z.strictObject({
        path: z.string().check(z.regex(/^\$(\.[A-Za-z]+)+$/)),
        values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).check(z.maxLength(500)),
        countLead: z.boolean(),
      }),
      { zh: '字段取所列值的单位数', en: 'units whose field has one of the values' },
      (c, p) => unitsWhere(c.application, p.path, p.values, p.countLead, c.reading),
      [],
      ['$.participants'],
    ),
    pilotRatio: define(
      'application',
      countLead,
      { zh: '试点企业占比', en: 'pilot ratio' },
      (c, p) => pilotRatio(c.application, p.countLead, c.reading, p.categories),
      [],
      ['$.lead.isPilot', '$.participants'],
    ),
    repeatedParticipants: define(
      'application',
      none,
      { zh: '重复填报的参与单位', en: 'units listed twice' },
      (c) => repeatedParticipants(c.application, c.reading),
      [],
      ['$.lead.creditCode', '$.participants'],
    ),
    fiscalYears: define(
      'application',
      years,
      { zh: '应报财务年度', en: 'fiscal years required' },
      (c, p) => fiscalYearsOf(c, p.count),
      [],
      [],
      ['$.submittedOn'],
    ),
    missingFiscalYears: define(
      'unit',
      years,
      { zh: '缺少的财务年度', en: 'missing fiscal years' },
      (c, p) => missingFiscalYears(financialsOf(c, p), fiscalYearsOf(c, p.count)),
      [],
      ['$.financials'],
      ['$.submittedOn'],
    ),
    insolventYears: define(
      'unit',
      years,
      { zh: '资不抵债的年度', en: 'insolvent years' },
      (c, p) => insolventYears(financialsOf(c, p), fiscalYearsOf(c, p.count)),
      [],
      ['$.financials'],
      ['$.submittedOn'],
    ),
    zeroEquityYears: define(
      'unit',
      years,
      { zh: '净资产为零的年度', en: 'years with no net assets' },
      (c, p) => zeroEquityYears(financialsOf(c, p), fiscalYearsOf(c, p.count)),
      [],
      ['$.financials'],
      ['$.submittedOn'],
    ),
    introductionLength: define(
      'application',
      none,
      { zh: '企业简介字数', en: 'introduction length' },
      (c) => characterCount(c.application.lead.introduction),
      [],
      ['$.lead.introduction'],
    ),
    leadCreditCode: define(
      'application',
      none,
      { zh: '牵头单位统一社会信用代码', en: 'lead credit code' },
      // Read as mended: a code wrong only in case, width or spaces is `form.credit-code`'s alone (edition 3).
      (c) => creditCodeFacts(normalizeCreditCode(c.application.lead.creditCode)),
      [],
      ['$.lead.creditCode'],
    ),
    leadAddressPlaces: define(
      'application',
      z.strictObject({ places: textList }),
      { zh: '注册地址中的地名', en: 'places named in the address' },
      (c, p) => placesNamedIn(c.application.lead.registeredAddress, p.places),
      [],
      ['$.lead.registeredAddress'],
    ),
    directionValue: define(
      'application',
      z.strictObject({ table: z.record(z.string(), z.unknown()) }),
      { zh: '本申报类型的参数值', en: 'the value for this direction' },
      (c, p) => (Object.hasOwn(p.table, c.application.direction) ? p.table[c.application.direction] : undefined),
      [],
      [],
      ['$.direction'],
    ),
    undescribedFields: define(
      'application',
      z.strictObject({
        fields: z.array(z.string().check(z.regex(/^[A-Za-z]+(\.[A-Za-z]+)*$/))).check(z.minLength(1)),
        emptyAnswers,
      }),
      { zh: '未说明的内容', en: 'fields that say nothing' },
      (c, p) => undescribedFields(c.application, p.fields, p.emptyAnswers, c.schema),
      [],
      (p) => p.fields.map((f) => `$.${f}`),
    ),
    unitAt: define('unit', z.strictObject({ unit: z.int().check(z.minimum(0)) }), { zh: '单位', en: 'unit' }, (c, p) =>
      unitOf(c, p),
    ),
    unitRole: define('unit', none, { zh: '单位角色（牵头/参与）', en: 'role of the unit' }, (c, p) =>
      unitOf(c, p) === c.application.lead ? 'lead' : 'participant',
    ),
    unitCreditCode: define(
      'unit',
      none,
      { zh: '统一社会信用代码', en: 'credit code' },
      (c, p) => creditCodeFacts(normalizeCreditCode(unitOf(c, p).creditCode)),
      [],
      ['$.creditCode'],
    ),
    unitCreditCodeAsGiven: define(
      'unit',
      none,
      { zh: '统一社会信用代码（按所填）', en: 'credit code as given' },
      (c, p) => creditCodeFacts(unitOf(c, p).creditCode),
      [],
      ['$.creditCode'],
    ),
    unitIsBranch: define(
      'unit',
      z.strictObject({ suffixes: textList }),
      { zh: '分支机构（名称）', en: 'a branch, by its name' },
      (c, p) => isBranchName(unitOf(c, p).name, p.suffixes),
      [],
      ['$.name'],
    ),
    unitHasCreditReport: define(
      'unit',
      none,
      { zh: '附有信用报告', en: 'credit report attached' },
      (c, p) => hasCreditReport(c.application, unitOf(c, p)),
      [],
      ['$.creditCode'],
    ),
    unitAdverseRecords: define(
      'unit',
      // A window on the dates: `from` a fixed day, or `withinYears` of the 申报日期 (近三年: 3).
      z.strictObject({
        kinds: z.array(z.string()),
        from: z.optional(z.iso.date()),
        withinYears: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
        before: z.optional(z.boolean()),
      }),
      { zh: '不良记录', en: 'adverse records' },
      (c, p) => {
        const from = p.from ?? (p.withinYears === undefined ? undefined : yearsBefore(submittedOf(c), p.withinYears));
        return adverseRecordsOf(
          unitOf(c, p),
          p.kinds,
          from === undefined ? undefined : { from, ...(p.before === undefined ? {} : { before: p.before }) },
        );
      },
      [],
      ['$.credit.adverseRecords'],
    ),
    nonEnterpriseParticipants: define(
      'application',
      z.strictObject({ categories: z.array(z.string()) }),
      { zh: '非企业参与单位', en: 'participants that are not enterprises' },
      (c, p) => nonEnterpriseParticipants(c.application, p.categories, c.reading),
      [],
      ['$.participants'],
    ),
    participantTableProblems: define(
      'application',
      z.strictObject({ levels: z.array(z.int()) }),
      { zh: '表二填报问题', en: 'problems of Table 2' },
      (c, p) => participantTableProblems(c.application, p.levels),
      [],
      ['$.participants'],
    ),
    blankScenarioRows: define(
      'application',
      none,
      { zh: '空白的应用场景行', en: 'blank scenario rows' },
      (c) => blankScenarioRows(scenarios(c)),
      [],
      ['$.lead.assessment.scenarios'],
    ),
    unreadableDates: define(
      'application',
      none,
      { zh: '无法识别的日期', en: 'dates that are not calendar dates' },
      (c) => unreadableDates(c.unreadDates),
      [],
      ['$.submittedOn', '$.lead.project', '$.lead.commitment.signedOn', '$.recommender.recommendedOn'],
    ),
    datesAfterSubmission: define(
      'application',
      none,
      { zh: '晚于申报日期的签署日期', en: 'dates after the submission' },
      (c) => datesAfterSubmission(c.application),
      [],
      ['$.lead.commitment.signedOn', '$.recommender.recommendedOn'],
      ['$.submittedOn'],
    ),
    describedEmpowermentPaths: define(
      'application',
      z.optional(z.strictObject({ emptyAnswers })),
      { zh: '已说明的赋能路径', en: 'empowerment paths' },
      (c, p) => describedEmpowermentPaths(c.application.consortium, p?.emptyAnswers),
      [],
      ['$.consortium.empowerment'],
    ),
    participantsOutsideCluster: define(
      'application',
      none,
      { zh: '集群外参与单位', en: 'participants outside' },
      (c) => participantsOutsideCluster(c.application, c.reading),
      [],
      ['$.participants'],
    ),
    participantsWithUnknownCluster: define(
      'application',
      none,
      { zh: '未说明是否在集群内的参与单位', en: 'participants not stated' },
      (c) => participantsWithUnknownCluster(c.application, c.reading),
      [],
      ['$.participants'],
    ),
    pilotParticipantsNotAccepted: define(
      'application',
      z.optional(z.strictObject({ levels: z.optional(z.array(z.int())) })),
      { zh: '未通过验收评测的试点参与单位', en: 'pilot participants not accepted' },
      (c, p) => pilotParticipantsNotAccepted(c.application, p?.levels, c.reading),
      [],
      ['$.participants'],
    ),
    pilotParticipantsBelowLevel: define(
      'application',
      level,
      { zh: '未达拨付条件的试点参与单位', en: 'pilot participants below level' },
      (c, p) => pilotParticipantsBelowLevel(c.application, p.level, c.reading),
      [],
      ['$.participants'],
    ),
    pilotParticipantGaps: define(
      'application',
      z.strictObject({ fields: z.array(z.string()), emptyAnswers }),
      { zh: '试点情况缺漏', en: 'pilot details missing' },
      (c, p) => pilotParticipantGaps(c.application, p.fields, p.emptyAnswers),
      [],
      ['$.participants'],
    ),
    missingRequiredFields: define(
      'application',
      z.strictObject({
        fields: z.strictObject({
          application: z.array(z.string()),
          lead: z.array(z.string()),
          pilotLead: z.array(z.string()),
          participant: z.array(z.string()),
        }),
        emptyAnswers,
      }),
      { zh: '未填写的必填项', en: 'required fields missing' },
      (c, p) => missingRequiredFields(c.application, p.fields, p.emptyAnswers, c.schema),
      [],
      (p) => [
        ...p.fields.application.map((f) => `$.${f}`),
        ...[...p.fields.lead, ...p.fields.pilotLead].map((f) => `$.lead.${f}`),
        ...(p.fields.participant.length > 0 ? ['$.participants'] : []),
      ],
    ),
    creditReportGaps: define(
      'application',
      z.strictObject({ coversFrom: z.iso.date(), maxAgeDays: z.int().check(z.minimum(0)) }),
      { zh: '信用报告缺漏', en: 'credit report gaps' },
      (c, p) => creditReportGaps(c.application, p, submittedOf(c)),
      [],
      ['$.attachments'],
      ['$.submittedOn', '$.lead.creditCode', '$.participants'],
    ),
    creditReportFreshFrom: define(
      'application',
      z.strictObject({ maxAgeDays: z.int().check(z.minimum(0)) }),
      { zh: '信用报告最早截止日期', en: 'credit report fresh from' },
      (c, p) => creditReportFreshFrom(submittedOf(c), p.maxAgeDays),
      [],
      [],
      ['$.submittedOn'],
    ),
    jointAgreementGaps: define(
      'application',
      none,
      { zh: '联合申报协议缺漏', en: 'joint agreement gaps' },
      (c) => jointAgreementGaps(c.application),
      [],
      ['$.attachments'],
      ['$.lead.creditCode', '$.participants'],
    ),
    jointAgreementUndeclared: define(
      'application',
      none,
      { zh: '联合申报协议未声明的事项', en: 'joint agreement statements not declared' },
      (c) => jointAgreementUndeclared(c.application),
      [],
      ['$.attachments'],
    ),
    stage: define('application', none, { zh: '评审阶段', en: 'stage' }, (c) => c.batch?.stage ?? 'submission'),
    otherApplicationsOfLead: define(
      'application',
      none,
      { zh: '同一牵头单位的其他申报', en: 'other applications of the lead' },
      (c) => c.batch?.sameLeadOthers ?? [],
      [],
      ['$.lead.creditCode'],
      ['$.direction', '$.id'],
    ),
    leadSelectionConflicts: define(
      'application',
      none,
      { zh: '同一牵头单位已入选的其他申报', en: 'other selections of the lead' },
      (c) => c.batch?.selectedInstead ?? [],
      [],
      ['$.lead.creditCode'],
      ['$.direction', '$.id'],
    ),
    duplicateConsortia: define(
      'application',
      z.strictObject({
        unitSimilarity: z.number().check(z.minimum(0), z.maximum(1)),
        contentSimilarity: z.number().check(z.minimum(0), z.maximum(1)),
      }),
      { zh: '高度相似的联合体', en: 'duplicate consortia' },
      (c, p) =>
        duplicatesAsFound(
          (c.batch?.duplicates ?? []).filter(
            (d) => d.unitSimilarity >= p.unitSimilarity && d.contentSimilarity >= p.contentSimilarity,
          ),
        ),
      [],
      ['$.lead.creditCode', '$.participants', '$.narrative', '$.consortium.empowerment'],
      ['$.id'],
    ),
    attachmentCount: define(
      'application',
      z.strictObject({ kind: z.string() }),
      { zh: '附件数量', en: 'attachments' },
      (c, p) => attachmentCount(c.application, p.kind),
      [],
      ['$.attachments'],
    ),
  }),
);

/**
 * The names rules may use besides the derived facts: `application`, given to every run, and `unit`,
 * which per-unit rules use and which is rewritten to `unitAt` for each unit.
 */
export const runtimeFactNames: readonly string[] = Object.freeze(['application', 'unit']);
