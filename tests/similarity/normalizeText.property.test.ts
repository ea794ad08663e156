import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/entries/batch.js';
import { runs } from '../helpers/runs.js';

/** The reading as the notice's check defines it, in four steps: the one-pass reading must equal it. */
const stepByStep = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Default_Ignorable_Code_Point}]+/gu, '')
    .replace(/\d+/g, '0');

describe('normalizeText', () => {
  it('equals NFKC, lower case, punctuation and white space out, digit runs as 0, on any text', () => {
    const tricky = fc.constantFrom(
      ...[
        '1',
        '2',
        ',',
        '。',
        '，',
        ' ',
        '\n',
        'A',
        'Σ',
        '!',
        'Β',
        'İ',
        '𠀀',
        '😀',
        '𐐀',
        '\uD800',
        '\uDC00',
        'ｆ',
        '１',
        '％',
        '\u0301',
        '\u200B',
        '\u00AD',
        '\u3164',
        '\uFEFF',
        '\u2060',
        'e',
      ],
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          fc.string({ unit: tricky, maxLength: 40 }),
        ),
        (text) => {
          expect(normalizeText(text)).toBe(stepByStep(text));
        },
      ),
      { seed: 17, numRuns: runs(20_000) },
    );
  });
});
