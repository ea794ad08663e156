import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../src/index.js';

const clauses = readFileSync(new URL('../../docs/clauses.md', import.meta.url), 'utf8');

/** The rows of clauses.md's check table: `| \`id\` | clause | applies to | kind | reading |`. */
const rows = [
  ...clauses.matchAll(/^\| `([a-z.-]+)` \| ([^|]+) \| [^|]+ \| (eligibility|completeness|advisory) \|/gm),
].map((m) => ({ id: m[1] as string, clause: (m[2] as string).trim(), kind: m[3] as string }));

describe('docs/clauses.md and the rule pack (the IDs are API)', () => {
  // No count is written here: a check added to the pack is named in the CHANGELOG (a new ID is a
  // minor change) until clauses.md, the spec, lists it too.
  it('has every check of clauses.md in the pack, and every other check of the pack in the CHANGELOG', () => {
    const ids = defaultPack().checks.map((c) => c.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    const unreleased = changelog.slice(
      changelog.indexOf('## [Unreleased]'),
      changelog.indexOf('\n## [', changelog.indexOf('## [Unreleased]') + 1),
    );
    const beyond = ids.filter((id) => !rows.some((r) => r.id === id));
    expect(beyond.filter((id) => !unreleased.includes(`\`${id}\``))).toEqual([]);
  });

  it('gives each check the clause and kind clauses.md gives it', () => {
    const pack = new Map(defaultPack().checks.map((c) => [c.id, c]));
    for (const row of rows) {
      expect({ id: row.id, clause: pack.get(row.id)?.clause, kind: pack.get(row.id)?.kind }).toEqual(row);
    }
  });
});
