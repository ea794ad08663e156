/**
 * Whether `source` is read with `for await` (a database cursor, an async generator), not as a list.
 *
 * @example
 * isAsyncIterable(db.applications.find()) //=> true
 * isAsyncIterable([application]) //=> false
 */
export function isAsyncIterable(source: unknown): source is AsyncIterable<unknown> {
  return typeof source === 'object' && source !== null && Symbol.asyncIterator in source;
}

/**
 * Whether `source` can be read as inputs: a list, an iterator or an async iterable.
 *
 * @example
 * isInputSource([application]) //=> true
 * isInputSource(42) //=> false
 */
export function isInputSource(source: unknown): source is Iterable<unknown> | AsyncIterable<unknown> {
  return (
    source !== null &&
    (typeof source === 'object' || typeof source === 'function') &&
    (Symbol.iterator in source || Symbol.asyncIterator in source)
  );
}

/**
 * Hand each input of a list, an iterator or an async iterable to `visit`, in order, each visit
 * awaited, until one returns `false`. An input of a list or an iterator is taken as it is: none is
 * awaited, so a value with a `then` is an input like any other (`for await` would wait on it).
 *
 * @example
 * await eachInput(cursor, (input) => void list.push(input));
 */
export async function eachInput(
  source: Iterable<unknown> | AsyncIterable<unknown>,
  visit: (input: unknown) => unknown,
): Promise<void> {
  if (isAsyncIterable(source)) {
    for await (const input of source) if ((await visit(input)) === false) return;
  } else {
    for (const input of source) if ((await visit(input)) === false) return;
  }
}

/**
 * `source` with `f` applied to each input as it is read (a list, an iterator or an async iterable),
 * lazily: nothing is read before it is asked for, and what is read is not kept.
 *
 * @example
 * mapInputs(cursor, (input) => readApplication(input, options)) // an async iterable of read applications
 */
export function mapInputs<T>(
  source: Iterable<unknown> | AsyncIterable<unknown>,
  f: (input: unknown) => T,
): Iterable<T> | AsyncIterable<T> {
  if (isAsyncIterable(source)) {
    return (async function* () {
      for await (const input of source) yield f(input);
    })();
  }
  return (function* () {
    for (const input of source) yield f(input);
  })();
}
