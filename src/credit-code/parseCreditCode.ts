import type { Message } from '../model/issue.js';
import { creditCodeAlphabet } from './alphabet.js';
import { creditCodeCheckDigit } from './creditCodeCheckDigit.js';
import { normalizeCreditCode } from './normalizeCreditCode.js';
import { organizationCodeCheckDigit } from './organizationCodeCheckDigit.js';
import { type Region, regionOf } from './regionOf.js';
import { provinces } from './regions.js';
import { registrationAuthorities } from './registrationAuthorities.js';

const codeLength = 18;

/** Why a 统一社会信用代码 is not well formed. */
export type CreditCodeProblemReason =
  | 'empty'
  | 'whitespace'
  | 'full-width'
  | 'lowercase'
  | 'length'
  | 'character'
  | 'authority'
  | 'category'
  | 'region'
  | 'organization-check-digit'
  | 'check-digit';

export interface CreditCodeProblem {
  readonly reason: CreditCodeProblemReason;
  /** 1-based position of the character at fault, where there is one. */
  readonly position?: number;
  readonly message: Message;
}

/** A well-formed code and what it says. */
export interface ValidCreditCode {
  readonly valid: true;
  readonly code: string;
  /** 登记管理部门 (position 1). */
  readonly authority: { readonly code: string; readonly name: string };
  /** 机构类别 (position 2), e.g. 企业, 个体工商户. */
  readonly category: { readonly code: string; readonly name: string };
  /** 登记管理机关行政区划码 (positions 3–8). */
  readonly region: Region;
  /** 主体标识码（组织机构代码）(positions 9–17). */
  readonly organizationCode: string;
}

export interface InvalidCreditCode {
  readonly valid: false;
  readonly code: string;
  readonly problems: readonly CreditCodeProblem[];
  /** The code with white space removed, full-width forms and lower case mended, when that makes it valid. */
  readonly suggestion?: string;
}

export type CreditCodeResult = ValidCreditCode | InvalidCreditCode;

/** One full-width ASCII form (Ａ, ０, ａ) as its half-width letter. */
function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

const wellShaped = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
const sixDigits = /^\d{6}$/;

/** What is wrong with a code's shape (length, characters); empty for a code of the right shape. */
export function shapeProblems(code: string): CreditCodeProblem[] {
  if (wellShaped.test(code)) return [];
  const problems: CreditCodeProblem[] = [];
  if (code.trim() === '') {
    return [{ reason: 'empty', message: { zh: '统一社会信用代码未填写', en: 'the credit code is empty' } }];
  }
  const chars = [...code];
  chars.forEach((ch, i) => {
    const position = i + 1;
    if (/\s/.test(ch)) {
      problems.push({
        reason: 'whitespace',
        position,
        message: { zh: `第${position}位是空白字符，应删除`, en: `character ${position} is white space; remove it` },
      });
    } else if (/[\uFF01-\uFF5E]/.test(ch)) {
      problems.push({
        reason: 'full-width',
        position,
        message: {
          zh: `第${position}位“${ch}”是全角字符，应为半角“${toHalfWidth(ch)}”`,
          en: `character ${position} "${ch}" is full-width; write "${toHalfWidth(ch)}"`,
        },
      });
    } else if (/[a-z]/.test(ch)) {
      problems.push({
        reason: 'lowercase',
        position,
        message: {
          zh: `第${position}位“${ch}”是小写字母，应为大写“${ch.toUpperCase()}”`,
          en: `character ${position} "${ch}" is lower case; write "${ch.toUpperCase()}"`,
        },
      });
    } else if (!creditCodeAlphabet.includes(ch)) {
      problems.push({
        reason: 'character',
        position,
        message: {
          zh: `第${position}位“${ch}”不是统一社会信用代码可用的字符（只用数字和大写字母，不含 I、O、Z、S、V）`,
          en: `character ${position} "${ch}" is not allowed (digits and capitals only, without I, O, Z, S, V)`,
        },
      });
    }
  });
  if (chars.length !== codeLength) {
    problems.push({
      reason: 'length',
      message: {
        zh: `应为${codeLength}位，实际为${chars.length}位`,
        en: `must be ${codeLength} characters long, found ${chars.length}`,
      },
    });
  }
  return problems;
}

