/**
 * 地名: which of `places` a text names (e.g. a registered address naming 昌吉市 or 五家渠市), in the
 * order of the list. White space in the text is ignored.
 *
 * @example
 * placesNamedIn('新疆昌吉州 昌吉市北京南路1号', ['昌吉州', '阜康市', '昌吉市']) //=> ['昌吉州', '昌吉市']
 */
export function placesNamedIn(text: string, places: readonly string[]): string[] {
  const plain = text.replace(/\s/g, '');
  return places.filter((place) => place !== '' && plain.includes(place));
}
