import * as z from 'zod/mini';
import type { $ZodArrayDef, $ZodEnumDef, $ZodLiteralDef, $ZodObjectDef, $ZodOptionalDef, $ZodType } from 'zod/v4/core';
import { innerSchema } from './innerSchema.js';
import type { ModelIssue } from './issue.js';
import { ownData } from './ownData.js';
import { cappedIssues, type ParseResult, parseApplicationWith, parseWithIssues } from './parseApplication.js';
import type { Application } from './schema.js';

type Path = readonly (string | number)[];

/** A field the draft leaves out, filled for the schema and then taken out again. */
interface Unfilled {
  readonly path: Path;
  /** Text is left blank (`""`, as a form's empty box sends it); anything else is left out. */
  readonly blank: boolean;
}

const candidates: Record<string, readonly unknown[]> = {
  string: ['', '2000-01-01'],
  number: [0, 1, 1900],
  boolean: [false],
};

/**
 * A value `schema` accepts, for a field a draft has not filled in yet, and the fields inside it that
 * stand for what was not filled in; `undefined` when there is none.
 */
function placeholderFor(schema: $ZodType, path: Path, unfilled: Unfilled[]): { value: unknown } | undefined {
  const def = schema._zod.def;
  if (def.type === 'nullable') {
    // `null` is an answer (未定级): a field left out is not given, so it is taken out again.
    unfilled.push({ path, blank: false });
    return { value: null };
  }
  if (def.type === 'optional') return placeholderFor((def as $ZodOptionalDef).innerType, path, unfilled);
  if (def.type === 'object') {
    const value: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries((def as $ZodObjectDef).shape)) {
      if (inner._zod.def.type === 'optional') continue;
      const found = placeholderFor(inner, [...path, key], unfilled);
      if (found === undefined) return undefined;
      value[key] = found.value;
    }
    return { value };
  }
  // A list left out reads as an empty one, as a form's list with no rows yet sends it.
  if (def.type === 'array') return z.safeParse(schema, []).success ? { value: [] } : undefined;
  const options =
    def.type === 'enum'
      ? Object.values((def as $ZodEnumDef).entries)
      : def.type === 'literal'
        ? (def as $ZodLiteralDef<z.core.util.Literal>).values
        : (candidates[def.type] ?? []);
  const index = options.findIndex((v) => z.safeParse(schema, v).success);
  if (index === -1) return undefined;
  const value = options[index];
  unfilled.push({ path, blank: value === '' });
  return { value };
}

/** The schema at `path` inside `root` (through optional wrappers and array items). */
function schemaAt(root: $ZodType, path: Path): $ZodType | undefined {
  let current: $ZodType | undefined = root;
  for (const key of path) {
    current = current === undefined ? undefined : innerSchema(current);
    const def: z.core.$ZodTypeDef | undefined = current?._zod.def;
    if (def?.type === 'array') current = (def as $ZodArrayDef).element;
    else if (def?.type === 'object') current = (def as $ZodObjectDef).shape[String(key)];
    else return undefined;
  }
  return current;
}

function setAt(target: unknown, path: Path, value: unknown): void {
  let current = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string | number, unknown>;
  current[path.at(-1) as string | number] = value;
}

function deleteAt(target: unknown, path: Path): void {
  let current = target as Record<string | number, unknown> | undefined;
  for (const key of path.slice(0, -1)) current = current?.[key] as Record<string | number, unknown> | undefined;
  if (current !== undefined) delete current[path.at(-1) as string | number];
}

/** A date field given as text that is not a calendar date, read as not given. */
export interface UnreadDate {
  readonly pointer: string;
  readonly path: readonly (string | number)[];
  /** The text as given. */
  readonly text: string;
}

/** How a 申报书 is read: as submitted (`strict`) or as a draft being filled in (`draft`). */
export type ReadMode = 'strict' | 'draft';

