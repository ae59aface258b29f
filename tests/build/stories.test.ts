import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { storyFilterPath, storyFilterSlugs } from '../../src/lib/story-filters';
import { localeCodes, locales, type Locale } from '../../src/site.config';
import { testEntryFacts, testEntrySlugs } from '../helpers/test-project';
import { exists, htmlPaths, isNoindex, listPages, page, pagefindData, pathOf, testOrigin } from '../helpers/site';

/** Every story folder of the test build's content (the sample content and the tests' fixtures; none is a draft or scheduled). */
const slugs = testEntrySlugs('stories');
const factsOf = (slug: string) => testEntryFacts('stories', slug);
/** A real story with every part a story page can show (tests/fixtures/site-content/stories/fixture-full-story/). */
const full = 'fixture-full-story';
const examples = slugs.filter((slug) => /^example: true$/m.test(factsOf(slug)));
const real = slugs.filter((slug) => !examples.includes(slug));
/** Sectors of a story: the roles of its partners, read from its facts file. */
const rolesOf = (slug: string) => [...new Set([...factsOf(slug).matchAll(/^\s+role: (\w+)$/gm)].map((match) => match[1]!))];

const pages = htmlPaths();
/** Pages of the build that are not redirect pages left at an old address (content/redirects.yaml). */
const isRedirectPage = (path: string) => page(path)('meta[http-equiv="refresh"]').length > 0;
const detail = (locale: Locale, slug: string) => entryPath(locale, 'stories', slug);
/** Slugs of the stories a list shows on all its pages, in order. */
const listed = (path: string) =>
  listPages(path).flatMap((each) =>
    page(each)('.story-card__title a')
      .map((_, a) => page(each)(a).attr('href')!.split('/').filter(Boolean).pop()!)
      .get(),
  );
/** The filter paths a story's detail page links to (topics), plus its cities' filter paths. */
function filtersOf(locale: Locale, slug: string): string[] {
  const $ = page(detail(locale, slug));
  const hrefs = $('.story-facts a[href]')
    .map((_, a) => $(a).attr('href')!)
    .get();
  const topics = hrefs.filter((href) => href.startsWith(`${sectionPath(locale, 'stories')}${storyFilterSlugs[locale].topic}/`));
  const cities = hrefs
    .filter((href) => href.startsWith(sectionPath(locale, 'cities')))
    .map((href) => storyFilterPath(locale, 'city', href.split('/').filter(Boolean).pop()!));
  const sectors = rolesOf(slug).map((role) => storyFilterPath(locale, 'sector', role));
  return [...topics, ...cities, ...sectors];
}
/** The schema.org Article blocks of a page. */
function jsonLd(path: string): Record<string, unknown>[] {
  const $ = page(path);
  const blocks: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, script) => {
    blocks.push(JSON.parse($(script).text()) as Record<string, unknown>);
  });
  return blocks.filter((data) => data['@type'] === 'Article');
}

