import { derivedFacts, runtimeFactNames } from '../facts/registry.js';
import { deepFreeze } from '../model/deepFreeze.js';
import { AdverseRecordKind, BeltAndRoadApplicantType, Direction, Industry, LeadRole } from '../model/enums.js';
import type { Message } from '../model/issue.js';
import { ownData } from '../model/ownData.js';
import { toPointer } from '../model/paths.js';
import { customOperators, engineOperators } from '../operators/index.js';
import { TextPatternError, textPattern } from '../operators/textPattern.js';
import { applicationSchemaFrom } from './applicationSchemaFrom.js';
import { rememberApplicationSchema } from './applicationSchemaOf.js';
import { chartedChecks, jointDirections, neededParameters, type ParameterNeed } from './contract.js';
import { describePackIssue } from './describePackIssue.js';
import { expandCheck, type TableRow } from './expandCheck.js';
import { formProblems } from './formProblems.js';
import { markValidated } from './isRulePack.js';
import { leavesOf } from './leavesOf.js';
import { messageProblems } from './messageProblems.js';
import { packShapeProblems } from './packShapeProblems.js';
import { parameterProblem, type Vocabulary } from './parameterProblem.js';
import { isParamRef, substituteParams } from './paramRefs.js';
import { RulePackError, type RulePackIssue } from './RulePackError.js';
import {
  type PackCheck,
  type PackCondition,
  PackFile,
  type PackForm,
  type PackParameter,
  type PackTable,
  type SourceCheck,
  type SourceCondition,
} from './schema.js';

/** A check as loaded: the pack's data, and the file it came from. */
export interface LoadedCheck extends PackCheck {
  readonly file: string;
}

/** The words a pack's checks and parameters may use (`vocabularies` of `pack.json`). */
export interface PackVocabularies {
  readonly directions: readonly string[];
  readonly industries: readonly string[];
  readonly leadRoles: readonly string[];
  readonly applicantTypes: readonly string[];
  readonly adverseRecordKinds: readonly string[];
  /** The pack's own names for words (a new industry's, a direction called otherwise). */
  readonly labels: Readonly<Record<string, Message>>;
}

/** A decision table as loaded: its rows and columns, and the file it came from. */
export interface LoadedTable extends PackTable {
  readonly file: string;
  /** The IDs of the checks written once for its rows. */
  readonly checks: readonly string[];
}

/** A validated rule pack, ready for `evaluate`. Load one with {@link loadRulePack}. */
export interface RulePack {
  readonly meta: {
    readonly name: string;
    readonly title: string;
    readonly version: string;
    /** The scheme's name as reports head it; the title when the pack gives none. */
    readonly scheme?: Message;
  };
  readonly vocabularies: PackVocabularies;
  /** What the notice's form asks beyond the model's common part: its fields and declarations. */
  readonly form: PackForm;
  readonly parameters: Readonly<Record<string, PackParameter>>;
  readonly checks: readonly LoadedCheck[];
  /** The decision tables the checks were written in (数字化车间 and 智能工厂), for documents. */
  readonly tables: readonly LoadedTable[];
}

export { isRulePack } from './isRulePack.js';
export { paramsNamedIn, substituteParams } from './paramRefs.js';

const operators = new Set([...engineOperators, ...Object.keys(customOperators)]);
const facts = new Set([...runtimeFactNames, ...Object.keys(derivedFacts)]);

/** Every condition name inside a condition tree, leaves and groups alike. */
function namedIn(condition: PackCondition, found: Set<string>): void {
  if (condition.name !== undefined) found.add(condition.name);
  if ('all' in condition) for (const c of condition.all) namedIn(c, found);
  else if ('any' in condition) for (const c of condition.any) namedIn(c, found);
  else if ('not' in condition) namedIn(condition.not, found);
}

function latestValue(parameter: PackParameter): unknown {
  return [...parameter.values].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).at(-1)?.value;
}

