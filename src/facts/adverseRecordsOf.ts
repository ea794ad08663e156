import type { AdverseRecordKind } from '../model/enums.js';
import type { Unit } from '../model/schema.js';

/** One 不良记录 that counts against a unit: its kind, date and the report's own words. */
export interface AdverseRecordFound {
  readonly reason: AdverseRecordKind;
  readonly date: string;
  readonly description: string;
}

/**
 * 不良记录 of a unit that count against it (those of the given kinds), each by its kind (`reason`),
 * date and words. With `window`, only those dated inside it (`from` on, the credit report's window of
 * 五 3) or, `before: true`, only those dated earlier. `undefined` when the unit's credit record is not given.
 *
 * @example
 * adverseRecordsOf(unit, ['abnormal-operation']) //=> [{ reason: 'abnormal-operation', date: '2024-02-01', description: '…' }]
 */
export function adverseRecordsOf(
  unit: Unit,
  kinds: readonly string[],
  window?: { readonly from: string; readonly before?: boolean },
): AdverseRecordFound[] | undefined {
  if (unit.credit === undefined) return undefined;
  return unit.credit.adverseRecords
    .filter((r) => kinds.includes(r.kind))
    .filter((r) => window === undefined || r.date < window.from === (window.before === true))
    .map((r) => ({ reason: r.kind, date: r.date, description: r.description.trim() }));
}
