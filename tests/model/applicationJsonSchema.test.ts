import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { applicationJsonSchema, parseApplication } from '../../src/index.js';
import { example, loadExamples } from '../helpers/examples.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS: its function is the module's `default` under NodeNext.
ajvFormats.default(ajv);
const validate = ajv.compile(applicationJsonSchema);

type Schema = {
  title?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
};
const schema = applicationJsonSchema as Schema;

describe('applicationJsonSchema', () => {
  it('is draft 2020-12 and compiles in Ajv strict mode', () => {
    expect(applicationJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  it.each(Object.entries(loadExamples()))('accepts the example %s', (_file, input) => {
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  it('titles fields with the template’s Chinese labels', () => {
    expect(schema.title).toBe('申报书');
    expect(schema.properties?.lead?.properties?.creditCode?.title).toBe('统一社会信用代码');
    expect(schema.properties?.lead?.properties?.introduction?.title).toBe('企业简介');
    expect(schema.properties?.participants?.items?.properties?.isPilot?.title).toBe('是否为试点企业');
  });

  it('gives every property a title, all the way down', () => {
    const untitled: string[] = [];
    const walk = (node: Schema | undefined, path: string) => {
      if (node === undefined) return;
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const titled = child.title ?? child.anyOf?.find((c) => c.title)?.title;
        if (titled === undefined) untitled.push(`${path}/${key}`);
        walk(child.anyOf?.find((c) => c.properties) ?? child, `${path}/${key}`);
      }
      if (node.items) walk(node.items, `${path}/*`);
    };
    walk(schema, '');
    expect(untitled).toEqual([]);
  });

  it('shows enum values as oneOf const with Chinese titles', () => {
    expect(schema.properties?.industry?.oneOf).toContainEqual({ const: 'new-materials', title: '新材料' });
    expect(schema.properties?.direction?.oneOf).toContainEqual({ const: 'digital-workshop', title: '州级数字化车间' });
  });

  it('refuses what parseApplication refuses: unknown keys, bad dates, negative money', () => {
    const cases: Record<string, unknown>[] = [
      { ...example('workshop.json'), unknownKey: 1 },
      { ...example('workshop.json'), submittedOn: '2025-02-30' },
      { ...example('workshop.json'), industry: 'steel' },
    ];
    const negative = example('workshop.json');
    (negative.lead as { project: { totalInvestment: number } }).project.totalInvestment = -5;
    cases.push(negative);
    for (const input of cases) {
      expect(parseApplication(input).ok).toBe(false);
      expect(validate(input)).toBe(false);
    }
  });
});
