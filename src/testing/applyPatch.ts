import { pointerKeys } from '../model/paths.js';

/** One operation of a JSON Patch (RFC 6902), as the spec cases write them. */
export type PatchOperation =
  | { readonly op: 'add' | 'replace' | 'test'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'copy' | 'move'; readonly from: string; readonly path: string };

type Container = Record<string, unknown> | unknown[];

function parentOf(document: unknown, pointer: string): { parent: Container; key: string } {
  const keys = pointerKeys(pointer);
  const key = keys.pop();
  if (key === undefined) throw new RangeError('a patch cannot replace the whole document here');
  let parent = document;
  for (const k of keys) {
    if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, k)) {
      throw new RangeError(`no ${k} on the way to ${pointer}`);
    }
    parent = (parent as Record<string, unknown>)[k];
  }
  if (typeof parent !== 'object' || parent === null) throw new RangeError(`nothing to hold ${pointer}`);
  return { parent: parent as Container, key };
}

function valueAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const k of pointerKeys(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, k)) throw new RangeError(`no ${pointer}`);
    value = (value as Record<string, unknown>)[k];
  }
  return value;
}

function index(array: unknown[], key: string, adding: boolean): number {
  if (adding && key === '-') return array.length;
  const i = Number(key);
  if (!/^(0|[1-9]\d*)$/.test(key) || i > array.length || (!adding && i === array.length)) {
    throw new RangeError(`no item ${key} in a list of ${array.length}`);
  }
  return i;
}

function add(document: unknown, pointer: string, value: unknown): void {
  const { parent, key } = parentOf(document, pointer);
  if (Array.isArray(parent)) parent.splice(index(parent, key, true), 0, value);
  else parent[key] = value;
}

function remove(document: unknown, pointer: string): unknown {
  const { parent, key } = parentOf(document, pointer);
  if (Array.isArray(parent)) return parent.splice(index(parent, key, false), 1)[0];
  if (!Object.hasOwn(parent, key)) throw new RangeError(`no ${pointer} to remove`);
  const old = parent[key];
  delete parent[key];
  return old;
}

/**
 * A copy of `document` with a JSON Patch (RFC 6902) applied: how a spec case makes its application
 * from an example. The document given is not changed. Throws a `RangeError` naming the path when an
 * operation cannot apply.
 *
 * @example
 * applyPatch({ lead: { score: 60 } }, [{ op: 'replace', path: '/lead/score', value: 49 }]) //=> { lead: { score: 49 } }
 */
export function applyPatch<T>(document: T, patch: readonly PatchOperation[]): T {
  const copy = structuredClone(document);
  for (const operation of patch) {
    switch (operation.op) {
      case 'add':
        add(copy, operation.path, structuredClone(operation.value));
        break;
      case 'remove':
        remove(copy, operation.path);
        break;
      case 'replace':
        remove(copy, operation.path);
        add(copy, operation.path, structuredClone(operation.value));
        break;
      case 'copy':
        add(copy, operation.path, structuredClone(valueAt(copy, operation.from)));
        break;
      case 'move':
        add(copy, operation.path, remove(copy, operation.from));
        break;
      case 'test':
        if (JSON.stringify(valueAt(copy, operation.path)) !== JSON.stringify(operation.value)) {
          throw new RangeError(`test failed at ${operation.path}`);
        }
        break;
    }
  }
  return copy;
}
