// The size of the core in a browser: what a portal's bundler keeps of `evaluate` and `parseApplication`
// when it imports 'sme-dx-benchmark' for a page (the `browser` condition of `exports`: dist/browser.js),
// with zod and date-fns, minified and gzipped. Fails above the budget. Run after the build (npm run size).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const budget = Number(process.env.SIZE_BUDGET ?? 57 * 1024);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * What a page loads up front when it imports `names` from `specifier`: bundled with code splitting,
 * as a portal's bundler does, so that a module imported only on demand (the reference engine,
 * `engine: 'json-rules-engine'`) is a chunk of its own, measured apart (`onDemand`).
 */
async function bundle(specifier, names = 'evaluate, parseApplication') {
  const outdir = mkdtempSync(join(process.cwd(), '.size-esbuild-'));
  try {
    writeFileSync(join(outdir, 'entry.js'), `export { ${names} } from ${JSON.stringify(specifier)};`);
    const result = await build({
      entryPoints: [join(outdir, 'entry.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      splitting: true,
      outdir: join(outdir, 'out'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint !== undefined);
    // The entry and the chunks it imports statically: what the page loads before it runs.
    const upFront = new Set([entry]);
    for (const file of upFront) {
      for (const i of outputs[file].imports) if (i.kind === 'import-statement' && outputs[i.path]) upFront.add(i.path);
    }
    const contents = (file) => result.outputFiles.find((f) => f.path.endsWith(file.split('/').at(-1))).contents;
    const code = Buffer.concat([...upFront].map((f) => Buffer.from(contents(f))));
    const rest = Object.keys(outputs).filter((f) => !upFront.has(f) && f.endsWith('.js'));
    const onDemand = Buffer.concat(rest.map((f) => Buffer.from(contents(f))));
    const byPackage = {};
    for (const file of upFront) {
      for (const [input, info] of Object.entries(outputs[file].inputs)) {
        const name = input.includes('node_modules/')
          ? input.split('node_modules/').at(-1).split('/')[0]
          : 'sme-dx-benchmark (code and rules)';
        byPackage[name] = (byPackage[name] ?? 0) + info.bytesInOutput;
      }
    }
    return {
      minified: code.length,
      gzipped: gzipSync(code, { level: 9 }).length,
      byPackage,
      onDemand: { minified: onDemand.length, gzipped: gzipSync(onDemand, { level: 9 }).length },
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const page = await bundle('sme-dx-benchmark');
console.log(
  `core bundle for a page (evaluate + parseApplication): ${kb(page.minified)} minified, ${kb(page.gzipped)} gzipped`,
);
for (const [name, bytes] of Object.entries(page.byPackage).sort((a, b) => b[1] - a[1]))
  console.log(`  ${name}: ${kb(bytes)} minified`);
console.log(
  `loaded only when asked for (the reference engine, json-rules-engine): ${kb(page.onDemand.minified)} minified, ${kb(page.onDemand.gzipped)} gzipped`,
);
if (Object.keys(page.byPackage).some((name) => name.startsWith('json-rules-engine'))) {
  console.error('json-rules-engine is in what a page loads up front: it must load only when asked for');
  process.exit(1);
}
// The same page built by Vite (its defaults: Rolldown, Oxc's minifier, UTF-8 output), as a portal
// would build it. Printed for information; the budget is held on esbuild's figure, the larger one.
async function viteApp() {
  const dir = mkdtempSync(join(process.cwd(), '.size-vite-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(
      join(dir, 'main.js'),
      "import { evaluate, parseApplication } from 'sme-dx-benchmark';\nwindow.core = { evaluate, parseApplication };",
    );
    const out = await viteBuild({ root: dir, logLevel: 'silent', configFile: false, build: { write: false } });
    // What the page loads up front: not the chunks it imports only on demand (the reference engine).
    const chunks = (Array.isArray(out) ? out[0] : out).output.filter((c) => c.type === 'chunk' && !c.isDynamicEntry);
    const code = Buffer.concat(chunks.map((c) => Buffer.from(c.code)));
    return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const vite = await viteApp();
console.log(`the same page built by Vite: ${kb(vite.minified)} minified, ${kb(vite.gzipped)} gzipped`);
const node = await bundle(join(process.cwd(), 'dist/index.js'));
console.log(
  `for comparison, the Node ESM build bundled the same way (with jsonpath-plus): ${kb(node.gzipped)} gzipped`,
);
console.log(`budget ${kb(budget)} gzipped`);
if (Object.keys(page.byPackage).includes('jsonpath-plus')) {
  console.error('the browser bundle contains jsonpath-plus: the browser build is not the one resolved');
  process.exit(1);
}
if (page.gzipped > budget) {
  console.error(`over budget by ${kb(page.gzipped - budget)}`);
  process.exit(1);
}

// A page that only checks 统一社会信用代码 as they are typed imports the subpath: no zod, no rule engine.
const creditCodeBudget = Number(process.env.CREDIT_CODE_BUDGET ?? 8 * 1024);
const creditCode = await bundle('sme-dx-benchmark/credit-code', 'parseCreditCode');
console.log(
  `parseCreditCode alone (sme-dx-benchmark/credit-code): ${kb(creditCode.minified)} minified, ${kb(creditCode.gzipped)} gzipped; budget ${kb(creditCodeBudget)}`,
);
if (creditCode.gzipped > creditCodeBudget) {
  console.error(`parseCreditCode is over its budget by ${kb(creditCode.gzipped - creditCodeBudget)}`);
  process.exit(1);
}
