/**
 * `sme-dx-benchmark/facts`: The derived facts the rules read, each a small function of the application (date-fns style), and the registry that names them to a rule pack.
 * @packageDocumentation
 */

export { type AdverseRecordFound, adverseRecordsOf } from '../facts/adverseRecordsOf.js';
export { attachmentCount } from '../facts/attachmentCount.js';
export { bindingScenariosAtLevel } from '../facts/bindingScenariosAtLevel.js';
export { type BlankRow, blankScenarioRows } from '../facts/blankScenarioRows.js';
export { characterCount } from '../facts/characterCount.js';
export { type CreditCodeFacts, creditCodeFacts } from '../facts/creditCodeFacts.js';
export {
  type CreditReportGap,
  type CreditReportWindow,
  creditReportFreshFrom,
  creditReportGaps,
} from '../facts/creditReportGaps.js';
export { type DateAfterSubmission, datesAfterSubmission } from '../facts/datesAfterSubmission.js';
export { describedEmpowermentPaths } from '../facts/describedEmpowermentPaths.js';
export {
  type DistinctParticipants,
  distinctParticipants,
  type NameClash,
  type ParticipantEntry,
  type RepeatedParticipant,
  type UnitRows,
} from '../facts/distinctParticipants.js';
export { type DistinctScenarios, distinctScenarios, type ScenarioGroup } from '../facts/distinctScenarios.js';
export { type Doubt, doubtsOf } from '../facts/doubtsOf.js';
export { enterprisesAmong, isEnterprise } from '../facts/enterprisesAmong.js';
export { type FinancialConflict, financialConflicts, financialsRead } from '../facts/financialsRead.js';
export { fiscalYearsBefore } from '../facts/fiscalYearsBefore.js';
export { hasCreditReport } from '../facts/hasCreditReport.js';
export { insolventYears, zeroEquityYears } from '../facts/insolventYears.js';
export { isBranchName } from '../facts/isBranchName.js';
export { type JointAgreementGap, jointAgreementGaps, jointAgreementUndeclared } from '../facts/jointAgreementGaps.js';
export { missingFiscalYears } from '../facts/missingFiscalYears.js';
export { missingRequiredFields, type RequiredFields } from '../facts/missingRequiredFields.js';
export { type NonEnterprise, nonEnterpriseParticipants } from '../facts/nonEnterpriseParticipants.js';
export { participantCount } from '../facts/participantCount.js';
export { participantsOutsideCluster } from '../facts/participantsOutsideCluster.js';
export { participantsWithUnknownCluster } from '../facts/participantsWithUnknownCluster.js';
export { type ParticipantTableProblem, participantTableProblems } from '../facts/participantTableProblems.js';
export { pilotAccepted } from '../facts/pilotAccepted.js';
export { pilotCount } from '../facts/pilotCount.js';
export { type PilotGap, pilotParticipantGaps } from '../facts/pilotParticipantGaps.js';
export { pilotParticipantsBelowLevel } from '../facts/pilotParticipantsBelowLevel.js';
export { pilotParticipantsNotAccepted } from '../facts/pilotParticipantsNotAccepted.js';
export { pilotRatio } from '../facts/pilotRatio.js';
export { placesNamedIn } from '../facts/placesNamedIn.js';
export { choiceIn, plainReading, type Reading } from '../facts/reading.js';
export {
  type ApplicationRef,
  type BatchContext,
  type DerivedFact,
  type DuplicateEvidence,
  type DuplicateFamily,
  derivedFacts,
  type FactContext,
  runtimeFactNames,
} from '../facts/registry.js';
export { type RepeatedEntry, repeatedParticipants } from '../facts/repeatedParticipants.js';
export { repeatedScenarios } from '../facts/repeatedScenarios.js';
export { scenariosAtLevel } from '../facts/scenariosAtLevel.js';
export { undescribedFields } from '../facts/undescribedFields.js';
export { leadRef, participantRef, type UnitByCode, type UnitRef, unitsByCode } from '../facts/unitRef.js';
export { unitsWhere } from '../facts/unitsWhere.js';
export { type UnreadableDate, unreadableDates } from '../facts/unreadableDates.js';
export { yearsBefore } from '../facts/yearsBefore.js';
