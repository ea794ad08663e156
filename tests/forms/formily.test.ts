import { type ArrayField, createForm, type Field, setValidateLanguage } from '@formily/core';
import { createSchemaField, FormProvider, observer, RecursionField, useField, useFieldSchema } from '@formily/react';
import { createElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type FormilySchema, type FormilyUi, formilySchemaOf } from '../../src/entries/forms.js';
import { example, loadExamples } from '../helpers/examples.js';

// Formily 2 (@formily/core + @formily/react), as a Chinese government portal builds a form from a
// schema, rendered on the server with stand-ins for the component library's widgets: each widget
// shows its value and choices, and the form item its title and required mark.
const FormItem = observer(({ children }: { children?: ReactNode }) => {
  const field = useField<Field>();
  return createElement('label', { 'data-required': String(field.required) }, field.title, children);
});
const Widget = observer(() => {
  const field = useField<Field>();
  const choices = (field.dataSource ?? []).map((c, i) => createElement('option', { key: i }, c.label));
  return createElement('output', null, String(field.value ?? ''), ...choices);
});
const ArrayItems = observer(() => {
  const field = useField<ArrayField>();
  const schema = useFieldSchema();
  const items = Array.isArray(schema.items) ? schema.items[0] : schema.items;
  return createElement(
    'ol',
    null,
    (field.value ?? []).map((_, index) =>
      createElement(RecursionField, { key: index, schema: items as never, name: index }),
    ),
  );
});
const widgets = {
  antd: ['Input', 'NumberPicker', 'Select', 'DatePicker', 'Switch'],
  'element-plus': ['Input', 'InputNumber', 'Select', 'DatePicker', 'Switch'],
} as const;
const SchemaFieldOf = (ui: FormilyUi) =>
  createSchemaField({
    components: {
      FormItem,
      ArrayItems,
      ...Object.fromEntries(widgets[ui].map((name) => [name, Widget])),
      Input: Object.assign(
        observer(() => createElement(Widget)),
        { TextArea: Widget },
      ),
    },
  });

/** The form rendered with `values`, and the errors of `form.validate()` by field path. */
async function renderAndValidate(values: unknown, ui: FormilyUi = 'antd') {
  const form = createForm({ values: structuredClone(values) as object });
  const SchemaField = SchemaFieldOf(ui);
  const html = renderToString(
    createElement(
      FormProvider,
      { form },
      createElement(SchemaField, { schema: formilySchemaOf(undefined, ui) as never }),
    ),
  );
  const errors: Record<string, string[]> = {};
  await form.validate().catch(() => undefined);
  for (const e of form.errors) errors[String(e.path)] = e.messages ?? [];
  return { html, errors, form };
}

// A Chinese portal's language: Formily's own messages (required) in Chinese, as a browser set to zh-CN gives them.
setValidateLanguage('zh-CN');

describe('the 申报书 as a Formily 2 form', () => {
  it.each(Object.entries(loadExamples()))(
    'shows %s with Chinese titles, choices and required marks, and validates it with no errors',
    async (_file, input) => {
      const { html, errors, form } = await renderAndValidate(input);
      expect(errors).toEqual({});
      for (const text of [
        '申报类型',
        '统一社会信用代码',
        '数字化水平评测等级',
        '新材料',
        '未定级',
        '二级',
        '联系电话',
      ]) {
        expect(html).toContain(text);
      }
      expect(html).toMatch(/data-required="true">联系电话/);
      // Fields were made for the lists' items too: a scenario's level is validated where it is.
      expect(form.query('lead.assessment.scenarios.0.level').take()).toBeDefined();
    },
  );

  type Workshop = { industry: string; submittedOn: string; lead: { creditCode: string; contact: { phone?: string } } };
  const spoilt: [string, (a: Workshop) => void, string, string][] = [
    [
      'an industry given by its label, 新材料',
      (a) => {
        a.industry = '新材料';
      },
      'industry',
      '应为所列选项之一',
    ],
    ['no phone', (a) => void delete a.lead.contact.phone, 'lead.contact.phone', '该字段是必填字段'],
    [
      'a credit code abc',
      (a) => {
        a.lead.creditCode = 'abc';
      },
      'lead.creditCode',
      '统一社会信用代码应为18位',
    ],
    [
      'a date that is no date',
      (a) => {
        a.submittedOn = '2025-02-30';
      },
      'submittedOn',
      '应为日期，如2025-04-15',
    ],
  ];
  it.each(spoilt)('refuses %s, at its field', async (_name, spoil, path, message) => {
    const input = example('workshop.json') as unknown as Workshop;
    spoil(input);
    const { errors } = await renderAndValidate(input);
    expect(Object.keys(errors)).toEqual([path]);
    expect(errors[path]?.join()).toContain(message);
  });

  it('names the components of Ant Design or of Element Plus', async () => {
    const antd = formilySchemaOf();
    const element = formilySchemaOf(undefined, 'element-plus');
    const score = (s: FormilySchema) => s.properties?.lead?.properties?.assessment?.properties?.score;
    expect(score(antd)?.['x-component']).toBe('NumberPicker');
    expect(score(element)?.['x-component']).toBe('InputNumber');
    expect(antd.properties?.lead?.properties?.introduction?.['x-component']).toBe('Input.TextArea');
    expect(antd.properties?.submittedOn).toMatchObject({ 'x-component': 'DatePicker', required: true });
    expect(antd.properties?.industry?.enum?.[0]).toEqual({ label: expect.any(String), value: expect.any(String) });
    // Element Plus renders the same 申报书 with its own names.
    const { errors } = await renderAndValidate(example('factory.json'), 'element-plus');
    expect(errors).toEqual({});
  });
});
