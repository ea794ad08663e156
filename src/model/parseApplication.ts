import type * as z from 'zod/mini';
import { describeZodIssue, errorText } from './describeZodIssue.js';
import type { ModelIssue } from './issue.js';
import { labelAt } from './labelAt.js';
import { limits } from './limits.js';
import { ownData } from './ownData.js';
import { toPointer } from './paths.js';
import { Application } from './schema.js';
import { schemaReader } from './schemaReader.js';

/** The outcome of {@link parseApplication}: the typed 申报书, or why it cannot be read. */
export type ParseResult =
  | {
      readonly ok: true;
      readonly application: Application;
      readonly issues: readonly [];
      /** Date fields given as text that is not a calendar date, read as not given (edition 3). */
      readonly unreadDates?: readonly { readonly pointer: string; readonly text: string }[];
    }
  | { readonly ok: false; readonly application?: undefined; readonly issues: readonly ModelIssue[] };

function issueAt(
  path: readonly (string | number)[],
  code: ModelIssue['code'],
  message: ModelIssue['message'],
  schema: typeof Application = Application,
): ModelIssue {
  const { label, labelEn, where } = labelAt(schema, path);
  return { label, labelEn, where, code, path, pointer: toPointer(path), message };
}

function keyOf(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}

/** Whether `input` holds something at `path` (an own property, so no getter or prototype is run). */
function isPresent(input: unknown, path: readonly (string | number)[]): boolean {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return false;
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    if (descriptor === undefined || !('value' in descriptor)) return false;
    current = descriptor.value;
  }
  return current !== undefined;
}

function toModelIssues(input: unknown, error: z.core.$ZodError, schema: typeof Application): ModelIssue[] {
  const out: ModelIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(keyOf);
    if (issue.code === 'unrecognized_keys') {
      const { code, message } = describeZodIssue(issue, true);
      for (const key of issue.keys) out.push(issueAt([...path, key], code, message, schema));
      continue;
    }
    const { code, message } = describeZodIssue(issue, isPresent(input, path), labelAt(schema, path).choices);
    out.push(issueAt(path, code, message, schema));
  }
  return out;
}

function capped(issues: ModelIssue[]): ModelIssue[] {
  if (issues.length <= limits.issues) return issues;
  const rest = issues.length - limits.issues;
  return [
    ...issues.slice(0, limits.issues),
    issueAt([], 'too-many-issues', {
      zh: `另有${rest}个问题未列出，请先修正以上问题`,
      en: `${rest} more issues not listed; mend the ones above first`,
    }),
  ];
}

/**
 * Read `input` as a 申报书. Returns the typed application, or every issue found, each with its JSON
 * path, the template's Chinese label and a message in Chinese and English.
 *
 * Never throws and never mutates `input`, whatever it is (a string, `null`, a huge array, an
 * object with `__proto__` keys or throwing getters). Unknown keys are issues; absent optional facts
 * are not (the checks answer `review` for them).
 *
 * @example
 * const result = parseApplication(JSON.parse(text));
 * if (!result.ok) for (const i of result.issues) console.log(i.where, i.message.zh);
 */
export function parseApplication(input: unknown): ParseResult {
  return parseApplicationWith(Application, input);
}

/**
 * {@link parseApplication} with another notice's schema (see `applicationSchemaFor`): `evaluate`
 * reads an application with its pack's directions and industries.
 */
export function parseApplicationWith(schema: typeof Application, input: unknown): ParseResult {
  return parseWithIssues(schema, input, capped);
}

/**
 * {@link parseApplicationWith}, its issues passed through `keep` (the cap on how many are listed, or
 * none for a reader that needs them all, as a draft's).
 */
export function parseWithIssues(
  schema: typeof Application,
  input: unknown,
  keep: (issues: ModelIssue[]) => ModelIssue[] = (issues) => issues,
): ParseResult {
  try {
    // The schema's compiled reader first (a readable 申报书 is the common case); what it refuses, zod
    // reads again, and zod's issues are the ones reported.
    const read = schemaReader(schema)?.(input);
    if (read !== undefined) return { ok: true, application: read.value as Application, issues: [] };
    // zod reads what JSON would carry (own properties): the same input the reader saw.
    const result = schema.safeParse(ownData(input), { reportInput: true });
    if (result.success) return { ok: true, application: result.data, issues: [] };
    return { ok: false, issues: keep(toModelIssues(input, result.error, schema)) };
  } catch (error) {
    const text = errorText(error, 120);
    return {
      ok: false,
      issues: [
        issueAt([], 'unreadable', { zh: `无法读取申报书：${text}`, en: `cannot read the application: ${text}` }),
      ],
    };
  }
}

export { capped as cappedIssues };
