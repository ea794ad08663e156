import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { rjsfFormOf } from '../../src/entries/forms.js';
import { example, loadExamples } from '../helpers/examples.js';

// react-jsonschema-form 6 with rjsfFormOf's props: long texts as text areas, dates as date inputs,
// and the errors of the schema's own formats and patterns in Chinese.
describe('the 申报书 as a react-jsonschema-form form', () => {
  const { schema, uiSchema, transformErrors } = rjsfFormOf();
  const errorsOf = (data: unknown) =>
    transformErrors(validator.validateFormData(data, schema).errors).map((e) => [e.property, e.stack]);

  it.each(Object.entries(loadExamples()))(
    'renders %s with text areas and date inputs, and validates it',
    (_f, data) => {
      expect(errorsOf(data)).toEqual([]);
      const html = renderToString(createElement(Form, { schema, uiSchema, validator, formData: data }));
      expect(html).toMatch(/<textarea[^>]*id="root_lead_introduction"/);
      expect(html).toMatch(/<input[^>]*id="root_submittedOn"[^>]*type="date"|type="date"[^>]*id="root_submittedOn"/);
    },
  );

  it('words a date that is no date, a credit code, a missing phone and a value outside the choices for a clerk', () => {
    const data = example('workshop.json') as {
      submittedOn: string;
      industry: string;
      lead: { creditCode: string; contact: { phone?: string } };
    };
    data.submittedOn = '2025-02-30';
    data.industry = '新材料';
    data.lead.creditCode = 'abc';
    delete data.lead.contact.phone;
    expect(errorsOf(data)).toEqual([
      ['.industry', '所属行业：应为所列选项之一'],
      ['.submittedOn', '申报日期：应为日期，如2025-04-15'],
      ['.lead.creditCode', '统一社会信用代码：统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）'],
      ['.lead.contact.phone', '联系电话：必填'],
    ]);
  });
});
