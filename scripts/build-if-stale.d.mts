/** Whether any of `files` (paths from the repository's root) is missing or older than the sources. */
export function isStale(files?: string[]): boolean;
/** Build dist/ when stale; true if it built. */
export function buildIfStale(files?: string[]): boolean;
