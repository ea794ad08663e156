import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../src/cli/loadPackDir.js';
import { run } from '../../src/cli/main.js';
import { applicationJsonSchemaOf } from '../../src/entries/pack.js';
import { evaluate, formatTextReport, renderHtmlReport } from '../../src/index.js';
import { runSpecCases } from '../helpers/specRunner.js';

// 银川市's 2025 notice (中小企业数字化转型试点项目预征集), written as a pack from docs/packs.md: its one
// direction, four sub-industries, kinds of 不良记录, form fields (从业人员, 营业收入, 企业划型, 预期等级,
// 投入构成) and declarations are data in tests/packs/yinchuan/; README.md there maps each requirement
// of the notice to the check or field that carries it.
const here = fileURLToPath(new URL('./yinchuan/', import.meta.url));
const rulesDir = join(here, 'rules');
const applicationsDir = join(here, 'applications');
const pack = loadPackDir(rulesDir);
const pilot = JSON.parse(readFileSync(join(applicationsDir, 'pilot.json'), 'utf8')) as Record<string, unknown>;
const readme = readFileSync(join(here, 'README.md'), 'utf8');
/** Words that belong to 昌吉州's notice and must never appear in 银川's answers. */
const changjiWords = /昌吉|州级|典型标杆|数字化车间|智能工厂|链式|集群|一带一路|五个试点行业/;

runSpecCases({ casesDir: join(here, 'cases'), examplesDir: applicationsDir, pack });

describe("银川's notice as a pack", () => {
  it('is data only: JSON files and its README', () => {
    const all = readdirSync(here, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(all.map((e) => e.name).filter((name) => !/\.(json|md)$/.test(name))).toEqual([]);
  });

  it("README's table names every check of the pack, and each check's ID is in the table", () => {
    const rows = readme.split('\n').filter((l) => l.startsWith('| 一') || l.startsWith('| 二'));
    expect(rows.length).toBeGreaterThanOrEqual(14);
    for (const check of pack.checks) expect(readme, check.id).toContain(`\`${check.id}\``);
    for (const field of ['lead.employees', 'lead.revenue', 'lead.sizeClass', 'targetLevel', 'spending']) {
      expect(readme, field).toContain(`\`${field}\``);
    }
  });

  it("reports in 银川's words: the HTML report, the text report, never 昌吉's", async () => {
    const result = await evaluate(pilot, { pack });
    expect(result.verdict).toBe('eligible');
    const html = renderHtmlReport(result, { pack });
    expect(html).toContain('银川市中小企业数字化转型试点项目 · 形式审查意见');
    expect(html).toContain('数字化转型试点项目');
    expect(html).toMatch(/从业人员（人）.*186/s);
    expect(html).toMatch(/本企业愿意配合试点项目的后续工作.*已承诺/s);
    expect(html).not.toMatch(changjiWords);
    const text = formatTextReport('pilot.json', result, { pack });
    expect(text).toContain('数字化转型试点项目 · 银川示例新型材料有限公司');
    expect(text).not.toMatch(changjiWords);
  });

  it("prints 银川's schema with `schema --pack`, which validates its application", async () => {
    const out: string[] = [];
    const io = {
      stdout: { write: (t: string) => out.push(t), isTTY: false },
      stderr: { write: (t: string) => out.push(t), isTTY: false },
      env: {},
    };
    expect(await run(['schema', '--pack', rulesDir], io)).toBe(0);
    const schema = JSON.parse(out.join('')) as {
      properties: Record<
        string,
        { title?: string; oneOf?: { title: string }[]; properties?: Record<string, { title?: string }> }
      >;
    };
    expect(schema).toEqual(JSON.parse(JSON.stringify(applicationJsonSchemaOf(pack))));
    expect(schema.properties.direction?.oneOf?.map((o) => o.title)).toEqual(['数字化转型试点项目']);
    expect(schema.properties.industry?.oneOf?.map((o) => o.title)).toContain('高端装备及零部件制造');
    expect(schema.properties.lead?.properties?.employees?.title).toBe('从业人员（人）');
    expect(schema.properties.declarations?.properties?.cooperation?.title).toBe('本企业愿意配合试点项目的后续工作');
    expect(JSON.stringify(schema)).not.toMatch(/昌吉|州级|有色金属/);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(pilot), JSON.stringify(validate.errors)).toBe(true);
  });

  it('was added with no change under src/', () => {
    // The commit that first added the pack: `git log --diff-filter=A` on its pack.json.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: here, encoding: 'utf8' }).trim();
    let added = '';
    try {
      added = git('log', '--diff-filter=A', '--format=%H', '--', 'rules/pack.json');
    } catch {
      return; // Not a git checkout (a tarball): nothing to compare.
    }
    if (added === '') return; // Not committed yet.
    const changed = git('show', '--name-only', '--format=', added.split('\n').at(-1) as string).split('\n');
    expect(changed.filter((f) => f.startsWith('src/'))).toEqual([]);
  });
});
