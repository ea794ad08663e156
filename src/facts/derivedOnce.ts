/**
 * What an evaluation derives from its application, derived once for all its checks: the participants
 * counted once, the units by credit code. Only while an evaluation runs, and only for the application
 * it read: the library's own copy, which nobody else holds or changes. Called on any other object (a
 * form's state, which may change between two calls), `derivedOnce` derives anew each time.
 */
const evaluating = new WeakMap<object, Map<unknown, unknown>>();

/** The application of the synchronous evaluation running now, and what it derived: found without a lookup. */
let current: object | undefined;
let currentKnown: Map<unknown, unknown> | undefined;

/**
 * `derive(owner)`, derived once while an evaluation of `owner` runs (see {@link whileEvaluating}),
 * and derived anew on every call otherwise.
 *
 * @example
 * const participants = derivedOnce(application, countedOnce);
 */
export function derivedOnce<K extends object, T>(owner: K, derive: (owner: K) => T): T {
  const known = owner === current ? currentKnown : evaluating.get(owner);
  if (known === undefined) return derive(owner);
  if (known.has(derive)) return known.get(derive) as T;
  const value = derive(owner);
  known.set(derive, value);
  return value;
}

/**
 * `derive(part)` for a part of the application of the synchronous evaluation running now (its list of
 * scenarios), derived once for all its checks; called at any other time, derived anew, so that a
 * caller that changes its list in place between two calls is answered from the list as it is.
 *
 * @example
 * const groups = derivedOnceOf(application.lead.assessment.scenarios, grouped);
 */
export function derivedOnceOf<K extends object, T>(part: K, derive: (part: K) => T): T {
  const known = currentKnown;
  if (known === undefined) return derive(part);
  let parts = known.get(derive) as Map<K, T> | undefined;
  if (parts === undefined) {
    parts = new Map();
    known.set(derive, parts);
  }
  if (parts.has(part)) return parts.get(part) as T;
  const value = derive(part);
  parts.set(part, value);
  return value;
}

/**
 * Run the checks of one evaluation of `application`: what they derive of it with
 * {@link derivedOnce} is derived once, and forgotten when they end.
 *
 * @example
 * const conditions = whileEvaluating(context.application, () => runRules(context));
 */
export function whileEvaluating<T>(application: object, run: () => T): T {
  if (evaluating.has(application)) return run();
  const known = new Map<unknown, unknown>();
  evaluating.set(application, known);
  const outer = current;
  const outerKnown = currentKnown;
  // The evaluation running now, looked up first (a synchronous one runs to its end before another).
  current = application;
  currentKnown = known;
  try {
    return run();
  } finally {
    evaluating.delete(application);
    current = outer;
    currentKnown = outerKnown;
  }
}

/**
 * {@link whileEvaluating} for checks that answer with a promise (json-rules-engine's run).
 *
 * @example
 * const run = await whileEvaluatingAsync(context.application, () => engine.run(facts));
 */
export async function whileEvaluatingAsync<T>(application: object, run: () => Promise<T>): Promise<T> {
  if (evaluating.has(application)) return run();
  evaluating.set(application, new Map());
  try {
    return await run();
  } finally {
    evaluating.delete(application);
  }
}
