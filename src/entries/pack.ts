/**
 * `sme-dx-benchmark/pack`: Rule packs as data: their schema, their parameters on a date, and what a pack must declare.
 * @packageDocumentation
 */

export {
  type ChartableResult,
  type ChartedValue,
  chartedChecks,
  chartedValues,
  consortiumDirections,
  duplicateTextSettings,
  duplicateThresholds,
  leadOnceDirections,
  neededParameters,
  type ParameterNeed,
  type ParameterValues,
  parameterUnits,
} from '../pack/contract.js';
export { paramsNamedIn } from '../pack/loadRulePack.js';
export { parameterProblem, type Vocabulary } from '../pack/parameterProblem.js';
export { type ParametersAt, parametersAt } from '../pack/parametersAt.js';
export {
  CheckKind,
  type LeafCondition,
  PackCheck,
  PackCondition,
  PackFile,
  PackParameter,
  ParameterEntries,
  ParameterItem,
  ParameterType,
} from '../pack/schema.js';
