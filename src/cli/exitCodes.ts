/**
 * The command line's exit codes. With several files, the most serious wins, in the order
 * invalid (2) > ineligible (1) > needs-correction (4) > needs-review (3) > eligible (0).
 */
export const exitCodes = {
  /** Every application is eligible. */
  eligible: 0,
  /** At least one application is ineligible. */
  ineligible: 1,
  /** A file cannot be read as an application, or the command line is wrong. */
  invalid: 2,
  /** None is ineligible or needs correcting, but at least one is for the clerk to verify (核实). */
  needsReview: 3,
  /** None is ineligible, but at least one is for the applicant to correct (补正). */
  needsCorrection: 4,
} as const;

const severity: readonly number[] = [
  exitCodes.eligible,
  exitCodes.needsReview,
  exitCodes.needsCorrection,
  exitCodes.ineligible,
  exitCodes.invalid,
];

const codeOf: Readonly<Record<string, number>> = {
  eligible: exitCodes.eligible,
  ineligible: exitCodes.ineligible,
  'needs-correction': exitCodes.needsCorrection,
  'needs-review': exitCodes.needsReview,
};

/** The exit code for a set of verdicts: the most serious. */
export function exitCodeOf(verdicts: readonly string[]): number {
  return verdicts
    .map((v) => codeOf[v] ?? exitCodes.invalid)
    .reduce((worst, c) => (severity.indexOf(c) > severity.indexOf(worst) ? c : worst), exitCodes.eligible);
}
