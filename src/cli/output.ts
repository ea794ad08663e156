import { styleText } from 'node:util';
import stringWidth from 'string-width';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { batchCsvHeader } from '../report/batchCsv.js';
import { visibleText } from './visibleText.js';

/** Where the command line writes; `process.stdout` and `process.stderr` when run as a program. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Colours for a terminal (none when piped, or with NO_COLOR). */
export function painter(io: CliIo) {
  const colour = io.stdout.isTTY === true && !io.env?.NO_COLOR;
  const styles = { good: 'green', bad: 'red', warn: 'yellow', dim: 'gray', bold: 'bold' } as const;
  return (style: keyof typeof styles, text: string) => (colour ? styleText(styles[style], text) : text);
}

/** One line on stderr naming a file and why it was not evaluated (`✗`), or what to know about it (`!`). */
export function lineError(io: CliIo, file: string, reason: { zh: string; en: string }, mark = '✗') {
  io.stderr.write(`${mark} ${visibleText(file)}：${visibleText(reason.zh)} / ${visibleText(reason.en)}\n`);
}

/**
 * Why input is not an application: a line naming the file and how many issues, then one line per
 * issue (its field, where it is in the form, what is wrong), the first 20 of them (all with `all`,
 * the command line's `--all`) and how many more.
 */
export function invalidLines(
  file: string,
  result: Extract<EvaluationResult, { verdict: 'invalid' }>,
  all = false,
): string {
  const shown = all ? Number.POSITIVE_INFINITY : 20;
  const issues = result.errors.filter((e) => e.code !== 'too-many-issues');
  const capped = result.errors.length !== issues.length;
  const count = `${issues.length}${capped ? '+' : ''}`;
  const lines = [`✗ ${visibleText(file)}：不是有效的申报书，${count}个问题 / not an application, ${count} issues`];
  for (const e of issues.slice(0, shown)) {
    lines.push(visibleText(`    ${e.pointer || '/'}  ${e.where}：${e.message.zh} / ${e.message.en}`));
  }
  const more = issues.length - Math.min(shown, issues.length);
  if (more > 0) lines.push(`    …另有${more}个问题，用 --all 列出全部 / ${more} more, --all lists them`);
  if (capped) lines.push('    …问题过多，其余未检查 / too many issues: the rest were not looked at');
  return `${lines.join('\n')}\n`;
}

/** `text` padded with spaces to `width` columns of a terminal, where a Chinese character takes two. */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Rows as aligned columns (each as wide as its widest cell, in terminal columns), two spaces apart. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell));
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : padColumns(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** `text` cut to at most `width` terminal columns, with `…` where it was cut. */
export function truncateColumns(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * The start of a CSV: a byte-order mark, so that Excel and WPS on Chinese Windows read it as UTF-8
 * (unless `--no-bom`), then the header line.
 */
export function csvStart(flags: {
  readonly 'no-bom'?: boolean | undefined;
  readonly lang?: string | undefined;
}): string {
  return `${flags['no-bom'] ? '' : '\uFEFF'}${batchCsvHeader(flags.lang === 'zh' ? 'zh' : 'en')}`;
}
