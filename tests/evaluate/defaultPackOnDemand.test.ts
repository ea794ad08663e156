import { describe, expect, it } from 'vitest';
import { defaultPackOnDemand } from '../../src/evaluate/defaultPackOnDemand.js';
import { defaultPack, evaluate, evaluateSync } from '../../src/index.js';
import { loadExamples } from '../helpers/examples.js';

// `evaluate` imports the notice's pack when it first needs it (a page loads it then: see
// tests/trust/browser.test.ts); `evaluateSync` has it with its code. Both must use the one pack.
describe('the default pack, imported on demand', () => {
  it('is the pack defaultPack() gives, one object, and once made is given without a promise', async () => {
    const first = defaultPackOnDemand();
    const pack = first instanceof Promise ? await first : first;
    expect(pack).toBe(defaultPack());
    expect(defaultPackOnDemand()).toBe(pack);
  });

  it('gives evaluate, without a pack, the answers evaluateSync gives and those with the pack named', async () => {
    for (const [file, input] of Object.entries(loadExamples())) {
      const answer = await evaluate(input);
      expect(answer, file).toEqual(evaluateSync(input));
      expect(answer, file).toEqual(await evaluate(input, { pack: defaultPack() }));
      expect(answer.verdict, file).not.toBe('invalid');
    }
  });
});
