import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consortiumText,
  jaccard,
  normalizeText,
  sharedPassages,
  shingles,
  unitCodes,
} from '../../src/entries/batch.js';
import { normalizeCreditCode } from '../../src/entries/credit-code.js';
import type { Application } from '../../src/index.js';
import { example } from '../helpers/examples.js';
import { runs } from '../helpers/runs.js';

describe('text helpers of the duplicate check', () => {
  it('normalizeText folds full width, drops white space and punctuation, writes each figure (decimals too) as 0', () => {
    expect(normalizeText('生产效率提升１８％， 不良率下降 32.5%。\nMES')).toBe('生产效率提升0不良率下降0mes');
  });

  it('shingles are overlapping character n-grams; a short text is one shingle', () => {
    expect([...shingles('订单牵引', 3)]).toEqual(['订单牵', '单牵引']);
    expect([...shingles('𠀀𠀁', 3)]).toEqual(['𠀀𠀁']);
    expect(shingles('', 3).size).toBe(0);
  });

  it('jaccard is |A∩B| / |A∪B|, and 0 for two empty sets', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c', 'd']))).toBe(0.25);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('sharedPassages finds the longest common passages, longest first, each once', () => {
    const a = '链主企业搭建产业协同平台，开放订单与技术资源；参与企业按协议完成改造。';
    const b = '参与企业按协议完成改造。我们由链主企业搭建产业协同平台。';
    expect(sharedPassages(a, b, 6)).toEqual(['链主企业搭建产业协同平台', '参与企业按协议完成改造。']);
    expect(sharedPassages('完全不同', '毫无关系', 2)).toEqual([]);
  });

  it('consortiumText and unitCodes read the parts of a consortium that are compared', () => {
    const chain = example('chain.json') as unknown as Application;
    expect(consortiumText(chain)).toContain('昌吉州铝基新材料产业协同平台');
    expect(consortiumText(chain)).toContain('订单牵引与集中采购');
    expect(unitCodes(chain).size).toBe(13);
    expect(normalizeCreditCode(' ９１652301l74c93kyxg ')).toBe('91652301L74C93KYXG');
  });

  it('normalizeCreditCode gives a code already in shape back as it is, and mends any other the same way', () => {
    const slow = (code: string) =>
      code
        .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
        .replace(/\s/g, '')
        .toUpperCase();
    const char = fc.constantFrom('9', '1', 'A', 'Z', 'a', 'z', ' ', '\u3000', '\n', '９', 'Ａ', 'ｚ', '-', 'é', '𠀀');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 20 }), (chars) => {
        const code = chars.join('');
        expect(normalizeCreditCode(code)).toBe(slow(code));
      }),
      { seed: 34, numRuns: runs(2_000) },
    );
    expect(normalizeCreditCode('91652301L74C93KYXG')).toBe('91652301L74C93KYXG');
  });
});
