import { evaluationDateOf } from '../evaluate/evaluationDateOf.js';
import { editionOf } from '../pack/editionOf.js';
import { evaluateOptions, type Flags } from './args.js';
import { exitCodes } from './exitCodes.js';
import { type CliIo, columns, truncateColumns } from './output.js';
import { visibleJson, visibleText } from './visibleText.js';

/** `rules`: the pack's checks with their clauses, and the parameters in effect (or `--json`). */
export function rules(flags: Flags, io: CliIo): number {
  const { pack } = evaluateOptions(flags);
  const lang = flags.lang === 'en' ? 'en' : 'zh';
  const edition = editionOf(pack, evaluationDateOf(undefined, flags['as-of'], pack));
  const values = edition.parameters;
  if (flags.json) {
    io.stdout.write(
      `${visibleJson(JSON.stringify({ pack: pack.meta, checks: edition.checks, parameters: pack.parameters }, null, 2))}\n`,
    );
    return exitCodes.eligible;
  }
  const out = [`${pack.meta.title} · ${pack.meta.name} ${pack.meta.version}`, ''];
  out.push(...columns(edition.checks.map((c) => [c.id, c.clause, c.kind, c.title[lang]])));
  out.push('', lang === 'zh' ? '参数（现行值）：' : 'Parameters (values in effect):');
  out.push(
    ...columns(
      Object.entries(pack.parameters).map(([name, p]) => {
        return [name, truncateColumns(JSON.stringify(values[name]) ?? '', 48), p.clause, p.description[lang]];
      }),
    ),
  );
  io.stdout.write(`${out.map(visibleText).join('\n')}\n`);
  return exitCodes.eligible;
}
