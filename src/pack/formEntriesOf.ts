import type { Message } from '../model/issue.js';
import { toPointer } from '../model/paths.js';
import type { RulePack } from './loadRulePack.js';
import type { PackFormField, PackFormGroup } from './schema.js';

/** One field of a pack's own form as a report shows it: its label, where it is, and what was given. */
export interface FormEntry {
  /** The label, a group's and a field's joined by ` › ` (投入构成 › 软件和云服务). */
  readonly label: Message;
  readonly pointer: string;
  /** What was given, in each language (a choice by its label, a yes/no in words); absent when not given. */
  readonly value?: Message;
  /** Set for a declaration (承诺事项): whether it was made. */
  readonly declared?: boolean;
}

const yesNo = (v: boolean): Message => (v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });

function shown(field: PackFormField, value: unknown): Message | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return yesNo(value);
  if (field.type === 'choice' && typeof value === 'string') {
    const label = field.choices?.[value];
    return label ?? { zh: value, en: value };
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { zh: text, en: text };
}

/**
 * The fields a pack's form adds (see `PackForm`), each with what the application gives, in the form's
 * order: the application's, the lead's, then the declarations. Empty for a pack with no form of its
 * own (昌吉's). An evaluation carries them (`form`), and its reports list them, so that a clerk reads
 * the 申报书's own answers in the notice's words.
 *
 * @example
 * formEntriesOf(yinchuanPack, application)[0]
 * //=> { label: { zh: '从业人员（人）', en: 'Employees' }, pointer: '/lead/employees', value: { zh: '120', en: '120' } }
 */
export function formEntriesOf(pack: RulePack | undefined, application: Readonly<Record<string, unknown>>): FormEntry[] {
  if (pack === undefined) return [];
  const entries: FormEntry[] = [];
  const place = (name: 'application' | 'lead', base: readonly string[], holder: unknown) => {
    for (const [key, field] of Object.entries(pack.form[name] ?? {})) {
      const value = (holder as Record<string, unknown> | undefined)?.[key];
      if (field.type === 'group') {
        for (const [inner, f] of Object.entries((field as PackFormGroup).fields)) {
          const v = (value as Record<string, unknown> | undefined)?.[inner];
          const given = shown(f, v);
          entries.push({
            label: { zh: `${field.label.zh} › ${f.label.zh}`, en: `${field.label.en} › ${f.label.en}` },
            pointer: toPointer([...base, key, inner]),
            ...(given === undefined ? {} : { value: given }),
          });
        }
        continue;
      }
      const given = shown(field, value);
      entries.push({
        label: field.label,
        pointer: toPointer([...base, key]),
        ...(given === undefined ? {} : { value: given }),
      });
    }
  };
  place('application', [], application);
  place('lead', ['lead'], application.lead);
  const made = application.declarations as Record<string, unknown> | undefined;
  for (const [key, wording] of Object.entries(pack.form.declarations ?? {})) {
    entries.push({ label: wording, pointer: toPointer(['declarations', key]), declared: made?.[key] === true });
  }
  return entries;
}
