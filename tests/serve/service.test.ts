import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formilySchemaOf } from '../../src/entries/forms.js';
import { applicationFormSchema } from '../../src/forms/formFields.js';
import { applicationJsonSchema, defaultPack, evaluate } from '../../src/index.js';
import { createService } from '../../src/serve/createService.js';
import { example } from '../helpers/examples.js';

// The service a Java or .NET portal calls: the library's answers over HTTP, its limits and its errors.
const logs: string[] = [];
const service = createService({
  pack: defaultPack(),
  version: '0.0.0-test',
  maxBodyBytes: 200_000,
  maxBatch: 5,
  log: (line) => logs.push(line),
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => service.close(() => resolve())));

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /v1/evaluate', () => {
  it("answers as evaluate does, the options from the query or the body's options", async () => {
    const chain = example('chain.json');
    const res = await post('/v1/evaluate', JSON.stringify(chain));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await evaluate(chain))));
    const compact = await (await post('/v1/evaluate?compact=1&lang=en', JSON.stringify(chain))).json();
    expect(compact).toEqual(JSON.parse(JSON.stringify(await evaluate(chain, { detail: 'compact', lang: 'en' }))));
    const wrapped = await post(
      '/v1/evaluate',
      JSON.stringify({ application: chain, options: { asOf: '2025-05-01', compact: true } }),
    );
    expect(await wrapped.json()).toMatchObject({ evaluationDate: '2025-05-01', verdict: 'needs-correction' });
  });

  it('answers a text that is no 申报书 with its verdict, invalid, at 200', async () => {
    const res = await post('/v1/evaluate', JSON.stringify({ direction: 'nowhere' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ verdict: 'invalid' });
  });

  it.each([
    ['malformed JSON', () => post('/v1/evaluate', '{"lead":'), 400, 'invalid-json'],
    ['a body over the limit', () => post('/v1/evaluate', JSON.stringify({ x: 'x'.repeat(300_000) })), 413, 'too-large'],
    ['another content type', () => post('/v1/evaluate', '{}', 'text/plain'), 415, 'unsupported-media-type'],
    ['a bad option', () => post('/v1/evaluate?stage=final', '{}'), 400, 'bad-option'],
    ['a body that is not an object', () => post('/v1/evaluate', '[1, 2]'), 400, 'not-an-object'],
    ['a path it does not have', () => fetch(`${base}/v2/evaluate`), 404, 'not-found'],
    ['a method it does not take', () => fetch(`${base}/v1/evaluate`), 405, 'method-not-allowed'],
  ])('answers %s with its status and a JSON error in Chinese and English', async (_what, request, status, code) => {
    const res = await request();
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: { zh: string; en: string } } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.zh).toMatch(/\p{Script=Han}/u);
    expect(body.error.message.en).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('POST /v1/batch', () => {
  it('streams one NDJSON line per application, then the checks across them; a bad line is that line’s answer', async () => {
    const chain = JSON.stringify(example('chain.json'));
    const res = await post('/v1/batch?compact=1&lang=zh', `${chain}\n${chain}\n{oops\n`, 'application/x-ndjson');
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2, undefined]);
    expect(lines[0].result.checks.map((c: { id: string }) => c.id)).toContain('joint.duplicate-consortium');
    expect(lines[2].result).toMatchObject({ verdict: 'invalid' });
    expect(lines[2].result.errors[0].message.zh).toContain('第3行不是有效的 JSON');
    expect(lines[3].duplicates).toHaveLength(1);
    expect(lines[3].summary).toMatchObject({ total: 3 });
  });

  it('refuses a batch over its cap (413) and a JSON body (415)', async () => {
    const workshop = JSON.stringify(example('workshop.json'));
    const six = Array.from({ length: 6 }, () => workshop).join('\n');
    const tooMany = await post('/v1/batch', six, 'application/x-ndjson');
    expect(tooMany.status).toBe(413);
    expect(((await tooMany.json()) as { error: { code: string } }).error.code).toBe('batch-too-large');
    expect((await post('/v1/batch', workshop)).status).toBe(415);
  });
});

describe('GET', () => {
  it('/v1/schema gives the schema of both drafts, /v1/rules the edition, /healthz the pack', async () => {
    expect(await (await fetch(`${base}/v1/schema`)).json()).toEqual(JSON.parse(JSON.stringify(applicationJsonSchema)));
    const draft07 = (await (await fetch(`${base}/v1/schema?draft=07`)).json()) as { $schema: string };
    expect(draft07.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // Formily's flavour: the same form a page builds with formilySchemaOf, for Ant Design or Element Plus.
    const formily = await (await fetch(`${base}/v1/schema?flavour=formily&ui=element-plus`)).json();
    expect(formily).toEqual(JSON.parse(JSON.stringify(formilySchemaOf(applicationFormSchema(), 'element-plus'))));
    const refused = await fetch(`${base}/v1/schema?flavour=rjsf`);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'bad-option', option: 'flavour' } });
    const rules = (await (await fetch(`${base}/v1/rules?asOf=2025-04-15`)).json()) as {
      parameters: Record<string, unknown>;
      checks: { id: string }[];
    };
    expect(rules.parameters['workshop.minScore']).toBe(50);
    expect(rules.checks.map((c) => c.id)).toContain('workshop.score');
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({
      status: 'ok',
      pack: { name: 'changji-sme-dx-benchmark' },
    });
  });

  it('/openapi.json is valid OpenAPI 3.1, and its request schema is the application schema', async () => {
    const document = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      components: { schemas: { Application: Record<string, unknown> } };
    };
    const validator = new Validator();
    const checked = await validator.validate(document as never);
    expect(checked.errors, JSON.stringify(checked.errors)).toBeUndefined();
    expect(checked.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const { $schema: _s, $id: _i, ...application } = JSON.parse(JSON.stringify(applicationJsonSchema));
    expect(document.components.schemas.Application).toEqual(application);
  });
});

describe('what the service says about itself', () => {
  it('logs one JSON line per request, with no applicant data; no CORS header unless asked for', async () => {
    const res = await post('/v1/evaluate', JSON.stringify(example('workshop.json')));
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await res.json();
    const line = JSON.parse(logs.at(-1) as string);
    expect(Object.keys(line).sort()).toEqual(['bytesIn', 'method', 'ms', 'path', 'status', 'time']);
    expect(logs.join('\n')).not.toContain('昌吉州示例新材料有限公司');
  });

  it('allows the one origin it is given, and answers its preflight', async () => {
    const withCors = createService({
      pack: defaultPack(),
      version: 't',
      maxBodyBytes: 1000,
      maxBatch: 1,
      cors: 'https://portal.example',
    });
    await new Promise<void>((resolve) => withCors.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(withCors.address() as AddressInfo).port}`;
    const preflight = await fetch(`${url}/v1/evaluate`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    await new Promise<void>((resolve) => withCors.close(() => resolve()));
  });
});
