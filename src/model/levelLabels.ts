/**
 * 评测等级 as the template writes them: `null` is 未定级, 1–4 are 一级…四级. What a form shows for a
 * level (the JSON Schema's choices) and what a message writes.
 *
 * @example
 * levelLabels.find((l) => l.value === 2)?.zh //=> '二级'
 */
export const levelLabels: readonly { readonly value: number | null; readonly zh: string; readonly en: string }[] =
  Object.freeze([
    Object.freeze({ value: null, zh: '未定级', en: 'ungraded' }),
    Object.freeze({ value: 1, zh: '一级', en: 'level 1' }),
    Object.freeze({ value: 2, zh: '二级', en: 'level 2' }),
    Object.freeze({ value: 3, zh: '三级', en: 'level 3' }),
    Object.freeze({ value: 4, zh: '四级', en: 'level 4' }),
  ]);
