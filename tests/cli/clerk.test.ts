// The clerk's command line (clauses.md edition 3, issue item 8): reports that never overwrite each
// other, a page per application of a batch, Chinese CSV, globs expanded by the program, one-line errors.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlobs } from '../../src/cli/expandGlobs.js';
import { run } from '../../src/cli/main.js';
import { cliIo as io, scratchDir } from '../helpers/cliIo.js';
import { eligibleExample, example, examplesDir } from '../helpers/examples.js';

const scratch = scratchDir('sme-dx-clerk-');

/** Write applications into a folder of the scratch dir, by relative name. */
function files(folder: string, apps: Record<string, unknown>): string {
  const dir = join(scratch.path, folder);
  for (const [name, app] of Object.entries(apps)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof app === 'string' ? app : JSON.stringify(app));
  }
  return dir;
}

describe('check --html DIR', () => {
  it('gives two inputs of one base name pages of their own, never one over the other', async () => {
    const dir = files('same-name', { 'a/x.json': example('workshop.json'), 'b/x.json': example('factory.json') });
    const out = join(scratch.path, 'same-name-html');
    expect(await run(['check', join(dir, 'a/x.json'), join(dir, 'b/x.json'), '--html', out], io().io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['x-2.html', 'x.html']);
    expect(readFileSync(join(out, 'x.html'), 'utf8')).toContain('州级数字化车间');
    expect(readFileSync(join(out, 'x-2.html'), 'utf8')).toContain('州级智能工厂');
  });
});

describe('batch DIR --html DIR', () => {
  it('writes a page per application, the unreadable one included, for the clerk to print', async () => {
    const dir = files('batch-html', {
      'w.json': example('workshop.json'),
      'c.json': example('chain.json'),
      'bad.json': '{',
    });
    const out = join(scratch.path, 'batch-html-pages');
    expect(await run(['batch', dir, '--html', out], io().io)).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['bad.html', 'c.html', 'w.html']);
    const chain = readFileSync(join(out, 'c.html'), 'utf8');
    expect(chain).toContain('二、需补正事项');
    expect(chain).toContain('表二参与单位第3项的“所属行业（其他）”');
  });

  it('is refused, exit 2, when --html names one .html file for several applications', async () => {
    const t = io();
    expect(await run(['batch', examplesDir, '--html', join(scratch.path, 'all.html')], t.io)).toBe(2);
    expect(t.err()).toContain('多个文件时应为目录');
  });
});

describe('CSV in Chinese', () => {
  it('has Chinese headers and values, the 补正事项, and the reason in an unreadable file’s row', async () => {
    const dir = files('csv-zh', { 'c.json': example('chain.json'), 'z.json': '{"direction": ' });
    const t = io();
    await run(['batch', dir, '--csv', '--lang', 'zh'], t.io);
    const rows = t
      .out()
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]?.split(',').slice(0, 6)).toEqual([
      '文件',
      '申报编号',
      '申报类型',
      '申报（牵头）单位',
      '统一社会信用代码',
      '结论',
    ]);
    expect(rows[0]).toContain('补正事项');
    expect(rows[1]).toContain('州级“链式”数字化转型典型标杆');
    expect(rows[1]).toContain('需补正');
    expect(rows[1]).toContain('表二参与单位第3项的“所属行业（其他）”：');
    expect(rows[1]).not.toContain('form.participants');
    expect(rows[2]).toMatch(/z\.json,.*无法读取.*不是有效的 JSON/);
  });

  it('check --json gives an unreadable file’s reason in its result, as batch --json does', async () => {
    const dir = files('json-reason', { 'z.json': '{"direction": ' });
    const one = io();
    await run(['check', join(dir, 'z.json'), '--json'], one.io);
    const many = io();
    await run(['batch', dir, '--json'], many.io);
    const checked = JSON.parse(one.out()).results[0].result;
    expect(checked.verdict).toBe('invalid');
    expect(checked.errors[0].message.zh).toContain('不是有效的 JSON');
    expect(checked).toEqual(JSON.parse(many.out()).results[0].result);
  });
});

describe('globs', () => {
  it('are expanded by the program, as Windows shells pass *.json through', async () => {
    const dir = files('globbed', {
      'a.json': example('workshop.json'),
      'b.json': example('factory.json'),
      'c.txt': '',
    });
    expect(expandGlobs([join(dir, '*.json')])).toEqual([join(dir, 'a.json'), join(dir, 'b.json')]);
    expect(expandGlobs([`${dir}\\[a]*.json`])).toEqual([join(dir, 'a.json')]);
    expect(expandGlobs([join(dir, 'none-*.json')])).toEqual([join(dir, 'none-*.json')]);
    const t = io();
    expect(await run(['check', join(dir, '*.json')], t.io)).toBe(0);
    expect(t.out()).toContain('a.json: 符合条件');
    expect(t.out()).toContain('b.json: 符合条件');
  });
});

describe('for a person', () => {
  it('answers an unknown option in one line, exit 2', async () => {
    const t = io();
    expect(await run(['check', '--mdoe', 'x.json'], t.io)).toBe(2);
    expect(t.err().trim().split('\n')).toEqual([
      '用法错误 / usage: 未知选项 / unknown option --mdoe（sme-dx-benchmark --help 查看用法 / see --help）',
    ]);
  });

  it('writes English plurals right, and never "eligible (eligible)"', async () => {
    const dir = files('plurals', { 'w.json': example('workshop.json'), 'c.json': eligibleExample('chain.json') });
    const t = io();
    await run(['batch', dir, '--lang', 'en'], t.io);
    expect(t.out()).toContain('Batch: 2 applications');
    expect(t.out()).toContain('0 pairs');
    const one = io();
    await run(['check', join(dir, 'w.json'), '--lang', 'en'], one.io);
    expect(one.out().split('\n')[0]).toMatch(/w\.json: eligible$/);
    const single = files('plural-one', { 'w.json': example('workshop.json') });
    const s = io();
    await run(['batch', single, '--lang', 'en'], s.io);
    expect(s.out()).toContain('Batch: 1 application\n');
  });
});
