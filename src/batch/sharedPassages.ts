/**
 * The longest passages two texts share, longest first, each at least `minLength` characters: the
 * evidence a reviewer reads for 申报内容高度相似. Found one at a time (longest common substring), the
 * found passage masked in both texts before the next.
 *
 * @example
 * sharedPassages('链主企业搭建产业协同平台，开放订单', '我们由链主企业搭建产业协同平台。', 6) //=> ['链主企业搭建产业协同平台']
 */
export function sharedPassages(a: string, b: string, minLength = 8, most = 3): string[] {
  const x = [...a];
  const y = [...b];
  const found: string[] = [];
  for (let round = 0; round < most; round++) {
    let best = 0;
    let endX = 0;
    let endY = 0;
    let previous = new Uint16Array(y.length + 1);
    let current = new Uint16Array(y.length + 1);
    for (let i = 1; i <= x.length; i++) {
      for (let j = 1; j <= y.length; j++) {
        const same = x[i - 1] === y[j - 1] && x[i - 1] !== '\u0000';
        const length = same ? Math.min((previous[j - 1] ?? 0) + 1, 0xffff) : 0;
        current[j] = length;
        if (length > best) {
          best = length;
          endX = i;
          endY = j;
        }
      }
      [previous, current] = [current, previous];
    }
    if (best < minLength) break;
    found.push(x.slice(endX - best, endX).join(''));
    // Different markers in each text, so a masked stretch never matches the other's.
    x.fill('\u0000', endX - best, endX);
    y.fill('\u0001', endY - best, endY);
  }
  return found;
}
