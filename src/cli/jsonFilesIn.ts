import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { cannotRead } from './readJsonFile.js';

/** A file a batch names, and, where it is not read, why (a FIFO, a link leaving the folder…). */
export interface FoundFile {
  readonly path: string;
  readonly problem?: { readonly zh: string; readonly en: string };
}

const isJson = (name: string) => name.endsWith('.json');
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown';

/** Whether `path` (a real path) is `root` or inside it. */
const inside = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The `.json` files of a folder, walked as a clerk's batch needs it to be, whatever the folder holds:
 * sorted; each real path visited once (a link back up, `up -> ..`, or a loop of links is named in its
 * row, not followed again); no link followed out of the folder (its target is never read, nor shown);
 * an unreadable subfolder named in its row while the walk goes on. Files are not opened here:
 * `readJsonFile` refuses a FIFO, a device or a file above the size limit, unread.
 */
function walk(root: string): FoundFile[] {
  const found: FoundFile[] = [];
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch (error) {
    return [
      {
        path: root,
        problem: { zh: `无法读取目录（${codeOf(error)}）`, en: `cannot read the folder (${codeOf(error)})` },
      },
    ];
  }
  const seen = new Set<string>([rootReal]);
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = codeOf(error);
      found.push({
        path: dir,
        problem:
          code === 'EACCES' || code === 'EPERM'
            ? {
                zh: '没有读取权限的目录，其中的文件未读取',
                en: 'a folder that cannot be read (permission denied): its files are not read',
              }
            : {
                zh: `无法读取目录（${code}），其中的文件未读取`,
                en: `cannot read the folder (${code}): its files are not read`,
              },
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Not a link: its real path is its parent's and its name; seen already only through a link.
        let real: string;
        try {
          real = realpathSync(path);
        } catch {
          real = path;
        }
        if (seen.has(real)) continue;
        seen.add(real);
        visit(path);
        continue;
      }
      if (entry.isSymbolicLink()) {
        link(path, entry.name);
        continue;
      }
      if (isJson(entry.name)) found.push({ path });
    }
  };
  const link = (path: string, name: string) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ELOOP') {
        found.push({ path, problem: cannotRead(error) });
      } else if (isJson(name)) {
        found.push({ path, problem: { zh: '链接指向的文件不存在', en: 'the link points at nothing' } });
      }
      return;
    }
    let isDir = false;
    try {
      isDir = statSync(real).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir && !isJson(name)) return;
    if (!inside(real, rootReal)) {
      found.push({
        path,
        problem: { zh: '链接指向所选目录之外，未读取', en: 'the link leads outside the folder: not read' },
      });
      return;
    }
    if (seen.has(real)) {
      found.push({
        path,
        problem: isDir
          ? {
              zh: '链接指向已读取的目录（循环），未重复读取',
              en: 'the link leads to a folder already read (a loop): not read again',
            }
          : { zh: '链接指向已读取的文件，未重复读取', en: 'the link leads to a file already read: not read again' },
      });
      return;
    }
    seen.add(real);
    if (isDir) visit(path);
    else found.push({ path });
  };
  visit(root);
  // A file reached twice (by its name and by a link to it) is read once; the second row says why.
  const byReal = new Map<string, string>();
  return found.map((f) => {
    if (f.problem !== undefined) return f;
    let real: string;
    try {
      real = realpathSync(f.path);
    } catch {
      return f;
    }
    const first = byReal.get(real);
    if (first === undefined) {
      byReal.set(real, f.path);
      return f;
    }
    return {
      path: f.path,
      problem: { zh: `与 ${first} 是同一个文件，未重复读取`, en: `the same file as ${first}: not read again` },
    };
  });
}

/**
 * The `.json` files named, or found in the folders named (see `walk`): a file named on the command
 * line is read as named, wherever it leads; a folder is walked safely.
 *
 * @example
 * jsonFilesIn(['申报书/']) //=> [{ path: '申报书/a.json' }, { path: '申报书/up', problem: { zh: '链接指向已读取的目录（循环）…' } }]
 */
export function jsonFilesIn(paths: readonly string[]): FoundFile[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [{ path: p }];
    }
    return isDir ? walk(p) : [{ path: p }];
  });
}
