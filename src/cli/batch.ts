import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateBatch } from '../batch/evaluateBatch.js';
import type { EvaluationResult } from '../evaluate/checkResult.js';
import { percentText } from '../evaluate/formatMessage.js';
import { isAdvisoryNote } from '../evaluate/isAdvisoryNote.js';
import { unreadableResult } from '../evaluate/unreadableResult.js';
import { batchCsv } from '../report/batchCsv.js';
import { verdictLabels } from '../report/labels.js';
import { evaluateOptions, type Flags, UsageError } from './args.js';
import { exitCodeOf } from './exitCodes.js';
import { type CliIo, invalidReason, lineError, painter } from './output.js';
import { progressBar } from './progressBar.js';
import { readJsonFile } from './readJsonFile.js';

/** The `.json` files named, or found in the folders named (recursively, sorted). */
export function jsonFilesIn(paths: readonly string[]): string[] {
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

/**
 * `batch DIR|FILE…`: `evaluateBatch` over every file, a progress bar on a terminal, then a summary
 * (or `--json`, `--csv`); an unreadable file is reported in place and the rest go on.
 */
export async function batch(paths: readonly string[], flags: Flags, io: CliIo): Promise<number> {
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

/** The batch for a person: verdict counts, the applications not eligible, duplicates, leads of several. */
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
          : [...new Set(r.checks.filter((c) => c.outcome === 'fail' && !isAdvisoryNote(c)).map((c) => c.id))];
      const reviews =
        r.verdict === 'invalid'
          ? []
          : [
              ...new Set(
                r.checks
                  .filter(
                    (c) =>
                      (c.outcome === 'review' && !isAdvisoryNote(c)) ||
                      (c.kind === 'completeness' && c.outcome === 'fail'),
                  )
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
        ? `疑似重复申报（参与单位和申报内容均高度相似，需核实）：${batch.duplicates.length} 对`
        : `Possible duplicate consortia (alike in units and content; to be verified): ${batch.duplicates.length} pairs`,
    ),
  );
  for (const d of batch.duplicates) {
    out.push(
      `  ${files[d.a.index]} ↔ ${files[d.b.index]}：${zh ? '参与单位相似度' : 'units'} ${percentText(d.unitSimilarity)}，${zh ? '申报内容相似度' : 'content'} ${percentText(d.contentSimilarity)}，${zh ? `共同单位 ${d.sharedUnits.length} 家` : `${d.sharedUnits.length} shared units`}`,
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
