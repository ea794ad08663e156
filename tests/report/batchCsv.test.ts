import { describe, expect, it } from 'vitest';
import { batchCsv, evaluateBatch } from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { withIndustriesNamed } from '../helpers/examples.js';

// batchCsv as its JSDoc shows it: a file Excel and WPS open as UTF-8 when it starts with a BOM.
describe('batchCsv', () => {
  const batch = evaluateBatch([
    buildApplication('digital-workshop', { lead: { assessment: { score: 49 } } }),
    withIndustriesNamed(buildApplication('chain')),
  ]);

  it('starts with a byte-order mark when asked, and only then', async () => {
    const withBom = batchCsv(await batch, ['a.json', 'b.json'], { lang: 'zh', bom: true });
    expect(withBom.startsWith('\uFEFF文件,')).toBe(true);
    expect(new TextEncoder().encode(withBom).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const without = batchCsv(await batch, ['a.json', 'b.json'], { lang: 'zh' });
    expect(without).toBe(withBom.slice(1));
  });

  it('writes the rows in the language given, as an option or alone', async () => {
    const zh = batchCsv(await batch, ['a.json', 'b.json'], 'zh');
    expect(zh).toBe(batchCsv(await batch, ['a.json', 'b.json'], { lang: 'zh' }));
    expect(zh.split('\r\n')[1]).toMatch(/^a\.json,.*,不符合条件,1,/);
    expect(batchCsv(await batch).split('\r\n')[1]).toMatch(/^1,.*,ineligible,1,/);
  });
});
