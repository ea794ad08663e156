/**
 * Where a text stops being JSON: the offset of the first character that cannot continue it (the
 * length of the text when it ends too soon), or `undefined` when it is valid JSON. Node's own
 * messages give no position for many errors, and a person needs the line and column. Read with a
 * stack of its own, not by recursion, so that text nested 100,000 deep is placed as well as any.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const closers: string[] = [];
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  /** A string from its opening quote; false where it breaks (i is there). */
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch < ' ') return false;
      if (ch === '\\') {
        i++;
        const esc = text.charAt(i);
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text.charAt(i + k))) {
              i += k;
              return false;
            }
          }
          i += 5;
          continue;
        }
        if (esc === '' || !'"\\/bfnrt'.includes(esc)) return false;
      }
      i++;
    }
    return false;
  };
  const literal = (word: string): boolean => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) return false;
      i++;
    }
    return true;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null || match[0] === '' || match[0] === '-') return false;
    i += match[0].length;
    return true;
  };
  /** A member's name and colon, at an object's start or after a comma. */
  const memberName = (): boolean => {
    space();
    if (text.charAt(i) !== '"' || !string()) return false;
    space();
    if (text.charAt(i) !== ':') return false;
    i++;
    return true;
  };
  // Each turn reads one value: a scalar, or an opening bracket (its items come in later turns).
  for (;;) {
    space();
    const ch = text.charAt(i);
    let done = true;
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      space();
      if (text.charAt(i) === close) i++;
      else {
        closers.push(close);
        if (close === '}' && !memberName()) return i;
        done = false;
      }
    } else if (ch === '"') {
      if (!string()) return i;
    } else if (ch === 't' || ch === 'f' || ch === 'n') {
      if (!literal(ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null')) return i;
    } else if (!number()) return i;
    if (!done) continue;
    // After a value: a comma (then the next item), or the closing brackets it completes.
    for (;;) {
      space();
      const close = closers.at(-1);
      if (close === undefined) return i < text.length ? i : undefined;
      const next = text.charAt(i);
      if (next === ',') {
        i++;
        if (close === '}' && !memberName()) return i;
        break;
      }
      if (next !== close) return i;
      i++;
      closers.pop();
    }
  }
}
