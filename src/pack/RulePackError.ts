import type { Message } from '../model/issue.js';

/** One reason a rule pack is refused: the file, the rule (check ID) where there is one, and the field. */
export interface RulePackIssue {
  readonly file: string;
  readonly rule?: string;
  /** The parameter, where the problem is one of a parameter's. */
  readonly parameter?: string;
  /** JSON Pointer of the field in the file, e.g. `/checks/3/pass/all/0/operator`. */
  readonly pointer: string;
  readonly message: Message;
}

/** Thrown by {@link loadRulePack} for a malformed pack: every issue, each naming file, rule and field. */
export class RulePackError extends Error {
  readonly issues: readonly RulePackIssue[];

  constructor(issues: readonly RulePackIssue[]) {
    const lines = issues
      .slice(0, 20)
      .map(
        (i) =>
          `  ${i.file}${i.rule ? ` 规则 ${i.rule}` : ''}${i.parameter ? ` 参数 ${i.parameter}` : ''} ${i.pointer || '/'}：${i.message.zh} / ${i.message.en}`,
      );
    super(`规则包无效 / invalid rule pack (${issues.length}):\n${lines.join('\n')}`);
    this.name = 'RulePackError';
    this.issues = issues;
  }
}
