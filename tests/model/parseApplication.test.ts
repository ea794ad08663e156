import { describe, expect, it } from 'vitest';
import { type ModelIssue, parseApplication } from '../../src/index.js';
import { deepFreeze, example, loadExamples } from '../helpers/examples.js';

function issuesOf(input: unknown): readonly ModelIssue[] {
  const result = parseApplication(input);
  expect(result.ok).toBe(false);
  return result.issues;
}

function issueAt(issues: readonly ModelIssue[], pointer: string): ModelIssue {
  const found = issues.find((i) => i.pointer === pointer);
  expect(found, `no issue at ${pointer}; got ${issues.map((i) => i.pointer).join(', ')}`).toBeDefined();
  return found as ModelIssue;
}

describe('parseApplication', () => {
  it.each(Object.entries(loadExamples()))('reads the example %s as a typed application', (_file, input) => {
    const result = parseApplication(input);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.application?.lead.name).toMatch(/有限公司$/);
  });

  it('returns a copy: the typed application is not the object it was given', () => {
    const input = example('chain.json');
    const result = parseApplication(input);
    expect(result.application).toEqual(input);
    expect(result.application).not.toBe(input);
    expect(result.application?.participants).not.toBe(input.participants);
  });

  it.each([
    ['a string', 'not an application'],
    ['null', null],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['undefined', undefined],
  ])('refuses %s with one issue at the root, labelled 申报书', (_what, input) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ pointer: '', label: '申报书', path: [] });
    expect(issues[0]?.message.zh).toMatch(/应为对象|必填项缺失/);
    expect(issues[0]?.message.en).toMatch(/object|missing/);
  });

  it('refuses a 10 MB array quickly, without reading its items', () => {
    const input = new Array(10 * 1024 * 1024).fill('x');
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('wrong-type');
  });

  it('refuses a million participants with a size issue, not a million issues', () => {
    const input = example('workshop.json');
    input.participants = new Array(1_000_000).fill({});
    const issues = issuesOf(input);
    const issue = issueAt(issues, '/participants');
    expect(issue.code).toBe('too-big');
    expect(issue.label).toBe('参与单位');
    expect(issue.message.zh).toContain('不能超过5000项');
  });

  it('names an unknown key with its path, as a likely typo', () => {
    const input = example('workshop.json');
    (input.lead as Record<string, unknown>).creditcode = '91652301L74C93KYXG';
    const issue = issueAt(issuesOf(input), '/lead/creditcode');
    expect(issue.code).toBe('unknown-key');
    expect(issue.where).toBe('申报（牵头）单位 › “creditcode”');
    expect(issue.message.zh).toContain('拼写');
  });

  it('refuses __proto__, constructor and prototype keys as unknown, and leaves Object.prototype alone', () => {
    const input = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"lead":{"__proto__":{"isPilot":true}}}',
    );
    const issues = issuesOf(input);
    expect(issues.filter((i) => i.code === 'unknown-key').map((i) => i.pointer)).toEqual(
      expect.arrayContaining(['/__proto__', '/constructor', '/lead/__proto__']),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never runs a getter that throws, and never throws itself', () => {
    const input = example('workshop.json');
    Object.defineProperty(input, 'industry', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseApplication(input);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('does not mutate a deep-frozen input', () => {
    const input = deepFreeze(example('cluster.json'));
    const before = JSON.stringify(input);
    expect(parseApplication(input).ok).toBe(true);
    const bad = deepFreeze({ ...example('cluster.json'), industry: 7, extra: true });
    expect(parseApplication(bad).ok).toBe(false);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('gives wrong types their path, Chinese label, and what was found', () => {
    const input = example('chain.json');
    const participants = input.participants as Record<string, unknown>[];
    (participants[2] as Record<string, unknown>).creditCode = 916523;
    const issue = issueAt(issuesOf(input), '/participants/2/creditCode');
    expect(issue).toMatchObject({
      code: 'wrong-type',
      label: '统一社会信用代码',
      where: '参与单位 › 第3项 › 统一社会信用代码',
      path: ['participants', 2, 'creditCode'],
    });
    expect(issue.message.zh).toBe('应为文本，实际为数字：916523');
    expect(issue.message.en).toBe('must be text, found a number: 916523');
  });

  it('says a missing required field is missing', () => {
    const input = example('workshop.json');
    delete (input.lead as Record<string, unknown>).introduction;
    delete input.direction;
    const issues = issuesOf(input);
    expect(issueAt(issues, '/lead/introduction')).toMatchObject({ code: 'required', label: '企业简介' });
    expect(issueAt(issues, '/direction')).toMatchObject({ code: 'required', label: '申报类型' });
    expect(issueAt(issues, '/direction').message.zh).toBe('必填项缺失');
  });

  it('lists an enum’s allowed values with their Chinese labels', () => {
    const input = { ...example('workshop.json'), industry: '有色金属' };
    const issue = issueAt(issuesOf(input), '/industry');
    expect(issue.code).toBe('not-allowed-value');
    expect(issue.message.zh).toContain('有色金属（nonferrous-metals）');
  });

  it.each(['2025-02-30', '2025-13-01', '2025/04/15', '2025-04-15T08:00:00+08:00', '2023-02-29'])(
    'refuses the date %s',
    (date) => {
      const issue = issueAt(issuesOf({ ...example('workshop.json'), submittedOn: date }), '/submittedOn');
      expect(issue).toMatchObject({ code: 'bad-date', label: '申报日期' });
      expect(issue.message.zh).toContain('YYYY-MM-DD');
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseApplication({ ...example('workshop.json'), submittedOn: '2024-02-29' }).ok).toBe(true);
  });

  it('refuses negative money, NaN and Infinity, a level of 5, a score over 100', () => {
    const input = example('chain.json');
    const lead = input.lead as { project: Record<string, unknown>; assessment: Record<string, unknown> };
    lead.project.totalInvestment = -1;
    lead.assessment.level = 5;
    lead.assessment.score = 100.5;
    const participants = input.participants as { pilot: Record<string, unknown> }[];
    (participants[0] as { pilot: Record<string, unknown> }).pilot.amount = Number.NaN;
    (participants[1] as { pilot: Record<string, unknown> }).pilot.amount = Number.POSITIVE_INFINITY;
    const issues = issuesOf(input);
    expect(issueAt(issues, '/lead/project/totalInvestment')).toMatchObject({
      code: 'too-small',
      label: '项目总投资额（万元）',
    });
    expect(issueAt(issues, '/lead/assessment/level').message.zh).toContain('不能大于4');
    expect(issueAt(issues, '/lead/assessment/score').label).toBe('数据基础、管理及成效得分');
    expect(issueAt(issues, '/participants/0/pilot/amount').message.zh).toContain('NaN');
    expect(issueAt(issues, '/participants/1/pilot/amount').message.zh).toContain('Infinity');
  });

  it('keeps well-typed values that break the notice: they are data for the checks', () => {
    const input = example('workshop.json');
    const lead = input.lead as Record<string, unknown> & { assessment: Record<string, unknown> };
    lead.creditCode = '9165230';
    lead.introduction = '简'.repeat(301);
    lead.assessment.level = 1;
    input.industry = 'other';
    expect(parseApplication(input).ok).toBe(true);
  });

  it('treats absent optional facts as absent, not as errors', () => {
    const input = example('workshop.json');
    const lead = input.lead as Record<string, unknown>;
    for (const key of ['financials', 'project', 'assessment', 'independentLegalPerson', 'credit', 'pilotIndustry']) {
      delete lead[key];
    }
    expect(parseApplication(input).ok).toBe(true);
  });

  it('summarises after 200 issues', () => {
    const input = example('chain.json');
    input.participants = Array.from({ length: 300 }, () => ({ name: 1 }));
    const issues = issuesOf(input);
    expect(issues).toHaveLength(201);
    expect(issues[200]?.code).toBe('too-many-issues');
    expect(issues[200]?.message.zh).toMatch(/^另有\d+个问题未列出/);
  });

  it('gives every issue a JSON Pointer that matches its path', () => {
    const issues = issuesOf({ lead: { contact: { phone: 1 } }, participants: [{ 'a/b~c': 1 }] });
    for (const issue of issues) {
      expect(issue.pointer).toBe(
        issue.path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
      );
      expect(issue.label).not.toBe('');
      expect(issue.message.zh).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
    expect(issues.map((i) => i.pointer)).toContain('/participants/0/a~1b~0c');
  });
});
