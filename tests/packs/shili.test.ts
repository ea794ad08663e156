import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { applicationJsonSchemaOf } from '../../src/entries/pack.js';
import { applicationJsonSchema, defaultPack, evaluate, loadRulePack } from '../../src/index.js';
import { runSpecCases } from '../helpers/specRunner.js';

// 示例市 is a fictional city whose notice differs from 昌吉州's in every way a pack may: its own
// region prefix and place names, other thresholds (and the lead counted among the participants), a
// sixth industry (生物医药), one direction fewer (no “一带一路”), its own names (市级…). Its pack and its
// applications are data only (tests/packs/shili/); nothing here is code of its own.
const here = fileURLToPath(new URL('./shili/', import.meta.url));
const rulesDir = join(here, 'rules');
const applicationsDir = join(here, 'applications');
const files = Object.fromEntries(
  readdirSync(rulesDir).map((f) => [f, JSON.parse(readFileSync(join(rulesDir, f), 'utf8')) as unknown]),
);
const pack = loadRulePack(files);
const application = (file: string) => JSON.parse(readFileSync(join(applicationsDir, file), 'utf8')) as unknown;

runSpecCases({ casesDir: join(here, 'cases'), examplesDir: applicationsDir, pack });

describe('the 示例市 pack', () => {
  it('is data only: JSON files and the documents generated from them', () => {
    const all = readdirSync(here, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(all.map((e) => e.name).filter((name) => !/\.(json|md)$/.test(name))).toEqual([]);
    expect(all.length).toBeGreaterThan(8);
  });

  it('has its own words: four directions, six industries, its own names', () => {
    expect(pack.meta.name).toBe('shili-sme-dx-benchmark');
    expect(pack.vocabularies.directions).toEqual(['digital-workshop', 'smart-factory', 'chain', 'cluster']);
    expect(pack.vocabularies.industries).toContain('biomedicine');
    expect(pack.checks.map((c) => c.id)).toContain('basic.lead-in-shili');
  });

  it('answers its applications as 示例市, where 昌吉州 answers otherwise', async () => {
    const workshop = application('workshop.json');
    // 生物医药 is not a word of 昌吉州's notice: its pack cannot read the application at all.
    const changji = await evaluate(workshop);
    expect(changji.verdict).toBe('invalid');
    if (changji.verdict === 'invalid') expect(changji.errors[0]?.pointer).toBe('/industry');
    const shili = await evaluate(workshop, { pack });
    expect(shili).toMatchObject({ verdict: 'ineligible', pack: { name: 'shili-sme-dx-benchmark' } });
    // A 示例市 chain led from 示例市 is eligible there and not in 昌吉州.
    const chain = application('chain.json');
    expect((await evaluate(chain, { pack })).verdict).toBe('eligible');
    const inChangji = await evaluate(chain, { pack: defaultPack() });
    if (inChangji.verdict === 'invalid') throw new Error('invalid');
    expect(inChangji.checks.find((c) => c.id === 'basic.lead-in-changji')?.outcome).toBe('fail');
  });

  it('refuses a direction it does not have, naming its own directions', async () => {
    const input = { ...(application('workshop.json') as object), direction: 'belt-and-road' };
    const result = await evaluate(input, { pack });
    if (result.verdict !== 'invalid') throw new Error('accepted');
    expect(result.errors[0]?.message.zh).toContain('市级数字化车间');
    expect(result.errors[0]?.message.zh).not.toContain('一带一路');
  });

  it('is what the command line evaluates with --pack', async () => {
    const out: string[] = [];
    const io = {
      stdout: { write: (t: string) => out.push(t), isTTY: false },
      stderr: { write: (t: string) => out.push(t), isTTY: false },
      env: {},
    };
    const code = await run(['check', join(applicationsDir, 'workshop.json'), '--pack', rulesDir], io);
    expect(code).toBe(1);
    expect(out.join('')).toContain('应在60分以上');
  });

  it("gives a form 示例市's JSON Schema: its directions and industries, in its words, validating its applications", () => {
    const schema = applicationJsonSchemaOf(pack) as {
      properties: {
        direction: { oneOf: { const: string; title: string }[] };
        industry: { oneOf: { const: string; title: string }[] };
      };
    };
    expect(schema.properties.industry.oneOf).toContainEqual({ const: 'biomedicine', title: '生物医药' });
    expect(schema.properties.direction.oneOf.map((o) => o.const)).not.toContain('belt-and-road');
    expect(schema.properties.direction.oneOf.map((o) => o.title).join()).toContain('市级数字化车间');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(application('workshop.json')), JSON.stringify(validate.errors)).toBe(true);
    // The default pack's is the package's own.
    expect(applicationJsonSchemaOf(defaultPack())).toEqual(applicationJsonSchema);
  });
});
