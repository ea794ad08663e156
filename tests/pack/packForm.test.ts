import { describe, expect, it } from 'vitest';
import { applicationJsonSchemaOf, formEntriesOf, formProblems } from '../../src/entries/pack.js';
import { formilySchemaOf } from '../../src/forms/formilySchemaOf.js';
import { evaluateSync, loadRulePack, renderHtmlReport } from '../../src/index.js';
import type { Application } from '../../src/model/schema.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { packIssues } from '../helpers/packIssues.js';
import { smallPack } from '../helpers/smallPack.js';

// A city's form asks what 昌吉's does not: 从业人员 and 企业划型 of the lead, a target level and a
// spending breakdown of the project, and declarations the applicant ticks. The pack declares them;
// they enter the schema, the forms, the checks and the report.
const form = {
  application: {
    targetLevel: {
      type: 'integer',
      label: { zh: '项目完成后预期数字化水平等级', en: 'Digital level expected after the project' },
      range: { min: 1, max: 4 },
      required: true,
    },
    spending: {
      type: 'group',
      label: { zh: '项目投入构成（万元）', en: 'Project spending (10k CNY)' },
      fields: {
        softwareAndCloud: { type: 'money', label: { zh: '软件和云服务', en: 'Software and cloud services' } },
        dataEquipment: { type: 'money', label: { zh: '数据采集传输设备', en: 'Data collection equipment' } },
      },
    },
  },
  lead: {
    employees: {
      type: 'integer',
      label: { zh: '从业人员（人）', en: 'Employees' },
      range: { min: 0 },
      required: true,
    },
    sizeClass: {
      type: 'choice',
      label: { zh: '企业划型', en: 'Size class' },
      choices: {
        medium: { zh: '中型', en: 'medium' },
        small: { zh: '小型', en: 'small' },
        micro: { zh: '微型', en: 'micro' },
      },
    },
  },
  declarations: {
    lawful: { zh: '依法纳税、合法经营', en: 'Pays its taxes and operates lawfully' },
  },
};

const checks = [
  {
    id: 'basic.target-level',
    clause: '二（三）',
    kind: 'eligibility',
    title: { zh: '预期数字化水平', en: 'Expected digital level' },
    notice: '项目完成后数字化水平达到二级及以上',
    subject: 'application',
    pass: { name: 'level', path: '$.targetLevel', operator: '>=', value: 2 },
    zh: { pass: '预期达到{actual.level}级', fail: '预期{actual.level}级，低于{required.level}级' },
    en: { pass: 'Expects level {actual.level}', fail: 'Expects level {actual.level}, below {required.level}' },
  },
  {
    id: 'basic.employees',
    clause: '二（一）',
    kind: 'eligibility',
    title: { zh: '从业人员', en: 'Employees' },
    notice: '中小企业',
    subject: 'lead',
    pass: { name: 'employees', path: '$.lead.employees', operator: '<', value: 1000 },
    zh: { pass: '从业人员{actual.employees}人', fail: '从业人员{actual.employees}人，不是中小企业' },
    en: { pass: '{actual.employees} employees', fail: '{actual.employees} employees: not an SME' },
  },
  {
    id: 'form.lawful',
    clause: '二（二）',
    kind: 'completeness',
    title: { zh: '依法纳税、合法经营的承诺', en: 'Declaration of lawful operation' },
    notice: '依法纳税、合法经营',
    subject: 'application',
    requires: 'none',
    pass: { name: 'declared', path: '$.declarations.lawful', operator: '==', value: true },
    zh: { pass: '已承诺依法纳税、合法经营', fail: '未承诺依法纳税、合法经营，请补正' },
    en: { pass: 'Declared', fail: 'Not declared: to be corrected' },
  },
];

const formPack = () => loadRulePack(smallPack('示例表单', {}, checks, { form }));

const application = (more: Record<string, unknown> = {}, lead: Record<string, unknown> = {}) => {
  const app = buildApplication('digital-workshop', { submittedOn: '2025-04-15', industry: 'new-materials' });
  Object.assign(app.lead, { employees: 120, sizeClass: 'small', ...lead });
  return { ...app, targetLevel: 2, declarations: { lawful: true }, ...more } as Application & Record<string, unknown>;
};

