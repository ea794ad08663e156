import { whileEvaluating } from '../facts/derivedOnce.js';
import { doubtsOf } from '../facts/doubtsOf.js';
import { plainReading, type Reading } from '../facts/reading.js';
import type { BatchContext, FactContext } from '../facts/registry.js';
import { isCalendarDate } from '../model/calendarDate.js';
import { excerpt } from '../model/describeZodIssue.js';
import type { Message } from '../model/issue.js';
import { labelAt } from '../model/labelAt.js';
import { type ParseResult, parseApplicationWith } from '../model/parseApplication.js';
import { parseDraftWith } from '../model/parseDraft.js';
import { participantPointer } from '../model/participantPointer.js';
import { Application } from '../model/schema.js';
import { applicationSchemaOf, ownFormSchemaOf, packWords } from '../pack/applicationSchemaOf.js';
import { defaultPack } from '../pack/defaultPack.js';
import { editionOf, type PackEdition } from '../pack/editionOf.js';
import { formEntriesOf } from '../pack/formEntriesOf.js';
import { isRulePack } from '../pack/isRulePack.js';
import type { LoadedCheck, RulePack } from '../pack/loadRulePack.js';
import type { CheckResult, Evaluation, EvaluationResult, Stage, Subject, Summary } from './checkResult.js';
import { type CompactResult, compactResultOf } from './compactResultOf.js';
import { type CompiledChecks, type CompiledRule, compilePack, unitRuleName } from './compilePack.js';
import { FactRun } from './compileRule.js';
import { correctionsOf, verificationsOf } from './correctionsOf.js';
import { decideEveryWay } from './decideEveryWay.js';
import { defaultPackOnDemand } from './defaultPackOnDemand.js';
import { evaluationDateOf as dateOfEvaluation } from './evaluationDateOf.js';
import { fieldsOf } from './fieldsOf.js';
import {
  checkResultOf,
  doesNotApply,
  interpretRule,
  noItems,
  noValues,
  type ResultContext,
  ruleOutcome,
} from './interpretRuleResult.js';
import { isAdvisoryNote } from './isAdvisoryNote.js';
import { optionError } from './optionError.js';
import { readingsOf } from './readingsOf.js';
import { removableFailures, withRemovals } from './removableParticipants.js';
import { newFrame, type RuleFrame } from './ruleFrame.js';
import { evaluationFailed } from './unreadableResult.js';
import { verdictOf } from './verdictOf.js';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** 评估日期 `YYYY-MM-DD`; defaults to the application's `submittedOn`. The clock is never read. */
  readonly asOf?: string;
  /**
   * Another rule pack (another year's or city's notice), from `loadRulePack`. Without it, the notice's
   * pack (`defaultPack()`); a page that always gives its own never loads that one with `evaluate`.
   */
  readonly pack?: RulePack;
  /** `submission` (default) or `selection`; matters for checks across applications. */
  readonly stage?: Stage;
  /**
   * `compiled` (default): the pack's conditions compiled to closures when first used. Or
   * `json-rules-engine`: the same rules run by json-rules-engine, the reference the compiled
   * evaluation is tested against (loaded only when asked for; `evaluate` only, not `evaluateSync`).
   */
  readonly engine?: Engine;
  /**
   * `strict` (default): a 申报书 as submitted; a required field that is not there makes it `invalid`.
   * `draft`: a 申报书 being filled in; a field not there yet is unfilled, not an error: every check
   * that can run runs, one that needs the field asks for it (`review`, with the field's pointer), and
   * `form.required-fields` names required text left out. Only what cannot be read stays an issue.
   */
  readonly mode?: Mode;
  /**
   * `full` (default): every check with its values. `compact`: the verdict, the corrections and only
   * the checks that did not pass (see `compactResultOf`): what a portal shows, a fraction of the size.
   * `evaluate` and `evaluateSync` only.
   */
  readonly detail?: Detail;
  /** With `detail: 'compact'`: the language of its messages (`zh` or `en`); both when left out. */
  readonly lang?: 'zh' | 'en';
}

/** How much a result says: every check (`full`), or what did not pass (`compact`). */
export type Detail = 'full' | 'compact';

/** The options only `evaluate` and `evaluateSync` take. */
const singleOptionNames = ['detail', 'lang'] as const;

