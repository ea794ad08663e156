import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { cliIo, scratchDir } from '../helpers/cliIo.js';
import { example, examplesDir } from '../helpers/examples.js';
import { toGb18030 } from '../helpers/gb18030.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

const io = cliIo;

const scratch = scratchDir('sme-dx-people-');

const workshop = join(examplesDir, 'workshop.json');
const chain = join(examplesDir, 'chain.json');

describe('the command line, for a person', () => {
  it('says what is wrong with an option in one line, exit 2, before reading any file', async () => {
    const one = io();
    expect(await run(['check', workshop, '--as-of', '2025-13-01'], one.io)).toBe(2);
    expect(one.out()).toBe('');
    expect(one.err().trim().split('\n')).toHaveLength(1);
    expect(one.err()).toMatch(
      /^--as-of 选项 asOf：评估日期应为 YYYY-MM-DD 格式的真实日期，实际为"2025-13-01" \/ option asOf: must be/,
    );
    const many = io();
    expect(await run(['batch', examplesDir, '--as-of', '2025-13-01'], many.io)).toBe(2);
    // The option is blamed, once; no file is.
    expect(many.err().trim().split('\n')).toHaveLength(1);
    expect(many.err()).not.toContain('.json');
    const stage = io();
    expect(await run(['batch', examplesDir, '--stage', 'final'], stage.io)).toBe(2);
    expect(stage.err()).toContain('--stage');
  });

  it('ends quietly, exit 0, when its reader stops early (| head -c 100)', () => {
    for (const command of ['rules --json', `check ${workshop} --json`]) {
      const r = spawnSync(
        'bash',
        ['-c', `set -o pipefail; node --import tsx ${bin} ${command} | head -c 100 > /dev/null`],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('lists every schema issue: the first 20 with how many more, all of them with --all', async () => {
    const bad = example('chain.json') as { participants: Record<string, unknown>[] };
    for (const p of bad.participants) p.isPilot = 'yes';
    for (const p of bad.participants) p.industry = 'mining';
    const file = join(scratch.path, 'many-issues.json');
    writeFileSync(file, JSON.stringify(bad));
    const count = bad.participants.length * 2;
    expect(count).toBeGreaterThan(20);
    const t = io();
    expect(await run(['check', file], t.io)).toBe(2);
    const lines = t.err().trim().split('\n');
    expect(lines[0]).toContain(`不是有效的申报书，${count}个问题 / not an application, ${count} issues`);
    expect(lines.filter((l) => /^ {4}\/participants\/\d+\//.test(l))).toHaveLength(20);
    expect(lines.at(-1)).toContain(`另有${count - 20}个问题，用 --all 列出全部 / ${count - 20} more, --all lists them`);
    const all = io();
    await run(['check', file, '--all'], all.io);
    expect(
      all
        .err()
        .split('\n')
        .filter((l) => /^ {4}\/participants\/\d+\//.test(l)),
    ).toHaveLength(count);
    expect(all.err()).toContain('/participants/0/isPilot  参与单位 › 第1项 › 是否为试点企业：');
  });

  it('writes --html to files in folders it creates, never a folder named .html', async () => {
    const target = join(scratch.path, 'new', 'deeper', 'w.html');
    const t = io();
    await run(['check', workshop, '--html', target], t.io);
    expect(statSync(target).isFile()).toBe(true);
    expect(t.err()).toContain(`HTML 报告 / HTML report: ${target}`);
    const folder = join(scratch.path, 'reports');
    await run(['check', workshop, chain, '--html', folder], io().io);
    expect(statSync(join(folder, 'workshop.html')).isFile()).toBe(true);
    expect(statSync(join(folder, 'chain.html')).isFile()).toBe(true);
    const wrong = io();
    expect(await run(['check', workshop, chain, '--html', join(scratch.path, 'two.html')], wrong.io)).toBe(2);
    expect(existsSync(join(scratch.path, 'two.html'))).toBe(false);
    expect(wrong.err()).toContain('多个文件时应为目录');
  });

  it('reads a 申报书 saved in GBK as GBK, says so, and judges it as the UTF-8 one', async () => {
    const gbk = join(scratch.path, 'workshop-gbk.json');
    writeFileSync(gbk, toGb18030(readFileSync(workshop, 'utf8')));
    const t = io();
    const utf8 = io();
    expect(await run(['check', gbk, '--json'], t.io)).toBe(await run(['check', workshop, '--json'], utf8.io));
    expect(t.err()).toContain('不是 UTF-8 编码，已按 GB 18030（GBK）读取');
    const [a, b] = [JSON.parse(t.out()), JSON.parse(utf8.out())];
    expect(a.results[0].result).toEqual(b.results[0].result);
    expect(a.results[0].result.application.lead.name).toBe('昌吉州示例新材料有限公司');
  });

  it('refuses a file in no encoding it can read clearly, naming the likely one', async () => {
    const latin = join(scratch.path, 'latin.json');
    writeFileSync(latin, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x80, 0x22, 0x7d]));
    const utf16 = join(scratch.path, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"x"}', 'utf16le')]));
    const t = io();
    expect(await run(['check', latin, utf16], t.io)).toBe(2);
    expect(t.err()).toContain('latin.json：不是 UTF-8 编码（可能是 GB 18030/GBK 或其他编码），请另存为 UTF-8');
    expect(t.err()).toContain('utf16.json：文件是 UTF-16 编码，请另存为 UTF-8');
  });

  it('writes CSV with a byte-order mark for Excel and WPS, without one on --no-bom, for check and batch', async () => {
    for (const command of ['check', 'batch']) {
      const t = io();
      await run([command, workshop, chain, '--csv'], t.io);
      expect(t.out().startsWith('\uFEFFfile,id,direction')).toBe(true);
      const lines = t.out().trim().split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/workshop\.json,.*,eligible,/);
      const bare = io();
      await run([command, workshop, '--csv', '--no-bom'], bare.io);
      expect(bare.out().startsWith('file,id,direction')).toBe(true);
    }
  });

  it('refuses a batch with no .json file: exit 2, saying so', async () => {
    const empty = join(scratch.path, 'empty-folder');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.txt'), '申报书在别处');
    const t = io();
    expect(await run(['batch', empty], t.io)).toBe(2);
    expect(t.err()).toContain('中没有 .json 文件 / no .json files in');
  });

  it('aligns the rules table where the text is Chinese (terminal columns, not characters)', async () => {
    const t = io();
    await run(['rules'], t.io);
    const rows = t
      .out()
      .split('\n')
      .filter((l) => / {2}(eligibility|completeness|advisory) {2}/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    // The title (fourth column) starts at the same terminal column on every row.
    const titleColumn = (row: string) => {
      const title = row.split(/ {2,}/)[3] as string;
      return stringWidth(row.slice(0, row.lastIndexOf(title)));
    };
    expect(new Set(rows.map(titleColumn)).size).toBe(1);
    const parameterRows = t
      .out()
      .split('\n')
      .filter((l) => /^basic\.\w+ {2,}\[/.test(l));
    expect(new Set(parameterRows.map((r) => stringWidth(r.slice(0, r.indexOf('二（'))))).size).toBe(1);
  });

  it('reads a missing key as a correction at its field, its real failures still shown (edition 3)', async () => {
    const draft = example('workshop.json') as {
      lead: { contact: Record<string, unknown>; assessment: { score: number } };
    };
    delete draft.lead.contact.phone;
    const file = join(scratch.path, 'draft.json');
    writeFileSync(file, JSON.stringify(draft));
    const t = io();
    expect(await run(['check', file], t.io)).toBe(4);
    expect(t.out()).toContain('表一申报（牵头）单位的“联系电话”：未填写或未说明，请补填');
    expect(await run(['check', file, '--draft'], io().io)).toBe(4);
    draft.lead.assessment.score = 40;
    writeFileSync(file, JSON.stringify(draft));
    const failing = io();
    expect(await run(['check', file], failing.io)).toBe(1);
    expect(failing.out()).toContain('不符合申报条件（1项）');
    expect(failing.out()).toContain('需补正事项（1项）');
  });
});

describe('npm start', () => {
  it('is quiet until its first report, then says where the HTML reports went', () => {
    const r = spawnSync('node', ['scripts/start.mjs'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^docs\/examples\/belt-road\.json: 符合条件/);
    // The 补正通知's sections, for the examples that have something to correct (表二 其他 unnamed).
    expect(r.stdout).toMatch(/docs\/examples\/chain\.json: 需补正 \(needs-correction\)/);
    expect(r.stdout).toContain('需补正事项（4项）:');
    expect(r.stdout).toContain('表二参与单位第3项的“所属行业（其他）”');
    expect(r.stderr.trim().split('\n')).toEqual(
      ['belt-road', 'chain', 'cluster', 'factory', 'workshop'].map(
        (name) => `HTML 报告 / HTML report: artifacts/reports/${name}.html`,
      ),
    );
  });
});
