import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CreditCodeProblemReason,
  creditCodeCheckDigit,
  isValidCreditCode,
  organizationCodeCheckDigit,
  parseCreditCode,
  regionOf,
} from '../../src/entries/credit-code.js';
import { runs } from '../helpers/runs.js';
import { codeCharset, makeCode, referenceCheck9, referenceCheck18 } from './reference.js';

/** Codes published by the enterprises themselves (营业执照 on their own sites and annual reports). */
const published = [
  ['91330100716105852F', '阿里巴巴（中国）有限公司', '浙江省'],
  ['9144030071526726XG', '深圳市腾讯计算机系统有限公司', '广东省'],
  ['914403001922038216', '华为技术有限公司', '广东省'],
  ['91110000710925462X', '中国石油天然气股份有限公司', '北京市'],
] as const;

function reasons(code: string): CreditCodeProblemReason[] {
  const parsed = parseCreditCode(code);
  return parsed.valid ? [] : parsed.problems.map((p) => p.reason);
}

describe('parseCreditCode', () => {
  it.each(published)('accepts the published code %s (%s)', (code, _name, province) => {
    const parsed = parseCreditCode(code);
    expect(parsed.valid).toBe(true);
    if (!parsed.valid) return;
    expect(parsed.category.name).toBe('企业');
    expect(parsed.region.province).toBe(province);
    expect(parsed.region.inMainland).toBe(true);
    expect(parsed.region.inChangji).toBe(false);
  });

  it('reads a 昌吉市 enterprise code: authority, category, region by name', () => {
    const parsed = parseCreditCode('91652301L74C93KYXG');
    expect(parsed).toMatchObject({
      valid: true,
      authority: { code: '9', name: '工商（市场监管）' },
      category: { code: '1', name: '企业' },
      organizationCode: 'L74C93KYX',
      region: { code: '652301', county: '昌吉市', prefecture: '昌吉回族自治州', inChangji: true, inBingtuan: false },
    });
  });

  it.each([
    ['652302', '阜康市'],
    ['652323', '呼图壁县'],
    ['652324', '玛纳斯县'],
    ['652325', '奇台县'],
    ['652327', '吉木萨尔县'],
    ['652328', '木垒哈萨克自治县'],
  ])('names the 昌吉州 county %s as %s', (region, county) => {
    const parsed = parseCreditCode(makeCode(`91${region}`, 'MA7BCD12'));
    expect(parsed.valid && parsed.region).toMatchObject({ county, inChangji: true });
  });

  it.each([
    ['659004', '五家渠市'],
    ['659001', '石河子市'],
  ])('names the 兵团 city %s (%s) as 兵团, not 昌吉州', (region, county) => {
    const parsed = parseCreditCode(makeCode(`91${region}`, 'MA7BCD12'));
    expect(parsed.valid && parsed.region).toMatchObject({
      county,
      prefecture: '新疆生产建设兵团',
      inBingtuan: true,
      inChangji: false,
    });
  });

  it('names a 兵团 division (师) code', () => {
    const parsed = parseCreditCode(makeCode('91660600', 'MA7BCD12'));
    expect(parsed.valid && parsed.region).toMatchObject({
      province: '新疆生产建设兵团',
      prefecture: '第六师',
      inBingtuan: true,
    });
  });

  it.each([
    ['710000', '台湾省'],
    ['810000', '香港特别行政区'],
    ['820000', '澳门特别行政区'],
  ])('marks %s (%s) as outside the mainland', (region, province) => {
    const parsed = parseCreditCode(makeCode(`91${region}`, 'MA7BCD12'));
    expect(parsed.valid && parsed.region).toMatchObject({ province, inMainland: false });
  });

  it('reads a 个体工商户 code as such', () => {
    const parsed = parseCreditCode(makeCode('92652301', 'MA7BCD12'));
    expect(parsed.valid && parsed.category.name).toBe('个体工商户');
  });

  it.each<[string, string, CreditCodeProblemReason, number | undefined, RegExp]>([
    ['too short', '9165230', 'length', undefined, /应为18位，实际为7位/],
    ['too long', '91652301L74C93KYXG1', 'length', undefined, /实际为19位/],
    ['empty', '', 'empty', undefined, /未填写/],
    ['a letter I', '91652301I74C93KYXG', 'character', 9, /第9位“I”.*不含 I、O、Z、S、V/],
    ['a letter O', 'O1652301L74C93KYXG', 'character', 1, /第1位“O”/],
    ['lower case', '91652301l74C93KYXG', 'lowercase', 9, /小写字母，应为大写“L”/],
    ['a full-width digit', '９1652301L74C93KYXG', 'full-width', 1, /全角字符，应为半角“9”/],
    ['an inner space', '916523 01L74C93KYX', 'whitespace', 7, /空白字符/],
    ['a wrong 18th digit', '91652301L74C93KYXH', 'check-digit', 18, /第18位校验码应为“G”，实际为“H”/],
  ])('refuses a code with %s, saying why', (_what, code, reason, position, zh) => {
    const parsed = parseCreditCode(code);
    expect(parsed.valid).toBe(false);
    if (parsed.valid) return;
    const problem = parsed.problems.find((p) => p.reason === reason);
    expect(problem, JSON.stringify(parsed.problems)).toBeDefined();
    expect(problem?.position).toBe(position);
    expect(problem?.message.zh).toMatch(zh);
    expect(problem?.message.en.length).toBeGreaterThan(10);
  });

  it('finds a wrong 组织机构代码 check digit (position 17) even when position 18 was recomputed', () => {
    const first16 = '91652301L74C93KY';
    const wrong17 = referenceCheck9('L74C93KY') === '1' ? '2' : '1';
    const code = first16 + wrong17 + referenceCheck18(first16 + wrong17);
    expect(reasons(code)).toEqual(['organization-check-digit']);
  });

  it('refuses an unknown authority, category or region', () => {
    expect(reasons(makeCode('B1652301', 'MA7BCD12'))).toEqual(['authority']);
    expect(reasons(makeCode('97652301', 'MA7BCD12'))).toEqual(['category']);
    expect(reasons(makeCode('91992301', 'MA7BCD12'))).toEqual(['region']);
    expect(reasons(makeCode('9165A301', 'MA7BCD12'))).toEqual(['region']);
  });

  it('suggests the mended code when white space, full width or lower case were the only faults', () => {
    const parsed = parseCreditCode(' ９１652301l74c93kyxg ');
    expect(parsed.valid).toBe(false);
    expect(!parsed.valid && parsed.suggestion).toBe('91652301L74C93KYXG');
    expect(parseCreditCode('91652301L74C93KYXH')).not.toHaveProperty('suggestion');
  });

  it('agrees with the reference check digits on the published codes', () => {
    for (const [code] of published) {
      expect(creditCodeCheckDigit(code.slice(0, 17))).toBe(code[17]);
      expect(organizationCodeCheckDigit(code.slice(8, 16))).toBe(code[16]);
    }
    expect(creditCodeCheckDigit('9133010071610585')).toBeUndefined();
    expect(organizationCodeCheckDigit('7161058')).toBeUndefined();
  });

  it('gives the reference check digits for any characters of the alphabet, and none for any other', () => {
    const of = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), minLength: 17, maxLength: 17 });
    const other = fc.constantFrom(
      'I',
      'O',
      'S',
      'V',
      'Z',
      'a',
      'Ａ',
      '０',
      ' ',
      '-',
      '\u0000',
      '𠀀',
      '\uD800',
      'ÿ',
      '[',
      '@',
    );
    fc.assert(
      fc.property(of(codeCharset), fc.nat(16), other, (first17, at, bad) => {
        expect(creditCodeCheckDigit(first17)).toBe(referenceCheck18(first17));
        const body = first17.slice(8, 16);
        // The 组织机构代码 body may use every capital letter.
        const anyCapital = body.replaceAll('0', 'Z').replaceAll('1', 'I');
        expect(organizationCodeCheckDigit(anyCapital)).toBe(referenceCheck9(anyCapital));
        const spoilt = `${first17.slice(0, at)}${bad}${first17.slice(at + 1)}`.slice(0, Math.max(17, at + bad.length));
        expect(creditCodeCheckDigit(spoilt)).toBeUndefined();
        if (at < 8 && !/[A-Z]/.test(bad)) expect(organizationCodeCheckDigit(spoilt.slice(0, 8))).toBeUndefined();
      }),
      { seed: 31, numRuns: runs(2_000) },
    );
  });
});

