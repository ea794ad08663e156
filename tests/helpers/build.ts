import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

function newestSource(): number {
  return Math.max(
    ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).map(
      (f) => statSync(join(root, 'src', f)).mtimeMs,
    ),
    ...readdirSync(join(root, 'rules')).map((f) => statSync(join(root, 'rules', f)).mtimeMs),
    statSync(join(root, 'tsup.config.ts')).mtimeMs,
  );
}

/** Build dist/ (tsup) when any of the given files is missing or older than the sources. */
export function ensureBuilt(...files: string[]): void {
  const newest = newestSource();
  if (files.some((f) => !existsSync(join(root, f)) || statSync(join(root, f)).mtimeMs < newest)) {
    execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  }
}
