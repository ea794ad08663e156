import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillByPieces,
  formatMessage,
  type MessageValues,
  templateReferences,
} from '../../src/evaluate/formatMessage.js';
import { defaultPack } from '../../src/index.js';
import type { Message } from '../../src/model/issue.js';
import { runs } from '../helpers/runs.js';

/** Every message of the notice's pack, outcomes and phrases alike. */
function packTemplates(): Message[] {
  const out: Message[] = [];
  for (const check of defaultPack().checks) {
    const { pass, fail, review, notApplicable, failBy, reviewBy, phrases } = check.messages;
    for (const m of [pass, fail, review, notApplicable, ...Object.values({ ...failBy, ...reviewBy, ...phrases })]) {
      if (m !== undefined) out.push(m);
    }
  }
  return out;
}

// Text a code writer must carry as text: quotes, backslashes, line separators, what reads as code.
const odd: Message[] = [
  { zh: `"引号"\\反斜杠\u2028{actual.x}\u2029\`$\{actual.x}\``, en: "'); throw 1; ('{actual.x|percent}</script>" },
  { zh: '{?details.x}有{details.x|list}{/}{!details.x}无{/}{?actual.y}{/}', en: '{param.a.b}{gap.x}{subject.name}' },
  { zh: '{actual.constructor}{actual.__proto__}{phrases.x}{item.x}', en: '' },
  {
    zh: '{actual.x|level}{actual.x|zhNumber}{actual.x|quoted}{actual.x|asGiven}',
    en: '{actual.x|industry}{actual.x|direction}',
  },
];

const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 120 }),
  fc.double({ noNaN: false }),
  fc.constantFrom('2025-04-15', '2025-4-15', 'new-materials', 'digital-workshop', '', '昌吉市', 'stale', '__proto__'),
  fc.string(),
  fc.constantFrom(1, 2, 3, 4),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.constant({ role: 'participant', index: 2, name: '甲公司', pointer: '/participants/2' }),
  fc.constant({ pointer: '/lead/name', where: { zh: '表一', en: 'Table 1' } }),
  fc.constant({ zh: '中文', en: 'English' }),
  fc.constant({ reason: 'stale', unit: { role: 'lead', name: '乙', pointer: '/lead' } }),
);

/** Values for a template: each name it reads given a value, or left out. */
function valuesFor(template: Message) {
  const refs = [template.zh, template.en].flatMap(templateReferences);
  const record = (root: string) =>
    fc.dictionary(fc.constantFrom('x', 'y', ...refs.filter((r) => r.root === root).map((r) => r.key)), value);
  return fc.record({
    actual: record('actual'),
    required: record('required'),
    gap: record('gap'),
    details: record('details'),
    subject: record('subject'),
    param: record('param'),
    words: fc.constantFrom(undefined, { 'new-materials': '新材料（本包）' }),
    phrases: fc.constantFrom(undefined, { stale: { zh: '已过期{item.unit}', en: 'stale {item.unit}' } }),
    form: fc.constant(undefined),
  }) as fc.Arbitrary<MessageValues>;
}

describe('templateAsCode', () => {
  it("writes what the template's pieces write, for every message of the pack and odd text, in both languages", () => {
    const templates = [...packTemplates(), ...odd];
    const cases = fc
      .constantFrom(...templates)
      .chain((template) => fc.tuple(fc.constant(template), valuesFor(template)));
    fc.assert(
      fc.property(cases, ([template, values]) => {
        const written = formatMessage(template, values);
        expect(written.zh).toBe(fillByPieces(template.zh, 'zh', values));
        expect(written.en).toBe(fillByPieces(template.en, 'en', values));
      }),
      { seed: 20261210, numRuns: runs(5_000) },
    );
  });
});
