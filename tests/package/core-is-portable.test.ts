import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(src, f));
/** The command line and the HTTP service are Node-only by nature; everything else must run in a browser. */
const core = files.filter((f) => !/^(cli|serve)[\\/]/.test(relative(src, f)));

describe('the core', () => {
  it.each(core.map((f) => [relative(src, f), f]))('%s imports nothing from node: and reads no clock', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/from ['"]node:/);
    expect(text).not.toMatch(/\bDate\.now\(|new Date\(\)|process\.env\.TZ/);
  });

  it('imports zod/mini as a namespace, and zod core for types only, so bundlers keep just what is used', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [statement, from] of text.matchAll(/^import [^;]*? from '(zod[^']*)';$/gms)) {
        if (from === 'zod/mini') expect(statement).toMatch(/^import (type )?\* as z from 'zod\/mini';$/);
        else expect(statement, `${relative(src, file)}: ${statement}`).toMatch(/^import type \{/);
      }
      // A value read through z.core keeps every locale zod has (≈ 90 KB more in a page).
      expect(text).not.toMatch(/(instanceof|new|=)\s*z\.core\./);
    }
  });
});
