import { messageFilters, templateReferences } from '../evaluate/formatMessage.js';
import type { Message } from '../model/issue.js';
import type { PackMessages } from './schema.js';

/** What a check provides its messages: its named `pass` leaves, its `details`, the pack's parameters. */
export interface MessageSources {
  /** Names of the `pass` leaves (`actual.x`, `required.x`, `gap.x`). */
  readonly passNames: ReadonlySet<string>;
  /** Names of the check's `details`. */
  readonly details: ReadonlySet<string>;
  /** The pack's parameters (`param.workshop.minScore`). */
  readonly parameters: ReadonlySet<string>;
}

/** A message that names what its check does not provide: where (under `messages`) and what, in zh and en. */
export interface MessageProblem {
  readonly where: string[];
  readonly zh: string;
  readonly en: string;
}

/** What a subject carries (`subject.name`, `subject.creditCode`…). */
const subjectKeys = new Set(['type', 'id', 'name', 'pointer', 'role', 'index', 'creditCode']);

/** The closest of `known` to `name`, when it is a likely typo (one or two letters off). */
function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/** The names a root provides, or `undefined` for a root that takes any key (`item`, inside a phrase). */
function namesOf(root: string, sources: MessageSources, inPhrase: boolean): ReadonlySet<string> | undefined | null {
  if (root === 'actual' || root === 'required' || root === 'gap') return sources.passNames;
  if (root === 'details') return sources.details;
  if (root === 'subject') return subjectKeys;
  if (root === 'param') return sources.parameters;
  if (root === 'item' && inPhrase) return undefined;
  return null;
}

/**
 * Every placeholder, filter and conditional of a check's messages that names something the check does
 * not provide: a misspelt `{actual.scor}` or `|precent` would otherwise load and show 「（无）」 to a clerk.
 * Each problem says where, what, and the fix (the likely name, or the names there are).
 *
 * @example
 * messageProblems({ pass: { zh: '当前{actual.scor}分', en: '…' }, fail: … }, sources)[0].zh
 * //=> '“{actual.scor}”：检查没有名为“scor”的通过条件，是否应为“score”？'
 */
export function messageProblems(messages: PackMessages, sources: MessageSources): MessageProblem[] {
  const problems: MessageProblem[] = [];
  const templates: [string[], Message, boolean][] = [];
  for (const kind of ['pass', 'fail', 'review', 'notApplicable'] as const) {
    const message = messages[kind];
    if (message !== undefined) templates.push([[kind], message, false]);
  }
  for (const group of ['failBy', 'reviewBy', 'phrases'] as const) {
    for (const [name, message] of Object.entries(messages[group] ?? {})) {
      templates.push([[group, name], message, group === 'phrases']);
    }
  }
  const roots = 'actual, required, gap, details, subject, param';
  for (const [where, message, inPhrase] of templates) {
    for (const lang of ['zh', 'en'] as const) {
      for (const ref of templateReferences(message[lang])) {
        const text = `{${ref.root}${ref.key ? `.${ref.key}` : ''}${ref.filter ? `|${ref.filter}` : ''}}`;
        const at = [...where, lang];
        if (ref.filter !== undefined && !messageFilters.includes(ref.filter)) {
          const likely = closest(ref.filter, messageFilters);
          problems.push({
            where: at,
            zh: `“${text}”：没有名为“${ref.filter}”的过滤器${likely ? `，是否应为“${likely}”？` : `，可用的有 ${messageFilters.join('、')}`}`,
            en: `"${text}": there is no filter "${ref.filter}"${likely ? `; did you mean "${likely}"?` : `; the filters are ${messageFilters.join(', ')}`}`,
          });
        }
        const names = namesOf(ref.root, sources, inPhrase);
        if (names === undefined) continue;
        if (names === null) {
          problems.push({
            where: at,
            zh: `“${text}”：“${ref.root}”不是消息可引用的值（可用：${roots}${inPhrase ? '、item' : ''}）`,
            en: `"${text}": "${ref.root}" is not a value a message may name (${roots}${inPhrase ? ', item' : ''})`,
          });
          continue;
        }
        if (names.has(ref.key)) continue;
        const likely = closest(ref.key, names);
        const what =
          ref.root === 'details'
            ? { zh: `检查的 details 中没有“${ref.key}”`, en: `the check's details have no "${ref.key}"` }
            : ref.root === 'param'
              ? { zh: `规则包没有参数“${ref.key}”`, en: `the pack has no parameter "${ref.key}"` }
              : ref.root === 'subject'
                ? { zh: `检查对象没有“${ref.key}”`, en: `the subject has no "${ref.key}"` }
                : {
                    zh: `检查没有名为“${ref.key}”的通过条件`,
                    en: `no pass condition of the check is named "${ref.key}"`,
                  };
        const fix = likely
          ? { zh: `，是否应为“${likely}”？`, en: `; did you mean "${likely}"?` }
          : {
              zh: `（可用：${[...names].join('、') || '无'}）`,
              en: ` (there are: ${[...names].join(', ') || 'none'})`,
            };
        problems.push({
          where: at,
          zh: `“${text}”：${what.zh}${fix.zh}`,
          en: `"${text}": ${what.en}${fix.en}`,
        });
      }
    }
  }
  return problems;
}
