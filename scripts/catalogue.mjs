// The catalogue of what a pack's conditions may name, written from the built registry: every derived
// fact (its subject, what it returns, its params as JSON Schema, the fields it reads) and every
// operator (json-rules-engine's own and the library's, each with the first sentence of its JSDoc).
// rules-doc.mjs writes it to docs/facts.md beside the rules, and `--check` fails when it is stale.
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { derivedFacts, runtimeFactNames } from '../dist/facts.js';
import { customOperators, engineOperators } from '../dist/operators.js';
import { operatorSymbols } from '../dist/pack.js';

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The JSON Schema of a fact's params, as one line (`{}` when it takes none). */
function paramsOf(schema) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  delete json.$schema;
  const props = json.properties ?? {};
  if (Object.keys(props).length === 0) return '—';
  const required = new Set(json.required ?? []);
  return Object.entries(props)
    .map(([name, p]) => `\`${name}\`${required.has(name) ? '' : '?'}: ${typeName(p)}`)
    .join('<br>');
}

function typeName(p) {
  if (p.type === 'array') {
    const item = typeName(p.items ?? {});
    return item.includes('|') ? `(${item})[]` : `${item}[]`;
  }
  if (Array.isArray(p.type)) return p.type.join(' \\| ');
  if (p.enum) return p.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (p.anyOf) return p.anyOf.map(typeName).join(' \\| ');
  if (p.format === 'date') return 'date';
  if (p.type === 'object') return 'object';
  return p.type ?? 'any';
}

/** The first sentence of an operator's JSDoc in src/operators/, for what it tests. */
function docOf(name) {
  let text = '';
  try {
    text = readFileSync(new URL(`../src/operators/${name}.ts`, import.meta.url), 'utf8');
  } catch {
    return '';
  }
  const doc = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  // The first paragraph, {@link X} written as `X`.
  const paragraph = doc
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, ''))
    .join('\n')
    .split(/\n\s*\n|@example/)[0];
  return paragraph
    .replace(/\{@link (\w+)\}/g, '`$1`')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What json-rules-engine's own operators test, as its documentation says (its semantics are the reference). */
const engineDocs = {
  equal: 'The fact is the value (`===`).',
  notEqual: 'The fact is not the value (`!==`).',
  in: 'The fact is one of the value, a list.',
  notIn: 'The fact is none of the value, a list.',
  contains: 'The fact, a list, holds the value.',
  doesNotContain: 'The fact, a list, does not hold the value.',
  lessThan: 'The fact, read as a number, is less than the value (a fact that is no number: false).',
  lessThanInclusive: 'The fact, read as a number, is at most the value.',
  greaterThan: 'The fact, read as a number, is more than the value.',
  greaterThanInclusive: 'The fact, read as a number, is at least the value.',
};

/** docs/facts.md: the catalogue, in English with the Chinese terms. */
export function catalogue() {
  const symbols = Object.fromEntries(Object.entries(operatorSymbols).map(([s, n]) => [n, s]));
  const lines = [
    '# What a pack may name: facts and operators',
    '',
    'Generated from the built registry by `npm run docs:rules`; do not edit by hand. A leaf condition',
    'of a pack names a `fact` (with its `params`), an `operator` and a `value`: `{ "fact": "pilotRatio",',
    '"params": { … }, "operator": ">=", "value": { "param": "consortium.minPilotRatio" } }`. A `path`',
    '(`$.lead.assessment.score`) reads a field of the application (`fact: "application"`, the default) or,',
    'in a per-unit check, of the unit (`fact: "unit"`).',
    '',
    '**Subject.** A fact of subject `unit` is about the unit a per-unit check is evaluating: the check',
    'must say `"subject": "unit"` (or its file\'s `defaults` must), and it then runs once for the lead',
    'and once for each participant. The loader refuses a `unit` fact elsewhere, and says so.',
    '',
    '## Facts',
    '',
    `Besides these, \`${runtimeFactNames.join('` and `')}\` (the whole 申报书, and the unit of a per-unit check).`,
    '',
    '| fact | subject | what it is | params | must be given (else `review`) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [name, fact] of Object.entries(derivedFacts).sort(([a], [b]) => a.localeCompare(b))) {
    const reads = fact.reads.length > 0 ? fact.reads.map((f) => `\`${f}\``).join(' ') : '—';
    lines.push(
      `| \`${name}\` | ${fact.scope} | ${cell(fact.description.zh)} / ${cell(fact.description.en)} | ${paramsOf(fact.params)} | ${reads} |`,
    );
  }
  lines.push(
    '',
    '## Operators',
    '',
    "json-rules-engine's own (its semantics are the reference), then the library's. A symbol (`>=`) may",
    'be written for the name.',
    '',
    '| operator | symbol | from | what it tests |',
    '| --- | --- | --- | --- |',
  );
  for (const name of engineOperators)
    lines.push(
      `| \`${name}\` | ${symbols[name] ? `\`${symbols[name]}\`` : ''} | json-rules-engine | ${engineDocs[name] ?? ''} |`,
    );
  for (const name of Object.keys(customOperators).sort())
    lines.push(`| \`${name}\` | | sme-dx-benchmark | ${cell(docOf(name))} |`);
  return `${lines.join('\n')}\n`;
}
