import * as z from 'zod/mini';
import {
  AdverseRecordKind,
  AttachmentKind,
  BeltAndRoadApplicantType,
  Direction,
  Industry,
  LeadRole,
  PilotIndustry,
  PlatformStatus,
  QualityTier,
  Scale,
} from './enums.js';
import { labelled } from './labelled.js';
import { limits } from './limits.js';

const line = () => z.string().check(z.maxLength(limits.shortText));
const text = () => z.string().check(z.maxLength(limits.longText));
/** A calendar date `YYYY-MM-DD` (中国标准时间, no time of day); 2025-02-30 is refused. */
const date = () => z.iso.date();
/** Money in 万元: never negative. */
const money = () => z.number().check(z.nonnegative());
/** 评测等级: 1–4 (一级…四级), `null` for 未定级. */
const level = () => z.nullable(z.int().check(z.minimum(1), z.maximum(4)));

/** 联系人 and 联系电话. */
export const Contact = labelled(
  z.strictObject({
    name: labelled(line(), '联系人', 'Contact person'),
    phone: labelled(line(), '联系电话', 'Contact phone'),
  }),
  '联系人',
  'Contact',
);

/** One 不良记录 from a 信用中国 report. */
export const AdverseRecord = labelled(
  z.strictObject({
    kind: AdverseRecordKind,
    description: labelled(text(), '记录说明', 'Description'),
    date: labelled(date(), '记录日期', 'Date of record'),
  }),
  '不良记录',
  'Adverse record',
);

/** 信用记录: what the 信用中国 report says. */
export const Credit = labelled(
  z.strictObject({
    adverseRecords: labelled(z.array(AdverseRecord).check(z.maxLength(limits.fewItems)), '不良记录', 'Adverse records'),
  }),
  '信用记录',
  'Credit record',
);

/** What the lead and every participant share (表一, 表二). */
const unitShape = {
  name: labelled(line(), '企业（单位）名称', 'Name of the enterprise (unit)'),
  creditCode: labelled(line(), '统一社会信用代码', 'Unified social credit code'),
  legalRepresentative: labelled(line(), '法人代表', 'Legal representative'),
  registeredAddress: labelled(line(), '注册地址', 'Registered address'),
  contact: Contact,
  independentLegalPerson: z.optional(labelled(z.boolean(), '具有独立法人资格', 'Independent legal person')),
  credit: z.optional(Credit),
};

/** 近三年财务状况: one fiscal year. */
export const FinancialYear = labelled(
  z.strictObject({
    year: labelled(z.int().check(z.minimum(1900), z.maximum(9999)), '年度', 'Fiscal year'),
    totalAssets: labelled(money(), '资产总额（万元）', 'Total assets (10k CNY)'),
    totalLiabilities: labelled(money(), '负债总额（万元）', 'Total liabilities (10k CNY)'),
    revenue: labelled(money(), '营业收入（万元）', 'Revenue (10k CNY)'),
    netProfit: labelled(z.number(), '净利润（万元）', 'Net profit (10k CNY)'),
  }),
  '年度财务数据',
  'Fiscal year figures',
);

/** 已开展的数字化改造项目 (表一). */
export const Project = labelled(
  z.strictObject({
    name: labelled(line(), '已开展的数字化改造项目名称', 'Project name'),
    totalInvestment: labelled(money(), '项目总投资额（万元）', 'Total investment (10k CNY)'),
    approvedOn: labelled(date(), '立项时间', 'Date approved'),
    acceptedOn: z.optional(labelled(date(), '验收时间', 'Date accepted')),
    serviceProvider: labelled(line(), '数字化服务商', 'Digital service provider'),
  }),
  '数字化改造项目',
  'Digital transformation project',
);

/** One 数字化经营应用场景 and its level. */
export const Scenario = labelled(
  z.strictObject({
    code: labelled(line(), '场景编号', 'Scenario code'),
    name: labelled(line(), '场景名称', 'Scenario name'),
    binding: labelled(z.boolean(), '约束性场景', 'Binding scenario'),
    level: labelled(level(), '场景等级', 'Scenario level'),
  }),
  '应用场景',
  'Application scenario',
);