/** An option that must be one of `choices`: a `RangeError` naming it, in Chinese (`zh`) and English. */
function checkChoice(option: string, value: unknown, choices: readonly string[], zh: string): void {
  if (value === undefined || choices.includes(value as string)) return;
  const listed = choices.map((c) => `"${c}"`).join(' or ');
  throw optionError(
    'range',
    option,
    `${zh}，实际为${excerpt(value)}`,
    `must be ${listed}, found ${excerpt(value, 40, 'en')}`,
  );
}

/** `detail` and `lang` checked: a `RangeError` naming the option for any other value. */
function checkDetail(options: EvaluateOptions | undefined): { detail: Detail; lang: 'zh' | 'en' | undefined } {
  const { detail, lang } = (options ?? {}) as Record<string, unknown>;
  checkChoice('detail', detail, ['full', 'compact'], '结果详略应为 full（完整）或 compact（精简）');
  checkChoice('lang', lang, ['zh', 'en'], '语言应为 zh 或 en');
  return { detail: (detail as Detail | undefined) ?? 'full', lang: lang as 'zh' | 'en' | undefined };
}

/** Which evaluation runs the rules: the compiled one, or json-rules-engine (the reference). */
export type Engine = 'compiled' | 'json-rules-engine';

/** How a 申报书 is read: as submitted (`strict`) or as a draft being filled in (`draft`). */
export type Mode = 'strict' | 'draft';

/** Options after checking. */
export interface ResolvedOptions {
  readonly asOf: string | undefined;
  readonly pack: RulePack;
  readonly stage: Stage;
  readonly engine: Engine;
  readonly mode: Mode;
}

/**
 * Check the options of `evaluate`, `evaluateSync` and `evaluateBatch`: throws a `TypeError` or
 * `RangeError` naming the first bad one, or a key that is no option (`{ mdoe: 'draft' }`). `also` names
 * the keys a caller's own options add (a batch's `selected`, `onProgress`…).
 *
 * @example
 * resolveOptions({ asOf: '2025-13-01' }) // throws RangeError: 选项 asOf：应为 YYYY-MM-DD 格式的真实日期…
 */
export function resolveOptions(options: unknown, also: readonly string[] = []): ResolvedOptions {
  const checked = checkOptions(options, also);
  return checked.pack === undefined ? { ...checked, pack: defaultPack() } : (checked as ResolvedOptions);
}

/** The options `evaluate` takes. */
const optionNames: readonly string[] = ['asOf', 'pack', 'stage', 'engine', 'mode'];

/** A key of `options` that is no option: a typo that would otherwise be ignored, said at once. */
function checkKeys(options: object, also: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (optionNames.includes(key) || also.includes(key)) continue;
    const known = [...optionNames, ...also].join(', ');
    throw optionError(
      'type',
      key,
      `不是可用的选项（拼写是否有误？），可用的选项为：${known}`,
      `is not an option (misspelt?); the options are: ${known}`,
    );
  }
}

/** The options checked, the pack left out when none is given (`evaluate` loads the default on demand). */
function checkOptions(
  options: unknown,
  also: readonly string[] = [],
): Omit<ResolvedOptions, 'pack'> & { readonly pack: RulePack | undefined } {
  if (options === undefined || options === null) {
    return { asOf: undefined, pack: undefined, stage: 'submission', engine: 'compiled', mode: 'strict' };
  }
  if (typeof options !== 'object') {
    throw optionError(
      'type',
      'options',
      `应为对象，实际为${excerpt(options)}`,
      `must be an object, found ${excerpt(options, 40, 'en')}`,
    );
  }
  checkKeys(options, also);
  const { asOf, pack, stage, engine, mode } = options as Record<string, unknown>;
  if (asOf !== undefined && !isCalendarDate(asOf)) {
    throw optionError(
      typeof asOf === 'string' ? 'range' : 'type',
      'asOf',
      `评估日期应为 YYYY-MM-DD 格式的真实日期，实际为${excerpt(asOf)}`,
      `must be a real date written YYYY-MM-DD, found ${excerpt(asOf, 40, 'en')}`,
    );
  }
  if (pack !== undefined && !isRulePack(pack)) {
    throw optionError(
      'type',
      'pack',
      '规则包应先用 loadRulePack() 载入并校验',
      'must be a rule pack loaded with loadRulePack()',
    );
  }
  checkChoice('stage', stage, ['submission', 'selection'], '评审阶段应为 submission（申报）或 selection（遴选）');
  checkChoice('engine', engine, ['compiled', 'json-rules-engine'], '评估引擎应为 compiled 或 json-rules-engine');
  checkChoice('mode', mode, ['strict', 'draft'], '读取方式应为 strict（正式申报）或 draft（草稿）');
  return {
    asOf: asOf as string | undefined,
    pack: pack as RulePack | undefined,
    stage: (stage as Stage | undefined) ?? 'submission',
    engine: (engine as Engine | undefined) ?? 'compiled',
    mode: (mode as Mode | undefined) ?? 'strict',
  };
}

