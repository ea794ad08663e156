import { accessSync, constants, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A report or file the command line could not write: the file, and why, for one line (exit 2). */
export class OutputError extends Error {
  readonly file: string;
  readonly code: string;
  constructor(file: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'unknown';
    const why =
      code === 'ENOSPC'
        ? { zh: '磁盘已满', en: 'no space left on the disk' }
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? { zh: '没有写入权限', en: 'not allowed to write there' }
          : { zh: `无法写入（${code}）`, en: `cannot write (${code})` };
    super(`无法写入 ${file}：${why.zh}，未留下不完整的文件 / cannot write ${file}: ${why.en}; no partial file is left`);
    this.name = 'OutputError';
    this.file = file;
    this.code = code;
  }
}

/** Temporary files being written, removed if the program is stopped (Ctrl-C) before they are renamed. */
const pending = new Set<string>();
let written = 0;

/**
 * Write a file whole or not at all: into a temporary file beside it, then renamed over it (one step on
 * the same disk). On a full disk or a folder it may not write, the temporary file is removed and an
 * {@link OutputError} names the file: a clerk never opens a report cut mid-table.
 *
 * @example
 * writeFileAtomic('out/workshop.html', html);
 */
export function writeFileAtomic(target: string, data: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${written++}.tmp`);
  pending.add(temp);
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new OutputError(target, error);
  } finally {
    pending.delete(temp);
  }
}

/** Remove what was being written and is not finished: on SIGINT, before the program ends. */
export function removeUnfinished(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/**
 * The folder reports go to, made if needed and checked writable before the first is written, so that
 * an unwritable place stops the command before any work, not after the first report.
 */
export function ensureWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new OutputError(folder, error);
  }
}
