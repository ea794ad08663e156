import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCreditCode } from '../../src/entries/credit-code.js';
import { evaluate } from '../../src/index.js';
import { deepFreeze, loadExamples, withIndustriesNamed } from '../helpers/examples.js';
import { runs } from '../helpers/runs.js';

type Json = Record<string, unknown>;
const examples = Object.fromEntries(Object.entries(loadExamples()).map(([f, a]) => [f, withIndustriesNamed(a)]));

/** Ways a 统一社会信用代码 gets typed wrong. */
const typos: readonly ((code: string, a: number, b: number) => string)[] = [
  (code, a, b) => code.slice(0, a % 18) + '0123456789ABCDEFGHJKLMNPQRTUWXY'.charAt(b % 31) + code.slice((a % 18) + 1),
  (code, a) => code.slice(0, a % 18) + code.charAt(a % 18).toLowerCase() + code.slice((a % 18) + 1),
  (code, a) => `${code.slice(0, a % 19)} ${code.slice(a % 19)}`,
  (code, a) => code.slice(0, a % 18) + code.slice((a % 18) + 1),
  (code, a) => `${code}${'0123456789'.charAt(a % 10)}`,
  (code, a) => {
    const i = a % 17;
    return code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
  },
  (code) => code.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  (code, a) => code.slice(0, a % 18) + 'IOZSV'.charAt(a % 5) + code.slice((a % 18) + 1),
];

describe('one malformed credit code (edition 2)', () => {
  it('is reported once, by form.credit-code at its unit, and never makes an application ineligible', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(examples)),
        fc.nat(),
        fc.nat(typos.length - 1),
        fc.nat(),
        fc.nat(),
        async (file, unit, typo, a, b) => {
          const app = structuredClone(examples[file]) as Json;
          const units = [app.lead, ...(app.participants as Json[])] as Json[];
          const index = unit % units.length;
          const target = units[index] as Json;
          const wrong = typos[typo]?.(target.creditCode as string, a, b) as string;
          fc.pre(!parseCreditCode(wrong).valid);
          target.creditCode = wrong;
          const result = await evaluate(deepFreeze(app));
          if (result.verdict === 'invalid') throw new Error(JSON.stringify(result.errors));
          expect(result.verdict).not.toBe('ineligible');
          const pointer = index === 0 ? '/lead' : `/participants/${index - 1}`;
          const failures = result.checks.filter((c) => c.outcome === 'fail' && c.kind !== 'advisory');
          expect(failures.map((c) => `${c.id}@${c.subject.pointer}`)).toEqual([`form.credit-code@${pointer}`]);
          // One defect, one item of the 补正通知, at its field (edition 3).
          expect(result.corrections.map((c) => c.pointer)).toEqual([`${pointer}/creditCode`]);
          // A code wrong only in case, width or spaces is read as mended: no review anywhere from it.
          const mended = wrong.normalize('NFKC').replace(/\s/g, '').toUpperCase();
          if (parseCreditCode(mended).valid) expect(result.checks.filter((c) => c.outcome === 'review')).toEqual([]);
          tried++;
        },
      ),
      { seed: 20261130, numRuns: runs(2_000) },
    );
    expect(tried).toBeGreaterThan(1_000);
  });
});
