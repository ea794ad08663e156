/** A letter or a digit: what an answer must hold to say anything. */
const content = /[\p{L}\p{N}]/u;
const ignorable = /\p{Default_Ignorable_Code_Point}/gu;
const space = /\s/gu;

/**
 * 已填写 / 已说明 (clauses.md edition 3): a text says something when it holds a letter or a digit
 * (default-ignorable characters not counting), is not one character repeated (「…………」, 「0000」), and
 * is not one of `emptyAnswers` (无, 暂无, 略…: a pack's parameter) once white space and punctuation
 * are left out. Content is still the panel's to judge.
 *
 * @example
 * isDescribed('——') //=> false
 * isDescribed('无', ['无', '暂无']) //=> false
 * isDescribed('质量管理') //=> true
 */
export function isDescribed(text: string, emptyAnswers: readonly string[] = []): boolean {
  if (!content.test(text)) return false;
  const visible = text.replace(ignorable, '').replace(space, '');
  const first = visible.codePointAt(0);
  if (first !== undefined) {
    const one = String.fromCodePoint(first);
    if (visible.length > one.length && visible.split(one).every((s) => s === '')) return false;
  }
  if (emptyAnswers.length === 0) return true;
  const bare = visible.replace(/[\p{P}\p{S}]/gu, '').toUpperCase();
  return !emptyAnswers.some((e) => e.replace(/[\s\p{P}\p{S}]/gu, '').toUpperCase() === bare);
}
