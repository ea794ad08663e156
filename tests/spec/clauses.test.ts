import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../src/index.js';

const clauses = readFileSync(new URL('../../docs/clauses.md', import.meta.url), 'utf8');

/** The rows of clauses.md's check table: `| \`id\` | clause | applies to | kind | reading |`. */
const rows = [
  ...clauses.matchAll(/^\| `([a-z.-]+)` \| ([^|]+) \| [^|]+ \| (eligibility|completeness|advisory) \|/gm),
].map((m) => ({ id: m[1] as string, clause: (m[2] as string).trim(), kind: m[3] as string }));

describe('docs/clauses.md and the rule pack (the IDs are API)', () => {
  it('lists 37 checks (edition 2), and the pack has exactly those IDs', () => {
    expect(rows).toHaveLength(37);
    expect(
      defaultPack()
        .checks.map((c) => c.id)
        .sort(),
    ).toEqual(rows.map((r) => r.id).sort());
  });

  it('gives each check the clause and kind clauses.md gives it', () => {
    const pack = new Map(defaultPack().checks.map((c) => [c.id, c]));
    for (const row of rows) {
      expect({ id: row.id, clause: pack.get(row.id)?.clause, kind: pack.get(row.id)?.kind }).toEqual(row);
    }
  });
});
