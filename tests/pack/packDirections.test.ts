import { describe, expect, it } from 'vitest';
import { applicationJsonSchemaOf } from '../../src/entries/pack.js';
import { evaluateSync, formatTextReport, loadRulePack } from '../../src/index.js';
import { buildApplication } from '../../src/testing/buildApplication.js';
import { packIssues } from '../helpers/packIssues.js';
import { smallPack } from '../helpers/smallPack.js';

// A city's own direction (银川's 试点项目, one enterprise's project): a word of its pack, named in its
// labels, read in its 申报书 and its schema, chosen by its checks, and printed in its words.
const files = (labels: Record<string, { zh: string; en: string }>) =>
  smallPack('中小企业数字化转型试点项目', { directions: ['pilot-project'], labels }, [
    {
      id: 'project.level',
      clause: '二（三）',
      kind: 'eligibility',
      title: { zh: '数字化水平', en: 'Digital level' },
      notice: '数字化水平达到二级及以上',
      subject: 'lead',
      pass: { name: 'level', path: '$.lead.assessment.level', operator: '>=', value: 2 },
      zh: {
        pass: '数字化水平{actual.level|level}',
        fail: '数字化水平{actual.level|level}，应达到{required.level|level}',
      },
      en: { pass: 'Level {actual.level|level}', fail: 'Level {actual.level|level}; {required.level|level} needed' },
    },
  ]);
const named = { 'pilot-project': { zh: '数字化转型试点项目', en: 'pilot transformation project' } };

describe("a pack's own direction", () => {
  it('is refused unnamed, and read when named: schema, 申报书, checks and report', () => {
    expect(packIssues(files({})).map((i) => i.message.zh)).toContainEqual(
      expect.stringContaining('pilot-project不是申报书模型认识的词：请在 vocabularies.labels 中给出'),
    );
    const pack = loadRulePack(files(named));
    const schema = applicationJsonSchemaOf(pack) as {
      properties: { direction: { oneOf: { const: string; title: string }[] } };
    };
    expect(schema.properties.direction.oneOf).toEqual([{ const: 'pilot-project', title: '数字化转型试点项目' }]);
    const app = buildApplication('digital-workshop', { direction: 'pilot-project' as never });
    const result = evaluateSync(app, { pack });
    expect(result.verdict === 'invalid' ? result.errors : result.checks.map((c) => [c.id, c.outcome])).toEqual([
      ['project.level', 'pass'],
    ]);
    expect(formatTextReport('p.json', result, { pack })).toContain('数字化转型试点项目');
    const workshop = evaluateSync(buildApplication('digital-workshop'), { pack });
    expect(workshop.verdict === 'invalid' && workshop.errors.map((e) => e.pointer)).toEqual(['/direction']);
  });
});
