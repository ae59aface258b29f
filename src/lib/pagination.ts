import { localizedPaths, type LocalizedPaths } from '../i18n/paths';
import { translate } from '../i18n/translate';
import { locales, type Locale } from '../site.config';

/**
 * Long lists split into pages of a fixed size (README "Budgets and benchmarks"). Page 1 keeps the list's own address,
 * so published addresses never change; page 2 on is at `<list>/<pageSlug>/<n>/` with the locale's word for "page"
 * (`src/site.config.ts`). Every locale lists the same entries, so page n exists in every locale or in none.
 */

/** One page of a list. */
export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, also for an empty list). */
  count: number;
  /** The entries on this page. */
  items: T[];
  /** Position (1-based) of the first entry on this page in the whole list; 0 for an empty list. */
  first: number;
  /** Position (1-based) of the last entry on this page; 0 for an empty list. */
  last: number;
  /** How many entries the whole list has. */
  total: number;
}

/**
 * How many pages a list of `total` entries takes; an empty list still has its first page.
 * @example pageCount(25, 12) // 3
 */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a whole number of 1 or more, not ${size}.`);
  return Math.max(1, Math.ceil(total / size));
}

/**
 * A list split into pages of `size` entries, in the list's order.
 * @example paginate(['a', 'b', 'c'], 2).map((page) => page.items) // [['a', 'b'], ['c']]
 */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, index) => {
    const slice = items.slice(index * size, (index + 1) * size);
    const first = slice.length > 0 ? index * size + 1 : 0;
    return { number: index + 1, count, items: slice, first, last: first > 0 ? first + slice.length - 1 : 0, total: items.length };
  });
}

/**
 * The path of page `n` of a list whose first page is at `listPath`.
 * @example pagePath('/pl/historie-sukcesu/', 'pl', 2) // '/pl/historie-sukcesu/strona/2/'
 * @example pagePath('/en/events/', 'en', 1) // '/en/events/'
 */
export function pagePath(listPath: string, locale: Locale, n: number): string {
  return n <= 1 ? listPath : `${listPath}${pageParam(locale, n)}/`;
}

/**
 * The value of a route's rest parameter (`[...pagination]`) for page `n`: `undefined` for the first page (the list's own
 * address), `<pageSlug>/<n>` after it.
 * @example pageParam('de', 3) // 'seite/3'
 */
export function pageParam(locale: Locale, n: number): string | undefined {
  return n <= 1 ? undefined : `${locales[locale].pageSlug}/${n}`;
}

/**
 * Static paths for every page of a list in one locale: the route's own params plus the page parameter, and the page as a prop.
 * @example pagedPaths('pl', { lang: 'pl' }, ['a', 'b', 'c'], 2)[1].params.pagination // 'strona/2'
 */
export function pagedPaths<T, P extends Record<string, string>, X extends object = object>(
  locale: Locale,
  params: P,
  items: readonly T[],
  size: number,
  props?: X,
): { params: P & { pagination: string | undefined }; props: X & { page: ListPage<T> } }[] {
  return paginate(items, size).map((page) => ({
    params: { ...params, pagination: pageParam(locale, page.number) },
    props: { ...(props ?? ({} as X)), page },
  }));
}

/** One link of the pagination navigation. */
export interface PageLink {
  number: number;
  path: string;
  current: boolean;
}

/**
 * The page numbers the navigation shows: the first, the last, and the current one with a neighbour on each side;
 * `null` stands for a gap ("…"). Bounded: at most 7 entries however long the list.
 * @example pageWindow(5, 10) // [1, null, 4, 5, 6, null, 10]
 */
export function pageWindow(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const numbers = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of numbers) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && n - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) result.push(null);
    result.push(n);
  }
  return result;
}

/**
 * The title of page `n` of a list: the list's own title on page 1, "… – page n of m" after it (titles stay unique).
 * @example pagedTitle('en', 'Success stories', { number: 2, count: 3 }) // 'Success stories – page 2 of 3'
 */
export function pagedTitle(locale: Locale, title: string, page: Pick<ListPage<unknown>, 'number' | 'count'>): string {
  return page.number <= 1
    ? title
    : translate(locale, 'pagination.title', { title, number: String(page.number), count: String(page.count) });
}

/**
 * The share card a page of a list shows: none of its own on page 1, the first page's (its title, its path) after it.
 * Page n of a list is page 1 continued, so it shares page 1's Open Graph image (drawn once) instead of a card that
 * differs by "page n of m" only.
 * @example firstPageCard('Historie sukcesu', '/pl/historie-sukcesu/', { number: 2 }) // { title: 'Historie sukcesu', path: '/pl/historie-sukcesu/' }
 */
export function firstPageCard(
  title: string,
  listPath: string,
  page: Pick<ListPage<unknown>, 'number'>,
): { title: string; path: string } | undefined {
  return page.number > 1 ? { title, path: listPath } : undefined;
}

/** What a page of a list says about itself in its head, the same for every paginated list (see `pagedListMeta`). */
export interface PagedListMeta {
  /** The list's title, with "– page n of m" after page 1 (`pagedTitle`). */
  title: string;
  /** This page's path in every locale. */
  paths: LocalizedPaths;
  /** Only page 1 is in the search index: later pages only continue it. */
  inSearch: boolean;
  /** The share card: page 1's after page 1 (`firstPageCard`). */
  cardOf: { title: string; path: string } | undefined;
}

/**
 * The head of page `page` of a list titled `title` whose first page is at `listPathOf(locale)` in each locale.
 * @example pagedListMeta('en', 'Events', (code) => `/${code}/events/`, { number: 2, count: 3 }).paths.de // '/de/events/seite/2/'
 */
export function pagedListMeta(
  locale: Locale,
  title: string,
  listPathOf: (locale: Locale) => string,
  page: Pick<ListPage<unknown>, 'number' | 'count'>,
): PagedListMeta {
  return {
    title: pagedTitle(locale, title, page),
    paths: localizedPaths((code) => pagePath(listPathOf(code), code, page.number)),
    inSearch: page.number === 1,
    cardOf: firstPageCard(title, listPathOf(locale), page),
  };
}
