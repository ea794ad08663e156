import { creditCodeAlphabet } from './alphabet.js';

const modulus = creditCodeAlphabet.length;
/** Each character's value by its char code (the alphabet is ASCII), −1 outside it. */
const characterValues = new Int8Array(128).fill(-1);
for (let i = 0; i < modulus; i++) characterValues[creditCodeAlphabet.charCodeAt(i)] = i;
/** W_i = 3^(i-1) mod 31 (GB 32100-2015 附录 B). */
const weights = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % BigInt(modulus)));

/**
 * The 18th character (校验码) of a 统一社会信用代码 from its first 17 (GB 32100-2015 附录 B):
 * C18 = 31 − (Σ Ci·Wi mod 31), where 31 is written 0. `undefined` when a character is outside the
 * alphabet or fewer than 17 are given.
 *
 * @example
 * creditCodeCheckDigit('91330100716105852') //=> 'F'
 */
export function creditCodeCheckDigit(first17: string): string | undefined {
  if (first17.length < 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i);
    const value = c < 128 ? (characterValues[c] as number) : -1;
    if (value < 0) return undefined;
    sum += value * (weights[i] ?? 0);
  }
  return creditCodeAlphabet.charAt((modulus - (sum % modulus)) % modulus);
}
