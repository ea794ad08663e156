import { describe, expect, it } from 'vitest';
import { participantPointer } from '../../src/model/participantPointer.js';
import { toPointer } from '../../src/model/paths.js';

// Every result about a participant carries its pointer; the clerk's report and the form find the
// row by it, so it must be the very pointer toPointer writes, for the first rows and past them.
describe('participantPointer', () => {
  it('is the JSON Pointer of 表二 row `index`, as toPointer writes it', () => {
    for (const index of [0, 1, 9, 10, 1023, 1024, 5000]) {
      expect(participantPointer(index)).toBe(toPointer(['participants', index]));
    }
  });

  it('answers a row asked again alike, and writes an index that is no row as it is', () => {
    expect(participantPointer(3)).toBe('/participants/3');
    expect(participantPointer(3)).toBe(participantPointer(3));
    expect(participantPointer(-1)).toBe('/participants/-1');
    expect(participantPointer(1.5)).toBe('/participants/1.5');
  });
});
