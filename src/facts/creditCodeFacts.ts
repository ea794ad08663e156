import { parseCreditCode } from '../credit-code/parseCreditCode.js';

/** What the rules read from a 统一社会信用代码. */
export interface CreditCodeFacts {
  readonly code: string;
  readonly valid: boolean;
  /** Why it is malformed, in Chinese and in English, joined for a message. */
  readonly problems: { readonly zh: string; readonly en: string };
  /** 登记管理部门 + 机构类别, e.g. `91` (企业), `92` (个体工商户). */
  readonly authorityCategory: string | undefined;
  readonly categoryName: string | undefined;
  /** 行政区划码 (six digits). */
  readonly regionCode: string | undefined;
  readonly regionName: string | undefined;
  readonly inMainland: boolean | undefined;
}

/**
 * The facts of a 统一社会信用代码 that rules compare: well formed or why not, its category, and its region.
 *
 * @example
 * creditCodeFacts('91652301L74C93KYXG').regionCode //=> '652301'
 */
export function creditCodeFacts(code: string): CreditCodeFacts {
  const parsed = parseCreditCode(code);
  if (!parsed.valid) {
    return {
      code,
      valid: false,
      problems: {
        zh: parsed.problems.map((p) => p.message.zh).join('；'),
        en: parsed.problems.map((p) => p.message.en).join('; '),
      },
      authorityCategory: undefined,
      categoryName: undefined,
      regionCode: undefined,
      regionName: undefined,
      inMainland: undefined,
    };
  }
  return {
    code,
    valid: true,
    problems: { zh: '', en: '' },
    authorityCategory: parsed.authority.code + parsed.category.code,
    categoryName: parsed.category.name,
    regionCode: parsed.region.code,
    regionName: parsed.region.name,
    inMainland: parsed.region.inMainland,
  };
}
