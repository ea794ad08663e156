/**
 * The command line's exit codes. With several files, the most serious wins, in the order
 * invalid (2) > ineligible (1) > needs-review (3) > eligible (0).
 */
export const exitCodes = {
  /** Every application is eligible. */
  eligible: 0,
  /** At least one application is ineligible. */
  ineligible: 1,
  /** A file cannot be read as an application, or the command line is wrong. */
  invalid: 2,
  /** None is ineligible, but at least one needs review or completion. */
  needsReview: 3,
} as const;

const severity = [exitCodes.eligible, exitCodes.needsReview, exitCodes.ineligible, exitCodes.invalid];

/** The exit code for a set of verdicts: the most serious. */
export function exitCodeOf(verdicts: readonly string[]): number {
  const codes = verdicts.map((v) =>
    v === 'eligible'
      ? exitCodes.eligible
      : v === 'ineligible'
        ? exitCodes.ineligible
        : v === 'needs-review'
          ? exitCodes.needsReview
          : exitCodes.invalid,
  );
  return codes.reduce((worst, c) => (severity.indexOf(c) > severity.indexOf(worst) ? c : worst), exitCodes.eligible);
}
