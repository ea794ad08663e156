import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { evaluateBatchStreamed } from '../batch/evaluateBatchStreamed.js';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { compactResultOf } from '../evaluate/compactResultOf.js';
import { type EvaluateOptions, evaluate, resolveOptions } from '../evaluate/evaluate.js';
import { evaluationDateOf } from '../evaluate/evaluationDateOf.js';
import { type FormilyUi, formilySchemaOf } from '../forms/formilySchemaOf.js';
import { excerpt } from '../model/describeZodIssue.js';
import type { Message } from '../model/issue.js';
import { applicationJsonSchemaOf } from '../pack/applicationSchemaOf.js';
import { editionOf } from '../pack/editionOf.js';
import type { RulePack } from '../pack/loadRulePack.js';
import { openApiDocument } from './openApiDocument.js';

/** How the service is set up: the pack, its limits, and where its log lines go. */
export interface ServiceOptions {
  readonly pack: RulePack;
  readonly version: string;
  /** The largest request body, in bytes (413 above it). */
  readonly maxBodyBytes: number;
  /** The most applications in one `/v1/batch` (413 above it). */
  readonly maxBatch: number;
  /** An origin allowed to call from a page (`Access-Control-Allow-Origin`); none when left out. */
  readonly cors?: string;
  /** One JSON line per request: method, path, status, time taken, sizes. Never applicant data. */
  readonly log?: (line: string) => void;
}

/** A request that cannot be answered: its HTTP status and the library's code, in both languages. */
class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Message,
    readonly option?: string,
  ) {
    super(text.en);
  }
}

const json = 'application/json; charset=utf-8';

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': json, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, error: RequestError): void {
  send(res, error.status, {
    error: { code: error.code, message: error.text, ...(error.option === undefined ? {} : { option: error.option }) },
  });
}

/** The request body, whole, refused at `limit` bytes before more is read (413). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Refused on its declared length: answered at once, and the connection closed once the answer
    // is out, so that 10 MB is never read (the client, still sending, may see its 413 or a reset).
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const tooLarge = (limit: number) =>
  new RequestError(413, 'too-large', {
    zh: `请求体超过 ${limit} 字节的上限`,
    en: `the request body is larger than the limit of ${limit} bytes`,
  });

/** The content type a route takes; anything else is 415. */
function expectType(req: IncomingMessage, types: readonly string[]): void {
  const given = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!types.includes(given)) {
    throw new RequestError(415, 'unsupported-media-type', {
      zh: `内容类型应为 ${types.join(' 或 ')}，实际为 ${given || '（未给出）'}`,
      en: `the content type must be ${types.join(' or ')}, not ${given || '(none)'}`,
    });
  }
}

function parseJson(text: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).slice(0, 120);
    throw new RequestError(400, 'invalid-json', {
      zh: `${line === undefined ? '请求体' : `第${line}行`}不是有效的 JSON：${why}`,
      en: `${line === undefined ? 'the body' : `line ${line}`} is not valid JSON: ${why}`,
    });
  }
}

/** When a response's buffered output has been sent, or its connection closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** `evaluate`'s options from the query string and, for `/v1/evaluate`, the body's `options`. */
function optionsOf(
  url: URL,
  pack: RulePack,
  body: Record<string, unknown> = {},
): EvaluateOptions & { compact: boolean } {
  const q = (name: string) => url.searchParams.get(name) ?? undefined;
  const compactText = q('compact');
  const fromQuery: Record<string, unknown> = {
    ...(q('mode') !== undefined ? { mode: q('mode') } : {}),
    ...(q('asOf') !== undefined ? { asOf: q('asOf') } : {}),
    ...(q('stage') !== undefined ? { stage: q('stage') } : {}),
    ...(q('lang') !== undefined ? { lang: q('lang') } : {}),
  };
  const { compact: compactBody, ...rest } = body;
  const compact = compactBody === true || (compactText !== undefined && compactText !== '0' && compactText !== 'false');
  return { ...fromQuery, ...rest, pack, compact } as EvaluateOptions & { compact: boolean };
}

/** An option error of the library (`选项 x：… / option x: …`) as a 400 naming the option. */
function asRequestError(error: unknown): RequestError {
  if (error instanceof RequestError) return error;
  // An option the library refuses (`optionError`): its option and its words, as the library says them.
  const { option, text } = (error ?? {}) as { option?: unknown; text?: Message };
  if ((error instanceof TypeError || error instanceof RangeError) && typeof option === 'string' && text) {
    return new RequestError(400, 'bad-option', text, option);
  }
  return new RequestError(500, 'internal', { zh: '服务内部错误', en: 'internal error' });
}

