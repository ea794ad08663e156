import { BeltAndRoadApplicantType, Direction, Industry, LeadRole, PlatformStatus } from '../model/enums.js';
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
  leadRole: LeadRole.labels,
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;
}

function plain(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return lang === 'zh' ? '（无）' : '(none)';
  if (isMessage(value)) return value[lang];
  // As given: 49.996 is never shown as 50, which would read as the threshold.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (value.length === 0) return lang === 'zh' ? '无' : 'none';
    return value.map((v) => plain(v, lang)).join(lang === 'zh' ? '、' : '; ');
  }
  if (typeof value === 'object' && 'where' in value) return String((value as { where: unknown }).where);
  return String(value);
}

/**
 * A ratio as a percentage with one decimal, or more where one would make it read as `guard` (the
 * threshold it is compared with) or cross it: 0.4999 against 0.5 is 49.99%, never 50%.
 */
export function percentText(value: number, guard?: unknown): string {
  const side = (x: number) => (typeof guard === 'number' ? Math.sign(x - guard) : 0);
  for (let digits = 1; digits <= 12; digits++) {
    const scale = 10 ** digits;
    const shown = Math.round(value * 100 * scale) / scale;
    if (side(shown / 100) === side(value)) return `${shown}%`;
  }
  return `${value * 100}%`;
}

function applyFilter(value: unknown, filter: string | undefined, lang: Lang, guard?: unknown): string {
  switch (filter) {
    case undefined:
    case 'list':
      return plain(value, lang);
    case 'fields':
      // A field by its Chinese label path; in English by its JSON Pointer, which needs no translation.
      if (lang === 'en' && Array.isArray(value)) {
        return value
          .map((v) => (typeof v === 'object' && v !== null && 'pointer' in v ? String(v.pointer) : plain(v, lang)))
          .join(', ');
      }
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
      return typeof value === 'number' ? percentText(value, guard) : plain(value, lang);
    default: {
      const labels = labelFilters[filter];
      const label = (v: unknown) => {
        const l = typeof v === 'string' ? labels?.[v] : undefined;
        return l === undefined ? plain(v, lang) : lang === 'zh' ? l : `${v as string} (${l})`;
      };
      if (labels !== undefined && Array.isArray(value)) return value.map(label).join(lang === 'zh' ? '、' : '; ');
      return label(value);
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

/** Whether a conditional segment shows: the value is there and not empty, zero or false. */
function present(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
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
 * `platformStatus`, `applicantType`, `leadRole`, `zhNumber` (3 → 三 in Chinese). Numbers are shown as
 * given; a percentage of `actual.x` keeps as many decimals as it takes not to read as `required.x`.
 * `{?ref}…{/}` shows its text only when the value is there and not empty; `{!ref}…{/}` only when not.
 *
 * @example
 * formatMessage({ zh: '当前{actual.level|level}', en: 'now {actual.level|level}' }, values)
 * //=> { zh: '当前二级', en: 'now level 2' }
 */
export function formatMessage(template: Message, values: MessageValues): Message {
  const fill = (text: string, lang: Lang) =>
    text
      .replace(
        /\{([?!])([A-Za-z]+(?:\.[A-Za-z0-9_.-]+)?)\}([\s\S]*?)\{\/\}/g,
        (_, sign: string, reference: string, body: string) =>
          present(lookup(values, reference)) === (sign === '?') ? body : '',
      )
      .replace(/\{([A-Za-z]+(?:\.[A-Za-z0-9_.-]+)?)(?:\|([A-Za-z]+))?\}/g, (_, reference: string, filter?: string) => {
        const guard = reference.startsWith('actual.') ? lookup(values, `required.${reference.slice(7)}`) : undefined;
        return applyFilter(lookup(values, reference), filter, lang, guard);
      });
  return { zh: fill(template.zh, 'zh'), en: fill(template.en, 'en') };
}
