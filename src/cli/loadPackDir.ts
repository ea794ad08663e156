import { basename, dirname, resolve } from 'node:path';
import { loadRulePack, type RulePack } from '../pack/loadRulePack.js';
import { jsonFilesIn } from './jsonFilesIn.js';
import { readJsonFile } from './readJsonFile.js';

/**
 * A rule pack from the `*.json` files of a folder (`--pack DIR`), walked as a batch's folder is (no
 * link out of it followed, no FIFO or device read, no file above the size limit). Throws with the
 * reason, naming the file.
 */
export function loadPackDir(dir: string): RulePack {
  const files: Record<string, unknown> = {};
  const top = resolve(dir);
  for (const found of jsonFilesIn([dir])) {
    if (found.problem !== undefined && resolve(found.path) === top) {
      throw new Error(`${dir}：${found.problem.zh} / ${found.problem.en}`);
    }
    if (resolve(dirname(found.path)) !== top) continue;
    const name = basename(found.path);
    const file = found.problem === undefined ? readJsonFile(found.path) : { ok: false as const, reason: found.problem };
    if (!file.ok) throw new Error(`${name}：${file.reason.zh} / ${file.reason.en}`);
    files[name] = file.value;
  }
  return loadRulePack(files);
}
