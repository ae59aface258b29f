import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePath } from '../../src/lib/pagination';
import type { Locale } from '../../src/site.config';

/**
 * The folder the test suite builds the site into (see tests/setup/build-site.ts), with a trailing separator.
 * Its default name has a space and Polish letters on purpose: every test run proves that a build into such a
 * path (`~/Pulpit/Klaster IŚKCTW`, `C:\Users\Jan Kowalski\…`) produces the whole site. `TEST_SITE_DIR` overrides it.
 */
export const testSiteDir = `${resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.TEST_SITE_DIR ?? '.dist-test Kraków ŚĆ')}${sep}`;
/**
 * The folder of the second test build, served under `testBasePath` (tests/setup/build-site.ts): the smallest valid
 * content plus the tests' fixture entries. `TEST_BASE_SITE_DIR` overrides it.
 */
export const basePathSiteDir = `${resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.TEST_BASE_SITE_DIR ?? '.dist-test-base Kraków ŚĆ')}${sep}`;
/**
 * The folder of the third test build, on synthetic content at the benchmark's small scale (about 1,000 pages,
 * tests/setup/build-site.ts), for tests/build/scale.test.ts. `TEST_SCALE_SITE_DIR` overrides it.
 */
export const scaleSiteDir = `${resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.TEST_SCALE_SITE_DIR ?? '.dist-test-scale')}${sep}`;
/** The base path of the second test build. */
export const testBasePath = '/klaster/';
/** The build date the test build is pinned to. */
export const testBuildDate = '2026-06-01';
/** The placeholder origin the test build uses. */
export const testOrigin = 'https://iskctw.example.org';
/**
 * Page sizes of the test build's lists (`LIST_PAGE_SIZES`, src/site.config.ts): smaller than the tests' own fixture
 * stories and events (four each), so that their lists have more than one page whatever the sample content holds.
 */
export const testListPageSizes = 'stories=3,events=3';
/** Offers above which the test build's home map groups its markers per city (`MAP_MARKER_LIMIT`): fewer than the offers. */
export const testMapMarkerLimit = 5;
/**
 * Rows per page of the test build's translation status table (`TRANSLATION_ROWS`): fewer than the tests' own fixture
 * entries that need work, so that the table has more than one page.
 */
export const testTranslationRows = 4;
/** Stale offers the test build's translation status page lists (`STALE_OFFERS_LISTED`): fewer than its stale offers. */
export const testStaleOffersListed = 2;

/**
 * Every HTML file of the built site as a site path (`/pl/miasta/gliwice/`). The browser CMS at `/admin/` is not a
 * page of the site but an application with its own CSP and weight: `tests/build/admin.test.ts` checks it.
 */
export function htmlPaths(dir = testSiteDir): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && relative(dir, full) !== 'admin') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        out.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The file behind a site path. */
export function fileOf(path: string, dir = testSiteDir): string {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!).replace(/^\/+/, '');
  return join(dir, clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** True when the built site has something at this site path. */
export function exists(path: string, dir = testSiteDir): boolean {
  const file = fileOf(path, dir);
  return existsSync(file) || existsSync(join(file, 'index.html'));
}

/**
 * Every page of a paginated list whose first page is at `listPath`, in order: the list's own address, then
 * `<list>/<locale's page word>/2/` and on while they exist (src/lib/pagination.ts).
 */
export function listPages(listPath: string, dir = testSiteDir): string[] {
  const locale = listPath.split('/')[1] as Locale;
  const paths = [listPath];
  while (exists(pagePath(listPath, locale, paths.length + 1), dir)) paths.push(pagePath(listPath, locale, paths.length + 1));
  return paths;
}

const cache = new Map<string, CheerioAPI>();
/** The parsed HTML of a built page (of the root test build, or of the build in `dir`), parsed once per run. */
export function page(path: string, dir = testSiteDir): CheerioAPI {
  const key = `${dir}\0${path}`;
  let $ = cache.get(key);
  if (!$) {
    $ = load(readFileSync(fileOf(path, dir), 'utf8'));
    cache.set(key, $);
  }
  return $;
}

/** Site path of an absolute URL on the test origin. */
export function pathOf(url: string): string {
  return url.startsWith(testOrigin) ? url.slice(testOrigin.length) : url;
}

/** True when the page asks not to be indexed. */
export function isNoindex($: CheerioAPI): boolean {
  return ($('meta[name="robots"]').attr('content') ?? '').includes('noindex');
}

/**
 * What Pagefind will read from a page: filters, metadata and sort keys, in both the text form
 * (`<span data-pagefind-filter="city">Gliwice</span>`) and the attribute form (`data-pagefind-meta="date:2025-05-15"`).
 */
export function pagefindData($: CheerioAPI): {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
} {
  const read = (attribute: string) => {
    const pairs: [string, string][] = [];
    $(`[data-pagefind-body] [${attribute}]`).each((_, element) => {
      const value = $(element).attr(attribute)!;
      const colon = value.indexOf(':');
      pairs.push(colon === -1 ? [value, $(element).text()] : [value.slice(0, colon), value.slice(colon + 1)]);
    });
    return pairs;
  };
  const filters: Record<string, string[]> = {};
  for (const [name, value] of read('data-pagefind-filter')) (filters[name] ??= []).push(value);
  return { filters, meta: Object.fromEntries(read('data-pagefind-meta')), sort: Object.fromEntries(read('data-pagefind-sort')) };
}
