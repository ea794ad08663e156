import { BeltAndRoadApplicantType, Direction, Industry, LeadRole, PlatformStatus } from '../model/enums.js';
import { fieldLabel } from '../model/fieldLabel.js';
import type { Message } from '../model/issue.js';
import type { ZodSchema } from '../model/labelAt.js';
import { levelLabels } from '../model/levelLabels.js';
import { messageWritersOf, type TemplateWriters, templateWriterOf } from './templateAsCode.js';

/** A language a message is written in. */
export type Lang = 'zh' | 'en';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–99 in Chinese numerals (3 → 三, 12 → 十二, 20 → 二十). */
function zhNumber(n: number): string {
  if (n < 10) return digits[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}
const labelFilters: Record<string, Readonly<Record<string, string>>> = {
  industry: Industry.labels,
  direction: Direction.labels,
  platformStatus: PlatformStatus.labels,
  applicantType: BeltAndRoadApplicantType.labels,
  leadRole: LeadRole.labels,
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;
}

const has = <K extends string>(value: object, ...keys: K[]): value is Record<K, unknown> =>
  keys.every((k) => Object.hasOwn(value, k));

/**
 * A reference a fact returns, written in one language: a unit (the lead, participant n), an
 * application of a batch, a missing field, a unit shared by two consortia. `undefined` for others.
 */
function reference(value: object, lang: Lang, form?: ZodSchema): string | undefined {
  const zh = lang === 'zh';
  if (has(value, 'role', 'pointer', 'name')) {
    const name = String(value.name).trim();
    const { index } = value as { index?: unknown };
    const n = typeof index === 'number' ? index + 1 : 1;
    if (value.role === 'lead')
      return zh ? `申报（牵头）单位（${name || '名称未填写'}）` : `the lead (${name || 'no name'})`;
    return zh ? `参与单位第${n}项（${name || '名称未填写'}）` : `participant ${n} (${name || 'no name'})`;
  }
  if (has(value, 'type', 'index', 'direction', 'lead') && value.type === 'application') {
    const id = (value as { id?: unknown }).id;
    const n = Number(value.index) + 1;
    const direction = String(value.direction);
    if (zh) {
      const label = Direction.labels[direction as keyof typeof Direction.labels] ?? direction;
      return `申报书${id === undefined ? '' : ` ${String(id)}`}（第${n}份，${label}，牵头单位：${String(value.lead)}）`;
    }
    return `application ${id === undefined ? '' : `${String(id)} `}(no. ${n}, ${direction}, lead: ${String(value.lead)})`;
  }
  // A field as a clerk names it (表二参与单位第3项的“统一社会信用代码”), never its JSON Pointer.
  if (has(value, 'pointer', 'where')) return fieldLabel(String(value.pointer), form)[lang];
  if (has(value, 'name', 'creditCode'))
    return zh ? `${value.name}（${value.creditCode}）` : `${value.name} (${value.creditCode})`;
  return undefined;
}

/**
 * A ratio as a percentage with one decimal, or more where one would make it read as `guard` (the
 * threshold it is compared with) or cross it: 0.5999 against 0.6 is 59.99%, never 60%.
 */
export function percentText(value: number, guard?: unknown): string {
  const side = (x: number) => (typeof guard === 'number' ? Math.sign(x - guard) : 0);
  for (let digits = 1; digits <= 12; digits++) {
    const scale = 10 ** digits;
    const shown = Math.round(value * 100 * scale) / scale;
    if (side(shown / 100) === side(value)) return `${shown}%`;
  }
  return `${value * 100}%`;
}

/** A value written through a placeholder's filter (`level`, `percent`, `industry`…), in one language. */
export function applyFilter(
  value: unknown,
  filter: string | undefined,
  lang: Lang,
  values: MessageValues,
  guard: unknown,
  words: Readonly<Record<string, string>>,
): string {
  switch (filter) {
    case undefined:
    case 'list':
    case 'fields':
      // A field by its label in each language, as a clerk names it (see `reference`).
      return plainValue(value, lang, values);
    case 'level': {
      const known = levelLabels.find((l) => l.value === value);
      return known !== undefined ? known[lang] : plainValue(value, lang, values);
    }
    case 'asGiven':
      // Text exactly as the applicant typed it (a date that is no date is not rewritten as one).
      return typeof value === 'string' ? value : plainValue(value, lang, values);
    case 'zhNumber':
      return lang === 'zh' && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100
        ? zhNumber(value)
        : plainValue(value, lang, values);
    case 'quoted':
      // Passages the applicant wrote, each in quotation marks.
      return Array.isArray(value) && value.length > 0
        ? value
            .map((v) => (lang === 'zh' ? `“${plainValue(v, lang, values)}”` : `"${plainValue(v, lang, values)}"`))
            .join(lang === 'zh' ? '、' : '; ')
        : plainValue(value, lang, values);
    case 'percent':
      return typeof value === 'number' ? percentText(value, guard) : plainValue(value, lang, values);
    default: {
      // A model word in Chinese by its label (新材料); in English by the word itself (new-materials).
      const labels = labelFilters[filter];
      if (labels !== undefined && Array.isArray(value)) {
        return value.map((v) => wordLabel(v, labels, lang, values, words)).join(lang === 'zh' ? '、' : '; ');
      }
      return wordLabel(value, labels, lang, values, words);
    }
  }
}

/** A model word as a filter writes it: in Chinese by the pack's label or the model's, in English as it is. */
function wordLabel(
  value: unknown,
  labels: Readonly<Record<string, string>> | undefined,
  lang: Lang,
  values: MessageValues,
  words: Readonly<Record<string, string>>,
): string {
  const label = typeof value === 'string' && labels !== undefined ? (words[value] ?? labels[value]) : undefined;
  return label === undefined || lang === 'en' ? plainValue(value, lang, values) : label;
}

/** The filters a placeholder may name after `|`: `{actual.level|level}`, `{actual.ratio|percent}`… */
export const messageFilters: readonly string[] = Object.freeze([
  'list',
  'fields',
  'level',
  'asGiven',
  'zhNumber',
  'quoted',
  'percent',
  ...Object.keys(labelFilters),
]);

/** Values a message may name: `{actual.score}`, `{required.level|level}`, `{param.workshop.minScore}`… */
export interface MessageValues {
  readonly actual: Readonly<Record<string, unknown>>;
  readonly required: Readonly<Record<string, unknown>>;
  readonly gap: Readonly<Record<string, unknown>>;
  readonly details: Readonly<Record<string, unknown>>;
  readonly subject: Readonly<Record<string, unknown>>;
  /** Parameters in effect, by their full name. */
  readonly param: Readonly<Record<string, unknown>>;
  /**
   * The check's phrases (`messages.phrases`): how an item a fact returns is written, by its `reason`
   * (or a plain word, e.g. an empowerment path): `{ "stale": { "zh": "{item.unit}：…", "en": … } }`.
   */
  readonly phrases?: Readonly<Record<string, Message>>;
  /** Inside a phrase: the item it writes. */
  readonly item?: Readonly<Record<string, unknown>>;
  /** The pack's own Chinese labels of words (a city's sixth industry), before the model's. */
  readonly words?: Readonly<Record<string, string>>;
  /** The schema of a pack with a form of its own: fields are named by its labels, not 昌吉's 表一/表二. */
  readonly form?: ZodSchema;
}

/**
 * A template read once: literal text, placeholders (`{actual.score}`, `{required.level|level}`) and
 * conditional segments (`{?details.repeats}…{/}` shown when the value is there, `{!…}…{/}` when not).
 */
export interface Reference {
  readonly root: string;
  readonly key: string;
}
export type Part =
  | string
  | {
      readonly ref: Reference;
      readonly filter: string | undefined;
      /** For `actual.x`: `required.x`, so that a percentage is never rounded into its threshold. */
      readonly guard: Reference | undefined;
      readonly body?: undefined;
      readonly shown?: undefined;
    }
  | { readonly ref: Reference; readonly shown: boolean; readonly body: readonly Part[]; readonly filter?: undefined };

/** `actual.score` → root `actual`, key `score`. */
function referenceOf(text: string): Reference {
  const dot = text.indexOf('.');
  return dot < 0 ? { root: text, key: '' } : { root: text.slice(0, dot), key: text.slice(dot + 1) };
}

const conditional = /\{([?!])([A-Za-z]+(?:\.[A-Za-z0-9_.-]+)?)\}([\s\S]*?)\{\/\}/g;
const placeholder = /\{([A-Za-z]+(?:\.[A-Za-z0-9_.-]+)?)(?:\|([A-Za-z]+))?\}/g;

function placeholdersOf(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(placeholder)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const ref = referenceOf(m[1] as string);
    parts.push({ ref, filter: m[2], guard: ref.root === 'actual' ? { root: 'required', key: ref.key } : undefined });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

const templates = new Map<string, readonly Part[]>();

/** A template's parts, read once per text (a pack has a few hundred). */
function partsOf(text: string): readonly Part[] {
  const cached = templates.get(text);
  if (cached !== undefined) return cached;
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(conditional)) {
    parts.push(...placeholdersOf(text.slice(last, m.index)));
    parts.push({ ref: referenceOf(m[2] as string), shown: m[1] === '?', body: placeholdersOf(m[3] as string) });
    last = m.index + m[0].length;
  }
  parts.push(...placeholdersOf(text.slice(last)));
  if (templates.size < 10_000) templates.set(text, parts);
  return parts;
}

/** One value a template names: a placeholder, or the test of a conditional segment (`{?details.repeats}`). */
export interface TemplateReference {
  readonly root: string;
  readonly key: string;
  readonly filter?: string;
}

/**
 * The values a message template names, placeholders and conditionals alike, in order: what a pack's
 * loader checks against what the check provides.
 *
 * @example
 * templateReferences('当前{actual.score}分{?details.repeats}（重复）{/}')
 * //=> [{ root: 'actual', key: 'score' }, { root: 'details', key: 'repeats' }]
 */
export function templateReferences(text: string): TemplateReference[] {
  const out: TemplateReference[] = [];
  const walk = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (typeof part === 'string') continue;
      out.push(part.filter === undefined ? part.ref : { ...part.ref, filter: part.filter });
      if (part.body !== undefined) walk(part.body);
    }
  };
  walk(partsOf(text));
  return out;
}