describe('parseCreditCode, properties', () => {
  const heads = fc.constantFrom(
    '91652301',
    '91652323',
    '92652328',
    '93659004',
    '12100000',
    '51440300',
    '91330100',
    'N2652325',
  );
  const body = fc
    .array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), { minLength: 8, maxLength: 8 })
    .map((cs) => cs.join(''));
  const validCode = fc.tuple(heads, body).map(([h, b]) => makeCode(h, b));

  it('accepts every code the reference algorithm makes', () => {
    fc.assert(
      fc.property(validCode, (code) => isValidCreditCode(code)),
      { seed: 1, numRuns: runs(5_000) },
    );
  });

  it('refuses any valid code with one character changed', () => {
    const anyChar = fc.oneof(
      fc.constantFrom(...codeCharset),
      fc.constantFrom(...'IOZSVabcxyz -_ＡＢ０１'),
      fc.string({ minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), anyChar, (code, at, ch) => {
        fc.pre(code[at] !== ch);
        const changed = code.slice(0, at) + ch + code.slice(at + 1);
        expect(isValidCreditCode(changed)).toBe(false);
      }),
      { seed: 2, numRuns: runs(10_000) },
    );
  });

  it('says valid exactly when parseCreditCode does, for any string near a code', () => {
    const near = fc.oneof(
      validCode,
      fc
        .tuple(validCode, fc.integer({ min: 0, max: 17 }), fc.string({ maxLength: 2 }))
        .map(([code, at, s]) => code.slice(0, at) + s + code.slice(at + 1)),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(near, (code) => {
        expect(isValidCreditCode(code)).toBe(parseCreditCode(code).valid);
      }),
      { seed: 4, numRuns: runs(10_000) },
    );
  });

  it('refuses any valid code with two adjacent characters swapped, when they differ', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 16 }), (code, at) => {
        fc.pre(code[at] !== code[at + 1]);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(isValidCreditCode(swapped)).toBe(false);
      }),
      { seed: 3, numRuns: runs(5_000) },
    );
  });
});

describe('regionOf', () => {
  it('names the region and says where it is', () => {
    expect(regionOf('652301')).toEqual({
      code: '652301',
      province: '新疆维吾尔自治区',
      prefecture: '昌吉回族自治州',
      county: '昌吉市',
      name: '新疆维吾尔自治区昌吉回族自治州昌吉市',
      inMainland: true,
      inChangji: true,
      inBingtuan: false,
    });
    expect(regionOf('659004')).toMatchObject({ prefecture: '新疆生产建设兵团', inBingtuan: true, inChangji: false });
    expect(regionOf('810000')).toMatchObject({ province: '香港特别行政区', inMainland: false });
    expect(regionOf('990000')).toMatchObject({ province: undefined, name: '未知地区（990000）', inMainland: false });
  });
  it('gives the same frozen object for the same code, so that no caller can change another’s', () => {
    const region = regionOf('652323');
    expect(regionOf('652323')).toBe(region);
    expect(Object.isFrozen(region)).toBe(true);
    expect(() => {
      (region as { name: string }).name = '别处';
    }).toThrow(TypeError);
    expect(regionOf('652323').name).toBe(region.name);
  });
});
