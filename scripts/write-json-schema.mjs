// Writes dist/application.schema.json from the built package: the contract for portals in other languages.
import { writeFileSync } from 'node:fs';
import { applicationJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../dist/application.schema.json', import.meta.url),
  `${JSON.stringify(applicationJsonSchema, null, 2)}\n`,
);
// Quiet in `prepare` (npm pack, git installs), whose output would mix with `npm pack --json`.
if (process.env.npm_lifecycle_event !== 'prepare') console.log('dist/application.schema.json written');