function checkSemantics(check: LoadedCheck, at: (string | number)[], parameters: Record<string, PackParameter>) {
  const issues: RulePackIssue[] = [];
  const issue = (where: (string | number)[], zh: string, en: string) =>
    issues.push({ file: check.file, rule: check.id, pointer: toPointer([...at, ...where]), message: { zh, en } });
  const lookup = (name: string) => (parameters[name] ? latestValue(parameters[name]) : undefined);
  const refs = (value: unknown, where: (string | number)[]) => {
    if (isParamRef(value)) {
      if (!parameters[value.param])
        issue(where, `参数“${value.param}”未定义`, `parameter "${value.param}" is not defined`);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) refs(v, [...where, k]);
    }
  };
  const factUse = (fact: string, params: unknown, where: (string | number)[]) => {
    const definition = derivedFacts[fact];
    if (!facts.has(fact)) {
      issue([...where, 'fact'], `未知的事实“${fact}”`, `unknown fact "${fact}"`);
      return;
    }
    if ((definition?.scope === 'unit' || fact === 'unit') && check.subject !== 'unit') {
      issue(
        [...where, 'fact'],
        `事实“${fact}”只能用于逐单位（unit）检查：请在该检查中写 "subject": "unit"（或在文件的 defaults 中）`,
        `fact "${fact}" is for per-unit checks only: write "subject": "unit" on the check (or in the file's defaults)`,
      );
    }
    refs(params, [...where, 'params']);
    if (definition !== undefined) {
      const parsed = definition.params.safeParse(substituteParams(params, lookup), { reportInput: true });
      if (!parsed.success) {
        for (const p of parsed.error.issues) {
          const message = describePackIssue(p);
          issue([...where, 'params', ...p.path.map(String)], `事实参数${message.zh}`, `fact params: ${message.en}`);
        }
      }
    }
  };
  const names = { when: new Set<string>(), requires: new Set<string>(), pass: new Set<string>() };
  for (const part of ['when', 'requires', 'pass'] as const) {
    const condition = check[part];
    if (condition !== undefined) namedIn(condition, names[part]);
  }
  for (const part of ['when', 'requires', 'pass'] as const) {
    const condition = check[part];
    if (condition === undefined) continue;
    for (const { leaf, at: where } of leavesOf(condition, [part])) {
      if (!operators.has(leaf.operator)) {
        issue([...where, 'operator'], `未知的运算符“${leaf.operator}”`, `unknown operator "${leaf.operator}"`);
      }
      factUse(leaf.fact, leaf.params, where);
      refs(leaf.value, [...where, 'value']);
      if (leaf.operator === 'matches') {
        // A pattern is read once, here: one that cannot be read would never match, silently.
        const pattern = substituteParams(leaf.value, lookup);
        try {
          if (typeof pattern !== 'string')
            throw new TextPatternError(String(pattern), 0, ['应为文字格式', 'must be a text pattern']);
          textPattern(pattern);
        } catch (error) {
          if (!(error instanceof TextPatternError)) throw error;
          issue([...where, 'value'], error.zh, error.en);
        }
      }
      if (typeof leaf.value === 'object' && leaf.value !== null && 'fact' in leaf.value) {
        const ref = leaf.value as { fact: string; params?: unknown };
        factUse(ref.fact, ref.params, [...where, 'value']);
      }
    }
  }
  for (const [name, ref] of Object.entries(check.details ?? {})) factUse(ref.fact, ref.params, ['details', name]);
  for (const name of Object.keys(check.messages.failBy ?? {})) {
    if (!names.pass.has(name)) {
      issue(['messages', 'failBy', name], `没有名为“${name}”的通过条件`, `no pass condition is named "${name}"`);
    }
  }
  // Every placeholder, filter and conditional of the messages names what the check provides.
  const passLeaves = new Set(leavesOf(check.pass).flatMap(({ leaf }) => (leaf.name === undefined ? [] : [leaf.name])));
  const sources = {
    passNames: passLeaves,
    details: new Set(Object.keys(check.details ?? {})),
    parameters: new Set(Object.keys(parameters)),
  };
  for (const p of messageProblems(check.messages, sources)) issue(['messages', ...p.where], p.zh, p.en);
  for (const name of Object.keys(check.messages.reviewBy ?? {})) {
    if (!names.requires.has(name)) {
      issue(
        ['messages', 'reviewBy', name],
        `没有名为“${name}”的前提条件（requires）`,
        `no requires condition is named "${name}"`,
      );
    }
  }
  // Who acts, and the outcomes and removals by condition, name conditions that exist (a typo would
  // silently leave a result to the default).
  for (const key of Object.keys(check.actions ?? {})) {
    const [outcome, name] = key.split(':');
    if (name === undefined) continue;
    // A review is decided by a requires condition, or, with onFail(By), by a pass condition.
    const known = outcome === 'fail' ? names.pass.has(name) : names.requires.has(name) || names.pass.has(name);
    if (!known) issue(['actions', key], `没有名为“${name}”的条件`, `no condition is named "${name}"`);
  }
  for (const name of Object.keys(check.onFailBy ?? {})) {
    if (!names.pass.has(name)) {
      issue(['onFailBy', name], `没有名为“${name}”的通过条件`, `no pass condition is named "${name}"`);
    }
  }
  const removable = check.removable;
  if (removable !== undefined && removable !== true && !names.pass.has(removable.condition)) {
    issue(
      ['removable', 'condition'],
      `没有名为“${removable.condition}”的通过条件`,
      `no pass condition is named "${removable.condition}"`,
    );
  }
  if (removable === true && check.subject !== 'unit') {
    issue(['removable'], '只有逐单位（unit）检查可写 removable: true', 'removable: true is for per-unit checks only');
  }
  return issues;
}

