import { derivedFacts } from '../facts/registry.js';
import type { Message } from '../model/issue.js';
import { labelAt, type ZodSchema } from '../model/labelAt.js';
import { factPathSteps } from '../model/paths.js';
import { Application } from '../model/schema.js';
import { leavesOf } from './leavesOf.js';
import {
  operatorSymbols,
  type PackCheck,
  type PackCondition,
  type PackMessages,
  PackMessages as PackMessagesSchema,
  type PackTable,
  type SourceCheck,
  type SourceCondition,
  type SourceMessages,
} from './schema.js';

/** The row of a decision table a check is written for. */
export interface TableRow {
  readonly key: string;
  readonly row: PackTable['rows'][string];
}

/** A problem met while expanding a check, at a path below the check. */
export interface ExpansionProblem {
  readonly at: readonly (string | number)[];
  readonly message: Message;
}

/** Operators that compare a field's value: a check reading a field so needs it given (else review). */
const comparing = new Set([
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'startsWithAny',
  'startsWithNone',
  'dateOnOrBefore',
  'dateOnOrAfter',
  'matches',
  'hasLength',
  'isDigits',
]);

/** Replace `{row}` in every text inside `value` (the row's key), recursively. */
function withRow<T>(value: T, key: string): T {
  if (typeof value === 'string') return value.replaceAll('{row}', key) as T;
  if (Array.isArray(value)) return value.map((v) => withRow(v, key)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withRow(v, key)])) as T;
  }
  return value;
}

/** The shared conditions of a pack, by name (`conditions` of its files). */
export type SharedConditions = Readonly<Record<string, SourceCondition>>;

/** A shared condition named that is not declared, or that names itself. */
export class UnknownCondition extends Error {
  constructor(
    readonly condition: string,
    readonly circular: boolean,
  ) {
    super(condition);
  }
}

/**
 * A condition as json-rules-engine runs it: leaf defaults filled in (`fact: "application"`,
 * `value: true`, symbols as operator names) and shared conditions put in place.
 *
 * @throws {UnknownCondition} for a shared condition that is not declared, or that names itself.
 * @example
 * expandCondition({ path: '$.lead.assessment.score', operator: '>=', value: 42 })
 * //=> { fact: 'application', path: '$.lead.assessment.score', operator: 'greaterThanInclusive', value: 42 }
 */
export function expandCondition(
  condition: SourceCondition,
  shared: SharedConditions = {},
  using: readonly string[] = [],
): PackCondition {
  const expand = (c: SourceCondition) => expandCondition(c, shared, using);
  if ('all' in condition) return { ...condition, all: condition.all.map(expand) };
  if ('any' in condition) return { ...condition, any: condition.any.map(expand) };
  if ('not' in condition) return { ...condition, not: expand(condition.not) };
  if ('condition' in condition) {
    const { condition: name, ...named } = condition;
    const found = Object.hasOwn(shared, name) ? shared[name] : undefined;
    if (found === undefined || using.includes(name)) throw new UnknownCondition(name, found !== undefined);
    return { ...expandCondition(found, shared, [...using, name]), ...named };
  }
  const { fact = 'application', value = true, operator, ...rest } = condition;
  return { ...rest, fact, operator: operatorSymbols[operator] ?? operator, value } as PackCondition;
}

const leaves = (condition: PackCondition) => leavesOf(condition).map(({ leaf }) => leaf);

/**
 * The fields a `pass` condition reads, as `{ fact, path }`: each field it compares, and each field a
 * derived fact it names is computed from. A check that states no `requires` needs these given.
 *
 * @example
 * fieldsRead({ fact: 'application', path: '$.lead.assessment.score', operator: 'greaterThanInclusive', value: 42 })
 * //=> [{ fact: 'application', path: '$.lead.assessment.score' }]
 */
