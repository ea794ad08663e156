import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const wild = /[*?[]/;

/** A segment's wildcards (`*`, `?`, `[…]`) as a regular expression over one name. */
function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] as string;
    if (ch === '*') source += '[^/\\\\]*';
    else if (ch === '?') source += '[^/\\\\]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        const set = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${set}]`;
        i = end;
      }
    } else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, process.platform === 'win32' ? 'i' : '');
}

/**
 * 通配符展开: the paths a command line names, with `*`, `?` and `[…]` expanded by the program itself,
 * as Windows shells pass `*.json` through unexpanded. A pattern that matches nothing is kept as it is
 * (so that its file is reported as not found); names starting with a dot match only a pattern that
 * does. Matches are sorted.
 *
 * @example
 * expandGlobs(['申报书\\*.json']) //=> ['申报书\\a.json', '申报书\\b.json']
 */
export function expandGlobs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!wild.test(path)) return [path];
    const segments = path.split(/[/\\]/);
    const absolute = segments[0] === '';
    let found = [absolute ? '/' : segments[0] === '' ? '.' : ''];
    for (const [i, segment] of segments.entries()) {
      if (i === 0 && (absolute || !wild.test(segment))) {
        if (!absolute) found = [segment];
        continue;
      }
      if (!wild.test(segment)) {
        found = found.map((dir) => (dir === '' ? segment : join(dir, segment)));
        continue;
      }
      const pattern = segmentPattern(segment);
      found = found.flatMap((dir) => {
        try {
          return readdirSync(dir === '' ? '.' : dir)
            .filter((name) => (!name.startsWith('.') || segment.startsWith('.')) && pattern.test(name))
            .sort()
            .map((name) => (dir === '' ? name : join(dir, name)));
        } catch {
          return [];
        }
      });
    }
    return found.length > 0 ? found : [path];
  });
}
