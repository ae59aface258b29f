/**
 * What a static host does with the built site, as pure functions: read `_headers` and find the headers of a path,
 * and answer a folder's address without its trailing slash with a redirect to it. `npm run preview`
 * (scripts/preview.mjs) serves `dist/` this way, so a developer sees what visitors of a real host will see.
 */

import { hostDefaultHeaders, hostTypes, patternMatches } from './host-headers';

/** One `_headers` rule as a host reads it: a path pattern (base path included) and its headers, in file order. */
export interface ParsedHeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Reads a `_headers` file: a path or pattern at the start of a line, then its `Name: value` lines indented; `#` comments.
 * @example parseHeadersFile('/*\n  X-Test: 1\n') // [{ pattern: '/*', headers: [['X-Test', '1']] }]
 */
export function parseHeadersFile(text: string): ParsedHeaderRule[] {
  const rules: ParsedHeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon === -1 || !rule) throw new Error(`Not a header line of _headers: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a host sends for a request path from `_headers`: those of every rule whose pattern matches it as
 * Cloudflare Pages matches (`patternMatches`), a header set by several rules joined with `, ` as it does.
 * @example headersFor([{ pattern: '/pl/*', headers: [['X-Test', '1']] }], '/pl/miasta/') // { 'X-Test': '1' }
 */
export function headersFor(rules: readonly ParsedHeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/**
 * What such a host sends for a path when no rule sets it: revalidation, and the content type of the extensions left
 * to the host (`hostTypes`; other types come from the preview server's own MIME table).
 * @example hostDefaultsFor('/pl/wydarzenia.ics')['Content-Type'] // 'text/calendar; charset=utf-8'
 */
export function hostDefaultsFor(path: string): Record<string, string> {
  const extension = /\.[^./]+$/.exec(path)?.[0] ?? '';
  const type = hostTypes[extension];
  return { ...hostDefaultHeaders, ...(type === undefined ? {} : { 'Content-Type': type }) };
}

/**
 * Where a host sends a request for a folder's page asked without its trailing slash (`/pl/miasta` → `/pl/miasta/`,
 * the query kept), or undefined when the path is not such a folder. `isFolderPage` answers for a site path with its
 * trailing slash whether the build has a page there.
 * @example slashRedirect('/pl/miasta?x=1', (path) => path === '/pl/miasta/') // '/pl/miasta/?x=1'
 */
export function slashRedirect(url: string, isFolderPage: (path: string) => boolean): string | undefined {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.endsWith('/')) return undefined;
  return isFolderPage(`${path}/`) ? `${path}/${query === -1 ? '' : url.slice(query)}` : undefined;
}