/** The value at `path` in `input`, own properties only. */
function valueAt(input: unknown, path: Path): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Whether the schema at a path takes a number or a date: what a form's cleared box sends `null` or `""` for. */
function isNumberOrDate(schema: $ZodType | undefined): boolean {
  let current = schema;
  while (current !== undefined && (current._zod.def.type === 'optional' || current._zod.def.type === 'nullable')) {
    current = (current._zod.def as $ZodOptionalDef).innerType;
  }
  const def = current?._zod.def as { type?: string; format?: string } | undefined;
  return def?.type === 'number' || (def?.type === 'string' && def.format === 'date');
}

/**
 * Whether an issue is one the 申报书 is read past (clauses.md edition 3): a field not there, a date
 * that is not a calendar date, and, in a draft, a cleared number or date box (`null`, `""`). Every
 * other issue (a wrong JSON type, an unknown key) makes it unreadable.
 */
function isReadPast(issue: ModelIssue, mode: ReadMode, input: unknown, schema: typeof Application): boolean {
  if (issue.code === 'required' || issue.code === 'bad-date') return true;
  if (mode !== 'draft' || (issue.code !== 'wrong-type' && issue.code !== 'invalid')) return false;
  const value = valueAt(input, issue.path);
  if (value !== null && value !== '') return false;
  return isNumberOrDate(schemaAt(schema, issue.path));
}

/**
 * Read a 申报书 past what a form leaves out (clauses.md edition 3): a required field that is not there,
 * or a date that is not a calendar date, is not an error; in a `draft`, neither is a cleared number
 * or date box (`null`, `""`). Text left out reads as blank (`""`), a list as empty (`[]`), anything
 * else as not given, so each check that can run runs, and a check that needs what is missing asks for
 * it (`review`, or `form.required-fields`); an unreadable date is listed in `unreadDates` for
 * `form.project-dates` to name. What cannot be read at all (a wrong type, an unknown key) is still an
 * issue at its field; so is a field the evaluation cannot start without (`needed`, e.g. 申报类型).
 *
 * @example
 * parseDraftWith(Application, { ...workshop, lead: { ...workshop.lead, contact: { name: '张三' } } }).ok //=> true
 */
export function parseDraftWith(
  schema: typeof Application,
  raw: unknown,
  needed: readonly string[] = ['direction'],
  mode: ReadMode = 'draft',
): ParseResult {
  // Every issue, uncapped: a draft may leave out more fields than a list of issues would show.
  const all = parseWithIssues(schema, raw);
  if (all.ok) return all;
  // Read as JSON carries it (own properties only), as the reader and zod read it.
  let input: unknown;
  try {
    input = ownData(raw);
  } catch {
    return { ok: false, issues: cappedIssues([...all.issues]) };
  }
  const strict: ParseResult = { ok: false, issues: cappedIssues([...all.issues]) };
  const kept = all.issues.filter(
    (i) => !isReadPast(i, mode, input, schema) || (i.path.length === 1 && needed.includes(String(i.path[0]))),
  );
  if (kept.length > 0) return { ok: false, issues: cappedIssues(kept) };
  // A copy to fill in: `input` is already one, made for this reading.
  const filled = input;
  const unfilled: Unfilled[] = [];
  const unreadDates: UnreadDate[] = [];
  for (const issue of all.issues) {
    const at = schemaAt(schema, issue.path);
    if (issue.code === 'bad-date') {
      const text = valueAt(input, issue.path);
      if (typeof text === 'string' && text !== '') unreadDates.push({ pointer: issue.pointer, path: issue.path, text });
    }
    // A date or number the form sent but cannot be read: as not given (never blank text).
    const found = at === undefined ? undefined : placeholderFor(at, issue.path, unfilled);
    if (found === undefined) return strict;
    if (issue.code !== 'required') {
      const last = unfilled.at(-1);
      if (last !== undefined && last.path === issue.path)
        unfilled[unfilled.length - 1] = { path: last.path, blank: false };
    }
    setAt(filled, issue.path, found.value);
  }
  const parsed = parseApplicationWith(schema, filled);
  if (!parsed.ok) return strict;
  for (const { path, blank } of unfilled) {
    if (blank) setAt(parsed.application, path, '');
    else deleteAt(parsed.application, path);
  }
  return unreadDates.length === 0 ? parsed : { ...parsed, unreadDates };
}
