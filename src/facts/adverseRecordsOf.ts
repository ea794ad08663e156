import { AdverseRecordKind } from '../model/enums.js';
import type { Unit } from '../model/schema.js';

/**
 * 不良记录 of a unit that count against it (those of the given kinds), each written for a clerk:
 * 「失信被执行人（2023-05-01）」. `undefined` when the unit's credit report is not given.
 *
 * @example
 * adverseRecordsOf(unit, ['abnormal-operation']) //=> ['经营异常名录（2024-02-01）']
 */
export function adverseRecordsOf(unit: Unit, kinds: readonly string[]): string[] | undefined {
  if (unit.credit === undefined) return undefined;
  return unit.credit.adverseRecords
    .filter((r) => kinds.includes(r.kind))
    .map((r) => `${AdverseRecordKind.labels[r.kind]}（${r.date}）`);
}
