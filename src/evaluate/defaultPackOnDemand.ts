import { defaultPackMade, defaultPackOf } from '../pack/defaultPack.js';
import type { RulePack } from '../pack/loadRulePack.js';

let loading: Promise<RulePack> | undefined;

/**
 * The notice's rule pack (默认规则包) for `evaluate`, its contents imported the first time they are
 * needed: a page that evaluates with `evaluate` loads its code first and the pack (the larger part,
 * as data) when it first evaluates, and a page that always gives a pack of its own never loads it.
 * Once made (in Node, at the first call), the pack itself, with no promise. `evaluateSync` imports the
 * pack with its code, since it cannot wait.
 *
 * When a page cannot fetch it (the network failed), rejects with an `Error` saying so in Chinese and
 * English, its cause attached; the next call asks for it again. A browser that keeps a failed module
 * import (Chromium 147 does; 156 asks the network again) answers that call from its memory, and so only a
 * reload of the page fetches it: the message says both.
 *
 * @example
 * const pack = defaultPackOnDemand();
 * (pack instanceof Promise ? await pack : pack).meta.name //=> 'changji-sme-dx-benchmark'
 */
export function defaultPackOnDemand(): RulePack | Promise<RulePack> {
  const made = defaultPackMade();
  if (made !== undefined) return made;
  loading ??= import('../pack/defaultPackContentsOnDemand.js').then(
    (module) => defaultPackOf(module.defaultPackContents),
    (error: unknown) => {
      loading = undefined;
      const text = error instanceof Error ? error.message : String(error);
      throw new Error(
        `默认规则包未能载入，请稍后重试，仍不能载入时请刷新页面：${text} / the notice's rule pack could not be loaded; try again, or reload the page if it still fails: ${text}`,
        { cause: error },
      );
    },
  );
  return loading;
}
