import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { homePath, sectionPath, translate } from '../../src/i18n';
import { offerFilterPath } from '../../src/lib/offer-filter-pages';
import { pageCount, pagePath } from '../../src/lib/pagination';
import { listBounds, localeCodes, locales, pageSizes, type Locale } from '../../src/site.config';
import { exists, fileOf, listPages, page, testListPageSizes, testMapMarkerLimit, testOrigin } from '../helpers/site';
import { testEntryFacts, testEntrySlugs } from '../helpers/test-project';

/** The page sizes of the test build (tests/setup/build-site.ts). */
const sizes = pageSizes(testListPageSizes, listBounds.pageSize);
/** Slug of an entry link (`/pl/historie-sukcesu/x/` → `x`). */
const slugOf = (href: string) => href.split('/').filter(Boolean).pop()!;

/** The paginated lists of the test build whose entries outnumber a page: stories and events (fixtures alone do). */
const lists = [
  { name: 'stories', section: 'stories', card: '.story-card__title a', size: sizes.stories, slugs: testEntrySlugs('stories') },
  { name: 'events', section: 'events', card: '.event-card__title a', size: sizes.events, slugs: testEntrySlugs('events') },
] as const;

const cases = localeCodes.flatMap((locale) => lists.map((list) => ({ ...list, locale, label: `${list.name} in ${locale}` })));

/** The entries a page lists, as slugs in order. */
const cardsOf = (path: string, card: string) =>
  page(path)(card)
    .map((_, a) => slugOf(page(path)(a).attr('href')!))
    .get();

describe('paginated lists', () => {
  it('have fixture entries enough for more than one page of the test build', () => {
    for (const list of lists) expect(list.slugs.length, list.name).toBeGreaterThan(list.size);
    expect(testEntrySlugs('stories').filter((slug) => slug.startsWith('fixture-')).length).toBeGreaterThan(sizes.stories);
    expect(testEntrySlugs('events').filter((slug) => slug.startsWith('fixture-')).length).toBeGreaterThan(sizes.events);
  });

  it.each(cases)('split the $label into pages: page 1 at the list’s address, each entry once, none over the size', (list) => {
    const first = sectionPath(list.locale, list.section);
    const paths = listPages(first);
    expect(paths).toHaveLength(pageCount(list.slugs.length, list.size));
    expect(paths[1]).toBe(`${first}${locales[list.locale].pageSlug}/2/`);
    const listed = paths.map((path) => cardsOf(path, list.card));
    for (const [index, entries] of listed.entries()) {
      expect(entries.length, paths[index]).toBeLessThanOrEqual(list.size);
      expect(entries.length, paths[index]).toBeGreaterThan(0);
    }
    expect(listed.flat().sort()).toStrictEqual([...list.slugs].sort());
    // No page after the last, and no "page 1" address beside the list's own.
    expect(exists(pagePath(first, list.locale, paths.length + 1))).toBe(false);
    expect(exists(`${first}${locales[list.locale].pageSlug}/1/`)).toBe(false);
  });

  it.each(cases)('give each page of the $label its own title, canonical and same-numbered alternates; search takes page 1 only', (list) => {
    const first = sectionPath(list.locale, list.section);
    const paths = listPages(first);
    const titles = new Set<string>();
    for (const [index, path] of paths.entries()) {
      const $ = page(path);
      const n = index + 1;
      titles.add($('title').text());
      expect($('link[rel="canonical"]').attr('href'), path).toBe(`${testOrigin}${path}`);
      // Search finds the list once, by its first page: later pages repeat its title and introduction.
      expect($('[data-pagefind-body]').length, path).toBe(n === 1 ? 1 : 0);
      if (n > 1)
        expect($('h1').text(), path).toContain(
          translate(list.locale, 'pagination.title', { title: '', number: n, count: paths.length }).trim(),
        );
      const alternates = $('link[rel="alternate"][hreflang]')
        .map((_, link) => [[$(link).attr('hreflang')!, $(link).attr('href')!]])
        .get() as unknown as [string, string][];
      const expected = localeCodes.map((other: Locale) => [other, `${testOrigin}${pagePath(sectionPath(other, list.section), other, n)}`]);
      expect(
        alternates.filter(([lang]) => lang !== 'x-default'),
        path,
      ).toStrictEqual(expected);
      for (const [, href] of alternates) expect(exists(href.slice(testOrigin.length)), href).toBe(true);
    }
    expect(titles.size).toBe(paths.length);
  });

  it.each(cases)('link the pages of the $label with an accessible navigation in the page’s language', (list) => {
    const first = sectionPath(list.locale, list.section);
    const paths = listPages(first);
    for (const [index, path] of paths.entries()) {
      const $ = page(path);
      const nav = $('nav.pagination');
      expect(nav.length, path).toBe(1);
      expect(nav.attr('aria-label'), path).toBe(translate(list.locale, 'pagination.label'));
      const current = nav.find('[aria-current="page"]');
      expect(current.length, path).toBe(1);
      expect(current.attr('href'), path).toBe(path);
      expect(current.text().trim(), path).toBe(String(index + 1));
      expect(nav.find('a[rel="prev"]').attr('href'), path).toBe(index > 0 ? paths[index - 1] : undefined);
      expect(nav.find('a[rel="next"]').attr('href'), path).toBe(paths[index + 1]);
      // The arrow beside the word is hidden from assistive technology: the link's name is the word alone.
      const next = nav.find('a[rel="next"]').clone();
      next.find('[aria-hidden="true"]').remove();
      expect(next.text().trim() || undefined, path).toBe(index + 1 < paths.length ? translate(list.locale, 'pagination.next') : undefined);
      for (const href of nav
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get())
        expect(paths, `${path} → ${href}`).toContain(href);
    }
  });

  it.each(localeCodes)(
    'paginate the story filter pages too, each listing as many stories as the filter navigation counts (%s)',
    (locale) => {
      const $ = page(sectionPath(locale, 'stories'));
      const filters = $('.story-filters__group li')
        .map((_, li) => ({
          path: $(li).find('a').attr('href')!,
          count: Number(/\d+/.exec($(li).find('.story-filters__count').text())![0]),
        }))
        .get() as { path: string; count: number }[];
      expect(filters.length).toBeGreaterThan(3);
      expect(filters.some((filter) => filter.count > sizes.stories)).toBe(true);
      for (const filter of filters) {
        const paths = listPages(filter.path);
        expect(paths, filter.path).toHaveLength(pageCount(filter.count, sizes.stories));
        const listed = paths.flatMap((path) => cardsOf(path, '.story-card__title a'));
        expect(listed, filter.path).toHaveLength(filter.count);
        expect(new Set(listed).size, filter.path).toBe(filter.count);
      }
    },
  );

  it('puts later pages in the sitemap with their alternates, like page 1', () => {
    const sitemap = readFileSync(fileOf('/sitemap-0.xml'), 'utf8');
    for (const locale of localeCodes) {
      const second = pagePath(sectionPath(locale, 'stories'), locale, 2);
      expect(sitemap).toContain(`<loc>${testOrigin}${second}</loc>`);
    }
    const entry = /<url><loc>[^<]*\/en\/success-stories\/page\/2\/<\/loc>.*?<\/url>/s.exec(sitemap)?.[0] ?? '';
    expect(entry).toContain(`hreflang="pl" href="${testOrigin}/pl/historie-sukcesu/strona/2/"`);
  });
});

