import { describe, expect, it } from 'vitest';
import { defaultPackFiles } from '../../src/index.js';
import { packIssues } from '../helpers/packIssues.js';

type Check = Record<string, unknown> & { id: string; zh?: Record<string, string>; subject?: string };
type File = { checks: Check[]; defaults?: Record<string, unknown> };

/** The default pack's files with one check of one file changed. */
function withCheck(file: string, id: string, change: (check: Check) => void) {
  const files = structuredClone(defaultPackFiles) as unknown as Record<string, File>;
  const check = files[file]?.checks.find((c) => c.id === id);
  if (check === undefined) throw new Error(`${file} has no ${id}`);
  change(check);
  return files;
}

// A message that names what its check does not provide is refused when the pack loads, naming the
// file, the check and the fix: a clerk would otherwise read 「当前（无）分（差（无）分）」.
describe('the messages of a pack, checked as it loads', () => {
  it('refuses a misspelt placeholder, saying which name was meant', () => {
    const files = withCheck('workshop-and-factory.json', '{row}.score', (c) => {
      (c.zh as Record<string, string>).fail = '得分应在{required.score}分以上，当前{actual.scor}分';
    });
    const issues = packIssues(files);
    expect(issues.map((i) => [i.file, i.rule, i.pointer])).toEqual([
      ['workshop-and-factory.json', 'workshop.score', '/checks/1/messages/fail/zh'],
      ['workshop-and-factory.json', 'factory.score', '/checks/1/messages/fail/zh'],
    ]);
    expect(issues[0]?.message.zh).toBe('“{actual.scor}”：检查没有名为“scor”的通过条件，是否应为“score”？');
    expect(issues[0]?.message.en).toBe(
      '"{actual.scor}": no pass condition of the check is named "scor"; did you mean "score"?',
    );
  });

  it('refuses an unknown filter, a detail the check does not have, and a parameter the pack does not have', () => {
    const files = withCheck('basic.json', 'basic.lead-in-changji', (c) => {
      (c.zh as Record<string, string>).fail = '{details.adress}，{param.basic.nope}，{actual.unknownName|precent}';
    });
    const messages = packIssues(files).map((i) => i.message.zh);
    expect(messages).toContainEqual(
      expect.stringMatching(/^“\{actual\.unknownName\|precent\}”：没有名为“precent”的过滤器，是否应为“percent”？$/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^“\{details\.adress\}”：检查的 details 中没有“adress”，是否应为“address”？$/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/^“\{param\.basic\.nope\}”：规则包没有参数“basic\.nope”/));
  });

  it('refuses a value a message may not name, and a conditional on a misspelt name', () => {
    const files = withCheck('basic.json', 'basic.lead-in-changji', (c) => {
      (c.zh as Record<string, string>).fail = '{applicant.name}{?details.adres}地址{/}';
    });
    const messages = packIssues(files).map((i) => i.message.zh);
    expect(messages).toContainEqual(expect.stringMatching(/^“\{applicant\.name\}”：“applicant”不是消息可引用的值/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^“\{details\.adres\}”：检查的 details 中没有“adres”，是否应为“address”？$/),
    );
  });

  it('refuses a per-unit fact in a check that is not per unit, saying what to write', () => {
    const files = withCheck('basic.json', 'basic.independent-legal-person', (c) => {
      c.subject = 'application';
    });
    const issue = packIssues(files).find((i) => i.message.en.startsWith('fact "unit'));
    expect(issue?.file).toBe('basic.json');
    expect(issue?.rule).toBe('basic.independent-legal-person');
    expect(issue?.message.zh).toContain('请在该检查中写 "subject": "unit"');
  });
});
