import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The batch algorithm is written once (src/batch/runBatch.ts); every driver of a batch runs it.
const src = fileURLToPath(new URL('../../src/', import.meta.url));
const importsOf = (file: string) =>
  ts.preProcessFile(readFileSync(`${src}${file}`, 'utf8'), true, true).importedFiles.map((i) => i.fileName);

describe('one batch plan', () => {
  it.each([
    ['batch/evaluateBatch.ts', './runBatch.js'],
    ['batch/evaluateBatchStreamed.ts', './runBatch.js'],
    ['cli/batch.ts', '../batch/runBatch.js'],
  ])('%s drives runBatch, and plans or evaluates nothing itself', (file, runBatch) => {
    expect(importsOf(file)).toContain(runBatch);
    // Reading an application (readApplication) is the driver's; planning and evaluating are runBatch's.
    expect(readFileSync(`${src}${file}`, 'utf8')).not.toMatch(/evaluateApplication\(|planBatch\(/);
  });

  it("the service's /v1/batch is evaluateBatchStreamed", () => {
    expect(importsOf('serve/createService.ts')).toContain('../batch/evaluateBatchStreamed.js');
    expect(readFileSync(`${src}serve/createService.ts`, 'utf8')).not.toMatch(/evaluateApplication\(|planBatch\(/);
  });
});
