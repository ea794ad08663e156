import type { parseArgs } from 'node:util';
import { defaultEvidenceBudget } from '../batch/defaultEvidenceBudget.js';
import { type EvaluateOptions, resolveOptions } from '../evaluate/evaluate.js';
import { defaultPack } from '../pack/defaultPack.js';
import type { RulePack } from '../pack/loadRulePack.js';
import { loadPackDir } from './loadPackDir.js';

/** The help text: commands, options and exit codes, in Chinese and English. */
export const usage = `sme-dx-benchmark: 昌吉州中小企业数字化转型典型标杆申报预审 / pre-check 申报书 against the notice

用法 / usage:
  sme-dx-benchmark check FILE…      评估申报书并输出报告 / evaluate applications, print a report each
      --all                 列出全部检查项和全部格式问题 / list every check, and every schema issue (else the first 20)
      --lang zh|en          报告语言（默认 zh）/ language of the report (default zh)
      --draft               按草稿读取：未填的必填项不算格式错误 / read as a draft: required fields left out are not errors
      --json                输出 JSON：{ results: [{ file, result }], summary } / print { results: [{ file, result }], summary }
      --csv                 每份一行的 CSV（默认带 BOM，--no-bom 去掉；--lang zh 为中文表头和内容）/ one CSV line each
                            (with a BOM unless --no-bom; Chinese headers and values with --lang zh)
      --html PATH           另存 HTML 报告：PATH 以 .html 结尾为文件（仅限一份），否则为目录 / also write HTML: a file if
                            PATH ends in .html (one application only), else a folder, created as needed
  sme-dx-benchmark batch DIR|FILE…  批量评估，检查重复申报和牵头单位 / a whole batch, with duplicates and leads
      --json | --csv        输出 JSON（同上，另有 duplicates、leadsInSeveralApplications）或 CSV
                            / print JSON (as above, with duplicates and leadsInSeveralApplications) or CSV
      --html DIR            每份申报书另存一页 HTML 补正通知，供打印 / also write each one's correction notice as a page
      --stage submission|selection, --selected ID,…   遴选阶段及已入选的申报 / the stage, and the selected ones
      --all                 列出每份申报书 / list every application in the summary
      --evidence-budget N|all   查找相同段落最多读取的字符数（默认随联合体数增加，20 个为 ${defaultEvidenceBudget(20).toLocaleString('en')}）；
                            all 不设上限 / characters the search for shared passages may read (by default more
                            with more consortia, ${defaultEvidenceBudget(20).toLocaleString('en')} for 20); all for no bound
  sme-dx-benchmark serve            HTTP 服务，供非 JavaScript 门户调用 / an HTTP service for portals in Java, .NET…
      --port N (8080), --host H (127.0.0.1), --cors ORIGIN, --max-body BYTES (8 MiB), --max-batch N (10000)
      POST /v1/evaluate, POST /v1/batch (NDJSON), GET /v1/schema, /v1/rules, /openapi.json, /healthz
  sme-dx-benchmark schema           输出申报书 JSON Schema / print the application's JSON Schema
  sme-dx-benchmark rules            列出规则包的检查项与参数 / list the pack's checks and parameters
      --json                输出 JSON / as JSON

  共用选项 / common: --as-of YYYY-MM-DD 评估日期 / evaluation date, --pack DIR 另一规则包 / another rule pack,
  --lang zh|en, --help, --version

退出码 / exit codes: 0 全部符合条件 / all eligible; 1 有不符合条件的 / some ineligible;
  4 有需补正的（无不符合）/ some need correcting, none ineligible; 3 只有需经办人核实的 / some only
  need the clerk's check; 2 文件无法读取或参数错误 / unreadable input or usage.
  文件名可含通配符 * ? [..]，由本程序展开 / file names may hold * ? [..], expanded by the program itself.`;

/** The options every command accepts, for `util.parseArgs`. */
export const options = {
  all: { type: 'boolean' },
  draft: { type: 'boolean' },
  'no-bom': { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  html: { type: 'string' },
  'as-of': { type: 'string' },
  pack: { type: 'string' },
  stage: { type: 'string' },
  selected: { type: 'string' },
  'evidence-budget': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  cors: { type: 'string' },
  'max-body': { type: 'string' },
  'max-batch': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The parsed options. */
export type Flags = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

/** A command line that cannot be run as written: exit code 2, with the message. */
export class UsageError extends Error {}

/** The flag that sets each of `evaluate`'s options. */
const flagOf: Readonly<Record<string, string>> = { asOf: '--as-of', stage: '--stage', pack: '--pack', mode: '--draft' };

/**
 * `evaluate`'s options from the command line: the pack (`--pack DIR`), `--as-of`, `--stage`,
 * `--draft`; checked here, so that a bad one is a usage error (exit 2) naming its flag, before any
 * file is read.
 */
export function evaluateOptions(flags: Flags): EvaluateOptions & { pack: RulePack } {
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
  const options = {
    pack,
    ...(flags['as-of'] !== undefined ? { asOf: flags['as-of'] } : {}),
    ...(flags.stage !== undefined ? { stage: flags.stage as 'submission' | 'selection' } : {}),
    ...(flags.draft ? { mode: 'draft' as const } : {}),
  };
  try {
    resolveOptions(options);
  } catch (error) {
    const option = (error as { option?: string }).option ?? '';
    throw new UsageError(`${flagOf[option] ?? option} ${(error as Error).message}`);
  }
  return options;
}

/**
 * `--evidence-budget N|all`: how many characters the duplicate search may read for shared passages
 * (`findDuplicateConsortia`'s `evidenceBudget`), or undefined for its default.
 */
export function evidenceBudgetOf(flags: Flags): number | undefined {
  const given = flags['evidence-budget'];
  if (given === undefined) return undefined;
  if (given === 'all') return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(given)) {
    throw new UsageError(
      `--evidence-budget 应为非负整数或 all / --evidence-budget must be a whole number of characters or all: ${given}`,
    );
  }
  return Number(given);
}
