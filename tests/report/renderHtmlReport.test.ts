import { describe, expect, it } from 'vitest';
import { evaluate, renderHtmlReport } from '../../src/index.js';
import { example } from '../helpers/examples.js';

/** Anything a browser would fetch: a URL in src/href/url(), a protocol-relative one, an import. */
const external =
  /(?:src|href)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import|<link\b|<script\b[^>]*\bsrc=|https?:\/\//i;

describe('renderHtmlReport', () => {
  it.each(['workshop.json', 'chain.json', 'cluster.json', 'belt-road.json'])(
    'writes a self-contained page for %s',
    async (file) => {
      const result = await evaluate(example(file));
      const html = renderHtmlReport(result, { title: file });
      expect(html).not.toMatch(external);
      expect(html).toContain('<meta charset="utf-8">');
      if (result.verdict === 'invalid') throw new Error('invalid');
      expect(html.match(/<tr class="/g)?.length).toBe(result.checks.length);
      expect(html).toContain(result.application.lead.name);
    },
  );

  it('draws the scenario counts against the thresholds, and the pilot ratio as a bar', async () => {
    const workshop = renderHtmlReport(await evaluate(example('workshop.json')));
    expect(workshop).toContain('应用场景达到等级要求的数量');
    expect(workshop).toContain('8 / 8');
    expect(workshop).toContain('6 / 5');
    const chain = renderHtmlReport(await evaluate(example('chain.json')));
    expect(chain).toContain('试点企业占比');
    expect(chain).toContain('58.3% / 50%');
  });

  it.each(['workshop.json', 'chain.json', 'belt-road.json'])(
    "writes every text of %s in English beneath the Chinese, with no Chinese but the applicant's words",
    async (file) => {
      const input = example(file);
      const html = renderHtmlReport(await evaluate(input, { asOf: '2025-06-01' }));
      const english = [...html.matchAll(/<(div|span|p) class="[^"]*\ben\b[^"]*">([\s\S]*?)<\/\1>/g)].map(
        (m) => m[2] ?? '',
      );
      // headings, counts, the table's head, and each row's title, clause, kind, subject and message
      expect(english.length).toBeGreaterThan(5 * 6);
      expect(english.join('\n')).toContain('pass ·');
      const applicant = JSON.stringify(input);
      const foreign = english
        .flatMap((text) => text.match(/\p{Script=Han}+/gu) ?? [])
        .filter((run) => !applicant.includes(run));
      expect(foreign).toEqual([]);
    },
  );

  it('escapes everything that comes from an application', async () => {
    const input = example('workshop.json') as { lead: { name: string } };
    input.lead.name = '<script>alert(1)</script>有限公司';
    const html = renderHtmlReport(await evaluate(input));
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;有限公司');
  });

  it('lists the issues of input that is not an application', async () => {
    const html = renderHtmlReport(await evaluate({ direction: 'chain', industry: 7 }), { title: 'bad.json' });
    expect(html).toContain('无法读取');
    expect(html).toContain('/industry');
    expect(html).not.toMatch(external);
  });

  it('shows a bidirectional override in applicant text as written, never acting on it', async () => {
    const app = example('workshop.json') as { lead: { name: string } };
    app.lead.name = `示例\u202e公司\u2066`;
    const html = renderHtmlReport(await evaluate(app));
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('<bdi>示例\\u202e公司\\u2066</bdi>');
    expect(html).toContain('unicode-bidi: isolate');
  });
});
