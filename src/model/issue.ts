import type { PathLabel } from './labelAt.js';

/** What kind of problem the schema found. */
export type ModelIssueCode =
  | 'required'
  | 'wrong-type'
  | 'unknown-key'
  | 'not-allowed-value'
  | 'bad-date'
  | 'too-small'
  | 'too-big'
  | 'unreadable'
  | 'too-many-issues'
  | 'invalid';

/** A message for people: Chinese first, English second. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/**
 * One reason why the input cannot be read as a 申报书. It says where (JSON path, JSON Pointer and the
 * template's Chinese label), what was found and what was expected.
 */
export interface ModelIssue extends PathLabel {
  readonly code: ModelIssueCode;
  /** The path as keys and indexes, e.g. `['participants', 2, 'creditCode']`. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `/participants/2/creditCode`. */
  readonly pointer: string;
  readonly message: Message;
}