describe('bounded outputs', () => {
  it('keep each feed to the newest items', () => {
    for (const locale of localeCodes) {
      const feed = JSON.parse(readFileSync(fileOf(`/${locale}/feed.json`), 'utf8')) as { items: { date_published: string }[] };
      const total = testEntrySlugs('stories').length + testEntrySlugs('events').length;
      expect(feed.items.length).toBe(Math.min(total, listBounds.feedItems));
      const dates = feed.items.map((item) => item.date_published);
      expect(dates).toStrictEqual([...dates].sort().reverse());
    }
  });

  it.each(localeCodes)('group the home map’s markers per city above the marker limit, each counting its offers (%s)', (locale) => {
    const offers = testEntrySlugs('offers');
    expect(offers.length).toBeGreaterThan(testMapMarkerLimit);
    const perCity = new Map<string, number>();
    for (const slug of offers) {
      const city = /^city: (\S+)$/m.exec(testEntryFacts('offers', slug))![1]!;
      perCity.set(city, (perCity.get(city) ?? 0) + 1);
    }
    const $ = page(homePath(locale));
    const map = $('section[aria-labelledby="home-map-heading"]');
    const numbers = map
      .find('svg [data-offer-mark] text')
      .map((_, text) => Number($(text).text()))
      .get();
    expect(numbers).toHaveLength(perCity.size);
    expect(numbers.reduce((sum, n) => sum + n, 0)).toBe(offers.length);
    const items = map.find('.region-map__points li');
    expect(items).toHaveLength(perCity.size);
    items.each((_, item) => {
      const href = $(item).find('a').attr('href')!;
      const city = href.split('/').filter(Boolean).pop()!;
      expect(href).toBe(offerFilterPath(locale, 'city', city));
      expect(exists(href), href).toBe(true);
      expect($(item).text()).toContain(`(${perCity.get(city)})`);
    });
    expect(map.find('figcaption').text()).toContain(translate(locale, 'map.descCities', { count: offers.length }));
  });
});
