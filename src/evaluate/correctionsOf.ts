import { fieldLabel } from '../model/fieldLabel.js';
import type { ZodSchema } from '../model/labelAt.js';
import type { CheckResult, Correction, Verification } from './checkResult.js';

// Frozen: every item of a field left blank carries this one message.
const fillIn = Object.freeze({ zh: '未填写或未说明，请补填', en: 'Not filled in: fill it in' });

/**
 * 补正事项: what the applicant must mend, from the results whose action is `correct`. A field a check
 * found missing is an item of its own (「未填写或未说明，请补填」), as is each row a result names (a repeat
 * to delete, a blank row); any other result is one item at the field that caused it, saying what the
 * check found. One defect, one item: a field is listed once, by the check of the 申报书's form where
 * one names it (a malformed code by 统一社会信用代码's check, not again by those that cannot read it).
 * Under a pack with a form of its own, `formSchema` (its schema) names the fields in its labels.
 *
 * @example
 * correctionsOf(evaluation.checks)[0] //=> { pointer: '/lead/contact/phone', field: { zh: '表一申报（牵头）单位的“联系电话”', … }, … }
 */
export function correctionsOf(checks: readonly CheckResult[], formSchema?: ZodSchema): Correction[] {
  const byField = new Map<string, Correction & { readonly form: boolean }>();
  const add = (check: CheckResult, pointer: string, todo: Correction['todo']) => {
    const form = check.kind === 'completeness';
    const known = byField.get(pointer);
    if (known !== undefined && (known.form || !form)) {
      if (known.check !== check.id || known.todo.zh === todo.zh) return;
      // The same check says two things of one field (two repeats of one row): both, in one item.
      byField.set(pointer, {
        ...known,
        todo: { zh: `${known.todo.zh}；${todo.zh}`, en: `${known.todo.en}; ${todo.en}` },
      });
      return;
    }
    byField.set(pointer, {
      pointer,
      field: fieldLabel(pointer, formSchema),
      todo,
      clause: check.clause,
      check: check.id,
      form,
    });
  };
  for (const c of checks) {
    if (c.action !== 'correct') continue;
    const only = c.missing.length === 1 ? (c.missing[0]?.pointer ?? '') : '';
    if (only !== '' && c.outcome === 'fail' && !c.message.zh.includes(fieldLabel(only, formSchema).zh)) {
      // One field the check found blank: what the check says of it (what it must describe).
      add(c, only, c.message);
    } else if (c.missing.length > 0) {
      for (const m of c.missing) add(c, m.pointer, fillIn);
    } else if (c.findings !== undefined && c.findings.length > 0) {
      for (const f of c.findings) add(c, f.pointer, f.message);
    } else add(c, c.fields[0] ?? c.subject.pointer, c.message);
  }
  return [...byField.values()].map(({ form: _form, ...item }) => item);
}

/**
 * 需经办人核实: what the clerk must judge, from the results whose action is `verify`, each with the
 * check's message as its evidence.
 *
 * @example
 * verificationsOf(evaluation.checks).map((v) => v.check) //=> ['joint.duplicate-consortium']
 */
export function verificationsOf(checks: readonly CheckResult[]): Verification[] {
  return checks
    .filter((c) => c.action === 'verify')
    .map((c) => ({
      check: c.id,
      clause: c.clause,
      subject: c.subject.name,
      pointer: c.fields[0] ?? c.subject.pointer,
      evidence: c.message,
    }));
}
