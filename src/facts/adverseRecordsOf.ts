import type { AdverseRecordKind } from '../model/enums.js';
import type { Unit } from '../model/schema.js';

/** One 不良记录 that counts against a unit: its kind and date. */
export interface AdverseRecordFound {
  readonly reason: AdverseRecordKind;
  readonly date: string;
}

/**
 * 不良记录 of a unit that count against it (those of the given kinds), each by its kind (`reason`)
 * and date. `undefined` when the unit's credit report is not given.
 *
 * @example
 * adverseRecordsOf(unit, ['abnormal-operation']) //=> [{ reason: 'abnormal-operation', date: '2024-02-01' }]
 */
export function adverseRecordsOf(unit: Unit, kinds: readonly string[]): AdverseRecordFound[] | undefined {
  if (unit.credit === undefined) return undefined;
  return unit.credit.adverseRecords
    .filter((r) => kinds.includes(r.kind))
    .map((r) => ({ reason: r.kind, date: r.date }));
}
