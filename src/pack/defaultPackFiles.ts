import basic from '../../rules/basic.json' with { type: 'json' };
import beltAndRoad from '../../rules/belt-and-road.json' with { type: 'json' };
import chainAndCluster from '../../rules/chain-and-cluster.json' with { type: 'json' };
import digitalWorkshop from '../../rules/digital-workshop.json' with { type: 'json' };
import form from '../../rules/form.json' with { type: 'json' };
import joint from '../../rules/joint.json' with { type: 'json' };
import pack from '../../rules/pack.json' with { type: 'json' };
import parameters from '../../rules/parameters.json' with { type: 'json' };
import workshopAndFactory from '../../rules/workshop-and-factory.json' with { type: 'json' };
import type { PackFile, PackParameter } from './schema.js';

/**
 * A pack's files by name, typed as `loadRulePack` reads them: `parameters.json` with its
 * parameters, so that a change to a threshold typechecks (`files['parameters.json'].parameters[…]`).
 */
export type DefaultPackFiles = Readonly<Record<string, PackFile>> & {
  readonly 'parameters.json': PackFile & { parameters: Record<string, PackParameter> };
};

/**
 * The files of the default pack (`rules/` of this package), by file name: start from these to write
 * another edition's or another city's pack.
 */
export const defaultPackFiles: DefaultPackFiles = {
  'pack.json': pack,
  'parameters.json': parameters,
  'basic.json': basic,
  'joint.json': joint,
  'digital-workshop.json': digitalWorkshop,
  'workshop-and-factory.json': workshopAndFactory,
  'chain-and-cluster.json': chainAndCluster,
  'belt-and-road.json': beltAndRoad,
  'form.json': form,
} as unknown as DefaultPackFiles; // JSON imports widen the enums' words to string: loadRulePack checks them
