import type { Application } from '../model/schema.js';
import { distinctParticipants } from './distinctParticipants.js';
import { leadRef, participantRef, type UnitRef } from './unitRef.js';

/** Something 表二 holds that no unit can be listed with (clauses.md edition 3). */
export type ParticipantTableProblem =
  /** A row with neither name nor code: 「第N行为空，请删除或填写」. */
  | { readonly reason: 'blank-row'; readonly row: number; readonly pointer: string }
  /** One name under another code than an earlier entry's (or the lead's). */
  | { readonly reason: 'same-name'; readonly unit: UnitRef; readonly sameAs: UnitRef }
  /** A 验收评测等级 that is not a choice of 表二 (未定级, 二级, 三级, 四级). */
  | { readonly reason: 'level-not-a-choice'; readonly unit: UnitRef; readonly level: number; readonly pointer: string }
  /** 所属行业 「其他」 with nothing written after it. */
  | { readonly reason: 'industry-other'; readonly unit: UnitRef; readonly pointer: string };

/**
 * 表二 的填报问题: blank rows, one name under two codes, a level 表二 does not offer (`levels`: the
 * levels it offers, a pack parameter), and 「其他」 with no industry written.
 *
 * @example
 * participantTableProblems(application, [2, 3, 4]) //=> [{ reason: 'level-not-a-choice', unit: { … }, level: 1, … }]
 */
export function participantTableProblems(
  application: Application,
  levels: readonly number[],
): ParticipantTableProblem[] {
  const problems: ParticipantTableProblem[] = [];
  const { blank, nameClashes } = distinctParticipants(application);
  for (const row of blank) problems.push({ reason: 'blank-row', row: row + 1, pointer: `/participants/${row}` });
  for (const clash of nameClashes) {
    const [head, ...rest] = clash.indexes;
    const headEntry = head === undefined ? undefined : application.participants[head];
    const first =
      clash.lead || head === undefined || headEntry === undefined
        ? leadRef(application)
        : participantRef(headEntry, head);
    for (const i of clash.lead ? clash.indexes : rest) {
      const p = application.participants[i];
      if (p !== undefined) problems.push({ reason: 'same-name', unit: participantRef(p, i), sameAs: first });
    }
  }
  application.participants.forEach((p, i) => {
    const level = p.pilot?.level;
    if (typeof level === 'number' && !levels.includes(level)) {
      problems.push({
        reason: 'level-not-a-choice',
        unit: participantRef(p, i),
        level,
        pointer: `/participants/${i}/pilot/level`,
      });
    }
    if (p.industry === 'other' && !/[\p{L}\p{N}]/u.test(p.industryOther ?? '')) {
      problems.push({
        reason: 'industry-other',
        unit: participantRef(p, i),
        pointer: `/participants/${i}/industryOther`,
      });
    }
  });
  return problems;
}
