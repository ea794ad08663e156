/**
 * What a condition is, as a rule writes it and as json-rules-engine gives it back evaluated (`C`: the
 * kind of its children): `all`, `any` or `not` of conditions, or a leaf's fact, path and operator.
 */
export interface ConditionShape<C> {
  readonly all?: readonly C[];
  readonly any?: readonly C[];
  readonly not?: C;
  readonly name?: string;
  readonly fact?: string;
  readonly path?: string;
  readonly operator?: string;
}

interface ConditionLike extends ConditionShape<ConditionLike> {}

/** One condition of a rule, in reading order (pre-order): what it is, never what it gave. */
export interface ShapeNode {
  readonly kind: 'all' | 'any' | 'not' | 'leaf';
  readonly name: string | undefined;
  readonly fact: string | undefined;
  readonly path: string | undefined;
  readonly operator: string | undefined;
  /** Positions of its children (of `not`, the one). */
  readonly children: readonly number[];
  /** One past its last descendant: its subtree is `[position, end)`. */
  readonly end: number;
  /** A leaf under an odd number of `not`: it makes its rule fail by holding. */
  readonly negated: boolean;
}

/**
 * A rule's conditions laid out flat, in reading order (position 0 is the rule's top-level `all` of
 * steps): what is fixed of a rule, worked out once per compiled pack, so that an evaluation writes only
 * what each condition gave, in a {@link RuleFrame}.
 */
export interface RuleShape {
  readonly nodes: readonly ShapeNode[];
}

/**
 * What the conditions of one run gave, by position (a rule's base plus the position in its shape):
 * `result` (`undefined`: not reached), and for a leaf `factResult` and `valueResult`, as
 * json-rules-engine's evaluated conditions hold them.
 */
export interface RuleFrame {
  readonly result: unknown[];
  readonly factResult: unknown[];
  readonly valueResult: unknown[];
}

/** An empty frame for `size` positions: nothing reached yet. */
export function newFrame(size: number): RuleFrame {
  return { result: new Array(size), factResult: new Array(size), valueResult: new Array(size) };
}

/**
 * The flat shape of a rule's conditions (as written, or as evaluated: only the shape is read).
 *
 * @example
 * shapeOf({ all: [{ fact: 'application', path: '$.x', operator: 'equal', value: 1 }] }).nodes.length //=> 2
 */
export function shapeOf(condition: ConditionLike): RuleShape {
  const nodes: ShapeNode[] = [];
  const visit = (c: ConditionLike, negated: boolean): number => {
    const at = nodes.length;
    const children: number[] = [];
    const kind = c.all ? 'all' : c.any ? 'any' : c.not ? 'not' : 'leaf';
    // Reserved now, filled when its subtree is known.
    nodes.push(undefined as unknown as ShapeNode);
    if (kind === 'all' || kind === 'any')
      for (const child of (c.all ?? c.any) as ConditionLike[]) children.push(visit(child, negated));
    else if (kind === 'not') children.push(visit(c.not as ConditionLike, !negated));
    nodes[at] = {
      kind,
      name: c.name,
      fact: kind === 'leaf' ? c.fact : undefined,
      path: kind === 'leaf' ? c.path : undefined,
      operator: kind === 'leaf' ? c.operator : undefined,
      children,
      end: nodes.length,
      negated: kind === 'leaf' && negated,
    };
    return at;
  };
  visit(condition, false);
  return { nodes };
}
