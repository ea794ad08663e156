import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckDigit } from '../../src/entries/credit-code.js';
import { defaultPackFiles, evaluateSync, loadRulePack } from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { smallPack } from '../helpers/smallPack.js';

// docs/packs.md is read by someone writing a third city's pack: its parameter and its check, as
// printed there, load into a pack and decide what they say.
const doc = readFileSync(new URL('../../docs/packs.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe('docs/packs.md, as a pack author reads it', () => {
  const parameter = blocks.find((b) => b.startsWith('"basic.cityRegionPrefixes"')) as string;
  const check = blocks.find((b) => b.includes('"id": "basic.registered-in-city"')) as string;
  type Files = Record<string, { checks?: unknown[]; parameters?: Record<string, unknown> }>;

  const pack = () => {
    const files = structuredClone(defaultPackFiles) as unknown as Files;
    Object.assign(files['parameters.json']?.parameters ?? {}, JSON.parse(`{${parameter}}`));
    files['basic.json']?.checks?.push(JSON.parse(check));
    return loadRulePack(files);
  };

  /**
   * The workshop example, submitted after the parameter takes effect, with its lead's credit code
   * moved to `region` (check digit made anew).
   */
  const ledFrom = (region: string) => {
    const app = buildApplication('digital-workshop', { submittedOn: '2025-10-08' });
    const first17 = `${app.lead.creditCode.slice(0, 2)}${region}${app.lead.creditCode.slice(8, 17)}`;
    app.lead.creditCode = `${first17}${creditCodeCheckDigit(first17)}`;
    return app;
  };

  it('gives a parameter and a check that load as printed', () => {
    expect(parameter).toBeDefined();
    expect(check).toBeDefined();
    expect(pack().checks.map((c) => c.id)).toContain('basic.registered-in-city');
  });

  it('decides what the check says: a lead registered in 银川 passes, one in 昌吉 fails, in words', () => {
    const result = (region: string) => {
      const r = evaluateSync(ledFrom(region), { pack: pack() });
      return r.verdict === 'invalid' ? undefined : r.checks.find((c) => c.id === 'basic.registered-in-city');
    };
    expect(result('640104')?.outcome).toBe('pass');
    const changji = result('652301');
    expect(changji?.outcome).toBe('fail');
    expect(changji?.message.zh).toMatch(/^统一社会信用代码登记地为.+（652301），不在本市$/);
  });

  it('gives a form whose fields and declaration a pack loads and a check reads', () => {
    const block = blocks.find((b) => b.startsWith('"form"')) as string;
    const { form } = JSON.parse(`{${block}}`) as { form: Record<string, unknown> };
    const declared = {
      id: 'form.lawful-operation',
      clause: '二（二）',
      kind: 'completeness',
      title: { zh: '合法经营承诺', en: 'Declaration' },
      notice: '依法纳税、规范管理、合法经营',
      subject: 'application',
      requires: 'none',
      pass: { name: 'declared', path: '$.declarations.lawfulOperation', operator: '==', value: true },
      zh: { pass: '已承诺', fail: '未承诺依法纳税、规范管理、合法经营' },
      en: { pass: 'Declared', fail: 'Not declared' },
    };
    const cityPack = loadRulePack(smallPack('表单', {}, [declared], { form }));
    const app = buildApplication('digital-workshop', { industry: 'new-materials', submittedOn: '2025-10-08' });
    Object.assign(app.lead, { employees: 80, sizeClass: 'small' });
    const answer = (declarations: unknown) => {
      const r = evaluateSync({ ...app, declarations } as never, { pack: cityPack });
      return r.verdict === 'invalid' ? r.errors.map((e) => e.where) : r.checks.map((c) => c.outcome);
    };
    expect(answer({ lawfulOperation: true })).toEqual(['pass']);
    expect(answer({})).toEqual(['fail']);
    const big = evaluateSync({ ...app, lead: { ...app.lead, employees: -1 } } as never, { pack: cityPack });
    expect(big.verdict === 'invalid' && big.errors[0]?.where).toBe('申报（牵头）单位 › 从业人员（人）');
  });
});
