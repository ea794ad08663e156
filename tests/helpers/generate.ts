import { readFileSync } from 'node:fs';
import type { Participant } from '../../src/entries/model.js';
import type { Application } from '../../src/index.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same batch on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random text of `length` characters from the first `kinds` of the CJK block (two share few shingles). */
export function randomHan(next: () => number, length: number, kinds = 300): string {
  return Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(next() * kinds))).join('');
}

const template = JSON.parse(
  readFileSync(new URL('../../docs/examples/chain.json', import.meta.url), 'utf8'),
) as Application;

const subjects = ['链主企业', '牵头单位', '园区运营单位', '龙头企业', '协同平台', '服务商团队', '参与企业', '集团公司'];
const actions = ['部署', '建设', '打通', '上线', '推广', '集成', '改造', '共享', '输出', '对接', '完善', '升级'];
const systems = [
  'MES系统',
  '设备物联平台',
  '质量追溯系统',
  '能耗监测系统',
  '供应链协同平台',
  'ERP系统',
  '仓储管理系统',
  '数字孪生产线',
  '工业互联网标识解析节点',
  '订单协同系统',
  '智能排产系统',
  '安全生产监测系统',
  '视觉质检设备',
  '电子采购平台',
  '产品全生命周期管理系统',
  '远程运维平台',
  '碳排放核算系统',
  '数据中台',
];
const places = [
  '熔铸车间',
  '轧制工序',
  '检测中心',
  '原料仓库',
  '包装线',
  '热处理工段',
  '电解槽区',
  '配料中心',
  '冷轧车间',
  '成品库',
  '化验室',
  '装配线',
  '锅炉房',
  '污水处理站',
  '物流园区',
  '研发中心',
];
const results = [
  '生产效率提升',
  '产品不良率下降',
  '单位能耗下降',
  '订单交付周期缩短',
  '库存周转率提高',
  '设备综合效率提升',
  '人均产值增长',
  '采购成本降低',
  '碳排放减少',
  '客户投诉率下降',
  '数据采集覆盖率达到',
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function sentence(next: () => number): string {
  const n = () => String(2 + Math.floor(next() * 60));
  switch (Math.floor(next() * 3)) {
    case 0:
      return `${pick(next, subjects)}在${pick(next, places)}${pick(next, actions)}${pick(next, systems)}，${pick(next, results)}${n()}%。`;
    case 1:
      return `通过${pick(next, systems)}与${pick(next, systems)}${pick(next, actions)}，${pick(next, places)}${pick(next, results)}${n()}%，带动${n()}家中小企业。`;
    default:
      return `${pick(next, subjects)}向上下游${n()}家企业${pick(next, actions)}${pick(next, systems)}，在${pick(next, places)}实现${pick(next, results)}${n()}%。`;
  }
}

/** A consortium's text as sentences, so that a re-filing can reorder, drop and re-number them. */
export type Sentences = string[];

export function sentences(next: () => number, count = 8): Sentences {
  return Array.from({ length: count }, () => sentence(next));
}

/** Lightly edited: sentences reordered, figures changed, one sentence dropped. */
export function lightlyEdited(next: () => number, text: Sentences): Sentences {
  const shuffled = [...text].sort(() => next() - 0.5);
  shuffled.splice(Math.floor(next() * shuffled.length), 1);
  return shuffled.map((s) => s.replace(/\d+/g, () => String(2 + Math.floor(next() * 60))));
}

function unitCode(k: number): string {
  return `91652301GEN${String(k).padStart(7, '0')}`;
}

/** A consortium with these unit numbers (the first is the lead) and this text. */
export function consortium(units: readonly number[], text: Sentences, id: string): Application {
  const app = structuredClone(template) as Application & { id?: string };
  app.id = id;
  const [lead, ...rest] = units;
  app.lead = { ...app.lead, name: `企业${lead}`, creditCode: unitCode(lead ?? 0) };
  const base = template.participants[0] as Participant;
  app.participants = rest.map((k) => ({ ...structuredClone(base), name: `企业${k}`, creditCode: unitCode(k) }));
  const half = Math.ceil(text.length / 2);
  app.narrative = {
    projectOverview: text.slice(0, half).join(''),
    outcomes: text.slice(half).join(''),
  };
  if (app.consortium) app.consortium = { ...app.consortium, empowerment: {} };
  app.attachments = [];
  return app;
}

export interface GeneratedBatch {
  readonly applications: Application[];
  /** Pairs (by index) that are re-filings: 1–2 of 12 units swapped, text lightly edited. */
  readonly duplicates: [number, number][];
  /** Pairs with the same units but different texts. */
  readonly sameUnitsOtherText: [number, number][];
  /** Pairs with near-identical text but fewer than half their units in common. */
  readonly sameTextOtherUnits: [number, number][];
}

/**
 * `count` consortia of 12 units each, drawn from a pool of `6 × count` enterprises, with about 3% of
 * them re-filings of an earlier one and 1% each of the two near misses.
 */
export function generateConsortia(count: number, seed: number): GeneratedBatch {
  const next = random(seed);
  const pool = Math.max(100, count * 6);
  const draw = (k: number) => {
    const units = new Set<number>();
    while (units.size < k) units.add(Math.floor(next() * pool));
    return [...units];
  };
  const applications: Application[] = [];
  const texts: Sentences[] = [];
  const units: number[][] = [];
  const duplicates: [number, number][] = [];
  const sameUnitsOtherText: [number, number][] = [];
  const sameTextOtherUnits: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    const j = Math.floor(next() * i);
    let u: number[];
    let t: Sentences;
    if (i > 10 && roll < 0.03) {
      u = [...(units[j] as number[])];
      const swaps = 1 + Math.floor(next() * 2);
      for (let s = 0; s < swaps; s++) u[1 + Math.floor(next() * (u.length - 1))] = pool + i * 3 + s;
      t = lightlyEdited(next, texts[j] as Sentences);
      duplicates.push([j, i]);
    } else if (i > 10 && roll < 0.04) {
      u = [...(units[j] as number[])].sort(() => next() - 0.5);
      t = sentences(next);
      sameUnitsOtherText.push([j, i]);
    } else if (i > 10 && roll < 0.05) {
      const kept = (units[j] as number[]).slice(0, 5);
      u = [...kept, ...draw(7).map((k) => pool * 2 + k + i)];
      t = lightlyEdited(next, texts[j] as Sentences);
      sameTextOtherUnits.push([j, i]);
    } else {
      u = draw(12);
      t = sentences(next);
    }
    units.push(u);
    texts.push(t);
    applications.push(consortium(u, t, `GEN-${seed}-${i}`));
  }
  return { applications, duplicates, sameUnitsOtherText, sameTextOtherUnits };
}