/** Read an application as the options say: strictly, or as a draft. */
export function readApplication(input: unknown, options: ResolvedOptions): ParseResult {
  const schema = applicationSchemaOf(options.pack);
  // Strictly read, a 申报书 is still read past a missing field or a date that is not one: they are
  // corrections (clauses.md edition 3); only wrong JSON types and unknown keys make it `invalid`.
  const strict = parseApplicationWith(schema, input);
  if (strict.ok && options.mode === 'strict') return strict;
  return parseDraftWith(schema, input, [], options.mode);
}

/** The lead, then each participant, as the subjects of per-unit checks. */
function unitsOf(application: Application): { subject: Subject & { type: 'unit' } }[] {
  const lead = application.lead;
  return [
    { subject: { type: 'unit', role: 'lead', name: lead.name, creditCode: lead.creditCode, pointer: '/lead' } },
    ...application.participants.map((p, index) => ({
      subject: {
        type: 'unit' as const,
        role: 'participant' as const,
        index,
        name: p.name,
        creditCode: p.creditCode,
        pointer: participantPointer(index),
      },
    })),
  ];
}

/**
 * How many results had each outcome, advisory notes counted apart (they never change the verdict):
 * an advisory result that is not met (`fail` or `review`) counts as `advisory`, never as `fail` or
 * `review`; every other result counts under its outcome. An eligible application has `fail: 0`.
 *
 * @example
 * summaryOf(evaluation.checks) //=> { pass: 62, fail: 0, review: 0, 'not-applicable': 21, advisory: 2, reject: 0, correct: 0, verify: 0 }
 */
export function summaryOf(checks: readonly Pick<CheckResult, 'kind' | 'outcome' | 'action'>[]): Summary {
  const summary = { pass: 0, fail: 0, review: 0, 'not-applicable': 0, advisory: 0, reject: 0, correct: 0, verify: 0 };
  for (const c of checks) {
    if (isAdvisoryNote(c)) summary.advisory++;
    else summary[c.outcome]++;
    if (c.action !== undefined) summary[c.action]++;
  }
  return summary;
}

/** What the reader noted of a 申报书 besides the application: dates that are not calendar dates. */
export interface ReadNotes {
  readonly unreadDates?: readonly { readonly pointer: string; readonly text: string }[];
}

/** 评估日期 of an application under resolved options (see {@link evaluationDateOf}'s module). */
export function evaluationDateOf(application: Pick<Application, 'submittedOn'>, options: ResolvedOptions): string {
  return dateOfEvaluation(application.submittedOn, options.asOf, options.pack);
}

/** What an evaluation needs before the rules run: the date, the pack's edition on it, the compiled checks. */
function prepare(
  application: Application,
  options: ResolvedOptions,
  batch: BatchContext | undefined,
  notes: ReadNotes = {},
  reading?: Reading,
) {
  const { pack } = options;
  const evaluationDate = evaluationDateOf(application, options);
  const edition = editionOf(pack, evaluationDate);
  const units = unitsOf(application);
  const compiled = compilePack(edition, application.direction, batch !== undefined, units.length);
  // Every key written, `undefined` where there is none: one shape of context for every evaluation.
  const context: FactContext = {
    application,
    evaluationDate,
    batch,
    reading,
    schema: applicationSchemaOf(pack),
    unreadDates: notes.unreadDates,
  };
  return { evaluationDate, edition, units, compiled, context };
}

/** The result of a check that waits on the direction, not chosen yet. */
const noDirection: Message = Object.freeze({
  zh: '未选择申报类型，无法判断本项是否适用；请选择申报类型',
  en: 'No direction is chosen, so whether this check applies cannot be told: choose one',
});

