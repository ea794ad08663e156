import { BeltAndRoadApplicantType, Direction, Industry, PlatformStatus } from '../model/enums.js';
import type { Message } from '../model/issue.js';

type Lang = 'zh' | 'en';

const levelNames = ['', '一级', '二级', '三级', '四级'];
const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–99 in Chinese numerals (3 → 三, 12 → 十二, 20 → 二十). */
function zhNumber(n: number): string {
  if (n < 10) return digits[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}
const labelFilters: Record<string, Readonly<Record<string, string>>> = {
  industry: Industry.labels,
  direction: Direction.labels,
  platformStatus: PlatformStatus.labels,
  applicantType: BeltAndRoadApplicantType.labels,
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;
}

function plain(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return lang === 'zh' ? '（无）' : '(none)';
  if (isMessage(value)) return value[lang];
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (value.length === 0) return lang === 'zh' ? '无' : 'none';
    return value.map((v) => plain(v, lang)).join(lang === 'zh' ? '、' : '; ');
  }
  if (typeof value === 'object' && 'where' in value) return String((value as { where: unknown }).where);
  return String(value);
}

function applyFilter(value: unknown, filter: string | undefined, lang: Lang): string {
  switch (filter) {
    case undefined:
    case 'list':
    case 'fields':
      return plain(value, lang);
    case 'level':
      if (value === null) return lang === 'zh' ? '未定级' : 'ungraded';
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value < levelNames.length) {
        return lang === 'zh' ? (levelNames[value] as string) : `level ${value}`;
      }
      return plain(value, lang);
    case 'zhNumber':
      return lang === 'zh' && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100
        ? zhNumber(value)
        : plain(value, lang);
    case 'percent':
      return typeof value === 'number' ? `${Math.round(value * 1000) / 10}%` : plain(value, lang);
    default: {
      const labels = labelFilters[filter];
      if (labels !== undefined && typeof value === 'string') {
        const label = labels[value];
        return label === undefined ? value : lang === 'zh' ? label : `${value} (${label})`;
      }
      return plain(value, lang);
    }
  }
}

/** Values a message may name: `{actual.score}`, `{required.level|level}`, `{param.workshop.minScore}`… */
export interface MessageValues {
  readonly actual: Readonly<Record<string, unknown>>;
  readonly required: Readonly<Record<string, unknown>>;
  readonly gap: Readonly<Record<string, unknown>>;
  readonly details: Readonly<Record<string, unknown>>;
  readonly subject: Readonly<Record<string, unknown>>;
  /** Parameters in effect, by their full name. */
  readonly param: Readonly<Record<string, unknown>>;
}

function lookup(values: MessageValues, reference: string): unknown {
  const dot = reference.indexOf('.');
  const root = dot < 0 ? reference : reference.slice(0, dot);
  const key = dot < 0 ? '' : reference.slice(dot + 1);
  if (!Object.hasOwn(values, root)) return undefined;
  const table = values[root as keyof MessageValues];
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Fill a pack message's `{placeholders}`, in Chinese and in English. A placeholder is a root
 * (`actual`, `required`, `gap`, `details`, `subject`, `param`), a name, and optionally a filter:
 * `level` (2 → 二级), `percent` (0.6 → 60%), `list`, `fields`, `industry`, `direction`,
 * `platformStatus`, `applicantType`, `zhNumber` (3 → 三 in Chinese).
 *
 * @example
 * formatMessage({ zh: '当前{actual.level|level}', en: 'now {actual.level|level}' }, values)
 * //=> { zh: '当前二级', en: 'now level 2' }
 */
export function formatMessage(template: Message, values: MessageValues): Message {
  const fill = (text: string, lang: Lang) =>
    text.replace(/\{([A-Za-z]+(?:\.[A-Za-z0-9_.-]+)?)(?:\|([A-Za-z]+))?\}/g, (_, reference: string, filter?: string) =>
      applyFilter(lookup(values, reference), filter, lang),
    );
  return { zh: fill(template.zh, 'zh'), en: fill(template.en, 'en') };
}
