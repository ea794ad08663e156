import { type CreditCodeProblem, parseCreditCode } from '../credit-code/parseCreditCode.js';

/** Problems of the same kind at many positions (a code typed in full width) said once, with the positions. */
const groupable: Partial<Record<CreditCodeProblem['reason'], { zh: string; en: string }>> = {
  'full-width': { zh: '是全角字符，应为半角', en: 'full-width; write them half-width' },
  lowercase: { zh: '是小写字母，应为大写', en: 'lower case; write them in capitals' },
  whitespace: { zh: '是空白字符，应删除', en: 'white space; remove them' },
};

/** Positions as runs: [1, 2, 3, 7] → ['1–3', '7']. */
function runs(positions: readonly number[]): string[] {
  const out: string[] = [];
  let start = positions[0];
  for (let i = 1; i <= positions.length; i++) {
    const prev = positions[i - 1] as number;
    if (positions[i] === prev + 1) continue;
    out.push(start === prev ? String(prev) : `${start}–${prev}`);
    start = positions[i];
  }
  return out;
}

function said(problems: readonly CreditCodeProblem[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  const done = new Set<string>();
  for (const p of problems) {
    const group = groupable[p.reason];
    const same = problems.filter((q) => q.reason === p.reason);
    if (group === undefined || same.length < 3) {
      zh.push(p.message.zh);
      en.push(p.message.en);
    } else if (!done.has(p.reason)) {
      done.add(p.reason);
      const positions = runs(same.flatMap((q) => (q.position === undefined ? [] : [q.position])));
      zh.push(`第${positions.join('、')}位${group.zh}`);
      en.push(`characters ${positions.join(', ')} are ${group.en}`);
    }
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}

/** What the rules read from a 统一社会信用代码. */
export interface CreditCodeFacts {
  readonly code: string;
  readonly valid: boolean;
  /** Why it is malformed, in Chinese and in English, joined for a message. */
  readonly problems: { readonly zh: string; readonly en: string };
  /** The code it should be, where only its shape is wrong (lower case, full width, spaces). */
  readonly suggestion: string | undefined;
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
  let facts = known.get(code);
  if (facts === undefined) {
    facts = Object.freeze(factsOf(code));
    // A batch looks the same codes up again and again: remembered, within a bound.
    if (known.size >= 1 << 14) known.clear();
    known.set(code, facts);
  }
  return facts;
}

const known = new Map<string, CreditCodeFacts>();

function factsOf(code: string): CreditCodeFacts {
  const parsed = parseCreditCode(code);
  if (!parsed.valid) {
    return {
      code,
      valid: false,
      problems: said(parsed.problems),
      suggestion: parsed.suggestion,
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
    suggestion: undefined,
    authorityCategory: parsed.authority.code + parsed.category.code,
    categoryName: parsed.category.name,
    regionCode: parsed.region.code,
    regionName: parsed.region.name,
    inMainland: parsed.region.inMainland,
  };
}