/** What the rules gave: each rule's conditions in a frame (see `compileRuleConditions`), its `details`. */
interface RuleOutcomes {
  readonly frame: RuleFrame;
  /** Whether the rule ran (json-rules-engine gave a result for it). */
  readonly ran: (name: string) => boolean;
  readonly details: (rule: CompiledRule) => Readonly<Record<string, unknown>>;
}

const noMessage: Message = Object.freeze({ zh: '', en: '' });

/**
 * A result that passed or does not apply, for a compact answer, which never shows one: what the
 * verdict and the counts read of it (its kind and outcome), nothing a form would show.
 */
function briefResult(check: LoadedCheck, subject: Subject, outcome: 'pass' | 'not-applicable'): CheckResult {
  const { id, clause, kind, title } = check;
  return {
    id,
    clause,
    kind,
    title,
    outcome,
    subject,
    actual: noValues,
    required: noValues,
    missing: noItems,
    fields: noItems,
    message: noMessage,
  };
}

/** What an evaluation does for one check of the pack, worked out once per compiled pack. */
type PlanStep =
  | { readonly kind: 'no-direction' | 'unresolved'; readonly check: LoadedCheck }
  | {
      readonly kind: 'not-applicable';
      readonly check: LoadedCheck;
      /** What it says: its own words for a direction it concerns (its unit's rows do not apply), else the library's. */
      readonly message: Message;
      /** The fields it reads, worked out at its first result (a workshop has twenty such checks). */
      fields?: readonly string[];
    }
  | {
      readonly kind: 'rules';
      readonly check: LoadedCheck;
      /** Its rules: one, or one per unit (the lead, then each participant). */
      readonly rules: readonly (CompiledRule | undefined)[];
    };

const plans = new WeakMap<CompiledChecks, readonly PlanStep[]>();

/** Each check of the edition in the pack's order, and what to do for it under a compiled pack. */
function planOf(compiled: CompiledChecks, edition: PackEdition, direction: string | undefined, unitCount: number) {
  let plan = plans.get(compiled);
  if (plan === undefined) {
    const unresolved = new Set(edition.unresolvedChecks);
    plan = edition.checks.map((check: LoadedCheck): PlanStep => {
      if (!compiled.checks.has(check.id)) {
        // No direction chosen yet: whether a check applies, and what it asks, waits on it (补正).
        const waits = direction === undefined && check.kind !== 'advisory';
        if (waits) return { kind: 'no-direction', check };
        const own = direction !== undefined && check.directions.includes(direction) && check.messages.notApplicable;
        return { kind: 'not-applicable', check, message: own || doesNotApply };
      }
      if (unresolved.has(check.id)) return { kind: 'unresolved', check };
      const names =
        check.subject === 'unit'
          ? Array.from({ length: unitCount }, (_, index) => unitRuleName(check.id, index))
          : [check.id];
      return { kind: 'rules', check, rules: names.map((name) => compiled.targets.get(name)) };
    });
    plans.set(compiled, plan);
  }
  return plan as readonly PlanStep[];
}

