/**
 * `sme-dx-benchmark/pack`: Rule packs as data: their schema, their parameters on a date, and what a pack must declare.
 * @packageDocumentation
 */

export { applicationSchemaFrom } from '../pack/applicationSchemaFrom.js';
export {
  applicationJsonSchemaOf,
  applicationSchemaOf,
  ownFormSchemaOf,
} from '../pack/applicationSchemaOf.js';
export {
  type ChartableResult,
  type ChartedValue,
  chartedChecks,
  chartedValues,
  consortiumDirections,
  consortiumSufficiency,
  duplicateTextSettings,
  duplicateThresholds,
  leadOnceDirections,
  neededParameters,
  type ParameterNeed,
  type ParameterValues,
  parameterUnits,
} from '../pack/contract.js';
export { editionOf, type PackEdition, type ValueSource } from '../pack/editionOf.js';
export {
  type ExpansionProblem,
  expandCheck,
  expandCondition,
  fieldsRead,
  type SharedConditions,
  type TableRow,
  UnknownCondition,
} from '../pack/expandCheck.js';
export { type FormEntry, formEntriesOf } from '../pack/formEntriesOf.js';
export { type FormFieldSchemas, formFieldSchema, formFieldSchemas } from '../pack/formFieldSchema.js';
export { formProblems } from '../pack/formProblems.js';
export { type LoadedTable, paramsNamedIn } from '../pack/loadRulePack.js';
export { type MessageProblem, type MessageSources, messageProblems } from '../pack/messageProblems.js';
export { parameterProblem, type Vocabulary } from '../pack/parameterProblem.js';
export { type ParametersAt, parametersAt } from '../pack/parametersAt.js';
export {
  Action,
  CheckActions,
  CheckKind,
  type LeafCondition,
  operatorSymbols,
  PackCheck,
  PackCondition,
  PackFile,
  PackForm,
  PackFormField,
  PackFormGroup,
  PackMessages,
  PackParameter,
  PackTable,
  ParameterEntries,
  ParameterItem,
  ParameterType,
  Removable,
  SourceCheck,
  SourceCondition,
  type SourceLeaf,
  SourceMessages,
} from '../pack/schema.js';
