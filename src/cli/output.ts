import { styleText } from 'node:util';
import type { EvaluationResult } from '../evaluate/checkResult.js';

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

/** One line on stderr naming a file and why it was not evaluated. */
export function lineError(io: CliIo, file: string, reason: { zh: string; en: string }) {
  io.stderr.write(`✗ ${file}：${reason.zh} / ${reason.en}\n`);
}

/** Why input is not an application, in one line: the first issue and how many there are. */
export function invalidReason(result: Extract<EvaluationResult, { verdict: 'invalid' }>) {
  const first = result.errors[0];
  const more = result.errors.length > 1 ? `（共${result.errors.length}个问题）` : '';
  const moreEn = result.errors.length > 1 ? ` (${result.errors.length} issues)` : '';
  return {
    zh: `不是有效的申报书：${first?.where ?? ''}（${first?.pointer || '/'}）${first?.message.zh ?? ''}${more}`,
    en: `not an application: ${first?.pointer || '/'} ${first?.message.en ?? ''}${moreEn}`,
  };
}