/** Every check's result, in the pack's order (each unit's in turn), from what the rules gave. */
function assemble(
  application: Application,
  options: ResolvedOptions,
  prepared: ReturnType<typeof prepare>,
  outcomes: RuleOutcomes,
  brief = false,
): CheckResult[] {
  const { pack } = options;
  const { evaluationDate, edition, units, compiled } = prepared;
  const words = packWords(pack);
  const schema = applicationSchemaOf(pack);
  const formSchema = ownFormSchemaOf(pack);
  const { directions } = pack.vocabularies;
  const applicationSubject: Subject = {
    type: 'application',
    ...(application.id !== undefined ? { id: application.id } : {}),
    name: application.lead.name,
    pointer: '',
  };
  const leadSubject = (units[0] as (typeof units)[number]).subject;
  const context: ResultContext = { parameters: edition.parameters, words, directions, schema, form: formSchema };
  const checks: CheckResult[] = [];
  for (const step of planOf(compiled, edition, application.direction, units.length)) {
    const { check } = step;
    const subject = check.subject === 'lead' ? leadSubject : applicationSubject;
    if (step.kind === 'no-direction') {
      const missing = [{ pointer: '/direction', where: labelAt(Application, ['direction']).where }];
      const found = { actual: {}, required: {}, missing, fields: ['/direction'] };
      checks.push(checkResultOf(check, subject, 'review', noDirection, found, 'correct'));
    } else if (step.kind === 'not-applicable') {
      if (brief) {
        checks.push(briefResult(check, subject, 'not-applicable'));
        continue;
      }
      step.fields ??= fieldsOf(check, subject, compiled.parameters, directions).all;
      const { fields, message } = step;
      const found = { actual: noValues, required: noValues, missing: noItems, fields };
      checks.push(checkResultOf(check, subject, 'not-applicable', message, found));
    } else if (step.kind === 'unresolved') {
      const targets = check.subject === 'unit' ? units.map((u) => u.subject) : [subject];
      for (const target of targets) {
        const notInEffect: Message = {
          zh: `评估日期${evaluationDate}时本项所用参数尚未生效，需人工判断`,
          en: `A parameter of this check is not yet in effect on ${evaluationDate}; a person must judge`,
        };
        const { all } = fieldsOf(check, target, edition.parameters, directions);
        const found = { actual: noValues, required: noValues, missing: noItems, fields: all };
        checks.push(
          checkResultOf(check, target, 'review', notInEffect, found, check.kind === 'advisory' ? undefined : 'verify'),
        );
      }
    } else if (step.kind === 'rules') {
      const { rules } = step;
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (rule === undefined || !outcomes.ran(rule.name)) continue;
        const target = check.subject === 'unit' ? (units[i] as (typeof units)[number]).subject : subject;
        if (brief) {
          const outcome = ruleOutcome(check, rule.shape, outcomes.frame, rule.base);
          if (outcome === 'pass' || outcome === 'not-applicable') {
            checks.push(briefResult(check, target, outcome));
            continue;
          }
        }
        checks.push(
          interpretRule(check, rule.shape, outcomes.frame, rule.base, rule, outcomes.details, target, context),
        );
      }
    }
  }
  return checks;
}

/** The evaluation of an application from its checks' results: the verdict, the counts, the 补正通知. */
function evaluationOf(
  application: Application,
  options: ResolvedOptions,
  evaluationDate: string,
  checks: readonly CheckResult[],
): Evaluation {
  const { pack, stage } = options;
  const answers = formEntriesOf(pack, application as unknown as Record<string, unknown>);
  return {
    verdict: verdictOf(checks),
    application: {
      ...(application.id !== undefined ? { id: application.id } : {}),
      direction: application.direction,
      lead: { name: application.lead.name, creditCode: application.lead.creditCode },
    },
    ...(answers.length > 0 ? { form: answers } : {}),
    evaluationDate,
    stage,
    pack: { name: pack.meta.name, version: pack.meta.version },
    summary: summaryOf(checks),
    checks: [...checks],
    corrections: correctionsOf(checks, ownFormSchemaOf(pack)),
    verifications: verificationsOf(checks),
  };
}

/** What a run under a reading needs, and what it gives: every result in the pack's order. */
interface RunAsked {
  readonly application: Application;
  readonly options: ResolvedOptions;
  readonly batch: BatchContext | undefined;
  readonly notes: ReadNotes;
  /** For a compact answer: results that pass or do not apply are left brief (see `briefResult`). */
  readonly brief?: boolean;
}

/** A run's preparation, with the reading its facts read rows by. */
function prepareRun({ application, options, batch, notes }: RunAsked, reading: Reading) {
  const prepared = prepare(application, options, batch, notes, reading);
  return { prepared, context: prepared.context };
}

/** A run's results, from what each rule gave. */
function resultsOf(
  { application, options, brief }: RunAsked,
  prepared: ReturnType<typeof prepare>,
  outcomes: RuleOutcomes,
) {
  return { checks: assemble(application, options, prepared, outcomes, brief), prepared };
}

const ranAll = () => true;

