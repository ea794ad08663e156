/**
 * Where a text stops being JSON: the offset of the first character that cannot continue it (the
 * length of the text when it ends too soon), or `undefined` when it is valid JSON. Node's own
 * messages give no position for many errors, and a person needs the line and column.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        const esc = text.charAt(i);
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text.charAt(i + k))) {
              i += k;
              fail();
            }
          }
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(esc) || esc === '') fail();
      }
      i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (match === null || match[0] === '' || match[0] === '-') fail();
    i += (match as RegExpExecArray)[0].length;
  };
  // The items of an object or array, after its opening bracket: none, or items split by commas.
  const items = (close: string, item: () => void) => {
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text.charAt(i) === ',') i++;
      else if (text.charAt(i) === close) {
        i++;
        return;
      } else fail();
    }
  };
  const member = () => {
    space();
    if (text.charAt(i) !== '"') fail();
    string();
    space();
    if (text.charAt(i) !== ':') fail();
    i++;
    value();
  };
  const value = (): void => {
    space();
    const ch = text.charAt(i);
    if (ch === '{') items('}', member);
    else if (ch === '[') items(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : 0;
  }
}
