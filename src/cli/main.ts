import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { evaluateBatch } from '../batch/evaluateBatch.js';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { type EvaluateOptions, evaluate } from '../evaluate/evaluate.js';
import { unreadableResult } from '../evaluate/unreadableResult.js';
import { applicationJsonSchema } from '../model/applicationJsonSchema.js';
import { defaultPack } from '../pack/defaultPack.js';
import type { RulePack } from '../pack/loadRulePack.js';
import { parametersAt } from '../pack/parametersAt.js';
import { batchCsv } from '../report/batchCsv.js';
import { formatTextReport } from '../report/formatTextReport.js';
import { verdictLabels } from '../report/labels.js';
import { renderHtmlReport } from '../report/renderHtmlReport.js';
import { exitCodeOf, exitCodes } from './exitCodes.js';
import { loadPackDir } from './loadPackDir.js';
import { progressBar } from './progressBar.js';
import { readJsonFile } from './readJsonFile.js';

/** Where the command line writes; `process.stdout` and `process.stderr` when run as a program. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const usage = `sme-dx-benchmark: 昌吉州中小企业数字化转型典型标杆申报预审 / pre-check 申报书 against the notice

用法 / usage:
  sme-dx-benchmark check FILE…      评估申报书并输出报告 / evaluate applications, print a report each
      --all                 列出全部检查项 / list every check, not only those that fail or need review
      --lang zh|en          报告语言（默认 zh）/ language of the report (default zh)
      --json                输出机器可读的 JSON / print the evaluation as JSON
      --html PATH           另存 HTML 报告（多个文件时 PATH 为目录）/ also write an HTML report (a folder for several files)
  sme-dx-benchmark batch DIR|FILE…  批量评估，检查重复申报和牵头单位 / a whole batch, with duplicates and leads
      --json | --csv        输出 JSON 或 CSV / print JSON or CSV instead of the summary
      --stage submission|selection, --selected ID,…   遴选阶段及已入选的申报 / the stage, and the selected ones
      --all                 列出每份申报书 / list every application in the summary
  sme-dx-benchmark schema           输出申报书 JSON Schema / print the application's JSON Schema
  sme-dx-benchmark rules            列出规则包的检查项与参数 / list the pack's checks and parameters
      --json                输出 JSON / as JSON

  共用选项 / common: --as-of YYYY-MM-DD 评估日期 / evaluation date, --pack DIR 另一规则包 / another rule pack,
  --lang zh|en, --help, --version

退出码 / exit codes: 0 全部符合条件 / all eligible; 1 有不符合条件的 / some ineligible;
  3 有需补充或人工审核的（无不符合）/ some need review, none ineligible; 2 文件无法读取或参数错误 / unreadable input or usage.`;

const options = {
  all: { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  html: { type: 'string' },
  'as-of': { type: 'string' },
  pack: { type: 'string' },
  stage: { type: 'string' },
  selected: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

class UsageError extends Error {}

function painter(io: CliIo) {
  const colour = io.stdout.isTTY === true && !io.env?.NO_COLOR;
  const styles = { good: 'green', bad: 'red', warn: 'yellow', dim: 'gray', bold: 'bold' } as const;
  return (style: keyof typeof styles, text: string) => (colour ? styleText(styles[style], text) : text);
}

function evaluateOptions(flags: Flags): EvaluateOptions & { pack: RulePack } {
  let pack: RulePack = defaultPack();
  if (flags.pack !== undefined) {
    try {
      pack = loadPackDir(flags.pack);
    } catch (error) {
      throw new UsageError(`规则包 ${flags.pack} 无效 / invalid rule pack: ${(error as Error).message}`);
    }
  }
  if (flags.stage !== undefined && flags.stage !== 'submission' && flags.stage !== 'selection') {
    throw new UsageError(
      `--stage 应为 submission 或 selection / --stage must be submission or selection: ${flags.stage}`,
    );
  }
  return {
    pack,
    ...(flags['as-of'] !== undefined ? { asOf: flags['as-of'] } : {}),
    ...(flags.stage !== undefined ? { stage: flags.stage as 'submission' | 'selection' } : {}),
  };
}

function lineError(io: CliIo, file: string, reason: { zh: string; en: string }) {
  io.stderr.write(`✗ ${file}：${reason.zh} / ${reason.en}\n`);
}

function invalidReason(result: Extract<EvaluationResult, { verdict: 'invalid' }>) {
  const first = result.errors[0];
  const more = result.errors.length > 1 ? `（共${result.errors.length}个问题）` : '';
  const moreEn = result.errors.length > 1 ? ` (${result.errors.length} issues)` : '';
  return {
    zh: `不是有效的申报书：${first?.where ?? ''}（${first?.pointer || '/'}）${first?.message.zh ?? ''}${more}`,
    en: `not an application: ${first?.pointer || '/'} ${first?.message.en ?? ''}${moreEn}`,
  };
}

async function check(files: readonly string[], flags: Flags, io: CliIo): Promise<number> {
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

function jsonFilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [p];
    }
    if (!isDir) return [p];
    return readdirSync(p, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(p, f));
  });
}

async function batch(paths: readonly string[], flags: Flags, io: CliIo): Promise<number> {
  if (paths.length === 0) throw new UsageError('batch 需要目录或文件 / batch needs a folder or files');
  const lang = flags.lang === 'en' ? 'en' : 'zh';
  const files = jsonFilesIn(paths);
  const opts = evaluateOptions(flags);
  const unreadable = new Map<number, { zh: string; en: string }>();
  const inputs = files.map((file, i) => {
    const read = readJsonFile(file);
    if (read.ok) return read.value;
    unreadable.set(i, read.reason);
    lineError(io, file, read.reason);
    return undefined;
  });
  const selected =
    flags.selected
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const result = await evaluateBatch(inputs, {
    ...opts,
    selected,
    onProgress: progressBar(io.stderr, lang === 'zh' ? '评估中' : 'evaluating'),
  });
  const results: EvaluationResult[] = result.results.map((r, i) => {
    const reason = unreadable.get(i);
    if (reason === undefined) return r;
    return unreadableResult(reason, files[i]);
  });
  results.forEach((r, i) => {
    if (r.verdict === 'invalid' && !unreadable.has(i)) lineError(io, files[i] ?? String(i), invalidReason(r));
  });
  const full = { ...result, results };
  if (flags.csv) {
    io.stdout.write(batchCsv(full, files));
  } else if (flags.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          summary: result.summary,
          duplicates: result.duplicates.map((d) => ({
            ...d,
            a: { ...d.a, file: files[d.a.index] },
            b: { ...d.b, file: files[d.b.index] },
          })),
          leadsInSeveralApplications: result.leadsInSeveralApplications,
          results: results.map((r, i) => ({ file: files[i], result: r })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout.write(summaryText(files, full, flags, lang, painter(io)));
  }
  return exitCodeOf(results.map((r) => r.verdict));
}

function summaryText(
  files: readonly string[],
  batch: Awaited<ReturnType<typeof evaluateBatch>>,
  flags: Flags,
  lang: 'zh' | 'en',
  paint: ReturnType<typeof painter>,
): string {
  const zh = lang === 'zh';
  const s = batch.summary;
  const out: string[] = [];
  out.push(paint('bold', zh ? `批量评估：共 ${s.total} 份申报书` : `Batch: ${s.total} applications`));
  out.push(zh ? '| 结论 | 份数 |' : '| verdict | count |', '| --- | ---: |');
  const rows: [string, number][] = [
    ['eligible', s.eligible],
    ['ineligible', s.ineligible],
    ['needs-review', s.needsReview],
    ['invalid', s.invalid],
  ];
  for (const [verdict, count] of rows) out.push(`| ${verdictLabels[verdict]?.[lang] ?? verdict} | ${count} |`);
  out.push('');
  const listed = batch.results.flatMap((r, i) => (flags.all || r.verdict !== 'eligible' ? [[r, i] as const] : []));
  if (listed.length > 0) {
    out.push(
      paint(
        'bold',
        zh ? (flags.all ? '各申报书：' : '不符合、需审核或无法读取的申报书：') : 'Applications not eligible:',
      ),
    );
    for (const [r, i] of listed) {
      const fails =
        r.verdict === 'invalid'
          ? []
          : [...new Set(r.checks.filter((c) => c.outcome === 'fail' && c.kind !== 'advisory').map((c) => c.id))];
      const reviews =
        r.verdict === 'invalid'
          ? []
          : [
              ...new Set(
                r.checks
                  .filter((c) => c.outcome === 'review' || (c.kind === 'completeness' && c.outcome === 'fail'))
                  .map((c) => c.id),
              ),
            ];
      const detail = [
        ...fails.map((id) => `✗${id}`),
        ...reviews.filter((id) => !fails.includes(id)).map((id) => `?${id}`),
      ].join(' ');
      out.push(`  ${files[i]}: ${verdictLabels[r.verdict]?.[lang] ?? r.verdict}${detail ? `  ${detail}` : ''}`);
    }
    out.push('');
  }
  out.push(
    paint(
      'bold',
      zh
        ? `重复申报（参与单位和申报内容均高度相似）：${batch.duplicates.length} 对`
        : `Duplicate consortia: ${batch.duplicates.length} pairs`,
    ),
  );
  for (const d of batch.duplicates) {
    out.push(
      `  ${files[d.a.index]} ↔ ${files[d.b.index]}：${zh ? '参与单位相似度' : 'units'} ${Math.round(d.unitSimilarity * 100)}%，${zh ? '申报内容相似度' : 'content'} ${Math.round(d.contentSimilarity * 100)}%，${zh ? `共同单位 ${d.sharedUnits.length} 家` : `${d.sharedUnits.length} shared units`}`,
    );
    for (const passage of d.sharedPassages) out.push(`      “${passage}”`);
  }
  out.push('');
  out.push(
    paint(
      'bold',
      zh
        ? `牵头多项“链式”“集群”“一带一路”申报的单位：${batch.leadsInSeveralApplications.length} 家`
        : `Leads of several applications: ${batch.leadsInSeveralApplications.length}`,
    ),
  );
  for (const lead of batch.leadsInSeveralApplications) {
    out.push(`  ${lead.name}（${lead.creditCode}）：${lead.applications.map((a) => files[a.index]).join('、')}`);
  }
  return `${out.join('\n')}\n`;
}

function rules(flags: Flags, io: CliIo): number {
  const { pack } = evaluateOptions(flags);
  const lang = flags.lang === 'en' ? 'en' : 'zh';
  const { values } = parametersAt(pack, flags['as-of'] ?? '9999-12-31');
  if (flags.json) {
    io.stdout.write(
      `${JSON.stringify({ pack: pack.meta, checks: pack.checks, parameters: pack.parameters }, null, 2)}\n`,
    );
    return exitCodes.eligible;
  }
  const out = [`${pack.meta.title} · ${pack.meta.name} ${pack.meta.version}`, ''];
  for (const c of pack.checks)
    out.push(`${c.id.padEnd(32)} ${c.clause.padEnd(14)} ${c.kind.padEnd(12)} ${c.title[lang]}`);
  out.push('', lang === 'zh' ? '参数（现行值）：' : 'Parameters (values in effect):');
  for (const [name, p] of Object.entries(pack.parameters)) {
    const value = JSON.stringify(values[name]);
    out.push(
      `${name.padEnd(34)} ${(value && value.length > 60 ? `${value.slice(0, 57)}…` : value) ?? ''}  ${p.clause}  ${p.description[lang]}`,
    );
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return exitCodes.eligible;
}

/**
 * The command line, as a function: parses `argv`, runs the command, writes to `io`, and resolves to
 * the exit code (see `exitCodes`). Never throws.
 */