/** One run of the compiled rules under one reading of the doubts. */
function runCompiled(asked: RunAsked, reading: Reading) {
  const { prepared, context } = prepareRun(asked, reading);
  const { compiled } = prepared;
  const run = new FactRun(compiled.slots, context);
  const frame = newFrame(compiled.frameSize);
  // Every rule runs before any result is read, as json-rules-engine runs them: a rule that throws
  // fails the whole evaluation the same way on both paths.
  const details = new Map<CompiledRule, Record<string, unknown>>();
  const detailsOf = (rule: CompiledRule) => {
    // What Object.fromEntries makes, without its pairs: a loaded pack has no detail named __proto__.
    const values: Record<string, unknown> = {};
    for (const r of rule.details) values[r.name] = run.valueAtSteps(r.slot, r.steps);
    details.set(rule, values);
    return values;
  };
  whileEvaluating(asked.application, () => {
    for (const rule of compiled.rules) rule.run(run, frame, rule.base);
  });
  return resultsOf(asked, prepared, {
    frame,
    ran: ranAll,
    // Details only feed messages: read when a message names them, in the evaluation's scope (a fact
    // never throws, which the fuzz run holds it to, so reading them later changes no answer).
    details: (rule) => details.get(rule) ?? (rule.details.length === 0 ? noValues : detailsOf(rule)),
  });
}

/** One run of json-rules-engine (the reference) under one reading of the doubts. */
async function runReferenceOnce(asked: RunAsked, reading: Reading) {
  const { prepared, context } = prepareRun(asked, reading);
  const { runReferenceInFrame } = await import('./referenceEngine.js');
  const { frame, ran, details } = await runReferenceInFrame(prepared.compiled, context);
  return resultsOf(asked, prepared, {
    frame,
    ran: (name) => ran.has(name),
    details: (rule) => details.get(rule.name) ?? noValues,
  });
}

/** A reading with the given participants left out, every doubt read plainly. */
const without = (removed: ReadonlySet<number>): Reading => ({ choices: plainReading.choices, removed });

/** What one run of the rules under a reading gives. */
type Run = ReturnType<typeof runCompiled>;

/**
 * The doubt rule and the removable participants, written once for both engines: yields each reading
 * the rules must run under and takes the run's results back, then gives the evaluation. The compiled
 * evaluation drives it at once, the reference one with a promise per run.
 */
function* everyReading(
  application: Application,
  options: ResolvedOptions,
  compact = false,
): Generator<{ reading: Reading; brief: boolean }, Evaluation, Run> {
  const doubts = doubtsOf(application);
  const readings = readingsOf(doubts);
  // A compact answer never shows a result that passed, unless readings differ on it.
  const brief = compact && readings.length === 1;
  const runs: Run[] = [];
  for (const r of readings) runs.push(yield { reading: r.reading, brief });
  const first = runs[0] as Run;
  let checks = decideEveryWay(
    runs.map((r) => r.checks),
    readings,
    doubts,
  );
  const failures = removableFailures(checks, first.prepared.compiled.checks);
  if (failures.length > 0) {
    const rest = yield { reading: without(new Set(failures.flatMap((f) => f.participants))), brief: compact };
    checks = withRemovals(checks, failures, rest.checks);
  }
  return evaluationOf(application, options, first.prepared.evaluationDate, checks);
}

/**
 * Evaluate a parsed application with checked options, with the compiled rules, synchronously.
 * `batch` carries what `evaluateBatch` learnt from the other applications; without it the checks
 * across applications are `not-applicable`. Rows in doubt are read every way (see `decideEveryWay`),
 * and participants that may be removed are (see `withRemovals`).
 */
export function evaluateApplicationSync(
  application: Application,
  options: ResolvedOptions,
  batch?: BatchContext,
  notes: ReadNotes = {},
  compact = false,
): Evaluation {
  // One scope for every reading: what a reading derives is derived once, the plain reading's shared.
  return whileEvaluating(application, () => {
    const steps = everyReading(application, options, compact);
    let step = steps.next();
    while (!step.done) {
      const { reading, brief } = step.value;
      step = steps.next(runCompiled({ application, options, batch, notes, brief }, reading));
    }
    return step.value;
  });
}

/**
 * Evaluate a parsed application with checked options: compiled, or through json-rules-engine when
 * the options ask for the reference (loaded then, and only then), each reading in turn.
 */
