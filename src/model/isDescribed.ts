const content = /[^\s\p{P}\p{S}]/u;

/**
 * 已填写 / 已说明: a text counts as filled in, or as describing something, when it holds at least one
 * character that is not white space, punctuation or a symbol. 「——」, 「/」 and 「 。」 say nothing;
 * 「无」 is an answer.
 *
 * @example
 * isDescribed('——') //=> false
 * isDescribed('无') //=> true
 */
export function isDescribed(text: string): boolean {
  return content.test(text);
}
