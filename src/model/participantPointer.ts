/** The pointers of the first participants, written once: every evaluation names each of its units. */
const written: string[] = [];
/** Pointers kept for the first participants only: a consortium of thousands would otherwise pin them all. */
const keptRows = 1024;

/**
 * The JSON Pointer of participant `index` (表二, 0-based), the same string on every call for the
 * first ones.
 *
 * @example
 * participantPointer(2) //=> '/participants/2'
 */
export function participantPointer(index: number): string {
  if (index >= keptRows || !Number.isInteger(index) || index < 0) return `/participants/${index}`;
  let pointer = written[index];
  if (pointer === undefined) {
    pointer = `/participants/${index}`;
    written[index] = pointer;
  }
  return pointer;
}
