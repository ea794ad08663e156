import { toPointer } from '../model/paths.js';
import { maxListItems } from './parameterProblem.js';
import type { RulePackIssue } from './RulePackError.js';

/** The deepest a pack file may nest (a condition inside `all` inside `any`…): far above any real one. */
export const maxPackDepth = 100;

/**
 * Names an object's own key must never be in a pack: they are JavaScript's (`__proto__` would set an
 * object's prototype where one engine copies a key, `constructor` or `toString` would be found on any
 * object), so a pack using one as a parameter, fact, condition or word is refused by name.
 */
const reserved = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * What a pack file's shape alone rules out, found before anything else reads it: nesting deeper than
 * {@link maxPackDepth} (a `RulePackError`, not a stack overflow), a list longer than `maxListItems`
 * (10,000), and keys that are names of JavaScript's objects (`__proto__`, `constructor`, `toString`).
 * Walked with a stack of its own.
 *
 * @example
 * packShapeProblems({ parameters: { constructor: {} } }, 'p.json')[0].pointer //=> '/parameters/constructor'
 */
export function packShapeProblems(content: unknown, file: string): RulePackIssue[] {
  const issues: RulePackIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: content, path: [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > maxPackDepth) {
      issues.push({
        file,
        pointer: toPointer(path.slice(0, maxPackDepth)),
        message: {
          zh: `嵌套超过${maxPackDepth}层：规则包文件不应如此之深`,
          en: `nested deeper than ${maxPackDepth} levels: no pack file needs to be`,
        },
      });
      continue;
    }
    if (Array.isArray(value) && value.length > maxListItems) {
      // A list no notice needs (a million region codes): refused before anything reads its items.
      issues.push({
        file,
        pointer: toPointer(path),
        message: {
          zh: `列表有${value.length}项，超过上限${maxListItems}项`,
          en: `the list has ${value.length} items, above the limit of ${maxListItems}`,
        },
      });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
    for (const [key, inner] of entries) {
      if (typeof key === 'string' && reserved.has(key)) {
        issues.push({
          file,
          pointer: toPointer([...path, key]),
          message: {
            zh: `“${key}”是 JavaScript 对象的保留名称，不能用作名称：请改名`,
            en: `"${key}" is a name of JavaScript's objects and cannot be used as a name: rename it`,
          },
        });
        continue;
      }
      if (typeof inner === 'object' && inner !== null) stack.push({ value: inner, path: [...path, key] });
    }
  }
  return issues;
}
