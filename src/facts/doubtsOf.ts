import { participantPointer } from '../model/participantPointer.js';
import { toPointer } from '../model/paths.js';
import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { distinctScenarios } from './distinctScenarios.js';
import { financialConflicts } from './financialsRead.js';

/**
 * A doubt in a 申报书 (clauses.md edition 3): rows that may be one thing or two, or that contradict
 * each other. Data: each language writes its own sentence of it.
 */
export type Doubt =
  | {
      readonly kind: 'scenario';
      readonly key: string;
      /** How many ways it reads. */
      readonly readings: number;
      /** The rows of the scenario, as JSON Pointers. */
      readonly rows: readonly string[];
    }
  | {
      readonly kind: 'units';
      readonly key: string;
      readonly readings: 2;
      /** The participants (and the lead) of one name under different codes, as JSON Pointers. */
      readonly rows: readonly string[];
      readonly name: string;
    }
  | {
      readonly kind: 'unit-rows';
      readonly key: string;
      readonly readings: number;
      /** The rows of one unit (one credit code) that disagree, as JSON Pointers. */
      readonly rows: readonly string[];
    }
  | {
      readonly kind: 'financials';
      readonly key: string;
      readonly readings: number;
      /** The rows of one fiscal year, as JSON Pointers. */
      readonly rows: readonly string[];
      readonly year: number;
      /** The unit: `/lead` or `/participants/n`. */
      readonly unit: string;
    };

/**
 * 存疑之处: every place where a 申报书's rows may be the same thing or contradict each other — a
 * scenario entered in rows that disagree on level or binding, one name under different credit codes,
 * one fiscal year in rows that disagree. Each is read every way (see `Reading`); none, for most.
 *
 * @example
 * doubtsOf(workshopWithS07TwiceAtTwoLevels) //=> [{ kind: 'scenario', key: 'scenario:3', readings: 2, rows: ['/lead/assessment/scenarios/3', …] }]
 */
export function doubtsOf(application: Application): Doubt[] {
  const doubts: Doubt[] = [];
  const scenarios = application.lead.assessment?.scenarios ?? [];
  for (const g of distinctScenarios(scenarios).groups) {
    if (g.variants.length < 2) continue;
    doubts.push({
      kind: 'scenario',
      key: g.key,
      readings: g.variants.length,
      rows: g.rows.map((r) => toPointer(['lead', 'assessment', 'scenarios', r])),
    });
  }
  for (const clash of distinctParticipants(application).nameClashes) {
    const name = clash.lead ? application.lead.name : (application.participants[clash.indexes[0] ?? 0]?.name ?? '');
    doubts.push({
      kind: 'units',
      key: clash.key,
      readings: 2,
      rows: [...(clash.lead ? ['/lead'] : []), ...clash.indexes.map((i) => participantPointer(i))],
      name: name.trim(),
    });
  }
  for (const unit of distinctParticipants(application).unitRows) {
    doubts.push({
      kind: 'unit-rows',
      key: unit.key,
      readings: unit.variants.length,
      rows: unit.rows.map((i) => participantPointer(i)),
    });
  }
  const units = [application.lead, ...application.participants];
  units.forEach((unit, u) => {
    const base = u === 0 ? ['lead'] : ['participants', u - 1];
    for (const c of financialConflicts(unit.financials, u)) {
      const rows = (unit.financials ?? []).flatMap((f, i) => (f.year === c.year ? [i] : []));
      doubts.push({
        kind: 'financials',
        key: c.key,
        readings: c.variants.length,
        rows: rows.map((r) => toPointer([...base, 'financials', r])),
        year: c.year,
        unit: toPointer(base),
      });
    }
  });
  return doubts;
}
