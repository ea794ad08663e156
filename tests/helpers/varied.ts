import fc from 'fast-check';
import { loadExamples } from './examples.js';

type Json = Record<string, unknown>;
type Edit = (app: Json, a: number, b: number) => void;

const examples = loadExamples();
const at = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
const lead = (app: Json) => app.lead as Json;
const assessment = (app: Json) => lead(app).assessment as Json | undefined;
const scenarios = (app: Json) => (assessment(app)?.scenarios ?? []) as Json[];
const participants = (app: Json) => app.participants as Json[];
const levels = [null, 1, 2, 3, 4];

/**
 * Edits that keep an application readable but move it across the notice's thresholds, so that the
 * generated applications land on every outcome: scores and levels, scenarios, participants and their
 * pilot details, the consortium, the narrative, the finances, the address.
 */
const edits: readonly Edit[] = [
  (app, a) => {
    const x = assessment(app);
    if (x) x.score = (a % 1001) / 10;
  },
  (app, a) => {
    const x = assessment(app);
    if (x) x.level = at(levels, a) ?? null;
  },
  (app, a, b) => {
    const s = at(scenarios(app), a);
    if (s) s.level = at(levels, b) ?? null;
  },
  (app, a) => {
    const s = at(scenarios(app), a);
    if (s) s.binding = !s.binding;
  },
  (app, a) => {
    const list = scenarios(app);
    if (list.length > 0) list.splice(a % list.length, 1);
  },
  (app, a) => {
    const p = at(participants(app), a);
    if (p === undefined) return;
    p.isPilot = !p.isPilot;
    if (p.isPilot) p.pilot = { projectName: '试点项目', serviceProvider: '服务商', amount: 100, level: null };
    else delete p.pilot;
  },
  (app, a, b) => {
    const pilot = at(participants(app), a)?.pilot as Json | undefined;
    if (pilot) pilot.level = at(levels, b) ?? null;
  },
  (app, a) => {
    const pilot = at(participants(app), a)?.pilot as Json | undefined;
    if (pilot) delete pilot.acceptancePassed;
  },
  (app, a, b) => {
    const p = at(participants(app), a);
    if (p) p.inClusterOrPark = b % 3 !== 0;
  },
  (app, a) => {
    const list = participants(app);
    if (list.length > 0) list.splice(a % list.length, 1);
  },
  (app, a) => {
    const p = at(participants(app), a);
    if (p) p.creditCode = '';
  },
  (app, a) => {
    const c = app.consortium as Json | undefined;
    if (c) c.leadRole = at(['chain-leader', 'large-enterprise', 'cluster-leader', 'park-operator'], a);
  },
  (app, a) => {
    const n = app.narrative as Json;
    const key = at(['projectOverview', 'outcomes', 'replicableModel', 'divisionOfLabour'], a) as string;
    n[key] = '——';
  },
  (app, a, b) => {
    const f = at((lead(app).financials ?? []) as Json[], a);
    if (f) f.totalLiabilities = (f.totalAssets as number) * (0.9 + (b % 3) * 0.1);
  },
  (app, a) => {
    lead(app).registeredAddress = at(['新疆乌鲁木齐市天山区1号', '新疆五家渠市人民路1号', '新疆昌吉州奇台县1号'], a);
  },
  (app, a) => {
    const agreement = (app.attachments as Json[]).find((x) => x.kind === 'joint-agreement');
    if (agreement) agreement.statesDuties = a % 2 === 0;
  },
  // Edition 3's doubts and blanks: one scenario in two rows that disagree, matched by code or name.
  (app, a, b) => {
    const s = at(scenarios(app), a);
    if (s === undefined) return;
    const again: Json = { ...s, binding: b % 2 === 0 ? !s.binding : s.binding, level: at(levels, b) ?? null };
    if (b % 3 === 0) again.code = `${String(s.code).toLowerCase()} `;
    if (b % 3 === 1) again.code = 'S99';
    scenarios(app).push(again);
  },
  (app) => {
    scenarios(app).push({ code: ' ', name: '\u200b', binding: true, level: 3 });
  },
  // One name under another code: the same unit mistyped, or two units.
  (app, a) => {
    const p = at(participants(app), a);
    if (p) participants(app).push({ ...structuredClone(p), creditCode: '91652302MA7BJT432P' });
  },
  // One fiscal year given twice, the rows disagreeing.
  (app, a, b) => {
    const f = at((lead(app).financials ?? []) as Json[], a);
    if (f)
      (lead(app).financials as Json[]).push({
        ...f,
        totalLiabilities: (f.totalAssets as number) * (0.5 + (b % 3) * 0.5),
      });
  },
  (app, a) => {
    const p = at(participants(app), a);
    if (p) p.creditCode = at(['51652301MJ0000018Q', '52652301MJ00000501', '93652301MA0000031A'], a);
  },
  (app, a) => {
    const p = at(participants(app), a);
    if (p) p.independentLegalPerson = false;
  },
  (app, a) => {
    const list = participants(app);
    const p = at(list, a);
    if (p) list.push(structuredClone(p));
  },
];

/** An example with up to six edits: a readable application on any side of any threshold. */
export const variedApplication: fc.Arbitrary<Json> = fc
  .tuple(
    fc.constantFrom(...Object.keys(examples)),
    fc.array(fc.tuple(fc.nat(edits.length - 1), fc.nat(1000), fc.nat(1000)), { maxLength: 6 }),
  )
  .map(([file, chosen]) => {
    const app = structuredClone(examples[file]) as Json;
    for (const [edit, a, b] of chosen) edits[edit]?.(app, a, b);
    return app;
  });
