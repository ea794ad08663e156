import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DuplicateGroup } from '../batch/duplicateGroupsOf.js';
import { progressReporter, summarize } from '../batch/evaluateBatch.js';
import { type DuplicatePair, keptEntryOf } from '../batch/findDuplicateConsortia.js';
import type { LeadInSeveralApplications } from '../batch/planBatch.js';
import { runBatch } from '../batch/runBatch.js';
import { unitNameIn } from '../batch/unitNameIn.js';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { readApplication, resolveOptions } from '../evaluate/evaluate.js';
import { percentText } from '../evaluate/formatMessage.js';
import { unreadableResult } from '../evaluate/unreadableResult.js';
import { batchCsvRow } from '../report/batchCsv.js';
import { verdictLabels } from '../report/labels.js';
import { evaluateOptions, evidenceBudgetOf, type Flags, UsageError } from './args.js';
import { htmlTargets, writeHtmlReport } from './check.js';
import { exitCodeOf } from './exitCodes.js';
import { jsonFilesIn } from './jsonFilesIn.js';
import { type CliIo, columns, csvStart, invalidLines, lineError, painter } from './output.js';
import { progressBar } from './progressBar.js';
import { readJsonFile } from './readJsonFile.js';
import { visibleJson, visibleStrings, visibleText } from './visibleText.js';

/** One application's line in the summary: its verdict and the checks that fail (✗), to correct (!) or verify (?). */
function summaryLine(file: string, r: EvaluationResult, lang: 'zh' | 'en'): string {
  const ids = (action: string) =>
    r.verdict === 'invalid' ? [] : [...new Set(r.checks.filter((c) => c.action === action).map((c) => c.id))];
  const detail = [
    ...ids('reject').map((id) => `✗${id}`),
    ...ids('correct').map((id) => `!${id}`),
    ...ids('verify').map((id) => `?${id}`),
  ].join(' ');
  return `  ${visibleText(file)}: ${verdictLabels[r.verdict]?.[lang] ?? r.verdict}${detail ? `  ${detail}` : ''}`;
}

/**
 * A full garbage collection, where Node lets one be asked for: a streamed batch asks between files so
 * that the heap stays near what is kept (V8 would otherwise let a pass's garbage grow the heap to
 * several times that before collecting it).
 */
function collector(): () => void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // Without it the batch is the same, only larger in memory.
  }
  return () => {};
}

/** Indent a JSON text by `n` spaces after its first line, to nest it in a document written by parts. */
const nested = (json: string, n: number) => json.replaceAll('\n', `\n${' '.repeat(n)}`);

/**
 * `batch DIR|FILE…`: every file evaluated together (the checks across applications included), a
 * progress bar on a terminal, then a summary (or `--json`, `--csv`); an unreadable file is reported in
 * place and the rest go on. Streamed in two passes, so that memory grows with what is kept, not with
 * the files: the first reads each file for what the checks across applications need (its lead, units
 * and, for a consortium, its text: `batchEntryOf`), the second reads it again, evaluates it, writes
 * its part of the output and lets it go.
 */
