import { applicationJsonSchemaOf } from '../pack/applicationSchemaOf.js';
import type { RulePack } from '../pack/loadRulePack.js';

type Schema = Record<string, unknown>;

/** A message in both languages, as every answer of the library writes one. */
const message: Schema = {
  type: 'object',
  required: ['zh', 'en'],
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
};

const errorBody: Schema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          description:
            'bad-option, invalid-json, not-an-object, too-large, batch-too-large, unsupported-media-type, not-found, method-not-allowed, internal',
        },
        message,
        option: { type: 'string', description: 'The option at fault, for bad-option.' },
      },
    },
  },
};

const verdict: Schema = {
  type: 'string',
  enum: ['eligible', 'ineligible', 'needs-correction', 'needs-review', 'invalid'],
};

/** An answer for one 申报书 (full or compact): its verdict always, the rest as documented. */
const result: Schema = {
  type: 'object',
  required: ['verdict'],
  properties: {
    verdict,
    errors: { type: 'array', description: 'For verdict invalid: each issue at its field (pointer, where, message).' },
    checks: { type: 'array', description: 'Every check (full), or those that did not pass (compact).' },
    corrections: { type: 'array', description: '补正事项: each field to mend and what to do.' },
    summary: { type: 'object' },
  },
};

const query = (name: string, description: string, values?: readonly string[]) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: values === undefined ? { type: 'string' } : { type: 'string', enum: values },
});

const evaluationQuery = [
  query('mode', 'strict (default): as submitted; draft: being filled in.', ['strict', 'draft']),
  query('asOf', '评估日期 YYYY-MM-DD; the 申报日期 when left out.'),
  query('stage', 'submission (default) or selection.', ['submission', 'selection']),
  query('lang', 'The language of a compact answer; both when left out.', ['zh', 'en']),
  query('compact', 'Any value but 0 or false: only what did not pass (see compactResultOf).'),
];

const errors = (codes: readonly number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        description: 'An error, in Chinese and English',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );

/**
 * The service's OpenAPI 3.1 document, made from the same schemas as the library (the request body of
 * `/v1/evaluate` is the pack's application schema itself), so that it cannot drift from them. A Java
 * or .NET portal generates its client from it.
 *
 * @example
 * openApiDocument(defaultPack(), '0.2.0').components.schemas.Application.title //=> '申报书'
 */
export function openApiDocument(pack: RulePack, version: string) {
  const { $schema: _schema, $id: _id, ...application } = applicationJsonSchemaOf(pack, '2020-12') as Schema;
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: `${pack.meta.title}：申报书形式审查服务 / pre-check service`,
      version,
      description: `Rule pack ${pack.meta.name} ${pack.meta.version}. Every message is in Chinese and English.`,
    },
    paths: {
      '/v1/evaluate': {
        post: {
          operationId: 'evaluate',
          summary: '评估一份申报书 / evaluate one application',
          parameters: evaluationQuery,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Application' } } },
          },
          responses: {
            '200': {
              description:
                'The answer: a verdict, the checks, the corrections (verdict invalid when it is no application).',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } },
            },
            ...errors([400, 413, 415, 408]),
          },
        },
      },
      '/v1/batch': {
        post: {
          operationId: 'evaluateBatch',
          summary: '批量评估（含跨申报书检查）/ a batch, with the checks across applications',
          description:
            'NDJSON in (one application per line) and out, streamed: a line { index, result } for each, then one line { summary, duplicateGroups, duplicates, leadsInSeveralApplications }.',
          parameters: evaluationQuery,
          requestBody: {
            required: true,
            content: { 'application/x-ndjson': { schema: { $ref: '#/components/schemas/Application' } } },
          },
          responses: {
            '200': { description: 'NDJSON lines', content: { 'application/x-ndjson': { schema: { type: 'object' } } } },
            ...errors([400, 413, 415, 408]),
          },
        },
      },
      '/v1/schema': {
        get: {
          operationId: 'schema',
          summary: '申报书的 JSON Schema（或 Formily 表单）/ the application schema (or a Formily form)',
          parameters: [
            query('draft', 'JSON Schema draft: 2020-12 (default) or 07.', ['2020-12', '07']),
            query('flavour', "json-schema (default), or formily: Formily 2's schema of a form.", [
              'json-schema',
              'formily',
            ]),
            query('ui', 'With flavour=formily: the components, antd (default) or element-plus.', [
              'antd',
              'element-plus',
            ]),
          ],
          responses: {
            '200': { description: 'The schema', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
      '/v1/rules': {
        get: {
          operationId: 'rules',
          summary: '规则包的检查项与参数 / the checks and the parameters in effect',
          parameters: [query('asOf', 'The date of the edition, YYYY-MM-DD.')],
          responses: {
            '200': { description: 'The edition', content: { 'application/json': { schema: { type: 'object' } } } },
            ...errors([400]),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: { schemas: { Application: application, Result: result, Error: errorBody, Message: message } },
  };
}