const notFound = new RequestError(404, 'not-found', { zh: '没有这个地址', en: 'no such path' });
const notAllowed = new RequestError(405, 'method-not-allowed', { zh: '不支持此请求方法', en: 'method not allowed' });

/**
 * The pre-check as an HTTP service on `node:http`, for portals that cannot import an npm package (Java,
 * .NET): `POST /v1/evaluate`, `POST /v1/batch` (NDJSON, streamed), `GET /v1/schema`, `GET /v1/rules`,
 * `GET /openapi.json` and `GET /healthz`. Bodies are bounded (413), content types checked (415), errors
 * are JSON in Chinese and English with the library's codes, and each request is one log line with no
 * applicant data. Not listening yet: call `listen`.
 *
 * @example
 * createService({ pack: defaultPack(), version: '0.2.0', maxBodyBytes: 4_000_000, maxBatch: 10_000 }).listen(8080);
 */
export function createService(options: ServiceOptions): Server {
  const { pack, version, maxBodyBytes, maxBatch, cors, log } = options;
  const openApi = JSON.stringify(openApiDocument(pack, version));

  /** A query option that must be one of `choices` (the first when absent): a 400 naming it otherwise. */
  function choice(url: URL, name: string, choices: readonly string[], zh: string): string {
    const value = url.searchParams.get(name) ?? (choices[0] as string);
    if (choices.includes(value)) return value;
    const listed = choices.join('、');
    throw new RequestError(
      400,
      'bad-option',
      {
        zh: `${name}（${zh}）应为 ${listed} 之一，实际为 ${excerpt(value)}`,
        en: `${name} must be one of ${choices.join(', ')}, not ${excerpt(value, 40, 'en')}`,
      },
      name,
    );
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path === '/healthz') {
      if (method !== 'GET') throw notAllowed;
      return send(res, 200, { status: 'ok', pack: { name: pack.meta.name, version: pack.meta.version }, version });
    }
    if (path === '/openapi.json') {
      if (method !== 'GET') throw notAllowed;
      res.writeHead(200, { 'content-type': json, 'content-length': Buffer.byteLength(openApi) });
      return void res.end(openApi);
    }
    if (path === '/v1/schema') {
      if (method !== 'GET') throw notAllowed;
      const draft = choice(url, 'draft', ['2020-12', '07'], 'JSON Schema 版本');
      const flavour = choice(url, 'flavour', ['json-schema', 'formily'], '格式');
      if (flavour === 'formily') {
        // Formily's schema for a form of the pack's 申报书, drawn with Ant Design or Element Plus.
        const ui = choice(url, 'ui', ['antd', 'element-plus'], '组件库') as FormilyUi;
        return send(res, 200, formilySchemaOf(applicationJsonSchemaOf(pack, '07') as never, ui));
      }
      return send(res, 200, applicationJsonSchemaOf(pack, draft as '2020-12' | '07'));
    }
    if (path === '/v1/rules') {
      if (method !== 'GET') throw notAllowed;
      const { asOf } = resolveOptions({
        pack,
        ...(url.searchParams.has('asOf') ? { asOf: url.searchParams.get('asOf') } : {}),
      });
      const edition = editionOf(pack, evaluationDateOf(undefined, asOf, pack));
      return send(res, 200, {
        pack: pack.meta,
        date: edition.date,
        checks: edition.checks,
        parameters: edition.parameters,
      });
    }
    if (path === '/v1/evaluate') {
      if (method !== 'POST') throw notAllowed;
      expectType(req, ['application/json']);
      const body = parseJson((await readBody(req, maxBodyBytes)).toString('utf8'));
      // `{ application, options }`, or the 申报书 itself (its model has no key `application`).
      const wrapped =
        typeof body === 'object' && body !== null && !Array.isArray(body) && Object.hasOwn(body, 'application');
      const input = wrapped ? (body as { application: unknown }).application : body;
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        // Not even an object: a request error. An object that is no 申报书 is answered (verdict invalid).
        throw new RequestError(400, 'not-an-object', {
          zh: '请求体应为一份申报书（JSON 对象）',
          en: 'the body must be one application (a JSON object)',
        });
      }
      const given = wrapped ? ((body as { options?: Record<string, unknown> }).options ?? {}) : {};
      const { compact, ...evaluateOptions } = optionsOf(url, pack, given);
      const result = compact
        ? await evaluate(input, { ...evaluateOptions, detail: 'compact' })
        : await evaluate(input, evaluateOptions);
      return send(res, 200, result);
    }
    if (path === '/v1/batch') {
      if (method !== 'POST') throw notAllowed;
      expectType(req, ['application/x-ndjson', 'application/jsonl', 'application/json-seq']);
      const { compact, lang, ...batchOptions } = optionsOf(url, pack);
      resolveOptions(batchOptions); // a bad option is a 400 before anything is read
      const lines = (await readBody(req, maxBodyBytes))
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      if (lines.length > maxBatch) {
        throw new RequestError(413, 'batch-too-large', {
          zh: `一批最多 ${maxBatch} 份申报书，实际为 ${lines.length} 份`,
          en: `a batch holds at most ${maxBatch} applications, not ${lines.length}`,
        });
      }
      // A line that is not JSON is that line's answer (invalid); the others go on.
      const unreadable = new Map<number, RequestError>();
      const values = lines.map((line, i) => {
        try {
          return parseJson(line, i + 1);
        } catch (error) {
          unreadable.set(i, error as RequestError);
          return null;
        }
      });
      res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
      const shown = (r: EvaluationResult) => (compact ? compactResultOf(r, lang) : r);
      const batch = await evaluateBatchStreamed(() => values, {
        ...batchOptions,
        onResult: (result, index) => {
          const bad = unreadable.get(index);
          const answer: EvaluationResult = bad
            ? {
                verdict: 'invalid',
                errors: [
                  {
                    label: '申报书',
                    labelEn: 'Application',
                    where: '申报书',
                    code: 'unreadable',
                    path: [],
                    pointer: '',
                    message: bad.text,
                  },
                ],
              }
            : result;
          const more = res.write(`${JSON.stringify({ index, result: shown(answer) })}\n`);
          // A slow reader is waited for (its answer is not buffered whole), and the event loop runs
          // now and then, so that a signal or another request is not held up by a long batch.
          if (res.destroyed) return;
          if (!more) return drained(res);
          if (index % 64 === 63) return new Promise<void>((resolve) => setImmediate(resolve));
        },
      });
      return void res.end(`${JSON.stringify(batch)}\n`);
    }
    throw notFound;
  }

  const state = { active: 0, draining: false, drained: () => {} };
  const server = createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    if (state.draining) {
      res.setHeader('connection', 'close');
      sendError(
        res,
        new RequestError(503, 'stopping', { zh: '服务正在停止，请重试', en: 'the service is stopping: try again' }),
      );
      return;
    }
    state.active++;
    res.on('close', () => {
      state.active--;
      if (state.draining && state.active === 0) state.drained();
    });
    if (cors !== undefined) {
      res.setHeader('access-control-allow-origin', cors);
      res.setHeader('vary', 'origin');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'content-type',
        });
        res.end();
        return;
      }
    }
    res.on('finish', () => {
      log?.(
        JSON.stringify({
          time: new Date().toISOString(),
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          bytesIn: Number(req.headers['content-length'] ?? 0),
        }),
      );
    });
    route(req, res, url).catch((error: unknown) => {
      const failure = asRequestError(error);
      if (failure.status === 500) {
        log?.(
          JSON.stringify({
            time: new Date().toISOString(),
            event: 'error',
            path: url.pathname,
            error: String(error).slice(0, 200),
          }),
        );
      }
      if (res.headersSent) {
        // A batch already streaming: its last line says why it stopped.
        res.end(`${JSON.stringify({ error: { code: failure.code, message: failure.text } })}\n`);
        return;
      }
      if (failure.status === 413) {
        res.setHeader('connection', 'close');
        res.on('finish', () => req.socket.destroy());
      }
      sendError(res, failure);
    });
  });
  // A client that sends its headers or its body too slowly is cut off (408 from Node).
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;
  states.set(server, state);
  return server;
}

const states = new WeakMap<Server, { active: number; draining: boolean; drained: () => void }>();

/**
 * Stop a service gracefully: no new request is taken (503, `stopping`), the requests in flight are
 * answered to their end (a batch streaming its lines included), then the server closes. Node's own
 * `close` would cut a response that is still streaming, which it counts as idle.
 */
export function stopGracefully(server: Server): Promise<void> {
  const state = states.get(server);
  return new Promise((resolve) => {
    const close = () => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    if (state === undefined || state.active === 0) return close();
    state.draining = true;
    state.drained = close;
  });
}