/** What is wrong with a code of the right shape: authority, category, region, check digits. */
export function contentProblems(code: string): CreditCodeProblem[] {
  const problems: CreditCodeProblem[] = [];
  const authority = registrationAuthorities[code.charAt(0)];
  if (authority === undefined) {
    problems.push({
      reason: 'authority',
      position: 1,
      message: {
        zh: `第1位登记管理部门代码“${code.charAt(0)}”不存在`,
        en: `character 1 "${code.charAt(0)}" is not a registration authority code`,
      },
    });
  } else if (authority.categories[code.charAt(1)] === undefined) {
    problems.push({
      reason: 'category',
      position: 2,
      message: {
        zh: `第2位机构类别代码“${code.charAt(1)}”不属于登记管理部门“${authority.name}”`,
        en: `character 2 "${code.charAt(1)}" is not an organisation category of authority ${code.charAt(0)}`,
      },
    });
  }
  const regionCode = code.slice(2, 8);
  if (!sixDigits.test(regionCode) || !Object.hasOwn(provinces, `${regionCode.slice(0, 2)}0000`)) {
    problems.push({
      reason: 'region',
      position: 3,
      message: {
        zh: `第3–8位行政区划码“${regionCode}”不是有效的行政区划代码`,
        en: `characters 3–8 "${regionCode}" are not a valid administrative division code`,
      },
    });
  }
  const orgCheck = organizationCodeCheckDigit(code.slice(8, 16));
  if (orgCheck !== code.charAt(16)) {
    problems.push({
      reason: 'organization-check-digit',
      position: 17,
      message: {
        zh: `第17位（组织机构代码校验码）应为“${orgCheck ?? '?'}”，实际为“${code.charAt(16)}”`,
        en: `character 17 (organisation code check digit) should be "${orgCheck ?? '?'}", found "${code.charAt(16)}"`,
      },
    });
  }
  const check = creditCodeCheckDigit(code.slice(0, 17));
  if (check !== code.charAt(17)) {
    problems.push({
      reason: 'check-digit',
      position: 18,
      message: {
        zh: `第18位校验码应为“${check ?? '?'}”，实际为“${code.charAt(17)}”（代码可能有录入错误）`,
        en: `character 18 (check digit) should be "${check ?? '?'}", found "${code.charAt(17)}" (a typing error?)`,
      },
    });
  }
  return problems;
}

/**
 * Parse a 统一社会信用代码 (GB 32100-2015). A well-formed code says who registered it, what kind of
 * body it is, and where; a malformed one says why, character by character: length, white space,
 * full-width or lower-case letters, characters outside the alphabet, an unknown authority,
 * category or region, and which check digit (GB 11714 at position 17, GB 32100 at 18) is wrong.
 *
 * @example
 * const parsed = parseCreditCode('91652301L74C93KYXG');
 * parsed.valid && parsed.category.name //=> '企业'
 * parsed.valid && parsed.region.inChangji //=> true
 */
export function parseCreditCode(code: string): CreditCodeResult {
  const shape = shapeProblems(code);
  if (shape.length > 0) {
    const mended = normalizeCreditCode(code);
    const suggestion =
      mended !== code && shapeProblems(mended).length === 0 && contentProblems(mended).length === 0
        ? mended
        : undefined;
    return suggestion === undefined
      ? { valid: false, code, problems: shape }
      : { valid: false, code, problems: shape, suggestion };
  }
  const problems = contentProblems(code);
  if (problems.length > 0) return { valid: false, code, problems };
  const authority = registrationAuthorities[code.charAt(0)];
  return {
    valid: true,
    code,
    authority: { code: code.charAt(0), name: authority?.name ?? '' },
    category: { code: code.charAt(1), name: authority?.categories[code.charAt(1)] ?? '' },
    region: regionOf(code.slice(2, 8)),
    organizationCode: code.slice(8, 17),
  };
}
