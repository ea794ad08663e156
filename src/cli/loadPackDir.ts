import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRulePack, type RulePack } from '../pack/loadRulePack.js';
import { readJsonFile } from './readJsonFile.js';

/** A rule pack from the `*.json` files of a folder (`--pack DIR`). Throws with the reason. */
export function loadPackDir(dir: string): RulePack {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = readJsonFile(join(dir, name));
    if (!file.ok) throw new Error(`${name}：${file.reason.zh} / ${file.reason.en}`);
    files[name] = file.value;
  }
  return loadRulePack(files);
}
