// The size of the core in a browser: what a portal's bundler keeps of `evaluate` and `parseApplication`
// when it imports 'sme-dx-benchmark' for a page (the `browser` condition of `exports`: dist/browser.js),
// with zod and date-fns, minified and gzipped. Fails above the budget. Run after the build (npm run size).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const budget = Number(process.env.SIZE_BUDGET ?? 72 * 1024);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function bundle(specifier, names = 'evaluate, parseApplication') {
  const result = await build({
    stdin: {
      contents: `export { ${names} } from ${JSON.stringify(specifier)};`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const byPackage = {};
  for (const [file, info] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const name = file.includes('node_modules/')
      ? file.split('node_modules/').at(-1).split('/')[0]
      : 'sme-dx-benchmark (code, rules, bundled engine)';
    byPackage[name] = (byPackage[name] ?? 0) + info.bytesInOutput;
  }
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, byPackage };
}

const page = await bundle('sme-dx-benchmark');
console.log(
  `core bundle for a page (evaluate + parseApplication): ${kb(page.minified)} minified, ${kb(page.gzipped)} gzipped`,
);
for (const [name, bytes] of Object.entries(page.byPackage).sort((a, b) => b[1] - a[1]))
  console.log(`  ${name}: ${kb(bytes)} minified`);
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
    const chunks = (Array.isArray(out) ? out[0] : out).output.filter((c) => c.type === 'chunk');
    const code = Buffer.concat(chunks.map((c) => Buffer.from(c.code)));
    return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const vite = await viteApp();
console.log(`the same page built by Vite: ${kb(vite.minified)} minified, ${kb(vite.gzipped)} gzipped`);
const node = await bundle('./dist/index.js');
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
