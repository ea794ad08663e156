import { describe, expect, it } from 'vitest';
import { visibleJson, visibleStrings, visibleText } from '../../src/cli/visibleText.js';

describe('visibleText: what a terminal must show of a name, a key or a file name', () => {
  it('writes out every control and bidirectional character, and keeps the rest', () => {
    expect(visibleText('名称\u001b[2J\r符合条件\u202e01-40-5202')).toBe(
      '名称\\u001b[2J\\u000d符合条件\\u202e01-40-5202',
    );
    expect(visibleText('a\nb\tc\u0085d\u2066e\u2028')).toBe('a\\u000ab\\u0009c\\u0085d\\u2066e\\u2028');
    expect(visibleText('昌吉州示例新材料有限公司（91652301L74C93KYXG）')).toBe(
      '昌吉州示例新材料有限公司（91652301L74C93KYXG）',
    );
  });

  it('reaches every string of a result, keys included, and leaves the original alone', () => {
    const result = { checks: [{ message: { zh: '\u001b[32m✓' } }], 'k\u001b': 1 };
    expect(visibleStrings(result)).toEqual({ checks: [{ message: { zh: '\\u001b[32m✓' } }], 'k\\u001b': 1 });
    expect(result.checks[0]?.message.zh).toBe('\u001b[32m✓');
  });

  it('escapes in JSON what JSON.stringify leaves raw, giving the same value', () => {
    const value = { name: '\u202eabc\u0085', esc: '\u001b' };
    const text = visibleJson(JSON.stringify(value));
    expect(text).toBe('{"name":"\\u202eabc\\u0085","esc":"\\u001b"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
