import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../helpers/build.js';

// The command line as a clerk's machine meets it: folders with links, pipes and devices in them,
// names that speak to the terminal, a full disk, Ctrl-C. The built program is run as a process.
const cli = join(root, 'dist/cli.js');
const examples = join(root, 'docs/examples');
const scratch = mkdtempSync(join(tmpdir(), 'sme-dx-hostile-'));
/** As root, the program runs as `nobody`, for whom a folder with mode 000 is unreadable (as for a clerk). */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
/** Prints the process's peak memory (KB) on stderr as it exits. */
const peak =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))';

beforeAll(() => {
  ensureBuilt('dist/cli.js');
  chmodSync(scratch, 0o755);
});
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+rwx', scratch]);
  rmSync(scratch, { recursive: true, force: true });
});

describe('batch over a hostile folder', () => {
  it('reports each hazard in its row, evaluates the good application, in bounded memory', () => {
    const box = join(scratch, 'box');
    mkdirSync(join(box, 'sub'), { recursive: true });
    mkdirSync(join(box, 'locked'));
    copyFileSync(join(examples, 'workshop.json'), join(box, 'good.json'));
    copyFileSync(join(examples, 'workshop.json'), join(box, 'locked', 'hidden.json'));
    symlinkSync('..', join(box, 'up'));
    symlinkSync('..', join(box, 'sub', 'up'));
    symlinkSync('loop2', join(box, 'loop1'));
    symlinkSync('loop1', join(box, 'loop2'));
    symlinkSync('self.json', join(box, 'self.json'));
    symlinkSync('/dev/zero', join(box, 'zero.json'));
    symlinkSync('/etc/passwd', join(box, 'outside.json'));
    symlinkSync('good.json', join(box, 'same.json'));
    expect(spawnSync('mkfifo', [join(box, 'x.json')]).status).toBe(0);
    const sparse = openSync(join(box, 'big.json'), 'w');
    ftruncateSync(sparse, 2 * 1024 ** 3);
    closeSync(sparse);
    chmodSync(join(box, 'locked'), 0o000);

    const run = spawnSync(process.execPath, ['--import', peak, cli, 'batch', box, '--json'], {
      encoding: 'utf8',
      timeout: 120_000,
      ...asUser,
    });
    expect(run.error).toBeUndefined();
    const rows = new Map(
      (
        JSON.parse(run.stdout).results as {
          file: string;
          result: { verdict: string; errors?: { message: { zh: string } }[] };
        }[]
      ).map((r) => [r.file.slice(box.length + 1), r.result]),
    );
    const reason = (name: string) => rows.get(name)?.errors?.[0]?.message.zh ?? '';
    expect(rows.get('good.json')?.verdict).toBe('eligible');
    expect(reason('big.json')).toContain('文件过大（2048 MB，上限 64 MB）');
    expect(reason('x.json')).toContain('不是普通文件（管道、设备或套接字）');
    expect(reason('zero.json')).toContain('链接指向所选目录之外');
    expect(reason('outside.json')).toContain('链接指向所选目录之外');
    expect(reason('up')).toContain('链接指向所选目录之外');
    expect(reason('sub/up')).toContain('链接指向已读取的目录（循环）');
    expect(reason('loop1')).toContain('符号链接循环');
    expect(reason('self.json')).toContain('符号链接循环');
    expect(reason('same.json')).toContain('是同一个文件，未重复读取');
    expect(reason('locked')).toContain('没有读取权限的目录');
    // Nothing of the file a link outside leads to is shown.
    expect(run.stdout + run.stderr).not.toContain('root:');
    expect(rows.size).toBe(12);
    expect(run.status).toBe(2);
    const maxRss = Number(/maxRSS (\d+)/.exec(run.stderr)?.[1]);
    expect(maxRss).toBeLessThan(200 * 1024);
  });
});

