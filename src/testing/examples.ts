import beltRoad from '../../docs/examples/belt-road.json' with { type: 'json' };
import chain from '../../docs/examples/chain.json' with { type: 'json' };
import cluster from '../../docs/examples/cluster.json' with { type: 'json' };
import factory from '../../docs/examples/factory.json' with { type: 'json' };
import workshop from '../../docs/examples/workshop.json' with { type: 'json' };
import { deepFreeze } from '../model/deepFreeze.js';
import type { Direction } from '../model/enums.js';

/**
 * The five examples of `docs/examples/`, one complete 申报书 per direction, by direction (edition 3:
 * the chain and cluster ones name no industry after 其他 for some participants, which the applicant must correct).
 * Frozen: take a copy to change one (`exampleOf`, `buildApplication`).
 */
export const examples: Readonly<Record<Direction, unknown>> = Object.freeze({
  'digital-workshop': deepFreeze(workshop),
  'smart-factory': deepFreeze(factory),
  chain: deepFreeze(chain),
  cluster: deepFreeze(cluster),
  'belt-and-road': deepFreeze(beltRoad),
});

/** The file each example is in (`docs/examples/…`): the names the spec cases' `base` uses. */
export const exampleFiles: Readonly<Record<string, Direction>> = Object.freeze({
  'workshop.json': 'digital-workshop',
  'factory.json': 'smart-factory',
  'chain.json': 'chain',
  'cluster.json': 'cluster',
  'belt-road.json': 'belt-and-road',
});

/**
 * A copy of the example of a direction, yours to change.
 *
 * @example
 * const draft = exampleOf('digital-workshop');
 * draft.lead.assessment.score = 49;
 */
// biome-ignore lint/suspicious/noExplicitAny: an application as JSON, to be changed freely by a test
export function exampleOf(direction: Direction): any {
  const found = examples[direction];
  if (found === undefined) throw new RangeError(`no example for direction ${JSON.stringify(direction)}`);
  return structuredClone(found);
}
