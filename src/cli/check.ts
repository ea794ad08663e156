import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { evaluate } from '../evaluate/evaluate.js';
import { formatTextReport } from '../report/formatTextReport.js';
import { renderHtmlReport } from '../report/renderHtmlReport.js';
import { evaluateOptions, type Flags, UsageError } from './args.js';
import { exitCodeOf } from './exitCodes.js';
import { type CliIo, invalidReason, lineError, painter } from './output.js';
import { readJsonFile } from './readJsonFile.js';

/** `check FILE…`: a report per file (text, `--json`, `--html`); the exit code of the worst verdict. */
export async function check(files: readonly string[], flags: Flags, io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError('check 需要至少一个文件 / check needs at least one file');
  const lang = flags.lang === 'en' ? 'en' : 'zh';
  const opts = evaluateOptions(flags);
  const verdicts: string[] = [];
  const json: { file: string; result: EvaluationResult }[] = [];
  const paint = painter(io);
  for (const file of files) {
    const read = readJsonFile(file);
    if (!read.ok) {
      lineError(io, file, read.reason);
      verdicts.push('invalid');
      continue;
    }
    const result = await evaluate(read.value, opts);
    verdicts.push(result.verdict);
    if (result.verdict === 'invalid' && !flags.json && result.errors[0]?.path[0] !== 'options') {
      lineError(io, file, invalidReason(result));
    }
    if (flags.json) json.push({ file, result });
    else if (result.verdict !== 'invalid') {
      io.stdout.write(`${formatTextReport(file, result, { lang, all: flags.all === true, paint })}\n\n`);
    }
    if (flags.html !== undefined) {
      const target = files.length === 1 ? flags.html : join(flags.html, `${basename(file, extname(file))}.html`);
      if (files.length > 1) mkdirSync(flags.html, { recursive: true });
      writeFileSync(target, renderHtmlReport(result, { title: basename(file) }));
    }
  }
  if (flags.json) io.stdout.write(`${JSON.stringify(files.length === 1 ? json[0]?.result : json, null, 2)}\n`);
  return exitCodeOf(verdicts);
}
