import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // The JSON Schema is written from the built module, so it is the schema the package ships.
  onSuccess: 'node scripts/write-json-schema.mjs',
});
