import { rememberedFor } from '../model/rememberedFor.js';

/**
 * 地名: which of `places` a text names (e.g. a registered address naming 昌吉市 or 五家渠市), in the
 * order of the list. White space in the text is ignored.
 *
 * @example
 * placesNamedIn('新疆昌吉州 昌吉市北京南路1号', ['昌吉州', '阜康市', '昌吉市']) //=> ['昌吉州', '昌吉市']
 */
export function placesNamedIn(text: string, places: readonly string[]): string[] {
  const plain = space.test(text) ? text.replace(/\s/g, '') : text;
  // Each place looked for where the text has its first character, not across the whole text.
  const byFirst = placesByFirst(places);
  const found = new Set<string>();
  for (let i = 0; i < plain.length; i++) {
    const candidates = byFirst.get(plain.charCodeAt(i));
    if (candidates === undefined) continue;
    for (const place of candidates) if (plain.startsWith(place, i)) found.add(place);
  }
  return found.size === 0 ? [] : places.filter((place) => found.has(place));
}

const space = /\s/;

const indexes = new WeakMap<readonly string[], ReadonlyMap<number, readonly string[]>>();

/** A list's places by their first UTF-16 unit (the empty place named by no text), made once per frozen list. */
function placesByFirst(places: readonly string[]): ReadonlyMap<number, readonly string[]> {
  return rememberedFor(indexes, places, (list) => {
    const byFirst = new Map<number, string[]>();
    for (const place of new Set(list)) {
      if (place === '') continue;
      const named = byFirst.get(place.charCodeAt(0));
      if (named === undefined) byFirst.set(place.charCodeAt(0), [place]);
      else named.push(place);
    }
    return byFirst;
  });
}
