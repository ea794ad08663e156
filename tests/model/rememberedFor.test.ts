import { describe, expect, it } from 'vitest';
import { isBranchName, placesNamedIn } from '../../src/entries/facts.js';
import { isDescribed } from '../../src/entries/model.js';
import { rememberedFor } from '../../src/model/rememberedFor.js';

// The lists a pack gives (empty answers, places, branch suffixes) are frozen, and what is made of each
// is made once; a caller's own list may change between two calls, and is read as it is each time.
describe('rememberedFor', () => {
  it('makes once for a frozen list, and anew for one that can change', () => {
    let made = 0;
    const cache = new WeakMap<readonly string[], number>();
    const count = (list: readonly string[]) => {
      made++;
      return list.length;
    };
    const frozen = Object.freeze(['无', '暂无']);
    expect([rememberedFor(cache, frozen, count), rememberedFor(cache, frozen, count)]).toEqual([2, 2]);
    expect(made).toBe(1);
    const open = ['无'];
    expect(rememberedFor(cache, open, count)).toBe(1);
    open.push('暂无');
    expect(rememberedFor(cache, open, count)).toBe(2);
    expect(made).toBe(3);
  });

  it('answers from a list its caller changed in place as it is now: empty answers, places, branch suffixes', () => {
    const emptyAnswers = ['无'];
    expect(isDescribed('暂无', emptyAnswers)).toBe(true);
    emptyAnswers.push('暂无');
    expect(isDescribed('暂无', emptyAnswers)).toBe(false);

    const places = ['昌吉市'];
    expect(placesNamedIn('新疆昌吉州阜康市', places)).toEqual([]);
    places.push('阜康市');
    expect(placesNamedIn('新疆昌吉州阜康市', places)).toEqual(['阜康市']);

    const suffixes = ['分公司'];
    expect(isBranchName('甲公司昌吉分厂', suffixes)).toBe(false);
    suffixes.push('分厂');
    expect(isBranchName('甲公司昌吉分厂', suffixes)).toBe(true);
  });
});
