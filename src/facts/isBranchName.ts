import { normalizeKey } from '../model/normalizeKey.js';
import { rememberedFor } from '../model/rememberedFor.js';

/**
 * 分支机构: whether a unit's name ends in one of `suffixes` (分公司, 分厂, 分店, 办事处: a pack
 * parameter), which no legal person's name does (clauses.md edition 3), white space and invisible
 * characters aside.
 *
 * @example
 * isBranchName('昌吉某某有限公司呼图壁分公司', ['分公司']) //=> true
 */
export function isBranchName(name: string, suffixes: readonly string[]): boolean {
  const key = normalizeKey(name);
  return normalizedSuffixes(suffixes).some((s) => key.endsWith(s));
}

const normalizedLists = new WeakMap<readonly string[], readonly string[]>();

/** The suffixes as compared (`normalizeKey`), the empty one left out: made once per frozen list. */
function normalizedSuffixes(suffixes: readonly string[]): readonly string[] {
  return rememberedFor(normalizedLists, suffixes, (list) => list.filter((s) => s !== '').map(normalizeKey));
}