export function fieldsRead(condition: PackCondition): { fact: string; path: string }[] {
  const found = new Map<string, { fact: string; path: string }>();
  for (const leaf of leaves(condition)) {
    const reads =
      (leaf.fact === 'application' || leaf.fact === 'unit') && leaf.path !== undefined && comparing.has(leaf.operator)
        ? [{ fact: leaf.fact, path: leaf.path }]
        : (derivedFacts[leaf.fact]?.reads ?? []).map((path) => ({ fact: 'application', path }));
    for (const read of reads) found.set(`${read.fact}${read.path}`, read);
  }
  return [...found.values()];
}

function requiresOf(fields: readonly { fact: string; path: string }[]): PackCondition | undefined {
  const known = fields.map(({ fact, path }) => ({ fact, path, operator: 'isKnown', value: true }));
  if (known.length <= 1) return known[0];
  return { all: known };
}

/** 「未填报数字化水平评测等级」: the review message for fields not given, from their labels. */
function notGivenMessage(
  fields: readonly { fact: string; path: string }[],
  schema: ZodSchema = Application,
): Message | undefined {
  const labels = fields.map(({ fact, path }) => {
    const steps = factPathSteps(path) ?? [];
    return labelAt(schema, fact === 'unit' ? ['lead', ...steps] : steps);
  });
  if (labels.length === 0 || labels.some((l) => l.label === '' || l.labelEn === '')) return undefined;
  const en = labels.map((l) => l.labelEn).join(', ');
  return {
    zh: `未填报${labels.map((l) => l.label).join('、')}`,
    en: `${en.charAt(0).toUpperCase()}${en.slice(1)}: not given`,
  };
}

/** The `zh` and `en` blocks of a check in the loaded, message-first shape (`{ pass: { zh, en }, … }`). */
function messagesByKind(messages: { zh?: SourceMessages | undefined; en?: SourceMessages | undefined }) {
  const kinds: Record<string, Record<string, string>> = {};
  const named: Record<string, Record<string, Record<string, string>>> = {};
  const groups: Record<string, string> = { fail: 'failBy', review: 'reviewBy', phrase: 'phrases' };
  for (const lang of ['zh', 'en'] as const) {
    for (const [key, text] of Object.entries(messages[lang] ?? {})) {
      const [kind = key, name] = key.split(':');
      if (name === undefined) {
        kinds[kind] = { ...kinds[kind], [lang]: text };
        continue;
      }
      const group = groups[kind] ?? kind;
      named[group] = { ...named[group], [name]: { ...named[group]?.[name], [lang]: text } };
    }
  }
  return { ...kinds, ...named };
}

/** `{rowTitle}` in each message, in its own language. */
function withRowTitle(value: unknown, title: Message): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if ('zh' in value && 'en' in value && typeof value.zh === 'string' && typeof value.en === 'string') {
    return { zh: value.zh.replaceAll('{rowTitle}', title.zh), en: value.en.replaceAll('{rowTitle}', title.en) };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withRowTitle(v, title)]));
}

/**
 * A check as a pack's file writes it, in the shape json-rules-engine runs: defaults filled in
 * (`directions`, `requires`, leaf `fact` and `value`, the `review` message), messages by kind, and a
 * table row's key, title, clause, direction and notice words put in.
 *
 * @example
 * expandCheck(source, { directions: ['digital-workshop', 'smart-factory'] }).check?.directions
 * //=> ['digital-workshop', 'smart-factory']
 */
