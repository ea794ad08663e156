import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { evaluate, formatTextReport, renderHtmlReport } from '../../src/index.js';
import { cliIo as io, scratchDir } from '../helpers/cliIo.js';
import { eligibleExample } from '../helpers/examples.js';

// A report of a 申报书 evaluated with another city's pack says that city's words: its scheme and its
// names for directions, never 昌吉州's (示例市, tests/packs/shili/).
const shili = fileURLToPath(new URL('../packs/shili/', import.meta.url));
const rules = join(shili, 'rules');
const application = join(shili, 'applications', 'workshop.json');

describe("reports in the pack's words", () => {
  const scratch = scratchDir('sme-dx-words-');

  it("heads the HTML report with the pack's scheme and names the direction as the pack does", async () => {
    const out = join(scratch.path, 'shili.html');
    const t = io();
    await run(['check', application, '--pack', rules, '--html', out], t.io);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>示例市中小企业数字化转型标杆申报要求 · 形式审查意见（补正通知）</h1>');
    expect(html).toContain('市级数字化车间');
    expect(html).not.toMatch(/州级|昌吉/);
    expect(t.out()).toContain('市级数字化车间');
    expect(t.out()).not.toMatch(/州级|昌吉/);
  });

  it('prints the schema of the pack with schema --pack: its industries, in its words', async () => {
    const t = io();
    expect(await run(['schema', '--pack', rules], t.io)).toBe(0);
    const schema = JSON.parse(t.out());
    const industries = schema.properties.industry.oneOf.map((o: { title: string }) => o.title);
    expect(industries).toContain('生物医药');
    const directions = schema.properties.direction.oneOf.map((o: { title: string }) => o.title);
    expect(directions).toContain('市级数字化车间');
    expect(directions).not.toContain('州级数字化车间');
  });

  it("keeps the default pack's words without a pack: 中小企业数字化转型典型标杆, 州级数字化车间", async () => {
    const result = await evaluate(eligibleExample('workshop.json'));
    expect(renderHtmlReport(result)).toContain('<h1>中小企业数字化转型典型标杆 · 形式审查意见（补正通知）</h1>');
    expect(formatTextReport('w.json', result)).toContain('州级数字化车间');
  });
});