/** What the application model knows: a pack's vocabularies are subsets of these (more needs a release). */
type WordKind = Exclude<keyof PackVocabularies, 'labels'>;
const modelWords: Readonly<Record<WordKind, readonly string[]>> = {
  directions: Object.keys(Direction.labels),
  industries: Object.keys(Industry.labels),
  leadRoles: Object.keys(LeadRole.labels),
  applicantTypes: Object.keys(BeltAndRoadApplicantType.labels),
  adverseRecordKinds: Object.keys(AdverseRecordKind.labels),
};

/**
 * Words a pack may add without a release, each with its name (`labels`): directions (a new one is
 * single unless `joint.consortiumDirections` lists it), industries and kinds of 不良记录.
 */
const openVocabularies: ReadonlySet<string> = new Set(['directions', 'industries', 'adverseRecordKinds']);

function vocabularyIssues(vocabularies: PackVocabularies, file: string): RulePackIssue[] {
  const kinds = Object.keys(modelWords) as WordKind[];
  const issues = kinds.flatMap((kind): RulePackIssue[] => {
    const unknown = vocabularies[kind].filter((word) => !modelWords[kind].includes(word));
    if (unknown.length === 0) return [];
    if (openVocabularies.has(kind)) {
      const unnamed = unknown.filter((word) => !Object.hasOwn(vocabularies.labels, word));
      if (unnamed.length === 0) return [];
      return [
        {
          file,
          pointer: toPointer(['vocabularies', 'labels']),
          message: {
            zh: `${unnamed.join('、')}不是申报书模型认识的词：请在 vocabularies.labels 中给出其中文和英文名称`,
            en: `${unnamed.join(', ')}: not known to the application model, so vocabularies.labels must name it in Chinese and English`,
          },
        },
      ];
    }
    return [
      {
        file,
        pointer: toPointer(['vocabularies', kind]),
        message: {
          zh: `${unknown.join('、')}不是申报书模型认识的词（新增需要发布新版本）`,
          en: `${unknown.join(', ')}: not known to the application model (adding one needs a release)`,
        },
      },
    ];
  });
  const named = new Set(kinds.flatMap((kind) => vocabularies[kind]));
  const stray = Object.keys(vocabularies.labels).filter((word) => !named.has(word));
  if (stray.length > 0) {
    issues.push({
      file,
      pointer: toPointer(['vocabularies', 'labels']),
      message: {
        zh: `vocabularies.labels 中的${stray.join('、')}不在规则包的任何词表中`,
        en: `vocabularies.labels names ${stray.join(', ')}, which no vocabulary of the pack has`,
      },
    });
  }
  return issues;
}

function vocabularyOf(vocabularies: PackVocabularies): Vocabulary {
  return {
    direction: vocabularies.directions,
    industry: vocabularies.industries,
    leadRole: vocabularies.leadRoles,
    applicantType: vocabularies.applicantTypes,
    adverseRecordKind: vocabularies.adverseRecordKinds,
  };
}

