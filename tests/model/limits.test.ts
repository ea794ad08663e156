import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicationJsonSchema, evaluateSync } from '../../src/index.js';
import { limits } from '../../src/model/limits.js';
import type { Application } from '../../src/model/schema.js';
import { buildApplication } from '../../src/testing/buildApplication.js';

// docs/limits.md, as the reader enforces it: each limit at its number, one over it refused at the field.
describe('the size limits of docs/limits.md', () => {
  const doc = readFileSync(new URL('../../docs/limits.md', import.meta.url), 'utf8');

  it('lists every limit of the reader with its value', () => {
    for (const [name, value] of Object.entries(limits)) {
      expect(doc).toMatch(new RegExp(`\`limits\\.${name}\`\\s*\\|\\s*${value.toLocaleString('en')}\\s`));
    }
  });

  const over: [string, string, (a: Application, n: number) => void, number][] = [
    ['a name', '/lead/name', (a, n) => void Object.assign(a.lead, { name: '企'.repeat(n) }), limits.shortText],
    [
      '企业简介',
      '/lead/introduction',
      (a, n) => void Object.assign(a.lead, { introduction: '企'.repeat(n) }),
      limits.longText,
    ],
    [
      '应用场景',
      '/lead/assessment/scenarios',
      (a, n) =>
        void Object.assign(a.lead.assessment ?? {}, { scenarios: Array.from({ length: n }, () => ({ name: '场景' })) }),
      limits.fewItems,
    ],
    [
      '参与单位',
      '/participants',
      (a, n) => void Object.assign(a, { participants: Array.from({ length: n }, () => ({})) }),
      limits.manyItems,
    ],
  ];

  it.each(over)(
    'reads %s at its limit, and refuses one more at its field, in either mode',
    (_name, pointer, set, limit) => {
      const at = buildApplication('digital-workshop');
      set(at, limit);
      const atLimit = evaluateSync(at, { mode: 'draft' });
      expect(atLimit.verdict === 'invalid' ? atLimit.errors.filter((e) => e.code === 'too-big') : []).toEqual([]);
      for (const mode of ['strict', 'draft'] as const) {
        const beyond = buildApplication('digital-workshop');
        set(beyond, limit + 1);
        const result = evaluateSync(beyond, { mode });
        expect(result.verdict).toBe('invalid');
        if (result.verdict !== 'invalid') continue;
        expect(result.errors.map((e) => [e.pointer, e.code])).toContainEqual([pointer, 'too-big']);
      }
    },
  );

  it('puts each limit in the JSON Schema, for a form to stop the typing there', () => {
    type Node = { properties: Record<string, Node>; maxLength?: number; maxItems?: number };
    const root = applicationJsonSchema as unknown as Node;
    const lead = root.properties.lead?.properties;
    expect(lead?.name?.maxLength).toBe(limits.shortText);
    expect(lead?.introduction?.maxLength).toBe(limits.longText);
    expect(root.properties.participants?.maxItems).toBe(limits.manyItems);
    expect(lead?.assessment?.properties.scenarios?.maxItems).toBe(limits.fewItems);
  });
});