/** Whether a conditional segment shows: the value is there and not empty, zero or false. */
function present(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/**
 * Fill a pack message's `{placeholders}`, in Chinese and in English. A placeholder is a root
 * (`actual`, `required`, `gap`, `details`, `subject`, `param`), a name, and optionally a filter:
 * `level` (2 → 二级), `percent` (0.6 → 60%), `list`, `fields`, `industry`, `direction`,
 * `platformStatus`, `applicantType`, `leadRole`, `zhNumber` (3 → 三 in Chinese), `quoted` (each item in
 * quotation marks), `asGiven` (text as typed). A `YYYY-MM-DD` date is written 2025年4月15日 in Chinese. Numbers are shown as
 * given; a percentage of `actual.x` keeps as many decimals as it takes not to read as `required.x`.
 * `{?ref}…{/}` shows its text only when the value is there and not empty; `{!ref}…{/}` only when not.
 *
 * @example
 * formatMessage({ zh: '当前{actual.level|level}', en: 'now {actual.level|level}' }, values)
 * //=> { zh: '当前二级', en: 'now level 2' }
 */
export function formatMessage(template: Message, values: MessageValues): Message {
  const asCode = messageWritersOf(template, partsOf, writers);
  if (asCode !== undefined) return { zh: asCode.zh(values), en: asCode.en(values) };
  // No code here (or past its bound): the pieces, without asking again.
  return { zh: fillByPieces(template.zh, 'zh', values), en: fillByPieces(template.en, 'en', values) };
}

const noPhrases: Readonly<Record<string, Message>> = Object.freeze({});
const noWords: Readonly<Record<string, string>> = Object.freeze({});

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as a clerk writes it in Chinese: 2025-04-15 → 2025年4月15日; any other text as it is. */
export function dateInChinese(text: string): string {
  // Most text is no date: told by its length and first dash before the pattern runs.
  if (text.length !== 10 || text.charCodeAt(4) !== 45) return text;
  const m = isoDate.exec(text);
  return m === null ? text : `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const noItem: Readonly<Record<string, unknown>> = Object.freeze({});

/** The values with the item a phrase writes: every key written out (a spread of them costs more, phrase by phrase). */
export function withItem(values: MessageValues, item: Readonly<Record<string, unknown>>): MessageValues {
  const { actual, required, gap, details, subject, param, phrases, words, form } = values;
  return { actual, required, gap, details, subject, param, phrases, item, words, form };
}

/** A value as a message writes it, in one language: a number as given, a list joined, a phrase filled. */
function plainValue(value: unknown, lang: Lang, values: MessageValues): string {
  if (value === undefined || value === null) return lang === 'zh' ? '（无）' : '(none)';
  // As given: 79.996 is never shown as 80, which would read as a threshold of 80.
  if (typeof value === 'number') return String(value);
  if (isMessage(value)) return value[lang];
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  const phrases = values.phrases ?? noPhrases;
  if (Array.isArray(value)) {
    if (value.length === 0) return lang === 'zh' ? '无' : 'none';
    let out = '';
    for (let i = 0; i < value.length; i++)
      out += (i === 0 ? '' : lang === 'zh' ? '、' : '; ') + plainValue(value[i], lang, values);
    return out;
  }
  if (typeof value === 'string') {
    // Looked up only where there are phrases: the lookup hashes the applicant's text.
    const phrase = phrases !== noPhrases && Object.hasOwn(phrases, value) ? phrases[value] : undefined;
    if (phrase !== undefined) return fill(phrase[lang], lang, withItem(values, noItem));
    return lang === 'zh' ? dateInChinese(value) : value;
  }
  if (typeof value === 'object') {
    const reason = (value as { reason?: unknown }).reason;
    const phrase = typeof reason === 'string' && Object.hasOwn(phrases, reason) ? phrases[reason] : undefined;
    if (phrase !== undefined) return fill(phrase[lang], lang, withItem(values, value as Record<string, unknown>));
    return reference(value, lang, values.form) ?? (lang === 'zh' ? '（无）' : '(none)');
  }
  return String(value);
}

/** A part of a template made ready to write: its text, or what writes it from the values. */
type Piece = string | ((values: MessageValues, lang: Lang) => string);

/** `table[key]` when `table` has it as its own. */
const ownValue = (table: Readonly<Record<string, unknown>> | undefined, key: string): unknown =>
  table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * How a template's reference is looked up in the values (`phrases` never: they write items). The
 * roots an evaluation fills are each read by a function of its own, by name: one load, where a read
 * by a computed name looks the root up in the values every time.
 */
function lookupOf({ root, key }: Reference): (values: MessageValues) => unknown {
  switch (root) {
    case 'phrases':
      return () => undefined;
    case 'actual':
      return (values) => (Object.hasOwn(values, 'actual') ? ownValue(values.actual, key) : undefined);
    case 'required':
      return (values) => (Object.hasOwn(values, 'required') ? ownValue(values.required, key) : undefined);
    case 'gap':
      return (values) => (Object.hasOwn(values, 'gap') ? ownValue(values.gap, key) : undefined);
    case 'details':
      return (values) => (Object.hasOwn(values, 'details') ? ownValue(values.details, key) : undefined);
    case 'subject':
      return (values) => (Object.hasOwn(values, 'subject') ? ownValue(values.subject, key) : undefined);
    case 'param':
      return (values) => (Object.hasOwn(values, 'param') ? ownValue(values.param, key) : undefined);
    case 'item':
      return (values) => (Object.hasOwn(values, 'item') ? ownValue(values.item, key) : undefined);
    default:
      return (values) =>
        Object.hasOwn(values, root)
          ? ownValue(values[root as keyof MessageValues] as Readonly<Record<string, unknown>> | undefined, key)
          : undefined;
  }
}

function pieceOf(part: Part): Piece {
  if (typeof part === 'string') return part;
  const value = lookupOf(part.ref);
  if (part.body !== undefined) {
    const body = part.body.map(pieceOf);
    const { shown } = part;
    return (values, lang) => (present(value(values)) === shown ? write(body, lang, values) : '');
  }
  const { filter } = part;
  if (filter === undefined || filter === 'list' || filter === 'fields') {
    return (values, lang) => plainValue(value(values), lang, values);
  }
  // Only a percentage reads its guard (see `percentText`).
  if (filter === 'percent' && part.guard !== undefined) {
    const guard = lookupOf(part.guard);
    return (values, lang) => applyFilter(value(values), filter, lang, values, guard(values), values.words ?? noWords);
  }
  return (values, lang) => applyFilter(value(values), filter, lang, values, undefined, values.words ?? noWords);
}

const pieces = new Map<string, readonly Piece[]>();

/** A template's pieces, made once per text (a pack has a few hundred). */
function piecesOf(text: string): readonly Piece[] {
  let found = pieces.get(text);
  if (found === undefined) {
    found = partsOf(text).map(pieceOf);
    if (pieces.size < 10_000) pieces.set(text, found);
  }
  return found;
}

function write(parts: readonly Piece[], lang: Lang, values: MessageValues): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Piece;
    out += typeof part === 'string' ? part : part(values, lang);
  }
  return out;
}

function fill(text: string, lang: Lang, values: MessageValues): string {
  // Where code may be generated, each template is written by a function of its own (see `templateAsCode`).
  const asCode = templateWriterOf(text, lang, partsOf, writers);
  return asCode !== undefined ? asCode(values) : fillByPieces(text, lang, values);
}

/**
 * A template filled in one language by its pieces, as where no code may be generated (a page's CSP,
 * the browser build, `jitless`): what its code (see `templateAsCode`) must write too.
 *
 * @example
 * fillByPieces('得分{actual.score}分', 'zh', values) //=> '得分58分'
 */
export function fillByPieces(text: string, lang: Lang, values: MessageValues): string {
  const parts = piecesOf(text);
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : write(parts, lang, values);
}

/** What a template's code calls: the same functions its pieces call. */
const writers: TemplateWriters = { plainValue, applyFilter, present, dateInChinese, noWords };
