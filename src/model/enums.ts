import * as z from 'zod/mini';

/**
 * An enum whose every value carries its Chinese label, kept beside the values so they cannot drift.
 * Labels are written once here; the type and the JSON Schema's `oneOf` are derived from them.
 */
export function labelledEnum<const T extends Record<string, string>>(labels: T, title: string, description: string) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  const schema = z.enum(values).register(z.globalRegistry, { title, description, enumLabels: labels });
  return Object.assign(schema, { labels: Object.freeze(labels) });
}

/** 申报类型: the five directions of 一、遴选方向. */
export const Direction = labelledEnum(
  {
    'digital-workshop': '州级数字化车间',
    'smart-factory': '州级智能工厂',
    chain: '州级“链式”数字化转型典型标杆',
    cluster: '州级“集群”数字化转型典型标杆',
    'belt-and-road': '州级“一带一路”数字化转型特色典型标杆',
  },
  '申报类型',
  'Direction applied for',
);
export type Direction = z.infer<typeof Direction>;

/** The five 试点行业 of 二（一）2. */
export const PilotIndustry = labelledEnum(
  {
    'nonferrous-metals': '有色金属',
    'modern-chemicals': '现代化工',
    'new-materials': '新材料',
    'power-equipment': '电力装备',
    'food-textiles': '食品纺织',
  },
  '试点行业',
  'Pilot industry',
);
export type PilotIndustry = z.infer<typeof PilotIndustry>;

/** 所属行业: one of the five, or `other` (valid data; `basic.industry` then fails). */
export const Industry = labelledEnum({ ...PilotIndustry.labels, other: '其他' }, '所属行业', 'Industry');
export type Industry = z.infer<typeof Industry>;

/** 企业规模. */
export const Scale = labelledEnum(
  { 'above-designated-size': '规上企业', 'below-designated-size': '规下企业' },
  '企业规模',
  'Enterprise scale',
);
export type Scale = z.infer<typeof Scale>;

/** 优质中小企业情况. */
export const QualityTier = labelledEnum(
  {
    'little-giant': '专精特新“小巨人”',
    'regional-specialized': '自治区级专精特新',
    innovative: '创新型中小企业',
    none: '无',
  },
  '优质中小企业情况',
  'Quality SME tier',
);
export type QualityTier = z.infer<typeof QualityTier>;

/** Kinds of 不良记录 counted from a 信用中国 report (二（一）1 在信用等方面无不良记录). */
export const AdverseRecordKind = labelledEnum(
  {
    'dishonest-judgment-debtor': '失信被执行人',
    'serious-dishonesty': '严重失信主体',
    'abnormal-operation': '经营异常名录',
    'major-administrative-penalty': '重大行政处罚',
    other: '其他不良记录',
  },
  '不良记录类型',
  'Kind of adverse record',
);
export type AdverseRecordKind = z.infer<typeof AdverseRecordKind>;

/** 产业协同平台 status: only `built` (建成) meets 二（二）3. */
export const PlatformStatus = labelledEnum(
  { built: '已建成', building: '建设中', planned: '规划中' },
  '平台建设状态',
  'Platform status',
);
export type PlatformStatus = z.infer<typeof PlatformStatus>;

/** The lead's role in a chain or cluster consortium (链主、大型企业、园区运营单位、群主). */
export const LeadRole = labelledEnum(
  {
    'chain-leader': '龙头企业（链主）',
    'large-enterprise': '大型企业（链主）',
    'cluster-leader': '集群（园区）内龙头企业（群主）',
    'park-operator': '园区运营单位（群主）',
  },
  '牵头单位角色',
  'Role of the lead unit',
);
export type LeadRole = z.infer<typeof LeadRole>;

/** 一（五）: who may lead a "一带一路" application. */
export const BeltAndRoadApplicantType = labelledEnum(
  {
    'pilot-industrial-enterprise': '试点行业工业企业',
    'outbound-service-agency': '中小企业出海服务机构',
  },
  '申报主体类型',
  'Belt-and-road applicant type',
);
export type BeltAndRoadApplicantType = z.infer<typeof BeltAndRoadApplicantType>;

/** 五、其他: the kinds of attached material. */
export const AttachmentKind = labelledEnum(
  {
    contract: '项目合同',
    'technical-plan': '详细技术方案',
    'business-licence': '营业执照',
    qualification: '荣誉资质',
    'credit-report': '信用报告（信用中国）',
    'joint-agreement': '联合申报协议',
    'outreach-list': '出海服务企业清单',
    other: '其他材料',
  },
  '材料类型',
  'Kind of attachment',
);
export type AttachmentKind = z.infer<typeof AttachmentKind>;