export async function batch(paths: readonly string[], flags: Flags, io: CliIo): Promise<number> {
  if (paths.length === 0) throw new UsageError('batch 需要目录或文件 / batch needs a folder or files');
  const lang = flags.lang === 'en' ? 'en' : 'zh';
  const resolved = resolveOptions(evaluateOptions(flags));
  const evidenceBudget = evidenceBudgetOf(flags);
  const found = jsonFilesIn(paths);
  const files = found.map((f) => f.path);
  if (files.length === 0) {
    throw new UsageError(`${paths.join(' ')} 中没有 .json 文件 / no .json files in ${paths.join(' ')}`);
  }
  // A page per application for the clerk to print; the folder is checked before anything is read.
  const html = flags.html === undefined ? undefined : htmlTargets(flags.html, files);
  const selected =
    flags.selected
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const total = files.length;
  const bar = progressBar(io.stderr, lang === 'zh' ? '评估中' : 'evaluating');
  const progress = progressReporter(bar, total);
  // A hazard the folder walk met (a FIFO, a loop, a link out of the folder) is that row's reason: never read.
  const problems = new Map(found.flatMap((f) => (f.problem === undefined ? [] : [[f.path, f.problem] as const])));
  const readFile = (file: string) => {
    const problem = problems.get(file);
    if (problem !== undefined) return { unreadable: problem } as const;
    const read = readJsonFile(file);
    if (!read.ok) return { unreadable: read.reason } as const;
    return { value: read.value, note: read.note, parsed: readApplication(read.value, resolved) } as const;
  };

  // A unit's name is read again from its file for the pairs that name it (the first reading keeps
  // codes, and a consortium's text, nothing else).
  const nameIn = (file: string) => (code: string) => {
    const read = readFile(file);
    return read.parsed?.ok ? unitNameIn(read.parsed.application, code) : '';
  };
  const collect = collector();

  const verdicts: string[] = [];
  const listed: string[] = [];
  const csv = flags.csv === true;
  const json = !csv && flags.json === true;
  if (csv) io.stdout.write(csvStart(flags));
  if (json) io.stdout.write('{\n  "results": [');
  // The one batch plan (runBatch), over the files read twice: this driver only reads and writes.
  let last: ReturnType<typeof readFile> | undefined;
  const plan = await runBatch(
    {
      read: function* () {
        for (const file of files) {
          const read = readFile(file);
          last = read;
          yield 'unreadable' in read && read.unreadable !== undefined
            ? { ok: false as const, issues: unreadableResult(read.unreadable, file).errors }
            : read.parsed;
        }
      },
      keep: (application, index) =>
        keptEntryOf(application, index, {
          pack: resolved.pack,
          asOf: resolved.asOf,
          nameOf: nameIn(files[index] as string),
        }),
    },
    {
      resolved,
      selected,
      evidenceBudget,
      // The CSV is written from the compact answer; HTML reports need every result.
      compact: csv && html === undefined,
      onProgress: (done) => progress(done),
      onResult: async (result, index) => {
        const file = files[index] as string;
        const read = last;
        if (index === 0) collect(); // what the first reading left behind, before the output grows
        const unreadable = read !== undefined && 'unreadable' in read ? read.unreadable : undefined;
        if (unreadable !== undefined) lineError(io, file, unreadable);
        if (read !== undefined && 'note' in read && read.note !== undefined) lineError(io, file, read.note, '!');
        if (result.verdict === 'invalid' && unreadable === undefined) {
          io.stderr.write(invalidLines(file, result, flags.all === true));
        }
        verdicts.push(result.verdict);
        const page = html?.[index];
        if (page !== undefined) writeHtmlReport(page, result, file, resolved.pack);
        if (csv) io.stdout.write(batchCsvRow(result, file, flags.lang === 'zh' ? 'zh' : 'en'));
        else if (json) {
          io.stdout.write(
            `${index === 0 ? '' : ','}\n    ${nested(visibleJson(JSON.stringify({ file, result }, null, 2)), 4)}`,
          );
        } else if (flags.all || result.verdict !== 'eligible') listed.push(summaryLine(file, result, lang));
        if (index % 2000 === 1999) collect();
        // Now and then the event loop runs: Ctrl-C is handled between files, never in the middle of one.
        if (index % 16 === 15) await new Promise<void>((resolve) => setImmediate(resolve));
      },
    },
  );
  const counts = summarize(verdicts);
  const duplicates = plan.duplicates;
  const leads = plan.leadsInSeveralApplications;
  if (json) {
    const rest = {
      summary: counts,
      duplicateGroups: plan.duplicateGroups.map((g) => ({
        ...g,
        members: g.members.map((m) => ({ ...m, file: files[m.index] })),
      })),
      duplicates: duplicates.map((d) => ({
        ...d,
        a: { ...d.a, file: files[d.a.index] },
        b: { ...d.b, file: files[d.b.index] },
      })),
      leadsInSeveralApplications: leads,
    };
    const body = nested(
      visibleJson(JSON.stringify(rest, null, 2))
        .slice(1, -1)
        .trimEnd(),
      0,
    );
    io.stdout.write(`${files.length > 0 ? '\n  ' : ''}],${body}\n}\n`);
  } else if (!csv) {
    io.stdout.write(
      summaryText(
        files.map(visibleText),
        visibleStrings({ summary: counts, listed, duplicates, groups: plan.duplicateGroups, leads }),
        flags,
        lang,
        painter(io),
      ),
    );
    if (html !== undefined) {
      io.stderr.write(
        `HTML 补正通知 ${files.length} 份 / ${plural(files.length, 'HTML report')}: ${visibleText(flags.html ?? '')}\n`,
      );
    }
  }
  return exitCodeOf(verdicts);
}

