import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The same input gives byte-identical JSON reports whatever the time zone and whatever the clock
// says: the evaluation date is data (submittedOn, or asOf), never the machine's.
const root = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('../helpers/specReport.ts', import.meta.url));
const clock = fileURLToPath(new URL('../helpers/shiftedClock.mjs', import.meta.url));

function report(tz: string, shifted = false): { digest: string; length: number; sample: string } {
  const args = [...(shifted ? ['--import', clock] : []), '--import', 'tsx', script];
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
    maxBuffer: 1 << 28,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return {
    digest: createHash('sha256').update(child.stdout).digest('hex'),
    length: child.stdout.length,
    sample: child.stdout.slice(0, 200),
  };
}

describe('determinism', () => {
  it('gives byte-identical reports for every spec case under UTC, Asia/Shanghai and America/Los_Angeles, and a shifted clock', () => {
    const utc = report('UTC');
    expect(utc.length).toBeGreaterThan(100_000);
    for (const [tz, shifted] of [
      ['Asia/Shanghai', false],
      ['America/Los_Angeles', false],
      ['Pacific/Kiritimati', true],
      ['UTC', true],
    ] as const) {
      const other = report(tz, shifted);
      expect({ tz, shifted, digest: other.digest, length: other.length }).toEqual({
        tz,
        shifted,
        digest: utc.digest,
        length: utc.length,
      });
    }
  });
});
