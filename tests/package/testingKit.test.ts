import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/build.js';
import { packAndInstall } from '../helpers/packed.js';

/** The code blocks of a Markdown file, in order. */
function codeBlocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] as string);
}

// The packed package, installed in an empty project, used by a service provider's test file: the one
// docs/testing.md shows, as written there, and one that must fail with a readable diff.
describe('the packed package, from a scratch project, with its testing kit', () => {
  let work: string;
  let app: string;
  let files: string[];
  beforeAll(() => {
    // npm pack runs `prepack` (the build), as npm publish does. Vitest as the provider would have it:
    // this repository's, linked rather than downloaded again.
    ({ work, app, files } = packAndInstall('sme-dx-kit-', ['vitest']));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const vitest = (file: string) =>
    spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', file], {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
    });

  it('carries what the README links to, and no source maps', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#:]+)(#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const path = link.replace(/^\.\//, '').replace(/\/$/, '');
      expect(
        files.some((f) => f === path || f.startsWith(`${path}/`)),
        link,
      ).toBe(true);
    }
    for (const needed of [
      'docs/model.md',
      'docs/clauses.md',
      'docs/rules.md',
      'docs/testing.md',
      'tests/spec/basic.json',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('docs/examples/'))).toHaveLength(5);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files).toContain('dist/testing.js');
  });

  it("passes the service provider's test file of docs/testing.md, as written there", () => {
    const [testFile] = codeBlocks(readFileSync(join(root, 'docs/testing.md'), 'utf8'), 'ts');
    writeFileSync(join(app, 'drafts.test.ts'), testFile as string);
    const r = vitest('drafts.test.ts');
    expect(r.stdout + r.stderr).toMatch(/Tests\s+\d+ passed/);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('fails a draft that falls short with a readable diff: the check, its field, its message', () => {
    writeFileSync(
      join(app, 'short.test.ts'),
      `import { evaluate } from 'sme-dx-benchmark';
import { benchmarkMatchers, buildApplication } from 'sme-dx-benchmark/testing';
import { expect, it } from 'vitest';
expect.extend(benchmarkMatchers);
it('is eligible', async () => {
  expect(await evaluate(buildApplication('digital-workshop', { lead: { assessment: { score: 49 } } }))).toBeEligible();
});
`,
    );
    const r = vitest('short.test.ts');
    const output = r.stdout + r.stderr;
    if (process.env.SHOW_KIT_OUTPUT) console.log(output);
    expect(r.status).toBe(1);
    expect(output).toContain('expected the 申报书 to be eligible, but it is ineligible:');
    expect(output).toMatch(/fail workshop\.score@\/lead \/lead\/assessment\/score: .*当前49分/);
    expect(output).toContain('- Expected');
    expect(output).toContain('+ Received');
    expect(output).toMatch(/-\s+"verdict": "eligible",/);
    expect(output).toMatch(/\+\s+"verdict": "ineligible",/);
  });
});
