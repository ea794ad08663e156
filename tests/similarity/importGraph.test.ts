import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The text-similarity engine is a subsystem of its own: it knows texts, shingles and sets, not the
// notice. Its import graph, read with TypeScript's own pre-processor, stays inside src/similarity/.
const root = fileURLToPath(new URL('../../src/', import.meta.url));

/** The modules a source file imports or re-exports, as written. */
const importsOf = (file: string) =>
  ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);

describe('src/similarity/', () => {
  it('imports nothing of the rules, the model or the batch: only its own modules', () => {
    const files = readdirSync(join(root, 'similarity')).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const outside = files.flatMap((f) =>
      importsOf(join(root, 'similarity', f))
        .filter((spec) => !/^\.\/[A-Za-z]+\.js$/.test(spec))
        .map((spec) => `${f} → ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  it('is what src/batch/ reaches it through: its index, never a module inside it', () => {
    const batch = readdirSync(join(root, 'batch')).filter((f) => f.endsWith('.ts'));
    const reaching = batch.flatMap((f) =>
      importsOf(join(root, 'batch', f)).filter((spec) => spec.startsWith('../similarity/')),
    );
    expect(reaching.length).toBeGreaterThan(0);
    expect([...new Set(reaching)]).toEqual(['../similarity/index.js']);
  });
});