type Props = {
  properties: Record<string, Props & { title?: string; oneOf?: { title: string }[] }>;
  required?: string[];
};

describe("a pack's own form fields and declarations", () => {
  it('enter its JSON Schema, labelled, in the form order after the model own fields', () => {
    const schema = applicationJsonSchemaOf(formPack()) as unknown as Props;
    const keys = Object.keys(schema.properties);
    expect(keys.slice(-3)).toEqual(['targetLevel', 'spending', 'declarations']);
    expect(schema.required).toContain('targetLevel');
    expect(schema.properties.spending?.properties.softwareAndCloud?.title).toBe('软件和云服务');
    expect(schema.properties.declarations?.properties.lawful?.title).toBe('依法纳税、合法经营');
    const lead = schema.properties.lead as Props;
    expect(Object.keys(lead.properties).slice(-2)).toEqual(['employees', 'sizeClass']);
    expect(lead.required).toContain('employees');
    expect(lead.required).not.toContain('sizeClass');
    expect(lead.properties.sizeClass?.oneOf?.map((o) => o.title)).toEqual(['中型', '小型', '微型']);
    const draft07 = applicationJsonSchemaOf(formPack(), '07') as unknown as Props;
    expect((draft07.properties.lead as Props).properties.employees?.title).toBe('从业人员（人）');
    const formily = formilySchemaOf(applicationJsonSchemaOf(formPack(), '07') as never) as {
      properties: Record<string, { properties: Record<string, { title?: string; 'x-component'?: string }> }>;
    };
    expect(formily.properties.lead?.properties.employees).toMatchObject({
      title: '从业人员（人）',
      'x-component': 'NumberPicker',
    });
  });

  it('are read in a 申报书 and decided by its checks; a bad value is refused at its field, in its label', () => {
    const pack = formPack();
    const good = evaluateSync(application(), { pack });
    expect(good.verdict).toBe('eligible');
    const low = evaluateSync(application({ targetLevel: 1, declarations: {} }), { pack });
    if (low.verdict === 'invalid') throw new Error('read as invalid');
    expect(low.checks.find((c) => c.id === 'basic.target-level')?.message.zh).toBe('预期1级，低于2级');
    expect(low.checks.find((c) => c.id === 'form.lawful')?.outcome).toBe('fail');
    const bad = evaluateSync(application({}, { employees: -3 }), { pack });
    expect(bad.verdict).toBe('invalid');
    if (bad.verdict !== 'invalid') return;
    expect(bad.errors.map((e) => [e.pointer, e.where])).toEqual([
      ['/lead/employees', '申报（牵头）单位 › 从业人员（人）'],
    ]);
    // Left out, a required field is a correction (clauses.md edition 3), named in the pack's words.
    const { targetLevel: _left, ...rest } = application();
    const missing = evaluateSync(rest as Application, { pack });
    expect(missing.verdict).toBe('needs-correction');
    if (missing.verdict === 'invalid') return;
    expect(missing.checks.find((c) => c.id === 'basic.target-level')?.message.zh).toBe(
      '未填报项目完成后预期数字化水平等级',
    );
  });

  it("a draft without the field is sent back for it, named by the pack's label", () => {
    const pack = formPack();
    const { targetLevel: _left, ...rest } = application();
    const draft = evaluateSync(rest as Application, { pack, mode: 'draft' });
    if (draft.verdict === 'invalid') throw new Error('a draft was refused');
    const check = draft.checks.find((c) => c.id === 'basic.target-level');
    expect(check?.outcome).toBe('review');
    expect(check?.message.zh).toBe('未填报项目完成后预期数字化水平等级');
    // The 补正事项 name the field in the pack's labels, not by 昌吉's 表一/表二.
    const noEmployees = application();
    delete (noEmployees.lead as Record<string, unknown>).employees;
    const sent = evaluateSync(noEmployees, { pack });
    if (sent.verdict === 'invalid') throw new Error('refused');
    expect(sent.corrections.map((c) => [c.pointer, c.field.zh])).toEqual([
      ['/lead/employees', '申报（牵头）单位的“从业人员（人）”'],
    ]);
    expect(draft.corrections.map((c) => c.field.zh)).toEqual(['申报书的“项目完成后预期数字化水平等级”']);
  });

  it('are shown in the HTML report with what was given, declarations as made or not', () => {
    const pack = formPack();
    const app = application({ declarations: {} });
    const entries = formEntriesOf(pack, app as never);
    expect(entries.map((e) => [e.pointer, e.value?.zh ?? e.declared])).toEqual([
      ['/targetLevel', '2'],
      ['/spending/softwareAndCloud', undefined],
      ['/spending/dataEquipment', undefined],
      ['/lead/employees', '120'],
      ['/lead/sizeClass', '小型'],
      ['/declarations/lawful', false],
    ]);
    const result = evaluateSync(app, { pack });
    if (result.verdict === 'invalid') throw new Error('read as invalid');
    expect(result.form).toEqual(entries);
    const html = renderHtmlReport(result);
    expect(html).toContain('申报书填报的其他内容');
    expect(html).toMatch(/依法纳税、合法经营.*未承诺/s);
    expect(html).toMatch(/企业划型.*小型/s);
  });

  it('are refused when they take a model name or limits their type does not have, naming the field', () => {
    const clash = { lead: { creditCode: { type: 'line', label: { zh: '代码', en: 'code' } } } };
    expect(formProblems(clash as never, 'pack.json')[0]).toMatchObject({ pointer: '/form/lead/creditCode' });
    const wrong = {
      application: {
        note: { type: 'text', label: { zh: '备注', en: 'note' }, range: { min: 1 } },
        size: { type: 'choice', label: { zh: '规模', en: 'size' } },
      },
    };
    const issues = packIssues(smallPack('坏表单', {}, checks.slice(0, 1), { form: wrong }));
    expect(issues.map((i) => [i.pointer, i.message.zh])).toEqual([
      ['/form/application/note', '取值范围（range）只用于 integer、number、money 字段，不用于 text'],
      ['/form/application/size', '选择字段（choice）须列出选项（choices）'],
    ]);
  });

  it("leaves out the model's optional fields the notice's form does not have, and refuses a required one", () => {
    const omit = ['consortium', 'beltAndRoad', 'lead.pilotIndustry', 'lead.assessment'];
    const pack = loadRulePack(smallPack('无联合体', {}, checks, { form: { ...form, omit } }));
    const schema = applicationJsonSchemaOf(pack) as unknown as Props;
    expect(Object.keys(schema.properties)).not.toContain('consortium');
    expect(Object.keys(schema.properties)).not.toContain('beltAndRoad');
    expect(Object.keys((schema.properties.lead as Props).properties)).not.toContain('pilotIndustry');
    expect(Object.keys((schema.properties.lead as Props).properties)).toContain('employees');
    expect(JSON.stringify(schema)).not.toMatch(/有色金属|一带一路|链式/);
    // Left out of the form, a field given anyway is refused at its place.
    const given = application({
      consortium: { platform: { name: 'x', status: 'built' }, empowerment: {}, leadRole: 'chain-leader' },
    });
    const refusedAt = evaluateSync(given, { pack });
    expect(refusedAt.verdict === 'invalid' && refusedAt.errors.map((e) => e.pointer)).toEqual([
      '/lead/pilotIndustry',
      '/lead/assessment',
      '/consortium',
    ]);
    const plain = application();
    const { pilotIndustry: _p, assessment: _a, ...lead } = plain.lead;
    expect(evaluateSync({ ...plain, lead }, { pack }).verdict).toBe('eligible');
    const refused = packIssues(
      smallPack('坏省略', {}, checks, { form: { omit: ['lead.creditCode', 'lead.nothing'] } }),
    );
    expect(refused.map((i) => [i.pointer, i.message.zh])).toEqual([
      ['/form/omit/0', '字段“lead.creditCode”是申报书模型的必填项，不能省略（只能省略选填项）'],
      ['/form/omit/1', '“申报（牵头）单位”下没有字段“nothing”，无法省略'],
    ]);
  });
});
