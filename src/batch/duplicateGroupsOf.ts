import type { DuplicatePair, PairMember } from './findDuplicateConsortia.js';

/**
 * A family of consortia alike in units and content (each alike to another of the family): one
 * application filed many times, reported once (clauses.md edition 3).
 */
export interface DuplicateGroup {
  /** Its applications, in the order of the batch. */
  readonly members: readonly PairMember[];
  /** How many pairs of it were found alike (every pair of n copies: n(n − 1)/2). */
  readonly pairCount: number;
  /** The least and the greatest unit similarity among its pairs. */
  readonly unitSimilarity: { readonly min: number; readonly max: number };
  /** The least and the greatest content similarity among its pairs. */
  readonly contentSimilarity: { readonly min: number; readonly max: number };
  /** The evidence of its first pair: the units both name and the longest passages both share. */
  readonly example: DuplicatePair;
}

/**
 * 重复申报的组: the pairs of `findDuplicateConsortia` joined into families, each application in one
 * (the pairs' connected components), the family of the earliest application first.
 *
 * @example
 * duplicateGroupsOf(findDuplicateConsortia(copies)) //=> [{ members: [every copy], pairCount: n(n − 1)/2, … }]
 */
export function duplicateGroupsOf(pairs: readonly DuplicatePair[]): DuplicateGroup[] {
  const parent = new Map<number, number>();
  const rootOf = (i: number): number => {
    let r = i;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) as number;
    let k = i;
    while (k !== r) {
      const next = parent.get(k) as number;
      parent.set(k, r);
      k = next;
    }
    return r;
  };
  const members = new Map<number, PairMember>();
  for (const p of pairs) {
    members.set(p.a.index, p.a);
    members.set(p.b.index, p.b);
    if (!parent.has(p.a.index)) parent.set(p.a.index, p.a.index);
    if (!parent.has(p.b.index)) parent.set(p.b.index, p.b.index);
    const [ra, rb] = [rootOf(p.a.index), rootOf(p.b.index)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const groups = new Map<number, { members: PairMember[]; pairs: DuplicatePair[] }>();
  for (const index of [...members.keys()].sort((x, y) => x - y)) {
    const root = rootOf(index);
    let group = groups.get(root);
    if (group === undefined) {
      group = { members: [], pairs: [] };
      groups.set(root, group);
    }
    group.members.push(members.get(index) as PairMember);
  }
  for (const p of pairs) groups.get(rootOf(p.a.index))?.pairs.push(p);
  return [...groups.values()].map(({ members: list, pairs: own }) => {
    const range = (of: (p: DuplicatePair) => number) => {
      let min = 1;
      let max = 0;
      for (const p of own) {
        min = Math.min(min, of(p));
        max = Math.max(max, of(p));
      }
      return { min, max };
    };
    return {
      members: list,
      pairCount: own.length,
      unitSimilarity: range((p) => p.unitSimilarity),
      contentSimilarity: range((p) => p.contentSimilarity),
      example: own[0] as DuplicatePair,
    };
  });
}
