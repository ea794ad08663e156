import { expect } from 'vitest';
import { loadRulePack, RulePackError, type RulePackIssue } from '../../src/index.js';

/** What `loadRulePack` refuses in `files`: its issues (the test fails if the pack is accepted). */
export function packIssues(files: Readonly<Record<string, unknown>>): readonly RulePackIssue[] {
  try {
    loadRulePack(files);
  } catch (error) {
    expect(error).toBeInstanceOf(RulePackError);
    return (error as RulePackError).issues;
  }
  throw new Error('the pack was accepted');
}
