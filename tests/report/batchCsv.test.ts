import { describe, expect, it } from 'vitest';
import { batchCsvRow } from '../../src/entries/report.js';
import { batchCsv, evaluateBatch, evaluateSync } from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { withIndustriesNamed } from '../helpers/examples.js';
import { applicationOf, loadSpecCases } from '../helpers/spec.js';

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

  it('writes a row from the compact answer: the same row as from the full result, in either language', () => {
    let rows = 0;
    for (const { cases } of loadSpecCases()) {
      for (const c of cases) {
        if (c.batch !== undefined) continue;
        const { selected: _selected, ...options } = c.options ?? {};
        const input = applicationOf(c);
        const full = evaluateSync(input, options);
        for (const lang of ['zh', 'en'] as const) {
          const row = batchCsvRow(full, c.name, lang);
          expect(batchCsvRow(evaluateSync(input, { ...options, detail: 'compact' }), c.name, lang)).toBe(row);
          expect(batchCsvRow(evaluateSync(input, { ...options, detail: 'compact', lang }), c.name, lang)).toBe(row);
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(200);
  });
});
