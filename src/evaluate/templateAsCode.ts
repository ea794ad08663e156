import { codeAllowed } from '../model/codeAllowed.js';
import type { Message } from '../model/issue.js';
import type { applyFilter, Lang, MessageValues, Part, Reference } from './formatMessage.js';

/** A template written as code, in one language: the message's text from the values. */
export type TemplateWriter = (values: MessageValues) => string;

/** What a template's code calls: `formatMessage`'s own functions, so both ways write the same text. */
export interface TemplateWriters {
  readonly plainValue: (value: unknown, lang: Lang, values: MessageValues) => string;
  readonly applyFilter: typeof applyFilter;
  readonly present: (value: unknown) => boolean;
  readonly dateInChinese: (text: string) => string;
  readonly noWords: Readonly<Record<string, string>>;
}

/** A reference's value as the pieces look it up: the root's own key, `undefined` for `phrases`. */
function lookup({ root, key }: Reference): string {
  if (root === 'phrases') return 'undefined';
  const r = JSON.stringify(root);
  const k = JSON.stringify(key);
  return `(hasOwn(values, ${r}) && (t = values[${r}]) !== undefined && t !== null && hasOwn(t, ${k}) ? t[${k}] : undefined)`;
}

/**
 * A message template's parts (see `formatMessage`) written as one function for one language, where
 * code may be generated (the caller asks): each value read by its name and written by the functions
 * the pieces call, with a string or a number, the common case, written in place. V8 then keeps what
 * each template reads apart from every other template's, where the pieces, shared by every template,
 * see every record. The pack's text goes into the code only as JSON string literals.
 *
 * @example
 * templateAsCode(partsOf('得分{actual.score}分'), 'zh', writers)(values) //=> '得分58分'
 */
export function templateAsCode(parts: readonly Part[], lang: Lang, writers: TemplateWriters): TemplateWriter {
  const language = JSON.stringify(lang);
  const expression = (part: Part): string => {
    if (typeof part === 'string') return JSON.stringify(part);
    if (part.body !== undefined) {
      const body = part.body.length === 0 ? '""' : part.body.map(expression).join(' + ');
      return `(present(${lookup(part.ref)}) === ${part.shown === true} ? ${body} : "")`;
    }
    const { filter } = part;
    if (filter === undefined || filter === 'list' || filter === 'fields') {
      // What `plainValue` writes for a string (where there are no phrases to look it up in) and a number.
      const text = lang === 'zh' ? 'dateInChinese(v)' : 'v';
      return `((v = ${lookup(part.ref)}), typeof v === "string" && values.phrases === undefined ? ${text} : typeof v === "number" ? String(v) : plainValue(v, ${language}, values))`;
    }
    // Only a percentage reads its guard (see `percentText`).
    const guard = filter === 'percent' && part.guard !== undefined ? lookup(part.guard) : 'undefined';
    return `applyFilter(${lookup(part.ref)}, ${JSON.stringify(filter)}, ${language}, values, ${guard}, values.words ?? noWords)`;
  };
  const text = parts.length === 0 ? '""' : `"" + ${parts.map(expression).join(' + ')}`;
  const { plainValue, applyFilter, present, dateInChinese, noWords } = writers;
  const write = new Function(
    'plainValue',
    'applyFilter',
    'present',
    'dateInChinese',
    'noWords',
    'hasOwn',
    `'use strict'; return function (values) { let t, v; return ${text}; };`,
  );
  return write(plainValue, applyFilter, present, dateInChinese, noWords, Object.hasOwn) as TemplateWriter;
}

const written = { zh: new Map<string, TemplateWriter>(), en: new Map<string, TemplateWriter>() };

/**
 * A template's writer in one language, written at its first use where code may be generated (a
 * template is written once per text, up to ten thousand texts); `undefined` where it may not, and
 * past that bound: then the pieces write it.
 *
 * @example
 * templateWriterOf('得分{actual.score}分', 'zh', partsOf, writers)?.(values) //=> '得分58分'
 */
export function templateWriterOf(
  text: string,
  lang: Lang,
  partsOf: (text: string) => readonly Part[],
  writers: TemplateWriters,
): TemplateWriter | undefined {
  const byText = written[lang];
  let writer = byText.get(text);
  if (writer === undefined && byText.size < 10_000 && codeAllowed()) {
    writer = templateAsCode(partsOf(text), lang, writers);
    byText.set(text, writer);
  }
  return writer;
}

const bothWritten = new WeakMap<Message, { readonly zh: TemplateWriter; readonly en: TemplateWriter }>();

/**
 * A message's writers in both languages (see {@link templateWriterOf}), found by the message itself:
 * one lookup of an object where two would hash each text. `undefined` where no code may be generated.
 *
 * @example
 * messageWritersOf(check.messages.pass, partsOf, writers)?.zh(values) //=> '得分58分'
 */
export function messageWritersOf(
  message: Message,
  partsOf: (text: string) => readonly Part[],
  writers: TemplateWriters,
): { readonly zh: TemplateWriter; readonly en: TemplateWriter } | undefined {
  let both = bothWritten.get(message);
  if (both === undefined) {
    const zh = templateWriterOf(message.zh, 'zh', partsOf, writers);
    const en = templateWriterOf(message.en, 'en', partsOf, writers);
    if (zh === undefined || en === undefined) return undefined;
    both = { zh, en };
    bothWritten.set(message, both);
  }
  return both;
}
