/**
 * How many inputs a property test tries. `PROPERTY_RUNS` sets every property's count at once (a
 * quick smoke run: `PROPERTY_RUNS=50 npm test`; a long one: `PROPERTY_RUNS=100000`); unset, each
 * property runs the count its test gives, which is what CI runs.
 */
export function runs(count: number): number {
  const fromEnv = Number(process.env.PROPERTY_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : count;
}
