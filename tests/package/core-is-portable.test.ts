import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(src, f));
/** The command line is Node-only by nature; everything else must run in a browser. */
const core = files.filter((f) => !relative(src, f).startsWith('cli'));

describe('the core', () => {
  it.each(core.map((f) => [relative(src, f), f]))('%s imports nothing from node: and reads no clock', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/from ['"]node:/);
    expect(text).not.toMatch(/\bDate\.now\(|new Date\(\)|process\.env\.TZ/);
  });

  it('imports zod as a namespace, so bundlers can tree-shake its locales', () => {
    for (const file of files)
      expect(readFileSync(file, 'utf8')).not.toMatch(/import\s*\{\s*z\s*\}\s*from\s*['"]zod['"]/);
  });
});
