import { readFileSync } from 'node:fs';
import { jsonErrorOffset } from './jsonErrorOffset.js';

/** A file read as JSON, or the one-line reason it could not be. */
export type JsonFile =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: { zh: string; en: string } };

/** Line and column (1-based) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Read a file as JSON. Says why not in one line: missing or unreadable, empty, or not JSON (with the
 * line and column of the syntax error). A UTF-8 byte-order mark is allowed.
 */
export function readJsonFile(path: string): JsonFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, reason: { zh: '文件不存在', en: 'no such file' } }
      : code === 'EISDIR'
        ? { ok: false, reason: { zh: '这是目录，不是文件', en: 'is a directory' } }
        : {
            ok: false,
            reason: { zh: `无法读取（${code ?? '未知错误'}）`, en: `cannot be read (${code ?? 'unknown error'})` },
          };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: { zh: '文件为空', en: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 160);
    // Deep nesting can overflow the scanner's stack where JSON.parse did not: then no position.
    let offset: number | undefined;
    try {
      offset = jsonErrorOffset(text);
    } catch {
      offset = undefined;
    }
    const where = offset === undefined ? undefined : lineAndColumn(text, offset);
    const at = where
      ? { zh: `第${where.line}行第${where.column}列`, en: `line ${where.line}, column ${where.column}` }
      : undefined;
    return {
      ok: false,
      reason: {
        zh: `不是有效的 JSON${at ? `（${at.zh}）` : ''}`,
        en: `not valid JSON${at ? ` at ${at.en}` : ''}: ${message}`,
      },
    };
  }
}
