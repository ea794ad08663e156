import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { defaultPack } from './src/pack/defaultPack.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The subpaths of the package: `sme-dx-benchmark/credit-code` and the rest (see src/entries/). */
const subpaths = ['credit-code', 'model', 'facts', 'operators', 'pack', 'batch', 'report', 'testing', 'forms'];

export default defineConfig([
  {
    // The library: ESM + CJS + types, for Node and browsers alike (the core imports nothing from node:).
    // The root is the stable core; each subpath (package.json `exports`) is one entry of its own.
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(subpaths.map((name) => [name, `src/entries/${name}.ts`])),
    },
    format: ['esm', 'cjs'],
    // Chunks in CommonJS too: json-rules-engine (and jsonpath-plus) load only when the reference engine
    // is asked for, in `require` as in `import`.
    splitting: true,
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // The JSON Schema is written from the built module, so it is the schema the package ships.
    onSuccess: 'node scripts/write-json-schema.mjs',
  },
  {
    // The browser build (the `browser` condition of `exports`, which Vite, esbuild and webpack pick for
    // a page): json-rules-engine bundled in, with its JSONPath evaluator left out, since paths are
    // resolved by resolvePath and a pack may hold nothing else. zod and date-fns stay dependencies.
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    treeshake: true,
    noExternal: ['json-rules-engine'],
    esbuildPlugins: [
      {
        // The default pack, loaded and validated now, as data: a page gets the pack without the loader
        // (its zod schemas, the compact format's expansion, the parameter checks). Another pack is still
        // loaded with loadRulePack, which the browser build keeps. Two modules hold the data, each
        // alone: the one `defaultPack` (and so `evaluateSync`) imports, and the one `evaluate` imports
        // on demand (src/evaluate/defaultPackOnDemand.ts), which a page then loads when it first
        // evaluates, not with its code.
        name: 'default-pack-validated-at-build',
        setup(build) {
          const files = ['defaultPackContents.ts', 'defaultPackContentsOnDemand.ts'].map((name) =>
            fileURLToPath(new URL(`src/pack/${name}`, import.meta.url)),
          );
          const data = JSON.stringify(JSON.stringify(defaultPack()));
          build.onLoad({ filter: /[\\/]src[\\/]pack[\\/]defaultPackContents(OnDemand)?\.ts$/ }, (args) => {
            if (!files.includes(args.path)) return undefined;
            return {
              loader: 'ts',
              contents: `export function defaultPackContents(): unknown { return JSON.parse(${data}); }`,
            };
          });
        },
      },
      {
        // No code generated in a page (see src/browser/codeNeverGenerated.ts).
        name: 'code-never-generated',
        setup(build) {
          const own = fileURLToPath(new URL('src/model/codeAllowed.ts', import.meta.url));
          const never = fileURLToPath(new URL('src/browser/codeNeverGenerated.ts', import.meta.url));
          build.onResolve({ filter: /codeAllowed\.js$/ }, (args) =>
            resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === own ? { path: never } : undefined,
          );
          // The modules that write code, which no caller reaches there, left out (src/browser/codeWritersAbsent.ts).
          const writers = [
            'evaluate/conditionsAsCode',
            'evaluate/templateAsCode',
            'evaluate/namedValuesAsCode',
            'model/objectReaderAsCode',
          ].map((name) => fileURLToPath(new URL(`src/${name}.ts`, import.meta.url)));
          const absent = fileURLToPath(new URL('src/browser/codeWritersAbsent.ts', import.meta.url));
          build.onResolve({ filter: /AsCode\.js$/ }, (args) =>
            writers.includes(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')))
              ? { path: absent }
              : undefined,
          );
        },
      },
      {
        name: 'jsonpath-unavailable',
        setup(build) {
          const stub = fileURLToPath(new URL('src/browser/jsonpathUnavailable.ts', import.meta.url));
          build.onResolve({ filter: /^jsonpath-plus$/ }, () => ({ path: stub }));
        },
      },
    ],
    onSuccess: 'node scripts/write-third-party-notices.mjs',
  },
  {
    // The command line: Node only.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { PACKAGE_VERSION: JSON.stringify(version) },
  },
]);
