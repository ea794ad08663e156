import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/build.js';
import { type Installed, packAndInstall } from '../helpers/packed.js';

/** The code blocks of a Markdown file in `lang`, in order. */
function codeBlocks(file: string, lang: string): string[] {
  const markdown = readFileSync(join(root, file), 'utf8');
  return [...markdown.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] as string);
}

/** Every subpath imported, and used so that its types are read. */
const consumer = (jsonImport: string) => `
import { type Application, evaluateSync } from 'sme-dx-benchmark';
import { parseCreditCode } from 'sme-dx-benchmark/credit-code';
import { calendarDate } from 'sme-dx-benchmark/model';
import { bindingScenariosAtLevel } from 'sme-dx-benchmark/facts';
import { isEmpty } from 'sme-dx-benchmark/operators';
import { applicationJsonSchemaOf } from 'sme-dx-benchmark/pack';
import { consortiumText } from 'sme-dx-benchmark/batch';
import { correctionsOf } from 'sme-dx-benchmark/report';
import { buildApplication } from 'sme-dx-benchmark/testing';
import { formilySchemaOf, rjsfFormOf } from 'sme-dx-benchmark/forms';
${jsonImport}

const application: Application = buildApplication('digital-workshop', { lead: { assessment: { score: 49 } } });
// @ts-expect-error a mistyped field of an override does not compile
buildApplication('digital-workshop', { lead: { asessment: { score: 49 } } });
const result = evaluateSync(application);
const verdict: 'invalid' | 'ineligible' | 'needs-correction' | 'needs-review' | 'eligible' = result.verdict;
const title: string | undefined = schema.properties.lead.title;
export const used = [verdict, title, parseCreditCode, calendarDate, bindingScenariosAtLevel, isEmpty,
  applicationJsonSchemaOf, consortiumText, correctionsOf, rjsfFormOf().uiSchema, formilySchemaOf().type];
`;

const strict = { strict: true, noEmit: true, skipLibCheck: false, esModuleInterop: true, resolveJsonModule: true };

/** The TypeScript setups a portal or a backend has, each a folder of the scratch project. */
const setups = {
  // ts-jest's default and a typical NestJS backend.
  node10: {
    type: 'commonjs',
    compilerOptions: { module: 'commonjs', moduleResolution: 'node10', target: 'es2022', types: [] },
    json: "import schema from 'sme-dx-benchmark/application.schema.draft-07.json';",
  },
  node16: {
    type: 'module',
    compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', types: [] },
    // TypeScript takes import attributes from module node18 on; node16 reads the JSON without.
    json: "import schema from 'sme-dx-benchmark/application.schema.draft-07.json';",
  },
  bundler: {
    type: 'module',
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', types: [] },
    json: "import schema from 'sme-dx-benchmark/application.schema.draft-07.json' with { type: 'json' };",
  },
} as const;

