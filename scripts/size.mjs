// The size of the core in a browser: what a portal's bundler keeps of `evaluate` and `parseApplication`
// from the ESM build, with zod, json-rules-engine and date-fns, minified and gzipped. Fails above the
// budget. Run after the build (npm run size).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budget = Number(process.env.SIZE_BUDGET ?? 90 * 1024);
const target = 60 * 1024;
const result = await build({
  stdin: {
    contents: "export { evaluate, parseApplication } from './dist/index.js';",
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
const gz = gzipSync(code, { level: 9 }).length;
const byPackage = {};
for (const [file, info] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
  const name = file.includes('node_modules/')
    ? file.split('node_modules/')[1].split('/')[0]
    : 'sme-dx-benchmark (code and rules)';
  byPackage[name] = (byPackage[name] ?? 0) + info.bytesInOutput;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`core bundle (evaluate + parseApplication): ${kb(code.length)} minified, ${kb(gz)} gzipped`);
for (const [name, bytes] of Object.entries(byPackage).sort((a, b) => b[1] - a[1]))
  console.log(`  ${name}: ${kb(bytes)} minified`);
console.log(`budget ${kb(budget)} gzipped (the issue's target: ${kb(target)})`);
if (gz > budget) {
  console.error(`over budget by ${kb(gz - budget)}`);
  process.exit(1);
}
