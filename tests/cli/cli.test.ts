import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { evaluate, evaluateBatch } from '../../src/index.js';
import { cliIo, scratchDir } from '../helpers/cliIo.js';
import { eligibleExample, example, examplesDir } from '../helpers/examples.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'src/cli/bin.ts');

const io = cliIo;

const scratch = scratchDir('sme-dx-cli-');

describe('check', () => {
  it.each([
    ['workshop.json', 0, '符合条件'],
    ['factory.json', 0, '符合条件'],
    // Edition 3: participants of industry 其他 name no industry, for the applicant to correct (exit 4).
    ['chain.json', 4, '需补正'],
    ['cluster.json', 4, '需补正'],
    ['belt-road.json', 0, '符合条件'],
  ])('prints the verdict of %s first and exits %i', async (file, code, verdict) => {
    const t = io();
    expect(await run(['check', join(examplesDir, file)], t.io)).toBe(code);
    const firstLine = t.out().split('\n')[0];
    expect(firstLine).toContain(verdict);
    expect(t.err()).toBe('');
  });

  it('prints the 补正通知: 不符合申报条件, 需补正事项, 需经办人核实, then advisories; --all lists every check', async () => {
    const input = eligibleExample('cluster.json') as {
      lead: { assessment: { score: number } };
      consortium: { platform: { status: string } };
    };
    input.consortium.platform.status = 'planned';
    const file = join(scratch.path, 'cluster-planned.json');
    writeFileSync(file, JSON.stringify(input));
    const t = io();
    expect(await run(['check', file], t.io)).toBe(1);
    const text = t.out();
    expect(text.indexOf('不符合申报条件（1项）:')).toBeLessThan(text.indexOf('提示（不影响资格）:'));
    expect(text).toContain(
      '1. 申报（牵头）单位（昌吉示例园区运营有限公司）：产业协同平台尚未建成（填报状态：规划中）；牵头单位应建成产业协同平台（一（三）（四）、二（二）3）',
    );
    // The notice names fields and clauses, never a check ID.
    expect(text).not.toContain('consortium.platform');
    expect(text).not.toContain('✓');
    const all = io();
    await run(['check', file, '--all'], all.io);
    expect(all.out()).toContain('✓ basic.industry');
    expect(all.out()).toContain('逐项检查结果:');
  });

  it('prints English with --lang en, and exits 4 when a 申报书 needs correcting', async () => {
    const input = example('belt-road.json') as { narrative: Record<string, unknown> };
    delete input.narrative.divisionOfLabour;
    const file = join(scratch.path, 'belt-road-no-section-4.json');
    writeFileSync(file, JSON.stringify(input));
    const t = io();
    expect(await run(['check', file, '--lang', 'en'], t.io)).toBe(4);
    expect(t.out().split('\n')[0]).toMatch(/: needs correction$/);
    expect(t.out()).not.toContain('(needs-correction)');
    // No Chinese but the applicant's own words (here the lead's name); fields and clauses as English names them.
    expect(t.out()).toContain('1. Section 4: Section 4 (division of labour) is blank: it must describe');
    expect(t.out()).toContain('(4 note 1, note 2)');
    expect(t.out().replaceAll('昌吉州示例新材料有限公司', '')).not.toMatch(/\p{Script=Han}/u);
    const all = io();
    await run(['check', join(examplesDir, 'belt-road.json'), '--lang', 'en', '--all'], all.io);
    expect(all.out()).toContain('whether they are significant and mature is for the panel to judge');
  });

  it('prints the same evaluation as evaluate() with --json, in one shape for one file or several', async () => {
    const t = io();
    await run(['check', join(examplesDir, 'chain.json'), '--json'], t.io);
    const one = JSON.parse(t.out());
    expect(one.results).toEqual([
      {
        file: join(examplesDir, 'chain.json'),
        result: JSON.parse(JSON.stringify(await evaluate(example('chain.json')))),
      },
    ]);
    expect(one.summary).toEqual({
      total: 1,
      eligible: 0,
      ineligible: 0,
      needsCorrection: 1,
      needsReview: 0,
      invalid: 0,
    });
    const many = io();
    await run(
      ['check', join(examplesDir, 'chain.json'), join(examplesDir, 'workshop.json'), '--json', '--as-of', '2025-05-01'],
      many.io,
    );
    const parsed = JSON.parse(many.out()) as { results: { file: string; result: { evaluationDate: string } }[] };
    expect(Object.keys(parsed)).toEqual(Object.keys(one));
    expect(parsed.results.map((p) => p.result.evaluationDate)).toEqual(['2025-05-01', '2025-05-01']);
  });

  it('gives a bad file a one-line error naming it and the reason, and goes on with the others', async () => {
    const broken = join(scratch.path, 'broken.json');
    writeFileSync(broken, '{\n  "direction": "chain",\n  "industry": \n}');
    const empty = join(scratch.path, 'empty.json');
    writeFileSync(empty, '  \n');
    const notApplication = join(scratch.path, 'not-application.json');
    writeFileSync(notApplication, '{"direction": "chain", "industry": 7}');
    const t = io();
    const code = await run(
      ['check', broken, empty, join(scratch.path, 'missing.json'), notApplication, join(examplesDir, 'workshop.json')],
      t.io,
    );
    expect(code).toBe(2);
    const lines = t.err().trim().split('\n');
    expect(lines[0]).toMatch(/^✗ .*broken\.json：不是有效的 JSON（第4行第1列）/);
    expect(lines[1]).toMatch(/empty\.json：文件为空/);
    expect(lines[2]).toMatch(/missing\.json：文件不存在/);
    expect(lines[3]).toMatch(
      /^✗ .*not-application\.json：不是有效的申报书，\d+个问题 \/ not an application, \d+ issues$/,
    );
    // Then its issues, one a line, each at its field.
    expect(lines[4]).toMatch(/^ {4}\/\w+ {2}.+：.+ \/ .+/);
    expect(t.out()).toContain('workshop.json: 符合条件');
  });

  it('writes a self-contained HTML report with --html', async () => {
    const target = join(scratch.path, 'report.html');
    await run(['check', join(examplesDir, 'workshop.json'), '--html', target], io().io);
    const html = readFileSync(target, 'utf8');
    expect(html).toContain('形式审查意见（补正通知）');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('uses another rule pack with --pack, and refuses a broken one', async () => {
    const pack = join(scratch.path, 'pack');
    cpSync(join(root, 'rules'), pack, { recursive: true });
    const parameters = JSON.parse(readFileSync(join(pack, 'parameters.json'), 'utf8'));
    parameters.parameters['workshop.minScore'].values = [{ effectiveFrom: '2024-01-01', value: 60 }];
    writeFileSync(join(pack, 'parameters.json'), JSON.stringify(parameters));
    const t = io();
    expect(await run(['check', join(examplesDir, 'workshop.json'), '--pack', pack], t.io)).toBe(1);
    expect(t.out()).toContain('应在60分以上');
    parameters.parameters['workshop.minScore'].values = [{ effectiveFrom: '2024-01-01', value: 'abc' }];
    writeFileSync(join(pack, 'parameters.json'), JSON.stringify(parameters));
    const badValue = io();
    expect(await run(['check', join(examplesDir, 'workshop.json'), '--pack', pack], badValue.io)).toBe(2);
    expect(badValue.err()).toContain(
      '参数“workshop.minScore”（自2024-01-01）：值"abc"不是数值；应为0–100之间的数值（单位：分）',
    );
    expect(badValue.out()).toBe('');
    writeFileSync(join(pack, 'basic.json'), '{"checks": [{"id": "x"}]}');
    const bad = io();
    expect(await run(['check', join(examplesDir, 'workshop.json'), '--pack', pack], bad.io)).toBe(2);
    expect(bad.err()).toContain('basic.json');
  });

  it('answers usage errors with exit code 2', async () => {
    for (const argv of [[], ['check'], ['frobnicate'], ['check', '--lang', 'fr', 'x.json'], ['check', '--bogus']]) {
      const t = io();
      expect(await run(argv, t.io)).toBe(2);
    }
    const help = io();
    expect(await run(['--help'], help.io)).toBe(0);
    expect(help.out()).toContain('退出码 / exit codes');
  });
});

describe('schema and rules', () => {
  it('prints the JSON Schema', async () => {
    const t = io();
    expect(await run(['schema'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).properties.lead.properties.creditCode.title).toBe('统一社会信用代码');
  });

  it('lists the checks with their clauses, and the parameters', async () => {
    const t = io();
    await run(['rules'], t.io);
    expect(t.out()).toMatch(/workshop\.score\s+二（二）1\s+eligibility\s+数据基础、管理及成效得分/);
    expect(t.out()).toMatch(/workshop\.minScore\s+50\s+二（二）1/);
  });
});

describe('batch', () => {
  let batchDir: string;
  beforeAll(() => {
    batchDir = join(scratch.path, 'thousand');
    mkdirSync(batchDir);
    const workshop = example('workshop.json');
    const chain = example('chain.json');
    for (let i = 0; i < 1000; i++) {
      const app = structuredClone(i % 10 === 0 ? chain : workshop) as Record<string, unknown>;
      app.id = `APP-${i}`;
      if (i % 97 === 0) (app.lead as { assessment: { score: number } }).assessment.score = 40;
      writeFileSync(join(batchDir, `app-${String(i).padStart(4, '0')}.json`), JSON.stringify(app));
    }
    writeFileSync(join(batchDir, 'zz-broken.json'), '{');
  });

  it('summarises verdicts, duplicates and leads, and lists the applications not eligible', async () => {
    const t = io();
    const code = await run(['batch', batchDir], t.io);
    expect(code).toBe(2);
    const text = t.out();
    expect(text).toContain('批量评估：共 1001 份申报书');
    // Aligned in columns: each count's last digit in the same terminal column.
    const counts = text.split('\n').slice(2, 7);
    expect(counts[4]).toMatch(/^ {2}无法读取（不是有效的申报书） +1$/);
    expect(new Set(counts.map((l) => stringWidth(l))).size).toBe(1);
    expect(text).toContain('app-0097.json: 不符合条件');
    // 100 copies of the chain: one family, reported once.
    expect(text).toContain('疑似重复申报（参与单位和申报内容均高度相似，需核实）：1 组（4950 对）');
    expect(text).toMatch(/app-0000\.json、.*app-0090\.json 等 100 份/);
    expect(text).toContain('新疆示例铝业集团有限公司（91652301QWWBA74896）');
    expect(t.err()).toContain('zz-broken.json：不是有效的 JSON');
  });

  it('writes CSV and JSON', async () => {
    const c = io();
    await run(['batch', examplesDir, '--csv'], c.io);
    const rows = c.out().trim().split('\r\n');
    expect(rows[0]).toBe(
      'file,id,direction,lead,lead_credit_code,verdict,reject,correct,verify,pass,advisory,failed_checks,correct_checks,verify_checks,advisory_checks,corrections,reason',
    );
    expect(rows).toHaveLength(6);
    // The cluster has two advisory notes, counted apart, never as failures, and its 其他 to correct.
    const cluster = rows.find((r) => r.includes('cluster.json'))?.split(',') ?? [];
    // Its passes are what the batch counts (no number written here: a new check would change it).
    const files = readdirSync(examplesDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const batch = await evaluateBatch(files.map((f) => example(f)));
    const evaluated = batch.results[files.indexOf('cluster.json')];
    const passes = evaluated === undefined || evaluated.verdict === 'invalid' ? 0 : evaluated.summary.pass;
    expect(cluster.slice(5, 11)).toEqual(['needs-correction', '0', '1', '0', String(passes), '2']);
    expect(cluster.slice(11, 15)).toEqual(['', 'form.participants', '', 'consortium.priority consortium.disbursement']);
    const j = io();
    await run(['batch', examplesDir, '--json'], j.io);
    expect(JSON.parse(j.out()).summary).toEqual({
      total: 5,
      eligible: 3,
      ineligible: 0,
      needsCorrection: 2,
      needsReview: 0,
      invalid: 0,
    });
  });

  it('streams: its JSON holds exactly what evaluateBatch answers for the same files', async () => {
    // Duplicates (the chain filed again under another id) and a lead of two lead-once applications.
    const mixed = join(scratch.path, 'mixed');
    mkdirSync(mixed);
    const chain = example('chain.json') as Record<string, unknown>;
    const cluster = example('cluster.json') as { lead: unknown };
    const again = { ...structuredClone(chain), id: 'CJ-AGAIN' };
    const sameLead = { ...structuredClone(cluster), lead: structuredClone(chain.lead) };
    const inputs = [chain, again, sameLead, example('workshop.json'), { direction: 'chain', industry: 7 }];
    for (const [i, input] of inputs.entries()) writeFileSync(join(mixed, `${i}.json`), JSON.stringify(input));
    const t = io();
    await run(['batch', mixed, '--json', '--as-of', '2025-06-01'], t.io);
    const streamed = JSON.parse(t.out());
    const batch = await evaluateBatch(inputs, { asOf: '2025-06-01' });
    expect(streamed.results.map((r: { result: unknown }) => r.result)).toEqual(batch.results);
    expect(streamed.duplicates.length).toBe(batch.duplicates.length);
    expect(streamed.duplicates.length).toBeGreaterThan(0);
    expect(streamed.duplicates[0].sharedUnits).toEqual(batch.duplicates[0]?.sharedUnits);
    expect(streamed.leadsInSeveralApplications).toEqual(batch.leadsInSeveralApplications);
    expect(streamed.leadsInSeveralApplications.length).toBe(1);
  });

  it('takes --evidence-budget: 0 lists no shared passage and says so; a bad value is a usage error', async () => {
    const pair = join(scratch.path, 'pair');
    mkdirSync(pair);
    const chain = example('chain.json') as Record<string, unknown>;
    writeFileSync(join(pair, 'a.json'), JSON.stringify(chain));
    writeFileSync(join(pair, 'b.json'), JSON.stringify({ ...structuredClone(chain), id: 'CJ-AGAIN' }));
    const whole = io();
    await run(['batch', pair, '--json', '--evidence-budget', 'all'], whole.io);
    expect(JSON.parse(whole.out()).duplicates[0].sharedPassages.length).toBeGreaterThan(0);
    const none = io();
    await run(['batch', pair, '--json', '--evidence-budget', '0'], none.io);
    const cut = JSON.parse(none.out()).duplicates[0];
    expect(cut).toMatchObject({ sharedPassages: [], sharedPassagesCut: true });
    const check = JSON.parse(none.out()).results[0].result.checks.find(
      (c: { id: string }) => c.id === 'joint.duplicate-consortium',
    );
    expect(check.message.zh).toContain('相同段落未全部列出');
    const bad = io();
    expect(await run(['batch', pair, '--evidence-budget', 'lots'], bad.io)).toBe(2);
    expect(bad.err()).toContain('--evidence-budget 应为非负整数或 all');
  });

  it('shows a progress bar on a terminal and none when piped', () => {
    const command = `node --import tsx ${bin} batch ${batchDir} --csv > /dev/null`;
    // A pseudo-terminal from Python's standard library (on a fresh machine, unlike util-linux's `script`).
    const tty = spawnSync('python3', ['-c', 'import pty, sys; pty.spawn(["sh", "-c", sys.argv[1]])', command], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(tty.stdout).toContain('评估中 [');
    expect(tty.stdout).toContain('1001/1001');
    const piped = spawnSync('node', ['--import', 'tsx', bin, 'batch', batchDir, '--csv'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(piped.stderr).not.toContain('评估中');
    expect(piped.stderr.trim().split('\n')).toHaveLength(1);
    expect(piped.status).toBe(2);
  });
});