export async function evaluateApplication(
  application: Application,
  options: ResolvedOptions,
  batch?: BatchContext,
  notes: ReadNotes = {},
  compact = false,
): Promise<Evaluation> {
  if (options.engine !== 'json-rules-engine') {
    return evaluateApplicationSync(application, options, batch, notes, compact);
  }
  const steps = everyReading(application, options);
  let step = steps.next();
  const asked = { application, options, batch, notes };
  while (!step.done) step = steps.next(await runReferenceOnce(asked, step.value.reading));
  return step.value;
}

/**
 * Check one 申报书 against the notice. Resolves to `{ verdict: 'invalid', errors }` when the input
 * cannot be read as an application, or to the verdict (`eligible`, `ineligible`, `needs-correction`,
 * `needs-review`) and
 * every check's result: its ID and clause, outcome, subject, the fields it read, what was required and
 * what was found, and a message in Chinese and English. Never changes its input; reads no clock.
 * Rejects only for a bad option (a `TypeError` or `RangeError` naming it), or in a page that could not
 * fetch the notice's rule pack (an `Error` saying so; the next call fetches it again): whatever the
 * application holds, it resolves. Without `pack`, the notice's pack is imported when first needed, so
 * a page loads it when it first evaluates, not with its code (`evaluateSync`'s page carries it).
 *
 * @example
 * const result = await evaluate(application);
 * if (result.verdict !== 'invalid') {
 *   for (const c of result.checks.filter((c) => c.outcome === 'fail')) console.log(c.clause, c.message.zh, c.fields[0]);
 * }
 */
export function evaluate(
  input: unknown,
  options: EvaluateOptions & { readonly detail: 'compact' },
): Promise<CompactResult>;
export function evaluate(input: unknown, options?: EvaluateOptions): Promise<EvaluationResult>;
export async function evaluate(input: unknown, options?: EvaluateOptions): Promise<EvaluationResult | CompactResult> {
  const checked = checkOptions(options, singleOptionNames);
  const { detail, lang } = checkDetail(options);
  const pack = checked.pack ?? defaultPackOnDemand();
  const resolved: ResolvedOptions = { ...checked, pack: pack instanceof Promise ? await pack : pack };
  let result: EvaluationResult;
  try {
    const parsed = readApplication(input, resolved);
    result = parsed.ok
      ? await evaluateApplication(parsed.application, resolved, undefined, parsed, detail === 'compact')
      : { verdict: 'invalid', errors: parsed.issues };
  } catch (error) {
    result = evaluationFailed(error);
  }
  return detail === 'compact' ? compactResultOf(result, lang) : result;
}

/**
 * {@link evaluate} without a promise: the same answer, at once, so that a form can check a 申报书
 * on every keystroke inside a render (with `mode: 'draft'` while it is being filled in). Runs the
 * compiled rules only. Never changes its input; reads no clock. Throws only for a bad option (a
 * `TypeError` or `RangeError` naming it; `engine: 'json-rules-engine'` is one, since that engine
 * answers with a promise).
 *
 * @example
 * const result = evaluateSync(draft, { mode: 'draft' });
 * const failing = result.verdict === 'invalid' ? [] : result.checks.filter((c) => c.outcome === 'fail');
 */
export function evaluateSync(input: unknown, options: EvaluateOptions & { readonly detail: 'compact' }): CompactResult;
export function evaluateSync(input: unknown, options?: EvaluateOptions): EvaluationResult;
export function evaluateSync(input: unknown, options?: EvaluateOptions): EvaluationResult | CompactResult {
  const resolved = resolveOptions(options, singleOptionNames);
  const { detail, lang } = checkDetail(options);
  const result = evaluateSyncFull(input, resolved, detail === 'compact');
  return detail === 'compact' ? compactResultOf(result, lang) : result;
}

function evaluateSyncFull(input: unknown, resolved: ResolvedOptions, compact: boolean): EvaluationResult {
  if (resolved.engine === 'json-rules-engine') {
    throw optionError(
      'range',
      'engine',
      'evaluateSync 只运行编译后的规则；要用 json-rules-engine 核对，请调用 evaluate',
      'evaluateSync runs the compiled rules only; call evaluate to run json-rules-engine',
    );
  }
  try {
    const parsed = readApplication(input, resolved);
    if (!parsed.ok) return { verdict: 'invalid', errors: parsed.issues };
    return evaluateApplicationSync(parsed.application, resolved, undefined, parsed, compact);
  } catch (error) {
    return evaluationFailed(error);
  }
}
