// A reference 申报 page: the 申报书 as a form built from the library's JSON Schema (Chinese labels),
// checked in draft mode on every change, each check's message shown beside the field it names
// (`fields[0]`), the verdict above, and the HTML report to print. No framework.
import { applicationJsonSchema, type EvaluationResult, evaluateSync, renderHtmlReport } from 'sme-dx-benchmark';
import { verdictLabels } from 'sme-dx-benchmark/report';

type Schema = {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  maxLength?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: { const: unknown; title?: string }[];
};
type Json = Record<string, unknown> | unknown[];

const examples = import.meta.glob<unknown>('../../docs/examples/*.json', { eager: true, import: 'default' });
const exampleNames = Object.keys(examples).map((path) => (path.split('/').at(-1) as string).replace('.json', ''));

const form = document.getElementById('form') as HTMLFormElement;
const verdictBox = document.getElementById('verdict') as HTMLDivElement;
const exampleSelect = document.getElementById('example') as HTMLSelectElement;

let application: Record<string, unknown> = {};
let lastResult: EvaluationResult | undefined;

// ——— the application as JSON, changed at a JSON Pointer ———

function keysOf(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function valueAt(pointer: string): unknown {
  let value: unknown = application;
  for (const key of keysOf(pointer)) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function setAt(pointer: string, value: unknown): void {
  const keys = keysOf(pointer);
  let parent: Json = application;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    const next = (parent as Record<string, unknown>)[key];
    if (typeof next !== 'object' || next === null) {
      (parent as Record<string, unknown>)[key] = /^\d+$/.test(keys[i + 1] ?? '') ? [] : {};
    }
    parent = (parent as Record<string, unknown>)[key] as Json;
  }
  const last = keys.at(-1) as string;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else (parent as Record<string, unknown>)[last] = value;
}

const child = (pointer: string, key: string | number) =>
  `${pointer}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;

// ——— the form, from the JSON Schema ———

function typeOf(schema: Schema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

function messagesBox(pointer: string): HTMLDivElement {
  const box = document.createElement('div');
  box.className = 'messages';
  box.dataset.for = pointer;
  return box;
}

/** A section of the form (an object, a list): its title, and a place for the messages about it. */
function fieldset(pointer: string, title: string): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  set.dataset.pointer = pointer;
  const legend = document.createElement('legend');
  legend.textContent = title;
  set.append(legend, messagesBox(pointer));
  return set;
}

function control(schema: Schema, pointer: string): HTMLElement {
  const value = valueAt(pointer);
  const type = typeOf(schema);
  if (schema.oneOf !== undefined || type === 'boolean') {
    const select = document.createElement('select');
    const choices = schema.oneOf ?? [
      { const: true, title: '是' },
      { const: false, title: '否' },
    ];
    select.add(new Option('（未填）', ''));
    for (const choice of choices)
      select.add(new Option(choice.title ?? String(choice.const), JSON.stringify(choice.const)));
    select.value = value === undefined ? '' : JSON.stringify(value);
    select.addEventListener('change', () =>
      changed(pointer, select.value === '' ? undefined : JSON.parse(select.value)),
    );
    return select;
  }
  if (type === 'number' || type === 'integer') {
    const input = document.createElement('input');
    input.type = 'number';
    input.step = 'any';
    input.value = typeof value === 'number' ? String(value) : '';
    input.addEventListener('input', () => changed(pointer, input.value === '' ? undefined : Number(input.value)));
    return input;
  }
  const long = (schema.maxLength ?? 0) > 500;
  const input = long ? document.createElement('textarea') : document.createElement('input');
  if (input instanceof HTMLInputElement) input.type = schema.format === 'date' ? 'date' : 'text';
  input.value = typeof value === 'string' ? value : '';
  input.addEventListener('input', () => changed(pointer, input.value === '' ? undefined : input.value));
  return input;
}

function render(schema: Schema, pointer: string, into: HTMLElement): void {
  const type = typeOf(schema);
  const title = schema.title ?? (keysOf(pointer).at(-1) as string);
  if (type === 'object' && schema.properties !== undefined) {
    const set = fieldset(pointer, title);
    for (const [key, property] of Object.entries(schema.properties)) render(property, child(pointer, key), set);
    into.append(set);
    return;
  }
  if (type === 'array' && schema.items !== undefined) {
    const set = fieldset(pointer, title);
    const items = valueAt(pointer);
    const count = Array.isArray(items) ? items.length : 0;
    for (let i = 0; i < count; i++) {
      const itemPointer = child(pointer, i);
      render({ ...schema.items, title: `${schema.items.title ?? title} 第${i + 1}项` }, itemPointer, set);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = `删除第${i + 1}项 / remove`;
      remove.className = 'item-actions';
      remove.addEventListener('click', () => {
        setAt(itemPointer, undefined);
        redraw();
      });
      set.append(remove);
    }
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = `添加${schema.items.title ?? ''} / add`;
    add.className = 'item-actions';
    add.addEventListener('click', () => {
      setAt(child(pointer, count), typeOf(schema.items as Schema) === 'object' ? {} : '');
      redraw();
    });
    set.append(add);
    into.append(set);
    return;
  }
  const field = document.createElement('div');
  field.className = 'field';
  field.dataset.pointer = pointer;
  const label = document.createElement('label');
  const id = `f${pointer.replaceAll(/[^A-Za-z0-9]/g, '_')}`;
  label.htmlFor = id;
  label.textContent = title;
  const input = control(schema, pointer);
  input.id = id;
  input.setAttribute('aria-label', title);
  field.append(label, input, messagesBox(pointer));
  into.append(field);
}

// ——— checking, and showing each answer where it belongs ———

function place(pointer: string, outcome: string, zh: string, en: string): void {
  let at = pointer;
  let box = form.querySelector<HTMLDivElement>(`.messages[data-for="${CSS.escape(at)}"]`);
  while (box === null && at !== '') {
    at = at.slice(0, at.lastIndexOf('/'));
    box = form.querySelector<HTMLDivElement>(`.messages[data-for="${CSS.escape(at)}"]`);
  }
  if (box === null) return;
  const message = document.createElement('div');
  message.className = 'message';
  message.dataset.outcome = outcome;
  message.textContent = zh;
  const english = document.createElement('span');
  english.className = 'en';
  english.textContent = en;
  message.append(english);
  box.append(message);
}

function check(): void {
  const result = evaluateSync(application, { mode: 'draft' });
  lastResult = result;
  for (const box of form.querySelectorAll('.messages')) box.replaceChildren();
  const label = verdictLabels[result.verdict];
  verdictBox.dataset.verdict = result.verdict;
  if (result.verdict === 'invalid') {
    verdictBox.textContent = `${label?.zh ?? result.verdict}：${result.errors.length}处无法读取 / ${label?.en ?? ''}`;
    for (const e of result.errors) place(e.pointer, 'invalid', `${e.where}：${e.message.zh}`, e.message.en);
    return;
  }
  const counts = result.summary;
  verdictBox.textContent = `${label?.zh ?? result.verdict}（不符合 ${counts.reject} · 需补正 ${result.corrections.length} · 需核实 ${counts.verify}）/ ${label?.en ?? ''}`;
  for (const c of result.checks) {
    if (c.outcome !== 'fail' && c.outcome !== 'review') continue;
    // Who acts: the applicant fails (reject), mends (correct), or the clerk judges (verify). An
    // advisory note (提示) carries no action and never changes the verdict: shown as a note.
    place(c.fields[0] ?? c.subject.pointer, c.action ?? 'advisory', `${c.title.zh}：${c.message.zh}`, c.message.en);
  }
}

function changed(pointer: string, value: unknown): void {
  setAt(pointer, value);
  check();
}

function redraw(): void {
  form.replaceChildren();
  const root = applicationJsonSchema as Schema;
  for (const [key, property] of Object.entries(root.properties ?? {})) render(property, child('', key), form);
  const general = messagesBox('');
  form.prepend(general);
  check();
}

function load(name: string): void {
  const path = Object.keys(examples).find((p) => p.endsWith(`/${name}.json`));
  application = structuredClone(path === undefined ? {} : (examples[path] as Record<string, unknown>));
  exampleSelect.value = name;
  redraw();
}

for (const name of exampleNames) exampleSelect.add(new Option(name, name));
(document.getElementById('load') as HTMLButtonElement).addEventListener('click', () => load(exampleSelect.value));
(document.getElementById('print') as HTMLButtonElement).addEventListener('click', () => {
  if (lastResult === undefined) return;
  const report = window.open('', '_blank');
  if (report === null) return;
  report.document.write(renderHtmlReport(lastResult, { title: String(application.id ?? '') }));
  report.document.close();
  report.addEventListener('load', () => report.print());
});

load(new URLSearchParams(location.search).get('example') ?? exampleNames[0] ?? '');