/** 验收评测: the result of the pilot's acceptance evaluation. */
export const Assessment = labelled(
  z.strictObject({
    acceptancePassed: labelled(z.boolean(), '通过验收评测', 'Passed acceptance evaluation'),
    level: labelled(level(), '数字化水平评测等级', 'Digital level'),
    score: labelled(
      z.number().check(z.minimum(0), z.maximum(100)),
      '数据基础、管理及成效得分',
      'Score for data, management and outcomes',
    ),
    scenarios: labelled(
      z.array(Scenario).check(z.maxLength(limits.fewItems)),
      '数字化经营应用场景',
      'Digital business scenarios',
    ),
  }),
  '验收评测',
  'Acceptance evaluation',
);

/** 承诺: the lead's signature box of 表一. */
export const Commitment = labelled(
  z.strictObject({
    signedBy: labelled(line(), '法定代表人（签字）', 'Signed by (legal representative)'),
    signedOn: labelled(date(), '承诺日期', 'Date signed'),
  }),
  '申报单位承诺',
  'Commitment',
);

/** 申报（牵头）单位 (表一). */
export const Lead = labelled(
  z.strictObject({
    ...unitShape,
    countyOrPark: labelled(line(), '所在县市（园区）', 'County, city or park'),
    isPilot: labelled(z.boolean(), '试点企业', 'Pilot enterprise'),
    pilotIndustry: z.optional(PilotIndustry),
    scale: Scale,
    qualityTier: QualityTier,
    introduction: labelled(text(), '企业简介', 'Introduction of the enterprise'),
    financials: z.optional(
      labelled(
        z.array(FinancialYear).check(z.maxLength(limits.fewItems)),
        '近三年财务状况',
        'Financials of recent years',
      ),
    ),
    project: z.optional(Project),
    assessment: z.optional(Assessment),
    commitment: Commitment,
  }),
  '申报（牵头）单位',
  'Lead unit',
);

/** 试点情况 of a participant (表二; 非试点企业无需填写). */
export const ParticipantPilot = labelled(
  z.strictObject({
    projectName: z.optional(labelled(line(), '试点项目名称', 'Pilot project name')),
    serviceProvider: z.optional(labelled(line(), '数字化服务商', 'Digital service provider')),
    amount: z.optional(labelled(money(), '试点项目金额（万元）', 'Pilot project amount (10k CNY)')),
    // A level means the pilot passed 验收评测 (表二 asks only for the level; null = 未定级 = not yet):
    // acceptancePassed is needed only to say `false` explicitly.
    level: z.optional(labelled(level(), '验收评测等级', 'Evaluated level')),
    acceptancePassed: z.optional(labelled(z.boolean(), '通过验收评测', 'Passed acceptance evaluation')),
  }),
  '试点情况',
  'Pilot details',
);

/** 参与单位 (表二). */
export const Participant = labelled(
  z.strictObject({
    ...unitShape,
    industry: Industry,
    /** 表二 所属行业 其他：____, when `industry` is `other`. */
    industryOther: z.optional(labelled(line(), '所属行业（其他）', 'Industry (other)')),
    isPilot: labelled(z.boolean(), '是否为试点企业', 'Pilot enterprise'),
    pilot: z.optional(ParticipantPilot),
    inClusterOrPark: z.optional(labelled(z.boolean(), '在集群（园区）内', 'Inside the cluster or park')),
    /** 表二 does not ask for them; `basic.financial-health` checks them when given. */
    financials: z.optional(
      labelled(
        z.array(FinancialYear).check(z.maxLength(limits.fewItems)),
        '近三年财务状况',
        'Financials of recent years',
      ),
    ),
  }),
  '参与单位',
  'Participant',
);

/** 推荐单位（盖章）. */
export const Recommender = labelled(
  z.strictObject({
    name: labelled(line(), '推荐单位', 'Recommending body'),
    recommendedOn: z.optional(labelled(date(), '推荐日期', 'Date recommended')),
  }),
  '推荐单位',
  'Recommending body',
);

/** 产业协同平台 and the 赋能 paths of a chain or cluster (二（二）3). */
export const Consortium = labelled(
  z.strictObject({
    platform: labelled(
      z.strictObject({
        name: labelled(line(), '产业协同平台名称', 'Platform name'),
        status: PlatformStatus,
        url: z.optional(labelled(line(), '平台网址', 'Platform URL')),
      }),
      '产业协同平台',
      'Industrial collaboration platform',
    ),
    empowerment: labelled(
      z.strictObject({
        technology: z.optional(labelled(text(), '技术赋能', 'Technology empowerment')),
        supplyChain: z.optional(labelled(text(), '供应链赋能', 'Supply-chain empowerment')),
        platform: z.optional(labelled(text(), '平台赋能', 'Platform empowerment')),
        ecosystem: z.optional(labelled(text(), '生态赋能', 'Ecosystem empowerment')),
        green: z.optional(labelled(text(), '绿色赋能', 'Green empowerment')),
      }),
      '赋能路径',
      'Empowerment paths',
    ),
    leadRole: LeadRole,
  }),
  '联合体（链式/集群）情况',
  'Consortium',
);

