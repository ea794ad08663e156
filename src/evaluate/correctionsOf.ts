import { fieldLabel } from '../model/fieldLabel.js';
import type { CheckResult, Correction, Verification } from './checkResult.js';

const fillIn = { zh: '未填写，请补填', en: 'Not filled in: fill it in' };

/**
 * 补正事项: what the applicant must mend, from the results whose action is `correct`. A field a check
 * found missing is an item of its own (「未填写，请补填」); any other result is one item at the field that
 * caused it, saying what the check found. One field and one thing to do are listed once.
 *
 * @example
 * correctionsOf(evaluation.checks)[0] //=> { pointer: '/lead/contact/phone', field: { zh: '表一申报（牵头）单位的“联系电话”', … }, … }
 */
export function correctionsOf(checks: readonly CheckResult[]): Correction[] {
  const items: Correction[] = [];
  const seen = new Set<string>();
  const add = (check: CheckResult, pointer: string, todo: Correction['todo']) => {
    const key = `${pointer}\u0000${todo.zh}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ pointer, field: fieldLabel(pointer), todo, clause: check.clause, check: check.id });
  };
  for (const c of checks) {
    if (c.action !== 'correct') continue;
    if (c.missing.length > 0 && c.outcome === 'review') {
      for (const m of c.missing) add(c, m.pointer, fillIn);
      continue;
    }
    add(c, c.fields[0] ?? c.subject.pointer, c.message);
  }
  return items;
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