export function expandCheck(
  source: SourceCheck,
  context: {
    directions: readonly string[];
    row?: TableRow | undefined;
    defaults?: Pick<SourceCheck, 'directions' | 'subject' | 'kind'> | undefined;
    conditions?: SharedConditions | undefined;
    /** The application schema under the pack (its own fields labelled), for the names of fields not given. */
    schema?: ZodSchema | undefined;
  },
): { check?: PackCheck; problems: ExpansionProblem[] } {
  const problems: ExpansionProblem[] = [];
  const { row } = context;
  const withDefaults = { ...context.defaults, ...source };
  const written = row === undefined ? withDefaults : withRow(withDefaults, row.key);
  const steps: Partial<Record<'when' | 'requires' | 'pass', PackCondition>> = {};
  for (const step of ['when', 'requires', 'pass'] as const) {
    const condition = written[step];
    if (condition === undefined || condition === 'none') continue;
    try {
      steps[step] = expandCondition(condition, context.conditions);
    } catch (error) {
      if (!(error instanceof UnknownCondition)) throw error;
      problems.push({
        at: [step],
        message: error.circular
          ? { zh: `共用条件“${error.condition}”引用了自身`, en: `shared condition "${error.condition}" names itself` }
          : { zh: `共用条件“${error.condition}”未定义`, en: `shared condition "${error.condition}" is not defined` },
      });
    }
  }
  const { when, pass } = steps;
  if (pass === undefined) return { problems };
  const fields = fieldsRead(pass);
  const requires = written.requires === undefined ? requiresOf(fields) : steps.requires;
  let messages: Record<string, unknown> = written.messages ? { ...written.messages } : messagesByKind(written);
  if (written.messages && (written.zh || written.en)) {
    problems.push({
      at: ['messages'],
      message: {
        zh: '消息写了两遍：messages 与 zh/en 只能用一种',
        en: 'messages given twice: use either messages or zh/en',
      },
    });
  }
  if (row !== undefined) messages = withRowTitle(messages, row.row.title) as Record<string, unknown>;
  if (messages.review === undefined && requires !== undefined) {
    const stated =
      requires === undefined
        ? []
        : leaves(requires).filter((l) => l.operator === 'isKnown' && l.path !== undefined && l.value === true);
    const review = notGivenMessage(
      written.requires === undefined ? fields : stated.map((l) => ({ fact: l.fact, path: l.path ?? '$' })),
      context.schema,
    );
    if (review === undefined) {
      problems.push({
        at: ['messages'],
        message: {
          zh: '缺少待审核消息（review）：所需资料不是可以说出名称的字段，请写明',
          en: 'no review message: the required data are not named fields, so write one',
        },
      });
    } else messages.review = review;
  }
  const parsedMessages = PackMessagesSchema.safeParse(messages);
  if (!parsedMessages.success) {
    for (const issue of parsedMessages.error.issues) {
      problems.push({
        at: ['messages', ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))],
        message: { zh: `消息不完整：${issue.message}`, en: `messages incomplete: ${issue.message}` },
      });
    }
  }
  const clause = written.clause ?? row?.row.clause;
  if (clause === undefined) {
    problems.push({ at: ['clause'], message: { zh: '缺少条款（clause）', en: 'no clause' } });
  }
  const notice = typeof written.notice === 'string' ? written.notice : row ? written.notice[row.key] : undefined;
  if (notice === undefined) {
    problems.push({
      at: ['notice'],
      message: {
        zh: `缺少通知原文（notice）${row ? `：表格行“${row.key}”` : ''}`,
        en: `no notice words${row ? ` for table row "${row.key}"` : ''}`,
      },
    });
  }
  const { kind, subject } = written;
  for (const [key, value] of Object.entries({ kind, subject })) {
    if (value === undefined) {
      problems.push({
        at: [key],
        message: {
          zh: `缺少${key}（检查与文件的 defaults 都未给出）`,
          en: `no ${key} (neither the check nor the file's defaults give one)`,
        },
      });
    }
  }
  if (problems.length > 0 || clause === undefined || notice === undefined || !parsedMessages.success) {
    return { problems };
  }
  if (kind === undefined || subject === undefined) return { problems };
  const { when: _when, requires: _requires, pass: _pass, messages: _messages, zh: _zh, en: _en, ...rest } = written;
  const check: PackCheck = {
    ...rest,
    kind,
    subject,
    clause,
    notice,
    directions:
      written.directions ?? (row ? [row.row.direction] : ([...context.directions] as PackCheck['directions'])),
    ...(when === undefined ? {} : { when }),
    ...(requires === undefined ? {} : { requires }),
    pass,
    messages: parsedMessages.data as PackMessages,
  };
  return { check, problems };
}