export async function run(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`用法错误 / usage: ${(error as Error).message}\n\n${usage}\n`);
    return exitCodes.invalid;
  }
  const { values: flags, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (flags.version) {
    io.stdout.write(`${version}\n`);
    return exitCodes.eligible;
  }
  if (flags.help || command === undefined || command === 'help') {
    io.stdout.write(`${usage}\n`);
    return command === undefined && !flags.help ? exitCodes.invalid : exitCodes.eligible;
  }
  if (flags.lang !== undefined && flags.lang !== 'zh' && flags.lang !== 'en') {
    io.stderr.write(`--lang 应为 zh 或 en / --lang must be zh or en: ${flags.lang}\n`);
    return exitCodes.invalid;
  }
  try {
    switch (command) {
      case 'check':
        return await check(rest, flags, io);
      case 'batch':
        return await batch(rest, flags, io);
      case 'schema':
        io.stdout.write(`${JSON.stringify(applicationJsonSchema, null, 2)}\n`);
        return exitCodes.eligible;
      case 'rules':
        return rules(flags, io);
      default:
        io.stderr.write(`未知命令 / unknown command: ${command}\n\n${usage}\n`);
        return exitCodes.invalid;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${error instanceof UsageError ? '' : '出错 / error: '}${message}\n`);
    return exitCodes.invalid;
  }
}
