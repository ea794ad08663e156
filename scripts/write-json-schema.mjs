// Writes dist/application.schema.json (draft 2020-12) and dist/application.schema.draft-07.json (for
// validators that know only draft-07, as react-jsonschema-form's default one) from the built package:
// the contract for portals in other languages and for form generators.
import { writeFileSync } from 'node:fs';
import { applicationJsonSchema } from '../dist/index.js';
import { buildApplicationJsonSchema } from '../dist/model.js';

writeFileSync(
  new URL('../dist/application.schema.json', import.meta.url),
  `${JSON.stringify(applicationJsonSchema, null, 2)}\n`,
);
writeFileSync(
  new URL('../dist/application.schema.draft-07.json', import.meta.url),
  `${JSON.stringify(buildApplicationJsonSchema('07'), null, 2)}\n`,
);
// Quiet in `prepack` (npm pack, npm publish), whose output would mix with `npm pack --json`.
if (process.env.npm_lifecycle_event !== 'prepack') {
  console.log('dist/application.schema.json and dist/application.schema.draft-07.json written');
}
