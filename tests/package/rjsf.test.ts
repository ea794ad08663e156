import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../helpers/build.js';
import { loadExamples } from '../helpers/examples.js';

// The JSON Schema in a real form generator, with no setup beyond the schema and rjsf's default
// validator: react-jsonschema-form 6 (React 19), rendered on the server.
describe('the JSON Schema in react-jsonschema-form', () => {
  let draft07: Record<string, unknown>;
  let draft2020: Record<string, unknown>;
  beforeAll(() => {
    ensureBuilt('dist/application.schema.draft-07.json');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = (subpath: string) => join(root, manifest.exports[subpath] as string);
    draft07 = JSON.parse(readFileSync(file('./application.schema.draft-07.json'), 'utf8'));
    draft2020 = JSON.parse(readFileSync(file('./application.schema.json'), 'utf8'));
  });

  it.each(Object.entries(loadExamples()))(
    'renders %s with the Chinese labels, choices and levels, and validates it',
    (_name, example) => {
      expect(validator.validateFormData(example, draft07).errors).toEqual([]);
      const html = renderToString(createElement(Form, { schema: draft07, validator, formData: example }));
      for (const label of [
        '申报类型',
        '统一社会信用代码',
        '数字化水平评测等级',
        '场景等级',
        '新材料',
        '未定级',
        '二级',
      ]) {
        expect(html).toContain(label);
      }
      // A level is one choice among 未定级, 一级…四级, not "option 1 / option 2" with a field inside.
      expect(html).not.toMatch(/option 1/i);
    },
  );

  it('is why draft-07 is shipped: the default validator knows no draft 2020-12', () => {
    const example = Object.values(loadExamples())[0];
    expect(validator.validateFormData(example, draft2020).errors.map((e) => e.stack)).toEqual([
      'no schema with key or ref "https://json-schema.org/draft/2020-12/schema"',
    ]);
    expect(draft07.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // The same contract otherwise.
    const strip = (s: Record<string, unknown>) => JSON.stringify({ ...s, $schema: undefined, $id: undefined });
    expect(strip(draft07)).toBe(strip(draft2020));
  });

  it('names the field of a value that is not one of its choices, by its Chinese label', () => {
    const example = structuredClone(Object.values(loadExamples())[0]) as { industry: string };
    example.industry = 'mining';
    const errors = validator.validateFormData(example, draft07).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.property === '.industry')).toBe(true);
    expect(errors.map((e) => e.stack)).toContain("'所属行业' must match exactly one schema in oneOf");
  });
});
