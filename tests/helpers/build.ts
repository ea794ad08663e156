import { fileURLToPath } from 'node:url';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Build dist/ (tsup) when any of the given files is missing or older than the sources. */
export function ensureBuilt(...files: string[]): void {
  buildIfStale(files);
}