/** Every dated value of every parameter fits the type, items, unit and range the parameter declares. */
function parameterIssues(
  parameters: Readonly<Record<string, PackParameter>>,
  files: ReadonlyMap<string, string>,
  vocabularies: PackVocabularies,
): RulePackIssue[] {
  const vocabulary = vocabularyOf(vocabularies);
  return Object.entries(parameters).flatMap(([name, parameter]) =>
    parameter.values.flatMap((dated, i) => {
      const problem = parameterProblem(dated.value, parameter, vocabulary);
      if (problem === undefined) return [];
      return [
        {
          file: files.get(name) ?? '(pack)',
          parameter: name,
          pointer: toPointer(['parameters', name, 'values', i, 'value']),
          message: {
            zh: `参数“${name}”（自${dated.effectiveFrom}）：${problem.zh}`,
            en: `parameter "${name}" (from ${dated.effectiveFrom}): ${problem.en}`,
          },
        },
      ];
    }),
  );
}

/**
 * A parameter the code reads that the pack does not give, put in from the library: its own choice
 * (`libraryDefault`), or, in a pack without joint directions, the value that leaves joint checks idle.
 * `undefined` when the pack must give it (a joint direction's parameter the notice states).
 */
function libraryParameter(need: ParameterNeed, directions: readonly string[]): PackParameter | undefined {
  const joint = directions.some((d) => jointDirections.includes(d));
  const value = need.libraryDefault ?? (joint ? undefined : need.withoutJoint);
  if (value === undefined) return undefined;
  return {
    clause: '—',
    notice: '（通知未规定）',
    source:
      need.libraryDefault !== undefined ? "本库默认值 / the library's default" : '无联合申报 / no joint applications',
    description: need.description,
    type: need.type,
    ...(need.type === 'list' ? { items: 'text' as const } : {}),
    values: [{ effectiveFrom: '1900-01-01', value: value as PackParameter['values'][number]['value'] }],
  };
}

/** The parameters code reads are there with the types it reads; charted checks name the conditions charts read. */
function contractIssues(
  parameters: Record<string, PackParameter>,
  files: ReadonlyMap<string, string>,
  checks: readonly LoadedCheck[],
  directions: readonly string[],
): RulePackIssue[] {
  const issues: RulePackIssue[] = [];
  for (const need of neededParameters) {
    const parameter = parameters[need.name] ?? libraryParameter(need, directions);
    if (parameter !== undefined && parameters[need.name] === undefined) parameters[need.name] = parameter;
    if (parameter === undefined) {
      const joint = directions.filter((d) => jointDirections.includes(d)).join('、');
      issues.push({
        file: '(pack)',
        parameter: need.name,
        pointer: toPointer(['parameters', need.name]),
        message: {
          zh: `缺少参数“${need.name}”（类型 ${need.type}）：规则包有联合申报的申报类型（${joint}），须给出它`,
          en: `parameter "${need.name}" (${need.type}) is missing: the pack has joint directions (${joint}), so it must give it`,
        },
      });
    } else if (parameter.type !== need.type) {
      issues.push({
        file: files.get(need.name) ?? '(pack)',
        parameter: need.name,
        pointer: toPointer(['parameters', need.name, 'type']),
        message: {
          zh: `参数“${need.name}”的类型应为 ${need.type}（本库的代码读取它），实际为 ${parameter.type}`,
          en: `parameter "${need.name}" must be of type ${need.type} (the library's code reads it), not ${parameter.type}`,
        },
      });
    }
  }
  for (const chart of Object.values(chartedChecks)) {
    for (const id of chart.checks) {
      const check = checks.find((c) => c.id === id);
      if (check === undefined) continue;
      const names = new Set<string>();
      namedIn(check.pass, names);
      const missing = chart.conditions.filter((n) => !names.has(n));
      if (missing.length > 0) {
        issues.push({
          file: check.file,
          rule: id,
          pointer: '/pass',
          message: {
            zh: `检查“${id}”的通过条件应命名为 ${missing.join('、')}（报告的图表读取它们）`,
            en: `check "${id}" must name its pass conditions ${missing.join(', ')} (the reports' charts read them)`,
          },
        });
      }
    }
  }
  return issues;
}

/** The pack's application schema, or none when its words cannot make one yet (their issues are reported apart). */
function schemaOrUndefined(vocabularies: PackVocabularies, form: PackForm) {
  try {
    return applicationSchemaFrom(vocabularies, form);
  } catch {
    return undefined;
  }
}

