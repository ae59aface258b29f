/**
 * The committed list of every published address (DESIGN §10: published URLs are forever): which files of a built
 * site count as addresses a city portal may have linked to, how the list is written and read, and which listed
 * addresses a new build would break.
 */

import { localeCodes, locales } from '../site.config';

/**
 * Files of a build that are not addresses anyone links to: hashed assets (`/_astro/`, whose names change with their
 * content), the search index (`/pagefind/`), numbered sitemap parts (the index links them), the host files the
 * build writes for the web server, and the browser CMS's own code (`/admin/cms/`, `/admin/locales/`: hashed names
 * that change with each CMS version; `/admin/` itself stays listed).
 */
const internal = [
  /^_astro\//,
  /^pagefind\//,
  /^sitemap-\d+\.xml$/,
  /^_redirects$/,
  /^_headers$/,
  /^nginx-[a-z-]+\.conf$/,
  /^apache-[a-z-]+\.conf$/,
  /^\.htaccess$/,
  /^admin\/(cms|locales)\//,
];

/**
 * Later pages of the paginated lists (`/pl/historie-sukcesu/strona/2/`, src/lib/pagination.ts): what they show moves
 * as entries are added, and how many there are follows the content, so they are not addresses to keep forever (the
 * list's own address, page 1, is).
 */
const listPages = new RegExp(
  `^(${localeCodes.map((locale) => `${locale}/(?:[a-z0-9-]+/)+${locales[locale].pageSlug}/[1-9][0-9]*/index\\.html`).join('|')})$`,
);

/**
 * The site path of a file of the built site (relative to the output folder, `/` separators), or undefined for a build
 * internal. Pages (`index.html`) are listed as their folder, other files as they are.
 * @example publishedPathOf('pl/miasta/gliwice/index.html') // '/pl/miasta/gliwice/'
 * @example publishedPathOf('_astro/index.Dk2.css') // undefined
 * @example publishedPathOf('pl/historie-sukcesu/strona/2/index.html') // undefined
 */
export function publishedPathOf(file: string): string | undefined {
  if (internal.some((pattern) => pattern.test(file)) || listPages.test(file)) return undefined;
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The sorted, de-duplicated site paths of a build's files.
 * @example publishedPaths(['pl/index.html', '_astro/a.css', 'pl/rss.xml']) // ['/pl/', '/pl/rss.xml']
 */
export function publishedPaths(files: readonly string[]): string[] {
  const paths = new Set(files.map(publishedPathOf).filter((path): path is string => path !== undefined));
  return [...paths].sort();
}

/** The header of the committed list: what it is and how to regenerate it. */
export const urlListHeader = [
  '# Every address the site has published, without the base path: city portals and others link to them.',
  '# A build that loses one fails `tests/build/published-urls.test.ts`: add a redirect to content/redirects.yaml.',
  '# Regenerate (after `npm run build`, only when a removal was reviewed, or to add new pages): npm run urls:record',
];

/**
 * The committed list's text: the header, then one path per line.
 * @example formatUrlList(['/pl/']).endsWith('\n/pl/\n') // true
 */
export function formatUrlList(paths: readonly string[]): string {
  return `${[...urlListHeader, ...paths].join('\n')}\n`;
}

/**
 * The paths in a list's text (comments and blank lines skipped).
 * @example parseUrlList('# x\n/pl/\n\n/en/\n') // ['/pl/', '/en/']
 */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Listed paths that a build would break: neither built nor the old path of a redirect, each with what to do.
 * @example brokenUrls(['/pl/a/'], new Set(), new Set())[0] // '/pl/a/ is no longer published → add …'
 */
export function brokenUrls(listed: readonly string[], built: ReadonlySet<string>, redirected: ReadonlySet<string>): string[] {
  return listed
    .filter((path) => !built.has(path) && !redirected.has(path))
    .map(
      (path) =>
        `${path} is no longer published → add "- { from: ${path}, to: /<new path>/, since: YYYY-MM-DD }" to content/redirects.yaml, ` +
        'or run npm run urls:record if the page was removed on purpose and the removal was reviewed',
    );
}
