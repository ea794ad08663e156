// How long a check is to write: the lines of each check in rules/*.json, as its author sees them.
// A check written once for the rows of a decision table counts once, with the IDs it defines.
// Prints the median and the largest; `--list` prints every check.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../rules/', import.meta.url);
const sizes = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
  const json = JSON.parse(lines.join('\n'));
  const rows = Object.keys(json.table?.rows ?? {});
  const start = lines.findIndex((l) => /^ {2}"checks": \[/.test(l));
  if (start < 0) continue;
  let from;
  for (let i = start + 1; i < lines.length && !/^ {2}\]/.test(lines[i]); i++) {
    if (/^ {4}\{/.test(lines[i])) from = i;
    if (/^ {4}\}/.test(lines[i]) || (/^ {4}\{.*\},?$/.test(lines[i]) && from === i)) {
      const id = JSON.parse(
        lines
          .slice(from, i + 1)
          .join('\n')
          .replace(/,$/, ''),
      ).id;
      const ids = rows.length > 0 ? rows.map((r) => id.replaceAll('{row}', r)) : [id];
      sizes.push({ file, ids, lines: i - from + 1 });
    }
  }
}
sizes.sort((a, b) => a.lines - b.lines);
const median =
  sizes.length % 2
    ? sizes[(sizes.length - 1) / 2].lines
    : (sizes[sizes.length / 2 - 1].lines + sizes[sizes.length / 2].lines) / 2;
if (process.argv.includes('--list'))
  for (const s of sizes) console.log(String(s.lines).padStart(4), s.ids.join(' + '), `(${s.file})`);
const largest = sizes.at(-1);
console.log(
  `${sizes.length} checks written (${sizes.reduce((n, s) => n + s.ids.length, 0)} loaded): median ${median} lines, largest ${largest.lines} (${largest.ids.join(' + ')})`,
);
