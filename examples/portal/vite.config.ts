import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The reference page uses the package as a portal would: `sme-dx-benchmark` is this repository's
// build (the `browser` condition of its exports: dist/browser.js), so run `npm run build` first
// (`npm run portal` does).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: {
      'sme-dx-benchmark/report': fileURLToPath(new URL('../../dist/report.js', import.meta.url)),
      'sme-dx-benchmark': fileURLToPath(new URL('../../dist/browser.js', import.meta.url)),
    },
  },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  build: { outDir: fileURLToPath(new URL('../../.scratch/portal', import.meta.url)), emptyOutDir: true },
});
