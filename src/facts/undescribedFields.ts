import { isDescribed } from '../model/isDescribed.js';
import { labelAt, type ZodSchema } from '../model/labelAt.js';
import { toPointer, valueAtPath } from '../model/paths.js';
import { type Application, Application as ApplicationSchema } from '../model/schema.js';
import type { MissingField } from './missingRequiredFields.js';

/**
 * 未说明的内容: which of the given text fields (dotted paths from the application, e.g.
 * `narrative.outcomes`) are absent or say nothing (see `isDescribed`), with their JSON Pointer and
 * Chinese label path.
 *
 * @example
 * undescribedFields(application, ['narrative.outcomes'])
 * //=> [{ pointer: '/narrative/outcomes', where: '项目情况及成效 › 改造成效' }]
 */
export function undescribedFields(
  application: Application,
  fields: readonly string[],
  emptyAnswers: readonly string[] = [],
  schema: ZodSchema = ApplicationSchema,
): MissingField[] {
  return fields.flatMap((path) => {
    const value = valueAtPath(application, path);
    if (typeof value === 'string' && isDescribed(value, emptyAnswers)) return [];
    const steps = path.split('.');
    return [{ pointer: toPointer(steps), where: labelAt(schema, steps).where }];
  });
}
