/**
 * Stands in for `jsonpath-plus` in the browser build (`dist/browser.js`).
 *
 * json-rules-engine loads jsonpath-plus for its default path resolver only. This library always gives
 * the engine its own resolver ({@link resolvePath}: `$`, `.key` and `[index]` over own properties), and
 * a pack's paths are refused on load if they are anything else, so the browser build leaves the
 * JSONPath evaluator out: about 8 KB gzipped less, and no script-capable path language in a portal.
 * Reaching this is a bug in this library.
 */
export function JSONPath(): never {
  throw new Error(
    'sme-dx-benchmark：浏览器版不含 JSONPath，路径由 resolvePath 解析 / the browser build has no JSONPath; paths are resolved by resolvePath',
  );
}
