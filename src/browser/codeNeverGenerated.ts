/**
 * `codeAllowed` in the browser build: never. A page's Content Security Policy usually forbids `eval`,
 * and even a probe caught in a `try` is reported to the portal as a violation, so a page's reader
 * runs as closures, with no probe (the Node build writes its objects as code; both read the same).
 *
 * @example
 * codeAllowed() //=> false
 */
export function codeAllowed(): boolean {
  return false;
}
