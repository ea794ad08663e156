import { isCalendarDate } from '../model/calendarDate.js';
import type { RulePack } from '../pack/loadRulePack.js';

const latestByPack = new WeakMap<RulePack, string>();

/** The day the pack's latest dated value took effect: the pack as it reads now. */
function latestEffectiveFrom(pack: RulePack): string {
  let latest = latestByPack.get(pack);
  if (latest === undefined) {
    latest = '0000-01-01';
    for (const p of Object.values(pack.parameters)) {
      for (const v of p.values) if (v.effectiveFrom > latest) latest = v.effectiveFrom;
    }
    latestByPack.set(pack, latest);
  }
  return latest;
}

/**
 * 评估日期, the one date a 申报书 is read on, wherever it is read (`evaluate`, a batch, the duplicate
 * search, the command line's `rules`): `asOf` when given, else the 申报日期 when it is a calendar date,
 * else (a draft with no date yet, or no application at all) the day the pack's latest value took
 * effect, so that the pack reads as it does now. Never the clock.
 *
 * @example
 * evaluationDateOf('2025-04-15', undefined, pack) //=> '2025-04-15'
 * evaluationDateOf('2025-04-15', '2025-05-01', pack) //=> '2025-05-01'
 * evaluationDateOf(undefined, undefined, pack) //=> the pack's latest effectiveFrom
 */
export function evaluationDateOf(submittedOn: unknown, asOf: string | undefined, pack: RulePack): string {
  if (asOf !== undefined) return asOf;
  if (isCalendarDate(submittedOn)) return submittedOn;
  return latestEffectiveFrom(pack);
}
