import { parametersAt } from '../pack/parametersAt.js';
import { evaluateOptions, type Flags } from './args.js';
import { exitCodes } from './exitCodes.js';
import type { CliIo } from './output.js';

/** `rules`: the pack's checks with their clauses, and the parameters in effect (or `--json`). */
export function rules(flags: Flags, io: CliIo): number {
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