/**
 * Validate and assemble a rule pack from its files (file name → parsed JSON). Every file is checked
 * against the pack schema; then every fact, operator and parameter a rule names must exist, fact
 * params must fit, check IDs and parameter names must be unique. Nothing in a pack is run as code.
 *
 * @throws {RulePackError} naming the file, the rule and the field of every problem.
 * @example
 * const pack = loadRulePack({ 'pack.json': …, 'parameters.json': …, 'workshop.json': … });
 * await evaluate(application, { pack });
 */
export function loadRulePack(files: Readonly<Record<string, unknown>>): RulePack {
  const issues: RulePackIssue[] = [];
  // Without prototypes: a name is found only where the pack gave it.
  const parameters: Record<string, PackParameter> = Object.create(null);
  const checks: LoadedCheck[] = [];
  const checkAt = new Map<LoadedCheck, (string | number)[]>();
  const written: { file: string; index: number; check: SourceCheck; source: PackFile }[] = [];
  const tables: (LoadedTable & { checks: string[] })[] = [];
  const conditions: Record<string, SourceCondition> = Object.create(null);
  let meta: RulePack['meta'] | undefined;
  let vocabularies: { file: string; value: PackVocabularies } | undefined;
  let form: { file: string; value: PackForm } | undefined;
  const parameterFiles = new Map<string, string>();
  let schemaRefused = false;
  for (const [file, content] of Object.entries(files)) {
    const shape = packShapeProblems(content, file);
    if (shape.length > 0) {
      issues.push(...shape);
      schemaRefused = true;
      continue;
    }
    const parsed = PackFile.safeParse(content, { reportInput: true });
    if (!parsed.success) {
      schemaRefused = true;
      for (const p of parsed.error.issues) {
        const index = p.path[0] === 'checks' ? p.path[1] : undefined;
        const id =
          typeof index === 'number' ? (content as { checks?: { id?: unknown }[] }).checks?.[index]?.id : undefined;
        issues.push({
          file,
          ...(typeof id === 'string' ? { rule: id } : {}),
          pointer: toPointer(p.path.map((k) => (typeof k === 'number' ? k : String(k)))),
          message: describePackIssue(p),
        });
      }
      continue;
    }
    if (parsed.data.vocabularies) {
      if (vocabularies)
        issues.push({ file, pointer: '/vocabularies', message: { zh: '词表重复', en: 'vocabularies given twice' } });
      const labels = Object.assign(Object.create(null), parsed.data.vocabularies.labels) as Record<string, Message>;
      vocabularies = { file, value: { ...parsed.data.vocabularies, labels } };
    }
    if (parsed.data.form) {
      if (form) issues.push({ file, pointer: '/form', message: { zh: '表单字段重复', en: 'form given twice' } });
      form = { file, value: parsed.data.form };
    }
    if (parsed.data.pack) {
      if (meta)
        issues.push({ file, pointer: '/pack', message: { zh: '规则包信息重复', en: 'pack metadata given twice' } });
      meta = parsed.data.pack;
    }
    for (const [name, parameter] of Object.entries(parsed.data.parameters ?? {})) {
      if (parameters[name]) {
        issues.push({
          file,
          pointer: toPointer(['parameters', name]),
          message: { zh: `参数“${name}”重复定义`, en: `parameter "${name}" defined twice` },
        });
      }
      parameters[name] = parameter;
      parameterFiles.set(name, file);
    }
    for (const [name, condition] of Object.entries(parsed.data.conditions ?? {})) {
      if (Object.hasOwn(conditions, name)) {
        issues.push({
          file,
          pointer: toPointer(['conditions', name]),
          message: { zh: `共用条件“${name}”重复定义`, en: `shared condition "${name}" defined twice` },
        });
      }
      conditions[name] = condition;
    }
    (parsed.data.checks ?? []).forEach((check, i) => {
      written.push({ file, index: i, check, source: parsed.data });
    });
    if (parsed.data.table) tables.push({ ...parsed.data.table, file, checks: [] });
  }
  const directions = vocabularies?.value.directions ?? [];
  // A table's checks are expanded row by row: all of 数字化车间's, then all of 智能工厂's.
  const jobs = written.flatMap((w): ((typeof written)[number] & { row: TableRow | undefined })[] => {
    const { table } = w.source;
    if (table === undefined) return [{ ...w, row: undefined }];
    if (w.index > 0) return [];
    const same = written.filter((x) => x.source === w.source);
    return Object.entries(table.rows).flatMap(([key, row]) => same.map((x) => ({ ...x, row: { key, row } })));
  });
  const formIssues = form === undefined ? [] : formProblems(form.value, form.file);
  issues.push(...formIssues);
  // Fields not given are named by their labels in the pack's own schema (its form's fields included).
  const schema =
    vocabularies === undefined || formIssues.length > 0 || schemaRefused
      ? undefined
      : schemaOrUndefined(vocabularies.value, form?.value ?? {});
  for (const { file, index, check, source, row } of jobs) {
    const expanded = expandCheck(check, { directions, row, defaults: source.defaults, conditions, schema });
    for (const problem of expanded.problems) {
      issues.push({
        file,
        rule: row ? check.id.replaceAll('{row}', row.key) : check.id,
        pointer: toPointer(['checks', index, ...problem.at]),
        message: problem.message,
      });
    }
    if (expanded.check === undefined) continue;
    const loadedCheck: LoadedCheck = { ...expanded.check, file };
    if (checks.some((c) => c.id === loadedCheck.id)) {
      issues.push({
        file,
        rule: loadedCheck.id,
        pointer: toPointer(['checks', index, 'id']),
        message: { zh: `检查编号“${loadedCheck.id}”重复`, en: `check ID "${loadedCheck.id}" used twice` },
      });
    }
    checks.push(loadedCheck);
    checkAt.set(loadedCheck, ['checks', index]);
    if (source.table) tables.find((t) => t.file === file)?.checks.push(loadedCheck.id);
  }
  if (meta === undefined && issues.length === 0) {
    issues.push({
      file: '(pack)',
      pointer: '/pack',
      message: { zh: '缺少规则包信息（pack）', en: 'no file gives the pack metadata' },
    });
  }
  if (vocabularies === undefined && issues.length === 0) {
    issues.push({
      file: '(pack)',
      pointer: '/vocabularies',
      message: { zh: '缺少规则包词表（vocabularies）', en: 'no file gives the pack vocabularies' },
    });
  }
  if (!schemaRefused && vocabularies !== undefined) {
    issues.push(...vocabularyIssues(vocabularies.value, vocabularies.file));
    issues.push(...parameterIssues(parameters, parameterFiles, vocabularies.value));
    issues.push(...contractIssues(parameters, parameterFiles, checks, vocabularies.value.directions));
    for (const check of checks) {
      if (
        check.effectiveFrom !== undefined &&
        check.effectiveUntil !== undefined &&
        check.effectiveUntil < check.effectiveFrom
      ) {
        issues.push({
          file: check.file,
          rule: check.id,
          pointer: toPointer([...(checkAt.get(check) ?? []), 'effectiveUntil']),
          message: {
            zh: `检查的截止日期 ${check.effectiveUntil} 早于生效日期 ${check.effectiveFrom}`,
            en: `the check ends (${check.effectiveUntil}) before it takes effect (${check.effectiveFrom})`,
          },
        });
      }
      const outside = check.directions.filter((d) => !vocabularies?.value.directions.includes(d));
      if (outside.length > 0) {
        issues.push({
          file: check.file,
          rule: check.id,
          pointer: toPointer([...(checkAt.get(check) ?? []), 'directions']),
          message: {
            zh: `申报类型${outside.join('、')}不在规则包词表中`,
            en: `directions ${outside.join(', ')} are not in the pack's vocabulary`,
          },
        });
      }
    }
  }
  // A file the schema refused is not read further, so its parameters and checks would be reported as
  // missing: name only the schema's problems until they are mended.
  if (!schemaRefused) {
    for (const check of checks) issues.push(...checkSemantics(check, checkAt.get(check) ?? [], parameters));
  }
  if (issues.length > 0 || meta === undefined || vocabularies === undefined) throw new RulePackError(issues);
  // Frozen throughout: what was validated is what every evaluation reads, for the pack's life.
  // Copied without prototypes (a key polluting Object.prototype is no field of a check) and frozen.
  const pack = deepFreeze(
    ownData({
      meta,
      vocabularies: vocabularies.value,
      form: form?.value ?? {},
      parameters,
      checks,
      tables,
    }) as RulePack,
  );
  rememberApplicationSchema(pack, schema ?? applicationSchemaFrom(pack.vocabularies, pack.form));
  markValidated(pack);
  return pack;
}