describe('names that speak to a terminal', () => {
  /** `command` run in a pseudo-terminal (Python's pty): what a clerk's terminal receives. */
  const inTerminal = (command: string) =>
    spawnSync('python3', ['-c', 'import pty, sys; pty.spawn(["sh", "-c", sys.argv[1]])', command], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('shows ESC, CR and RLO written out, and the verdict line is the library’s', () => {
    const app = JSON.parse(readFileSync(join(examples, 'workshop.json'), 'utf8'));
    app.lead.name = '示例\u001b[2J\r符合条件 (eligible)\u202e';
    app.lead.assessment.score = 10;
    const file = join(scratch, 'crafted\u001b[31m.json');
    writeFileSync(file, JSON.stringify(app));
    const shown = inTerminal(`node ${cli} check '${file}'; echo "exit=$?"`);
    const out = shown.stdout;
    expect(out).toContain('exit=1');
    // The program's own colours taken away: what the clerk reads.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the colour sequences to take away.
    const plain = out.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n');
    const firstLine = plain.split('\n')[0] ?? '';
    expect(firstLine).toContain('不符合条件 (ineligible)');
    expect(firstLine).toContain('crafted\\u001b[31m.json');
    expect(plain).toContain('示例\\u001b[2J\\u000d符合条件 (eligible)\\u202e');
    // No control character of the application's reaches the terminal: only the program's colours,
    // and the terminal's own line ends.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not reach it.
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('shows a key that clears the screen written out, in the line that names it', () => {
    const app = JSON.parse(readFileSync(join(examples, 'workshop.json'), 'utf8'));
    app['\u001b[2J'] = 1;
    const file = join(scratch, 'key.json');
    writeFileSync(file, JSON.stringify(app));
    const run = spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('\\u001b[2J');
    expect(run.stderr).not.toContain('\u001b');
  });
});

describe('a full disk, an unwritable place, Ctrl-C', () => {
  /** A 64 KiB tmpfs at `dir` for `command`: mounted as root, or in a user namespace otherwise. */
  const onSmallDisk = (dir: string, command: string) => {
    mkdirSync(dir, { recursive: true });
    const script = `mount -t tmpfs -o size=64k tmpfs '${dir}' && head -c 60000 /dev/zero > '${dir}/filler' && ${command}; echo "exit=$?"; ls -a '${dir}' '${dir}'/* 2>/dev/null; umount '${dir}'`;
    const root = process.getuid?.() === 0;
    return spawnSync(root ? 'sh' : 'unshare', root ? ['-c', script] : ['-rm', 'sh', '-c', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  };

  it('--html on a full disk: one line naming the file, exit 2, no partial file', () => {
    const disk = join(scratch, 'disk');
    const one = onSmallDisk(
      disk,
      `node ${cli} check ${join(examples, 'chain.json')} --html '${disk}/r.html' >/dev/null`,
    );
    expect(one.stdout).toContain('exit=2');
    expect(one.stderr.trim().split('\n')).toEqual([
      `出错 / error: 无法写入 ${disk}/r.html：磁盘已满，未留下不完整的文件 / cannot write ${disk}/r.html: no space left on the disk; no partial file is left`,
    ]);
    expect(one.stdout).not.toMatch(/r\.html|\.tmp/);
    const batch = onSmallDisk(disk, `node ${cli} batch ${examples} --html '${disk}/out' >/dev/null`);
    expect(batch.stdout).toContain('exit=2');
    expect(batch.stderr).toContain('磁盘已满');
    expect(batch.stdout).not.toMatch(/\.html|\.tmp/);
  });

  it('a full stdout: one line, exit 2, never a trace', () => {
    for (const args of [
      ['check', join(examples, 'workshop.json')],
      ['check', join(examples, 'workshop.json'), '--json'],
    ]) {
      const run = spawnSync('sh', ['-c', `node ${cli} ${args.join(' ')} > /dev/full`], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('无法写出结果（ENOSPC）/ cannot write the output (ENOSPC)\n');
    }
  });

  it('--html into a place it cannot write stops before the first report', () => {
    const run = spawnSync(process.execPath, [cli, 'batch', examples, '--html', '/dev/null/reports'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('无法写入 /dev/null/reports');
    expect(run.stdout).toBe('');
  });

  it('Ctrl-C during a batch with --html leaves whole reports only, none empty, no temporary file', async () => {
    const many = join(scratch, 'many');
    mkdirSync(many);
    const text = readFileSync(join(examples, 'workshop.json'));
    for (let i = 0; i < 3000; i++) writeFileSync(join(many, `a${String(i).padStart(4, '0')}.json`), text);
    const out = join(scratch, 'reports');
    const child = spawn(process.execPath, [cli, 'batch', many, '--html', out], { stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let n = 0;
        try {
          n = readdirSync(out).length;
        } catch {
          n = 0;
        }
        if (n >= 1 || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        }
      }, 5);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const left = readdirSync(out);
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((f) => !f.endsWith('.html'))).toEqual([]);
    for (const f of left) {
      const html = readFileSync(join(out, f), 'utf8');
      expect(statSync(join(out, f)).size).toBeGreaterThan(0);
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
    }
  });
});

describe('the CommonJS entry', () => {
  it('loads json-rules-engine only when the reference engine is asked for, as the ES module does', () => {
    const probe = `
      const m = require(${JSON.stringify(join(root, 'dist/index.cjs'))});
      const loaded = () => Object.keys(require.cache).filter((k) => /json-rules-engine|jsonpath-plus/.test(k)).length;
      const before = loaded();
      m.evaluate(require(${JSON.stringify(join(examples, 'workshop.json'))}), { engine: 'json-rules-engine' })
        .then((r) => console.log(before, r.verdict, loaded() > 0));`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('0 eligible true');
  });
});
