import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { limits } from '../model/limits.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';

/** A file read as JSON, or the one-line reason it could not be. */
export type JsonFile =
  | { readonly ok: true; readonly value: unknown; readonly note?: { zh: string; en: string } }
  | { readonly ok: false; readonly reason: { zh: string; en: string } };

/**
 * The text of a file's bytes: UTF-8 (a byte-order mark allowed); or GB 18030 (which includes GBK and
 * GB 2312, what Chinese Windows and WPS save by default) when the bytes are not UTF-8 and read clearly
 * as GB 18030: they decode without error to text with Chinese in it and nothing unprintable. Anything
 * else is refused, naming the likely encoding.
 */
function decode(
  bytes: Uint8Array,
): { text: string; note?: { zh: string; en: string } } | { reason: { zh: string; en: string } } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      reason: {
        zh: '文件是 UTF-16 编码，请另存为 UTF-8',
        en: 'the file is UTF-16: save it as UTF-8',
      },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Not UTF-8: see whether it is GB 18030.
  }
  let text: string | undefined;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  const clear =
    text !== undefined &&
    /\p{Script=Han}/u.test(text) &&
    // Control characters (other than white space), private-use and replacement characters: not text.
    !/[\p{Cc}\p{Co}\ufffd]/u.test(text.replace(/[\t\n\r]/g, ''));
  if (clear && text !== undefined) {
    return {
      text,
      note: {
        zh: '不是 UTF-8 编码，已按 GB 18030（GBK）读取；建议另存为 UTF-8',
        en: 'not UTF-8: read as GB 18030 (GBK); better saved as UTF-8',
      },
    };
  }
  return {
    reason: {
      zh: '不是 UTF-8 编码（可能是 GB 18030/GBK 或其他编码），请另存为 UTF-8',
      en: 'not UTF-8 (perhaps GB 18030/GBK or another encoding): save it as UTF-8',
    },
  };
}

/** Line and column (1-based) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Why a file cannot be opened or read, from its error code, in one line (the folder walk says it too). */
export function cannotRead(error: unknown): { zh: string; en: string } {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return { zh: '文件不存在', en: 'no such file' };
    case 'EISDIR':
      return { zh: '这是目录，不是文件', en: 'is a directory' };
    case 'ELOOP':
      return {
        zh: '符号链接循环（链接最终指向自身），未读取',
        en: 'a loop of symbolic links (the link leads to itself): not read',
      };
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有读取权限', en: 'permission denied' };
    default:
      return { zh: `无法读取（${code ?? '未知错误'}）`, en: `cannot be read (${code ?? 'unknown error'})` };
  }
}

const megabytes = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;

/**
 * A file's bytes, read only when it is a regular file no larger than `limits.fileBytes`: a FIFO, a
 * device (a link to /dev/zero) or a socket is refused unread, as is a 2 GB disk image, so that no
 * name in a folder can hang a batch or fill its memory. Opened without waiting (`O_NONBLOCK`: opening
 * a FIFO would wait for a writer), then examined, then read.
 */
export function readBytes(path: string): { bytes: Uint8Array } | { reason: { zh: string; en: string } } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { reason: cannotRead(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { reason: cannotRead({ code: 'EISDIR' }) };
    if (!stat.isFile()) {
      return {
        reason: {
          zh: '不是普通文件（管道、设备或套接字），未读取',
          en: 'not a regular file (a pipe, a device or a socket): not read',
        },
      };
    }
    if (stat.size > limits.fileBytes) {
      return {
        reason: {
          zh: `文件过大（${megabytes(stat.size)}，上限 ${megabytes(limits.fileBytes)}），未读取`,
          en: `too large (${megabytes(stat.size)}; the limit is ${megabytes(limits.fileBytes)}): not read`,
        },
      };
    }
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { reason: cannotRead(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Read a file as JSON. Says why not in one line: missing or unreadable, not UTF-8 (naming the likely
 * encoding), empty, or not JSON (with the line and column of the syntax error). A UTF-8 byte-order
 * mark is allowed; a file clearly in GB 18030 (GBK) is read as such, with a `note` saying so.
 */
export function readJsonFile(path: string): JsonFile {
  const read = readBytes(path);
  if ('reason' in read) return { ok: false, reason: read.reason };
  const { bytes } = read;
  const decoded = decode(bytes);
  if ('reason' in decoded) return { ok: false, reason: decoded.reason };
  const { text, note } = decoded;
  if (text.trim() === '') return { ok: false, reason: { zh: '文件为空', en: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(text), ...(note !== undefined ? { note } : {}) };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 160);
    // The parser's own offset where its message gives one; else where the text stops being JSON.
    const given = /at position (\d+)/.exec(message)?.[1];
    const offset = given !== undefined ? Number(given) : jsonErrorOffset(text);
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
