import { describe, expect, it } from 'vitest';
import { firstPageCard, pageCount, pagedListMeta, pagedPaths, pageParam, pagePath, pageWindow, paginate } from '../../src/lib/pagination';
import { listBounds, localeCodes, locales, pageSizes } from '../../src/site.config';

describe('pagination', () => {
  it('gives page 1 its own share card and later pages the card of page 1', () => {
    expect(firstPageCard('Wydarzenia', '/pl/wydarzenia/', { number: 1 })).toBeUndefined();
    expect(firstPageCard('Wydarzenia', '/pl/wydarzenia/', { number: 3 })).toEqual({ title: 'Wydarzenia', path: '/pl/wydarzenia/' });
  });

  it('describes a list page in its head: title, paths in every locale, search index and share card', () => {
    const listPathOf = (code: string) => `/${code}/list-${code}/`;
    const first = pagedListMeta('pl', 'Lista', listPathOf, { number: 1, count: 3 });
    expect(first).toStrictEqual({
      title: 'Lista',
      paths: { pl: '/pl/list-pl/', en: '/en/list-en/', de: '/de/list-de/', cs: '/cs/list-cs/' },
      inSearch: true,
      cardOf: undefined,
    });
    const later = pagedListMeta('en', 'List', listPathOf, { number: 2, count: 3 });
    expect(later).toStrictEqual({
      title: 'List – page 2 of 3',
      paths: { pl: '/pl/list-pl/strona/2/', en: '/en/list-en/page/2/', de: '/de/list-de/seite/2/', cs: '/cs/list-cs/strana/2/' },
      inSearch: false,
      cardOf: { title: 'List', path: '/en/list-en/' },
    });
  });

  it('counts pages, with one page for an empty list, and refuses a page size below 1', () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
    expect(pageCount(25, 12)).toBe(3);
    expect(() => pageCount(3, 0)).toThrow(/Page size/);
    expect(() => pageCount(3, 1.5)).toThrow(/Page size/);
  });

  it('splits a list into pages in its order, every entry exactly once', () => {
    const items = Array.from({ length: 27 }, (_, index) => `item-${index}`);
    const pages = paginate(items, 12);
    expect(pages.map((page) => page.items.length)).toStrictEqual([12, 12, 3]);
    expect(pages.flatMap((page) => page.items)).toStrictEqual(items);
    expect(pages.map((page) => [page.number, page.count, page.first, page.last, page.total])).toStrictEqual([
      [1, 3, 1, 12, 27],
      [2, 3, 13, 24, 27],
      [3, 3, 25, 27, 27],
    ]);
    expect(paginate([], 5)).toStrictEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
  });

  it('keeps page 1 at the list’s own address and puts later pages under the locale’s word for "page"', () => {
    expect(pagePath('/pl/historie-sukcesu/', 'pl', 1)).toBe('/pl/historie-sukcesu/');
    expect(pagePath('/pl/historie-sukcesu/', 'pl', 2)).toBe('/pl/historie-sukcesu/strona/2/');
    expect(pagePath('/en/success-stories/city/gliwice/', 'en', 3)).toBe('/en/success-stories/city/gliwice/page/3/');
    expect(pagePath('/de/veranstaltungen/', 'de', 2)).toBe('/de/veranstaltungen/seite/2/');
    expect(pagePath('/cs/akce/', 'cs', 2)).toBe('/cs/akce/strana/2/');
    expect(pageParam('pl', 1)).toBeUndefined();
    expect(pageParam('cs', 4)).toBe('strana/4');
  });

  it('gives every locale a page word of its own that no section slug uses', () => {
    const words = localeCodes.map((locale) => locales[locale].pageSlug);
    for (const locale of localeCodes) {
      expect(locales[locale].pageSlug).toMatch(/^[a-z]+$/);
      expect(Object.values(locales[locale].slugs)).not.toContain(locales[locale].pageSlug);
    }
    expect(new Set(words).size).toBe(localeCodes.length);
  });

  it('makes static paths for every page, the first without a page parameter', () => {
    const paths = pagedPaths('pl', { lang: 'pl', stories: 'historie-sukcesu' }, ['a', 'b', 'c', 'd', 'e'], 2, { kind: 'city' });
    expect(paths.map((path) => path.params.pagination)).toStrictEqual([undefined, 'strona/2', 'strona/3']);
    expect(paths[2]!.params.stories).toBe('historie-sukcesu');
    expect(paths[1]!.props.kind).toBe('city');
    expect(paths[1]!.props.page.items).toStrictEqual(['c', 'd']);
  });

  it('shows a bounded window of page numbers with gaps', () => {
    expect(pageWindow(1, 1)).toStrictEqual([1]);
    expect(pageWindow(1, 3)).toStrictEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toStrictEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(4, 10)).toStrictEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pageWindow(10, 10)).toStrictEqual([1, null, 9, 10]);
    for (let count = 1; count <= 40; count += 1) {
      for (let current = 1; current <= count; current += 1) {
        const window = pageWindow(current, count);
        expect(window.length).toBeLessThanOrEqual(7);
        expect(window).toContain(current);
        expect(window[0]).toBe(1);
        expect(window[window.length - 1]).toBe(count);
      }
    }
  });
});

describe('list bounds (src/site.config.ts)', () => {
  const defaults = { stories: 12, events: 20, offers: 24, partners: 30 };

  it('read page-size overrides and refuse a typo', () => {
    expect(pageSizes(undefined, defaults)).toStrictEqual(defaults);
    expect(pageSizes(' stories=3, events=4 ', defaults)).toStrictEqual({ ...defaults, stories: 3, events: 4 });
    expect(() => pageSizes('story=3', defaults)).toThrow(/LIST_PAGE_SIZES/);
    expect(() => pageSizes('stories=0', defaults)).toThrow(/LIST_PAGE_SIZES/);
    expect(() => pageSizes('stories', defaults)).toThrow(/LIST_PAGE_SIZES/);
  });

  it('bound every list by a positive number', () => {
    for (const size of Object.values(listBounds.pageSize)) expect(size).toBeGreaterThan(0);
    for (const size of Object.values(listBounds.cityPage)) expect(size).toBeGreaterThan(0);
    expect(listBounds.feedItems).toBeGreaterThan(0);
    expect(listBounds.mapMarkers).toBeGreaterThan(0);
    expect(listBounds.translationRows).toBeGreaterThan(0);
    expect(listBounds.staleOffers).toBeGreaterThan(0);
    expect(listBounds.calendarPastDays).toBeGreaterThanOrEqual(365);
  });
});
