/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts a sequence that can
 * move the cursor, clear the screen or recolour a verdict; CR returns to the line's start), DEL, the
 * line and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates
 * (an RLO shows what follows backwards).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find.
const hidden = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escaped = (ch: string) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/**
 * A string from an application, a key or a file name as a terminal must show it: every control and
 * bidirectional character written out (`\u001b`, `\u202e`), so that a name can neither draw a verdict
 * of its own nor reorder a line. Anything else is kept as it is.
 *
 * @example
 * visibleText('名称\u001b[2J') //=> '名称\\u001b[2J'
 */
export function visibleText(text: string): string {
  return text.replace(hidden, escaped);
}

/**
 * `value` with every string in it made visible (see {@link visibleText}), objects and arrays copied:
 * what the command line gives its text reports, so that every applicant's word is shown as data.
 *
 * @example
 * visibleStrings({ name: 'a\rb' }) //=> { name: 'a\\rb' }  (written `a\u000db`)
 */
export function visibleStrings<T>(value: T): T {
  if (typeof value === 'string') return visibleText(value) as T;
  if (Array.isArray(value)) return value.map((v) => visibleStrings(v)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [visibleText(k), visibleStrings(v)])) as T;
  }
  return value;
}

/** C1 controls and bidirectional characters, which `JSON.stringify` leaves as they are. */
const hiddenInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A JSON text with the characters a terminal would act on written as `\u` escapes: the same JSON
 * value (they can stand only inside strings), safe to print. `JSON.stringify` already escapes C0.
 *
 * @example
 * visibleJson(JSON.stringify({ name: '\u202eabc' })) //=> '{"name":"\\u202eabc"}'
 */
export function visibleJson(json: string): string {
  return json.replace(hiddenInJson, escaped);
}