/** “一带一路” specifics (一（五）). */
export const BeltAndRoad = labelled(
  z.strictObject({
    applicantType: BeltAndRoadApplicantType,
    partners: z.optional(
      // Named in the narrative, often abroad and without a credit code; not co-applicants (those are participants).
      labelled(
        z.array(line()).check(z.maxLength(limits.manyItems)),
        '“一带一路”沿线合作方',
        'Partners along the Belt and Road',
      ),
    ),
  }),
  '“一带一路”申报情况',
  'Belt and road',
);

/** 三、四: what the applicant describes. */
export const Narrative = labelled(
  z.strictObject({
    projectOverview: labelled(text(), '数字化改造项目情况', 'Project overview'),
    outcomes: labelled(text(), '改造成效', 'Outcomes'),
    replicableModel: z.optional(labelled(text(), '经验及可复制可推广模式', 'Replicable model')),
    divisionOfLabour: z.optional(labelled(text(), '单位分工情况', 'Division of labour')),
  }),
  '项目情况及成效',
  'Narrative',
);

/** 五、其他: one attached document. The library never reads files. */
export const Attachment = labelled(
  z.strictObject({
    kind: AttachmentKind,
    holderCreditCode: z.optional(labelled(line(), '所属单位统一社会信用代码', 'Credit code of the unit it belongs to')),
    coversFrom: z.optional(labelled(date(), '信用报告起始日期', 'Credit report covers from')),
    coversTo: z.optional(labelled(date(), '信用报告截止日期', 'Credit report covers to')),
    signedBy: z.optional(
      labelled(
        z.array(line()).check(z.maxLength(limits.manyItems)),
        '盖章单位（统一社会信用代码）',
        'Sealed by (credit codes)',
      ),
    ),
    statesDuties: z.optional(labelled(z.boolean(), '载明各单位分工职责', "States each unit's duties")),
    statesJointLiability: z.optional(
      labelled(z.boolean(), '载明牵头单位承担连带责任', "States the lead's joint liability"),
    ),
    title: z.optional(labelled(line(), '材料名称', 'Title')),
    ref: z.optional(labelled(line(), '文件引用', 'File reference')),
  }),
  '附件材料',
  'Attachment',
);

/** 中小企业数字化转型典型标杆申报书: one application, as portals send it. */
export const Application = labelled(
  z.strictObject({
    id: z.optional(labelled(line(), '申报编号', 'Portal reference')),
    direction: Direction,
    industry: Industry,
    submittedOn: labelled(date(), '申报日期', 'Date submitted'),
    lead: Lead,
    recommender: Recommender,
    participants: labelled(z.array(Participant).check(z.maxLength(limits.manyItems)), '参与单位', 'Participants'),
    consortium: z.optional(Consortium),
    beltAndRoad: z.optional(BeltAndRoad),
    narrative: Narrative,
    attachments: labelled(z.array(Attachment).check(z.maxLength(limits.manyItems)), '其他材料', 'Attachments'),
  }),
  '申报书',
  'Application',
);

export type Contact = z.infer<typeof Contact>;
export type AdverseRecord = z.infer<typeof AdverseRecord>;
export type Credit = z.infer<typeof Credit>;
export type FinancialYear = z.infer<typeof FinancialYear>;
export type Project = z.infer<typeof Project>;
export type Scenario = z.infer<typeof Scenario>;
export type Assessment = z.infer<typeof Assessment>;
export type Commitment = z.infer<typeof Commitment>;
export type Lead = z.infer<typeof Lead>;
export type ParticipantPilot = z.infer<typeof ParticipantPilot>;
export type Participant = z.infer<typeof Participant>;
export type Recommender = z.infer<typeof Recommender>;
export type Consortium = z.infer<typeof Consortium>;
export type BeltAndRoad = z.infer<typeof BeltAndRoad>;
export type Narrative = z.infer<typeof Narrative>;
export type Attachment = z.infer<typeof Attachment>;
export type Application = z.infer<typeof Application>;
/** A unit of the application: the lead or a participant. */
export type Unit = Lead | Participant;
