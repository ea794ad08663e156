import { parseArgs } from 'node:util';
import { applicationJsonSchema } from '../model/applicationJsonSchema.js';
import { applicationJsonSchemaOf } from '../pack/applicationSchemaOf.js';
import { evaluateOptions, options, UsageError, usage } from './args.js';
import { batch } from './batch.js';
import { check } from './check.js';
import { exitCodes } from './exitCodes.js';
import { expandGlobs } from './expandGlobs.js';
import type { CliIo } from './output.js';
import { rules } from './rules.js';
import { serve } from './serve.js';
import { visibleJson, visibleText } from './visibleText.js';
import { OutputError } from './writeFileAtomic.js';

export type { CliIo } from './output.js';

/**
 * The command line, as a function: parses `argv`, runs the command, writes to `io`, and resolves to
 * the exit code (see `exitCodes`). Never throws.
 */
export async function run(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // One line: what is wrong, and where to read how it is used.
    const message = (error as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    const what = unknown === undefined ? message.split('. ')[0] : `未知选项 / unknown option ${unknown}`;
    io.stderr.write(`用法错误 / usage: ${visibleText(what ?? '')}（sme-dx-benchmark --help 查看用法 / see --help）\n`);
    return exitCodes.invalid;
  }
  const { values: flags, positionals } = parsed;
  const [command, ...named] = positionals;
  const rest = expandGlobs(named);
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
      case 'schema': {
        // The schema of the pack's 申报书 (`--pack DIR`: its directions and industries, in its words).
        const schema =
          flags.pack === undefined ? applicationJsonSchema : applicationJsonSchemaOf(evaluateOptions(flags).pack);
        io.stdout.write(`${visibleJson(JSON.stringify(schema, null, 2))}\n`);
        return exitCodes.eligible;
      }
      case 'rules':
        return rules(flags, io);
      case 'serve':
        return await serve(flags, io, version);
      default:
        io.stderr.write(`未知命令 / unknown command: ${visibleText(command)}\n\n${usage}\n`);
        return exitCodes.invalid;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof OutputError) && typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      // The output itself could not be written (stdout on a full disk): one line, never a trace.
      io.stderr.write(`无法写出结果（${code}）/ cannot write the output (${code})\n`);
      return exitCodes.invalid;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `${error instanceof UsageError ? '' : '出错 / error: '}${visibleText(message).replaceAll('\\u000a', '\n')}\n`,
    );
    return exitCodes.invalid;
  }
}