/** `1 pair`, `2 pairs`. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The batch for a person: verdict counts, the applications not eligible, duplicates, leads of several. */
function summaryText(
  files: readonly string[],
  batch: {
    summary: ReturnType<typeof summarize>;
    listed: readonly string[];
    duplicates: readonly DuplicatePair[];
    groups: readonly DuplicateGroup[];
    leads: readonly LeadInSeveralApplications[];
  },
  flags: Flags,
  lang: 'zh' | 'en',
  paint: ReturnType<typeof painter>,
): string {
  const zh = lang === 'zh';
  const s = batch.summary;
  const out: string[] = [];
  out.push(paint('bold', zh ? `批量评估：共 ${s.total} 份申报书` : `Batch: ${plural(s.total, 'application')}`));
  const rows: [string, number][] = [
    ['eligible', s.eligible],
    ['ineligible', s.ineligible],
    ['needs-correction', s.needsCorrection],
    ['needs-review', s.needsReview],
    ['invalid', s.invalid],
  ];
  // Aligned in a terminal's columns, where a Chinese character takes two.
  out.push(
    ...columns([
      zh ? ['结论', '份数'] : ['verdict', 'count'],
      ...rows.map(([verdict, count]) => [verdictLabels[verdict]?.[lang] ?? verdict, String(count).padStart(5)]),
    ]).map((l) => `  ${l}`),
  );
  out.push('');
  const { listed } = batch;
  if (listed.length > 0) {
    out.push(
      paint(
        'bold',
        zh
          ? flags.all
            ? '各申报书：'
            : '不符合、需补正、需核实或无法读取的申报书：'
          : flags.all
            ? 'Every application:'
            : 'Applications not eligible:',
      ),
    );
    out.push(...listed);
    out.push('');
  }
  const groups = batch.groups;
  out.push(
    paint(
      'bold',
      zh
        ? `疑似重复申报（参与单位和申报内容均高度相似，需核实）：${groups.length} 组（${batch.duplicates.length} 对）`
        : `Possible duplicate consortia (alike in units and content; to be verified): ${plural(groups.length, 'group')} (${plural(batch.duplicates.length, 'pair')})`,
    ),
  );
  const range = (r: { min: number; max: number }) =>
    r.min === r.max ? percentText(r.min) : `${percentText(r.min)}–${percentText(r.max)}`;
  for (const g of groups) {
    const shown = g.members.slice(0, 10).map((m) => files[m.index]);
    const more = g.members.length - shown.length;
    const names = `${shown.join(zh ? '、' : ', ')}${more > 0 ? (zh ? ` 等 ${g.members.length} 份` : `, ${more} more`) : ''}`;
    const shared = g.example.sharedUnits.length;
    out.push(
      zh
        ? `  ${names}：参与单位相似度 ${range(g.unitSimilarity)}，申报内容相似度 ${range(g.contentSimilarity)}，共同单位 ${shared} 家`
        : `  ${names}: units ${range(g.unitSimilarity)}, content ${range(g.contentSimilarity)}, ${plural(shared, 'shared unit')}`,
    );
    for (const passage of g.example.sharedPassages) out.push(`      “${passage}”`);
  }
  out.push('');
  out.push(
    paint(
      'bold',
      zh
        ? `牵头多项“链式”“集群”“一带一路”申报的单位：${batch.leads.length} 家`
        : `Leads of several applications: ${batch.leads.length}`,
    ),
  );
  for (const lead of batch.leads) {
    out.push(
      zh
        ? `  ${lead.name}（${lead.creditCode}）：${lead.applications.map((a) => files[a.index]).join('、')}`
        : `  ${lead.name} (${lead.creditCode}): ${lead.applications.map((a) => files[a.index]).join(', ')}`,
    );
  }
  return `${out.join('\n')}\n`;
}
