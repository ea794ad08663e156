import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { summarize } from '../batch/evaluateBatch.js';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { evaluate } from '../evaluate/evaluate.js';
import { unreadableResult } from '../evaluate/unreadableResult.js';
import type { RulePack } from '../pack/loadRulePack.js';
import { batchCsvRow } from '../report/batchCsv.js';
import { formatTextReport } from '../report/formatTextReport.js';
import { renderHtmlReport } from '../report/renderHtmlReport.js';
import { evaluateOptions, type Flags, UsageError } from './args.js';
import { exitCodeOf } from './exitCodes.js';
import { type CliIo, csvStart, invalidLines, lineError, painter } from './output.js';
import { readJsonFile } from './readJsonFile.js';
import { visibleJson, visibleStrings, visibleText } from './visibleText.js';
import { ensureWritableFolder, writeFileAtomic } from './writeFileAtomic.js';

/**
 * Where `--html PATH` writes each file's report: PATH itself when it ends in `.html` (one file only),
 * else a folder, with a report named after each file. Two files of one name (a/x.json, b/x.json) get
 * pages of their own (x.html, x-2.html): one report never overwrites another. The folder is created
 * as needed and checked writable here, before any report.
 */
export function htmlTargets(path: string, files: readonly string[]): string[] {
  const isFile = extname(path).toLowerCase() === '.html' && !(existsSync(path) && statSync(path).isDirectory());
  if (isFile && files.length > 1) {
    throw new UsageError(
      `--html ${path}：多个文件时应为目录 / with several files --html names a folder, not a .html file`,
    );
  }
  // Checked before any file is read: an unwritable place stops the command at once (exit 2).
  ensureWritableFolder(isFile ? dirname(path) : path);
  if (isFile) return [path];
  const taken = new Set<string>();
  return files.map((file) => {
    const base = basename(file, extname(file));
    let name = `${base}.html`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.html`;
    taken.add(name.toLowerCase());
    return join(path, name);
  });
}

/** Write one application's HTML report (the 补正通知 a clerk prints) whole or not at all. */
export function writeHtmlReport(target: string, result: EvaluationResult, file: string, pack?: RulePack): void {
  writeFileAtomic(target, renderHtmlReport(result, { title: basename(file), ...(pack ? { pack } : {}) }));
}

/** `check FILE…`: a report per file (text, `--json`, `--csv`, `--html`); the exit code of the worst verdict. */
export async function check(files: readonly string[], flags: Flags, io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError('check 需要至少一个文件 / check needs at least one file');
  const lang = flags.lang === 'en' ? 'en' : 'zh';
  const opts = evaluateOptions(flags);
  const html = flags.html === undefined ? undefined : htmlTargets(flags.html, files);
  const csv = flags.csv === true;
  const json = !csv && flags.json === true;
  const results: { file: string; result: EvaluationResult }[] = [];
  const paint = painter(io);
  if (csv) io.stdout.write(csvStart(flags));
  for (const [index, file] of files.entries()) {
    const read = readJsonFile(file);
    let result: EvaluationResult;
    if (!read.ok) {
      lineError(io, file, read.reason);
      // Why, in the result too: `--json` and `--csv` say it as `batch` does.
      result = unreadableResult(read.reason, file);
    } else {
      if (read.note !== undefined) lineError(io, file, read.note, '!');
      result = await evaluate(read.value, opts);
      if (result.verdict === 'invalid') io.stderr.write(invalidLines(file, result, flags.all === true));
    }
    results.push({ file, result });
    if (csv) io.stdout.write(batchCsvRow(result, file, flags.lang === 'zh' ? 'zh' : 'en'));
    else if (!json && result.verdict !== 'invalid') {
      // Every word of the application shown as data: a name cannot draw a verdict of its own.
      const shown = visibleStrings(result);
      const options = { lang, all: flags.all === true, paint, pack: opts.pack } as const;
      io.stdout.write(`${formatTextReport(visibleText(file), shown, options)}\n\n`);
    }
    // The event loop runs between files: Ctrl-C is handled there, never in the middle of a report.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const target = html?.[index];
    if (target !== undefined && read.ok) {
      writeHtmlReport(target, result, file, opts.pack);
      io.stderr.write(`HTML 报告 / HTML report: ${visibleText(target)}\n`);
    }
  }
  const verdicts = results.map((r) => r.result.verdict);
  if (json) {
    io.stdout.write(`${visibleJson(JSON.stringify({ results, summary: summarize(verdicts) }, null, 2))}\n`);
  }
  return exitCodeOf(verdicts);
}
