import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as node from '../../src/index.js';
import { ensureBuilt, root } from '../helpers/build.js';
import { hostileInput } from '../helpers/hostile.js';
import { runs } from '../helpers/runs.js';
import { applicationOf, loadSpecCases } from '../helpers/spec.js';

// dist/browser.js is what a portal's page gets: the compiled evaluation, and json-rules-engine (its
// JSONPath left out) in a chunk loaded only when asked for. It must answer exactly as the Node build
// does, and load nothing but zod and date-fns.
describe('the browser build', () => {
  let browser: typeof node;
  beforeAll(async () => {
    ensureBuilt('dist/browser.js');
    browser = (await import(join(root, 'dist/browser.js'))) as typeof node;
  });

  it('is what `exports` gives a bundler that asks for `browser`, before `import` and `require`', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const conditions = manifest.exports['.'];
    expect(Object.keys(conditions)[0]).toBe('browser');
    expect(conditions.browser.default).toBe('./dist/browser.js');
  });

  it('imports only zod and date-fns, holds no JSONPath evaluator, and loads json-rules-engine only when asked', () => {
    // The files a page loads: browser.js and the chunks it imports, statically (up front) or by
    // `import()` (on demand: the reference engine).
    const read = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');
    const upFront = new Set(['browser.js']);
    const onDemand = new Set<string>();
    const external = new Set<string>();
    for (const file of upFront) {
      for (const [, from] of read(file).matchAll(/^import [^;]*? from ['"]([^'"]+)['"];?$/gm)) {
        if (from?.startsWith('./')) upFront.add(from.slice(2));
        else if (from !== undefined) external.add(from);
      }
      for (const [, from] of read(file).matchAll(/import\(['"]\.\/([^'"]+)['"]\)/g)) if (from) onDemand.add(from);
    }
    expect([...external].sort()).toEqual(['date-fns', 'zod/mini']);
    for (const file of [...upFront, ...onDemand]) expect(read(file)).not.toMatch(/node_modules\/jsonpath-plus/);
    for (const file of upFront) expect(read(file), file).not.toMatch(/node_modules\/json-rules-engine/);
    expect([...onDemand].some((file) => /node_modules\/json-rules-engine/.test(read(file)))).toBe(true);
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
          const answer = await node.evaluate(input, c.options);
          expect(await browser.evaluate(input, c.options)).toEqual(answer);
          // The reference engine, loaded on demand from its chunk, answers the same.
          expect(await browser.evaluate(input, { ...c.options, engine: 'json-rules-engine' })).toEqual(answer);
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(119);
  });

  it('carries the default pack validated at build time: the same pack as the Node build loads, and no loader in a page', async () => {
    expect(browser.defaultPack()).toEqual(node.defaultPack());
    expect(browser.isRulePack(browser.defaultPack())).toBe(true);
    expect(Object.isFrozen(browser.defaultPack().checks[0]?.pass)).toBe(true);
    // Another pack is still loaded (and validated) in a page.
    expect(browser.isRulePack(browser.loadRulePack(node.defaultPackFiles))).toBe(true);
    // What a page keeps of `evaluate`: not the loader, whose messages are its fingerprint; and the pack
    // in a chunk of its own that the page loads when it first evaluates, not with its code, unless the
    // page calls evaluateSync, which cannot wait for it.
    const { build } = await import('esbuild');
    const pageOf = async (names: string) => {
      const page = await build({
        stdin: { contents: `export { ${names} } from './dist/browser.js';`, resolveDir: root },
        bundle: true,
        minify: true,
        format: 'esm',
        splitting: true,
        outdir: join(root, '.scratch/page'),
        write: false,
        metafile: true,
        logLevel: 'silent',
        charset: 'utf8',
      });
      const outputs = page.metafile.outputs;
      const entry = Object.keys(outputs).find((o) => outputs[o]?.entryPoint !== undefined) as string;
      const upFront = new Set([entry]);
      for (const file of upFront)
        for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') upFront.add(i.path);
      const text = (files: string[]) =>
        page.outputFiles
          .filter((f) => files.some((file) => f.path.endsWith(file)))
          .map((f) => f.text)
          .join('\n');
      return {
        all: page.outputFiles.map((f) => f.text).join('\n'),
        upFront: text([...upFront]),
        later: text(Object.keys(outputs).filter((f) => !upFront.has(f))),
      };
    };
    const page = await pageOf('evaluate, parseApplication');
    const packName = '"name":"changji-sme-dx-benchmark"';
    // (Asserted as booleans: the page is 200 KB, too long to print on failure.)
    expect(page.upFront.includes(packName)).toBe(false);
    expect(page.later.includes(packName)).toBe(true);
    expect(page.upFront.includes('评估引擎应为 compiled 或 json-rules-engine')).toBe(true);
    expect(page.all.includes('共用条件“')).toBe(false);
    expect(page.all.includes('vocabularies.labels 中的')).toBe(false);
    const form = await pageOf('evaluateSync, parseApplication');
    expect(form.upFront.includes(packName)).toBe(true);
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
