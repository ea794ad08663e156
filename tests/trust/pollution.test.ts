import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../helpers/build.js';

// Prototype pollution elsewhere in a portal's process (a vulnerable dependency sets
// `Object.prototype.isPilot = false`) must not change an answer: the reader reads a 申报书's own
// properties only, as JSON carries them, and a loaded pack has no prototypes to inherit from.
const probe = `
const { readFileSync } = await import('node:fs');
const keys = JSON.parse(process.argv[1]);
const names = ['workshop', 'factory', 'chain', 'cluster', 'belt-road'];
const apps = names.map((n) => JSON.parse(readFileSync(${JSON.stringify(join(root, 'docs/examples'))} + '/' + n + '.json', 'utf8')));
const m = await import(${JSON.stringify(join(root, 'dist/index.js'))});
await m.evaluate(apps[0]); // the default pack loaded, as a portal loads it when it starts
const falsy = ['isPilot', 'acceptancePassed', 'independentLegalPerson', 'inClusterOrPark', 'binding'];
for (const k of keys) {
  const value = falsy.includes(k) ? false : k === 'level' ? 1 : k === 'score' ? 0 : 'polluted';
  Object.defineProperty(Object.prototype, k, { value, enumerable: true, configurable: true, writable: true });
}
const answers = [];
for (const a of apps) {
  for (const engine of ['compiled', 'json-rules-engine']) answers.push(await m.evaluate(a, { engine }));
  const draft = structuredClone(a);
  delete draft.lead.contact;
  answers.push(await m.evaluate(draft, { mode: 'draft' }));
  answers.push(m.evaluateSync({ ...a, lead: { ...a.lead, independentLegalPerson: undefined } }));
}
answers.push(m.findDuplicateConsortia([apps[2], apps[2]]).length);
process.stdout.write(JSON.stringify(answers));
`;

const run = (keys: readonly string[]) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', probe, JSON.stringify(keys)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

beforeAll(() => ensureBuilt('dist/index.js'));

describe('a polluted Object.prototype', () => {
  it('changes no answer: strict, draft, json-rules-engine, evaluateSync and the duplicate search', () => {
    const clean = run([]);
    expect(clean.stderr).toBe('');
    const keys = [
      'isPilot',
      'pilotIndustry',
      'acceptancePassed',
      'independentLegalPerson',
      'inClusterOrPark',
      'credit',
      'level',
      'score',
      'binding',
      'consortium',
      'beltAndRoad',
      'financials',
      'assessment',
      'project',
      'industryOther',
      'polluted',
    ];
    const polluted = run(keys);
    expect(polluted.stderr).toBe('');
    expect(polluted.stdout.length).toBeGreaterThan(10_000);
    expect(polluted.stdout).toBe(clean.stdout);
  });
});
