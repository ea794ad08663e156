import { describe, expect, it } from 'vitest';
import { Application, labelAt } from '../../src/entries/model.js';

describe('labelAt', () => {
  it('labels nested fields with the template’s words and a breadcrumb', () => {
    expect(labelAt(Application, ['lead', 'assessment', 'score'])).toMatchObject({
      label: '数据基础、管理及成效得分',
      where: '申报（牵头）单位 › 验收评测 › 数据基础、管理及成效得分',
    });
  });

  it('counts list items from 1, as a clerk does', () => {
    expect(labelAt(Application, ['participants', 0, 'pilot', 'level']).where).toBe(
      '参与单位 › 第1项 › 试点情况 › 验收评测等级',
    );
  });

  it('shows an unknown key as written', () => {
    expect(labelAt(Application, ['lead', 'nmae'])).toMatchObject({ label: '“nmae”', labelEn: '"nmae"' });
  });

  it('labels the root as the application, and gives enum fields their choices', () => {
    expect(labelAt(Application, []).label).toBe('申报书');
    expect(labelAt(Application, ['lead', 'scale']).choices).toEqual({
      'above-designated-size': '规上企业',
      'below-designated-size': '规下企业',
    });
  });
});
