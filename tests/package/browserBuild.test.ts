import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as node from '../../src/index.js';
import { ensureBuilt, root } from '../helpers/build.js';
import { hostileInput } from '../helpers/hostile.js';
import { runs } from '../helpers/runs.js';
import { applicationOf, loadSpecCases } from '../helpers/spec.js';

// dist/browser.js is what a portal's page gets: json-rules-engine bundled in, its JSONPath left out.
// It must answer exactly as the Node build does, and load nothing but zod and date-fns.
describe('the browser build', () => {
  let browser: typeof node;
  beforeAll(async () => {
    ensureBuilt('dist/browser.js');
    browser = (await import(join(root, 'dist/browser.js'))) as typeof node;
  }, 120_000);

  it('is what `exports` gives a bundler that asks for `browser`, before `import` and `require`', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const conditions = manifest.exports['.'];
    expect(Object.keys(conditions)[0]).toBe('browser');
    expect(conditions.browser.default).toBe('./dist/browser.js');
  });

  it('imports only zod and date-fns, and holds no JSONPath evaluator', () => {
    const code = readFileSync(join(root, 'dist/browser.js'), 'utf8');
    const imports = [...code.matchAll(/^import .* from ['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);
    expect([...new Set(imports)].sort()).toEqual(['date-fns', 'zod/mini']);
    expect(code).not.toMatch(/node_modules\/jsonpath-plus/);
    expect(code).toMatch(/node_modules\/json-rules-engine/);
  });

  it('gives every case of the executable spec the same answer as the Node build', async () => {
    let compared = 0;
    for (const { cases } of loadSpecCases()) {
      for (const c of cases) {
        if (c.batch) {
          const inputs = c.batch.map((b) => applicationOf(b));
          expect(await browser.evaluateBatch(inputs, c.options)).toEqual(await node.evaluateBatch(inputs, c.options));
        } else {
          const input = applicationOf(c);
          expect(await browser.evaluate(input, c.options)).toEqual(await node.evaluate(input, c.options));
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(119);
  });

  it('answers 1,000 hostile inputs exactly as the Node build does', async () => {
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        expect(await browser.evaluate(input)).toEqual(await node.evaluate(input));
      }),
      { seed: 20261129, numRuns: runs(1_000) },
    );
  });
});