describe('success stories', () => {
  it('has stories to test: the fixtures among them, real ones and examples, one with a cover image', () => {
    expect(real).toEqual(expect.arrayContaining([full, 'fixture-pl-en-story', 'fixture-partly-translated-story']));
    expect(examples).toContain('fixture-example-story');
    expect(/^cover:$/m.test(factsOf(full))).toBe(true);
  });

  it.each(localeCodes)('builds the index and every detail page in %s', (locale) => {
    expect(pages).toContain(sectionPath(locale, 'stories'));
    for (const slug of slugs) expect(pages, slug).toContain(detail(locale, slug));
    expect(listed(sectionPath(locale, 'stories')).sort()).toEqual(slugs);
  });

  it.each(localeCodes)('lists the stories newest first in %s, across the list’s pages', (locale) => {
    const dates = listPages(sectionPath(locale, 'stories')).flatMap((path) =>
      page(path)('.story-card__meta time')
        .map((_, time) => page(path)(time).attr('datetime')!)
        .get(),
    );
    expect(dates).toHaveLength(slugs.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('puts filter pages under translated sub-slugs', () => {
    expect(pages).toContain('/pl/historie-sukcesu/miasto/gliwice/');
    expect(pages).toContain('/en/success-stories/city/gliwice/');
    expect(pages).toContain('/de/erfolgsgeschichten/stadt/gliwice/');
    expect(pages).toContain('/cs/pribehy-uspechu/mesto/gliwice/');
    expect(pages).toContain('/en/success-stories/sector/industry/');
    expect(pages).toContain('/pl/historie-sukcesu/temat/wykorzystanie-metanu/');
    expect(pages).toContain('/de/erfolgsgeschichten/thema/grubengasnutzung/');
    // The English topic key the Polish site used before is a redirect page now.
    expect(isRedirectPage('/pl/historie-sukcesu/temat/methane-use/')).toBe(true);
  });

  it.each(localeCodes)(
    'builds a filter page for exactly the cities, sectors and topics that have stories, each listing only its stories (%s)',
    (locale) => {
      const expected = new Map<string, string[]>();
      for (const slug of slugs) for (const path of filtersOf(locale, slug)) expected.set(path, [...(expected.get(path) ?? []), slug]);
      const root = sectionPath(locale, 'stories');
      // Filter pages are `<stories>/<kind>/<value>/`: later pages of the list itself (`<stories>/<page word>/<n>/`) are not.
      const built = pages.filter(
        (path) =>
          path.startsWith(root) &&
          path.split('/').filter(Boolean).length === 4 &&
          path.split('/')[3] !== locales[locale].pageSlug &&
          !isRedirectPage(path),
      );
      expect(expected.size).toBeGreaterThan(5);
      expect(built.sort()).toEqual([...expected.keys()].sort());
      for (const [path, matching] of expected) {
        expect(listed(path).sort(), path).toEqual(matching.sort());
        const dates = listPages(path).flatMap((each) =>
          page(each)('.story-card__meta time')
            .map((_, time) => page(each)(time).attr('datetime')!)
            .get(),
        );
        expect(dates, path).toEqual([...dates].sort().reverse());
      }
      expect(built.some((path) => path.includes('/local-government/'))).toBe(false);
    },
  );

  it('gives each filter page its own title, naming the value', () => {
    expect(page('/en/success-stories/city/gliwice/')('title').text()).toMatch(/^Success stories: Gliwice/);
    expect(page('/pl/historie-sukcesu/sektor/przemysl/')('h1').text()).toBe('Historie sukcesu: Przemysł');
    expect(page('/de/erfolgsgeschichten/thema/grubengasnutzung/')('h1').text()).toBe('Erfolgsgeschichten: Nutzung von Grubengas');
    for (const locale of localeCodes) {
      const root = sectionPath(locale, 'stories');
      const titles = pages.filter((path) => path.startsWith(root) && !isRedirectPage(path)).map((path) => page(path)('title').text());
      expect(new Set(titles).size, locale).toBe(titles.length);
    }
  });

  it('links every filter value from the index, and marks the current one on filter pages', () => {
    const $ = page('/en/success-stories/');
    const links = $('.story-filters a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(links).toContain('/en/success-stories/city/katowice/');
    expect(links).toContain('/en/success-stories/sector/science/');
    for (const link of links) expect(exists(link), link).toBe(true);
    expect(page('/en/success-stories/city/gliwice/')('.story-filters a[aria-current="page"]').attr('href')).toBe(
      '/en/success-stories/city/gliwice/',
    );
  });

  it('shows a detail page with problem, solution and result, its facts, partners with their roles and its sources', () => {
    const $ = page(detail('pl', full));
    expect($('h1').text()).toBe('Pełna historia testowa');
    expect(
      $('main h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(expect.arrayContaining(['Wyzwanie', 'Rozwiązanie', 'Efekt', 'W skrócie', 'Źródła']));
    expect($('main').text()).toContain('(Test) Rozwiązanie opisane w historii testowej.');
    const facts = $('.story-facts').text();
    expect(facts).toContain('Instytut testowy pakietu testów');
    expect(facts).toContain('(Nauka i B+R)');
    expect(facts).toMatch(/ok\.\s162\smln\szł/);
    expect($('.story-facts a[href="/pl/miasta/katowice/"]').length).toBe(1);
    expect($('.sources li').length).toBeGreaterThanOrEqual(2);
  });

  it('marks each source title with its language where it differs from the page’s (Polish unless the source says)', () => {
    const titles = (locale: Locale) =>
      page(detail(locale, full))('.sources li span')
        .map((_, span) => `${page(detail(locale, full))(span).text()}|${page(detail(locale, full))(span).attr('lang') ?? ''}`)
        .get();
    const figures = ['investment', 'jobs', 'CO2'].map((figure) => `Fixture source for the ${figure}`);
    expect(titles('pl')).toStrictEqual(['Pierwsze źródło testowe|', 'Fixture source two|en', ...figures.map((title) => `${title}|en`)]);
    expect(titles('en')).toStrictEqual(['Pierwsze źródło testowe|pl', 'Fixture source two|', ...figures.map((title) => `${title}|`)]);
    expect(titles('de')).toStrictEqual(['Pierwsze źródło testowe|pl', 'Fixture source two|en', ...figures.map((title) => `${title}|en`)]);
    // The same language marking on a figure's source in the facts box.
    expect(page(detail('pl', full))('.story-facts__source span[lang="en"]').first().text()).toBe('Fixture source for the investment');
  });

  it('formats impact figures with their units, TRL before and after, and a quote with who said it', () => {
    const fixture = page(detail('en', full));
    const fixtureFacts = fixture('.story-facts').text().replace(/\s+/g, ' ');
    expect(fixtureFacts).toContain('about PLN 162m');
    expect(fixtureFacts).toContain('1,200 t a year');
    expect(fixtureFacts).toContain('from 5 to 7');
    expect(fixture('.story-quote blockquote').text()).toContain('(Test) This is what a quote looks like in the test story.');
    expect(fixture('.story-quote figcaption').text()).toContain('Anna Testowa');
    expect(fixture('.story-quote figcaption').text()).toContain('manager of the test project');
  });

  it('turns entry: and section: links into the pages of the text’s own language', () => {
    for (const locale of ['pl', 'en'] as const) {
      const $ = page(detail(locale, full));
      const hrefs = $('.prose a[href]')
        .map((_, a) => $(a).attr('href')!)
        .get();
      expect(hrefs).toContain(detail(locale, 'fixture-pl-en-story'));
      expect(hrefs).toContain(sectionPath(locale, 'offers'));
      expect(hrefs.filter((href) => /^(entry|section):/.test(href))).toStrictEqual([]);
      expect(exists(detail(locale, 'fixture-pl-en-story'))).toBe(true);
    }
  });

  it('shows a translation with only a title and summary, with the rest from the fallback chain marked with its language', () => {
    // A fixture (tests/fixtures/site-content/): German text with a title and summary only.
    const $ = page(detail('de', 'fixture-partly-translated-story'));
    expect($('h1').attr('lang')).toBeUndefined();
    expect($('h1').text()).toBe('Teilweise übersetzte Testgeschichte');
    // The notice says truthfully that the main text, not the whole page, is in English.
    expect($('.notice--fallback').text().trim()).toBe(
      'Der Haupttext dieser Seite ist noch nicht ins Deutsche übersetzt. Er wird auf Englisch angezeigt.',
    );
    expect($('.prose').attr('lang')).toBe('en');
    expect($('.prose').attr('data-pagefind-ignore')).toBeDefined();
    expect($('.prose').text()).toContain('This story exists only in the test build of the site.');
    expect(isNoindex($)).toBe(false);
  });

  it('gives real stories schema.org Article JSON-LD with absolute URLs, and example stories none', () => {
    expect(real.length).toBeGreaterThan(0);
    expect(examples.length).toBeGreaterThan(0);
    for (const locale of localeCodes) {
      for (const slug of real) {
        const path = detail(locale, slug);
        const [data] = jsonLd(path);
        expect(data, path).toBeDefined();
        expect(data!['headline']).toBe(page(path)('h1').text());
        // The story's own publication date, never the date of what it tells (DESIGN §10).
        expect(data!['datePublished'], path).toBe(/^published: (\S+)$/m.exec(factsOf(slug))?.[1]);
        expect(data!['inLanguage']).toBe(page(path)('h1').attr('lang') ?? locales[locale].lang);
        expect(data!['url']).toBe(page(path)('link[rel="canonical"]').attr('href'));
        expect((data!['publisher'] as Record<string, unknown>)['@type']).toBe('Organization');
        expect((data!['about'] as unknown[]).length).toBeGreaterThan(0);
        if (data!['image']) {
          expect(data!['image'], path).toMatch(new RegExp(`^${testOrigin}/`));
          expect(exists(pathOf(data!['image'] as string)), path).toBe(true);
        }
      }
      for (const slug of examples) {
        const $ = page(detail(locale, slug));
        expect($('script[type="application/ld+json"]').length, slug).toBe(0);
        expect($('.notice--example').length).toBe(1);
        expect(isNoindex($)).toBe(true);
      }
    }
    expect(jsonLd(detail('en', full))[0]!['image']).toBeDefined();
  });

  it('marks example stories in the lists', () => {
    const pagesOfList = listPages('/en/success-stories/');
    expect(examples.length).toBeGreaterThan(0);
    for (const slug of examples) {
      const cards = pagesOfList
        .map((path) => page(path)(`.story-card:has(a[href="${detail('en', slug)}"])`))
        .filter((card) => card.length > 0);
      expect(cards, slug).toHaveLength(1);
      expect(cards[0]!.find('.story-card__example').text()).toContain('(example)');
    }
  });

  it('gives every image alt text and serves covers as AVIF and WebP', () => {
    let images = 0;
    for (const path of pages.filter((p) => localeCodes.some((locale) => p.startsWith(sectionPath(locale, 'stories'))))) {
      page(path)('main img').each((_, img) => {
        images += 1;
        expect(page(path)(img).attr('alt')?.trim(), path).toBeTruthy();
      });
    }
    expect(images).toBeGreaterThan(0);
    for (const locale of localeCodes) {
      const $ = page(detail(locale, full));
      expect($('.story-cover source[type="image/avif"]').length).toBe(1);
      expect($('.story-cover source[type="image/webp"]').length).toBe(1);
      expect($('.story-cover img').attr('alt')).toMatch(/49/);
      expect($('.story-cover figcaption').text()).toContain('Test suite');
      const covers = listPages(sectionPath(locale, 'stories')).map((path) => page(path)('.story-card source[type="image/avif"]').length);
      expect(Math.max(...covers)).toBeGreaterThan(0);
    }
    expect(page(detail('de', full))('.story-cover img').attr('alt')).toBe('Balkendiagramm mit 49 Balken Testdaten');
    expect(page(detail('de', full))('.story-cover img').attr('lang')).toBeUndefined();
  });

  it('gives story pages search metadata: type, city, sector and topic labels, date and image', () => {
    const { filters, sort, meta } = pagefindData(page(detail('pl', full)));
    expect(filters.type).toStrictEqual(['story']);
    expect(filters.city).toStrictEqual(['Katowice']);
    expect(filters.sector).toStrictEqual(['Nauka i B+R']);
    expect(filters.topic).toStrictEqual(['Wykorzystanie metanu', 'Efektywność energetyczna']);
    expect(sort.date).toBe('2024-09-16');
    expect(exists(meta.image!)).toBe(true);
    expect(meta.image_alt).toBe('Wykres słupkowy z 49 słupkami danych testowych');
  });

  it('keeps list pages from repeating the stories in search results', () => {
    expect(page('/pl/historie-sukcesu/')('[data-pagefind-ignore] .story-cards').length).toBe(1);
    expect(page('/pl/historie-sukcesu/miasto/katowice/')('[data-pagefind-ignore] .story-cards').length).toBe(1);
  });
});