// The packed package installed in an empty project, used from each TypeScript setup, with
// react-jsonschema-form and Formily as the README shows them, with each test framework's matcher
// types as docs/testing.md shows them, and with the README's samples run as written.
describe('the packed package in a consumer project', () => {
  let installed: Installed;
  beforeAll(() => {
    installed = packAndInstall('sme-dx-consumer-', [
      'typescript',
      'tsx',
      'react',
      '@types/react',
      '@rjsf/core',
      '@rjsf/utils',
      '@rjsf/validator-ajv8',
      '@formily/core',
      '@formily/react',
      'vitest',
      '@types/jest',
      '@jest/globals',
      'expect',
      '@types/node',
    ]);
  });
  afterAll(() => {
    if (!process.env.KEEP_SCRATCH) rmSync(installed.work, { recursive: true, force: true });
  });

  /** Write `files` into a folder of the project with its tsconfig, and typecheck it. */
  const typecheck = (folder: string, compilerOptions: object, files: Record<string, string>, type = 'module') => {
    const dir = join(installed.app, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...strict, ...compilerOptions }, include: Object.keys(files) }),
    );
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const tsc = spawnSync(process.execPath, [join(installed.app, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      encoding: 'utf8',
    });
    return `${tsc.stdout}${tsc.stderr}`;
  };

  it('installs with no install-script warning (no prepare, no install script)', () => {
    expect(installed.installOutput).not.toMatch(/install-scripts|prepare|allowScripts/i);
    const manifest = JSON.parse(
      readFileSync(join(installed.app, 'node_modules/sme-dx-benchmark/package.json'), 'utf8'),
    );
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?install$|^prepare$/.test(s))).toEqual([]);
  });

  it.each(Object.entries(setups))('typechecks every subpath and the JSON Schema under %s resolution', (name, setup) => {
    expect(typecheck(name, setup.compilerOptions, { 'consumer.ts': consumer(setup.json) }, setup.type)).toBe('');
  });

  it("typechecks the README's react-jsonschema-form and Formily snippets, as printed, under strict tsc", () => {
    const [rjsf, formily] = codeBlocks('README.md', 'tsx');
    expect(rjsf).toContain("from '@rjsf/core'");
    expect(formily).toContain("from '@formily/react'");
    // What the snippets leave to the page: the draft being filled in, the component library's widgets.
    const prelude =
      'declare const draft: Record<string, unknown>;\ndeclare const components: Record<string, () => null>;\n';
    // skipLibCheck as a React 19 project has it: @formily/react's own types name React 18's global JSX.
    const options = {
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'es2022',
      jsx: 'react-jsx',
      types: [],
      skipLibCheck: true,
    };
    expect(typecheck('forms', options, { 'rjsf.tsx': prelude + rjsf, 'formily.tsx': prelude + formily })).toBe('');
  });

  it.each([
    ['Vitest', 1, "import { expect } from 'vitest';", []],
    ['Jest with @types/jest', 2, '', ['jest']],
    // @jest/globals's types need Node's, as a Jest project has them.
    ['Jest with @jest/globals', 3, "import { expect } from '@jest/globals';", ['node']],
  ] as const)("typechecks docs/testing.md's matcher types for %s", (name, block, importExpect, types) => {
    const declarations = codeBlocks('docs/testing.md', 'ts')[block] as string;
    const use = `${importExpect}
import { evaluateSync } from 'sme-dx-benchmark';
import { buildApplication } from 'sme-dx-benchmark/testing';
const result = evaluateSync(buildApplication('digital-workshop'));
expect(result).toBeEligible();
expect(result).toHaveCheck('workshop.score', 'pass', '/lead');
expect(result).not.toFailOn('/lead/assessment/score');
// @ts-expect-error a check ID that is not one
expect(result).toHaveCheck('workshop.scroe', 'pass');
export {};
`;
    const folder = name.replace(/\W+/g, '-').toLowerCase();
    const options = { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', types };
    expect(typecheck(folder, options, { 'matchers.d.ts': declarations, 'use.ts': use })).toBe('');
  });

  it("runs the README's samples as written, with what they leave to the page given", () => {
    const samples = codeBlocks('README.md', 'ts');
    expect(samples.length).toBeGreaterThanOrEqual(4);
    // The names the samples take from their page: a request's body, a batch, a progress bar, a database, one 申报书.
    const prelude = `import { examples as given, exampleOf } from 'sme-dx-benchmark/testing';
const body = JSON.stringify(exampleOf('digital-workshop'));
const applications = Object.values(given);
const application = exampleOf('chain');
const bar = { update: (_share: number) => undefined };
const db = {
  applications: { find: () => ({ sort: (_by: object) => Object.values(given) }) },
  verdicts: { insertOne: async (_row: object) => undefined },
};
console.log = () => undefined;
`;
    const files = Object.fromEntries(samples.map((text, i) => [`sample-${i + 1}.ts`, prelude + text]));
    const options = {
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'es2022',
      types: [],
      noUnusedLocals: false,
    };
    expect(typecheck('readme', options, files)).toBe('');
    for (const file of Object.keys(files)) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(installed.app, 'readme', file)], {
        cwd: installed.app,
        encoding: 'utf8',
      });
      expect(run.status, `${file}: ${run.stderr}`).toBe(0);
    }
  });
});
