/**
 * Search ranking: what a visitor who types a city's name or a story's title words expects to see FIRST.
 * Queries go through Pagefind's own JS API in Chromium, on each locale's search page (Pagefind picks the index
 * from `<html lang>`), with the ranking options the search page uses, so the metadata, aliases and ignored lists of
 * the built HTML are what is tested.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { searchRanking } from '../../src/lib/search-ranking';
import { cityOrder, localeCodes, type Locale } from '../../src/site.config';
import { useBrowserSite } from '../helpers/browser';

// The site's CSP (`'strict-dynamic'`, no `'self'`) refuses an `import()` from evaluated code; the island works
// around that with a trusted module script. The test only needs the index, so it bypasses the CSP instead.
const shared = useBrowserSite({ bypassCSP: true });

/** One search page per locale, with Pagefind loaded once. */
const pages = new Map<Locale, Page>();

beforeAll(async () => {
  for (const locale of localeCodes) {
    const page = await shared.context.newPage();
    await page.goto(`${shared.origin}${sectionPath(locale, 'search')}`, { waitUntil: 'load' });
    // A string, not a function: vitest would rewrite a function's `import()` into its own loader.
    await page.evaluate(`(async () => {
      const root = document.querySelector('[data-search]');
      const pagefind = await import(new URL(root.dataset.pagefind, document.baseURI).href);
      await pagefind.options({ baseUrl: root.dataset.base, ranking: ${JSON.stringify(searchRanking)} });
      await pagefind.init();
      window.__pagefind = pagefind;
    })()`);
    pages.set(locale, page);
  }
});

afterAll(async () => {
  for (const page of pages.values()) await page.close();
});

/** The URLs of the first `count` results for `query` in `locale`'s index, best first. */
async function topResults(locale: Locale, query: string, count = 3): Promise<string[]> {
  const page = pages.get(locale)!;
  return page.evaluate(
    async ({ query, count }) => {
      type Result = { data: () => Promise<{ url: string }> };
      const pagefind = (window as unknown as { __pagefind: { search: (term: string) => Promise<{ results: Result[] }> } }).__pagefind;
      const response = await pagefind.search(query);
      return Promise.all(response.results.slice(0, count).map(async (result) => (await result.data()).url));
    },
    { query, count },
  );
}

/** Every result's URL and its indexed text (`content`), best first. */
async function allResults(locale: Locale, query: string): Promise<{ url: string; content: string }[]> {
  return pages.get(locale)!.evaluate(async (query) => {
    type Result = { data: () => Promise<{ url: string; content: string }> };
    const pagefind = (window as unknown as { __pagefind: { search: (term: string) => Promise<{ results: Result[] }> } }).__pagefind;
    const response = await pagefind.search(query);
    return Promise.all(
      response.results.map(async (result) => {
        const { url, content } = await result.data();
        return { url, content };
      }),
    );
  }, query);
}

/** What a visitor types for each city, per locale: the name as the page writes it, plus exonyms and inflected forms. */
const cityQueries: Record<Locale, Record<(typeof cityOrder)[number], string[]>> = {
  pl: {
    katowice: ['Katowice', 'Katowicach'],
    gliwice: ['Gliwice', 'Gliwicach'],
    tychy: ['Tychy'],
    jaworzno: ['Jaworzno'],
    'jastrzebie-zdroj': ['Jastrzębie-Zdrój', 'Jastrzebie'],
    rybnik: ['Rybnik'],
  },
  en: {
    katowice: ['Katowice'],
    gliwice: ['Gliwice'],
    tychy: ['Tychy'],
    jaworzno: ['Jaworzno'],
    'jastrzebie-zdroj': ['Jastrzębie-Zdrój'],
    rybnik: ['Rybnik'],
  },
  de: {
    katowice: ['Katowice', 'Kattowitz'],
    gliwice: ['Gliwice', 'Gleiwitz'],
    tychy: ['Tychy', 'Tichau'],
    jaworzno: ['Jaworzno'],
    'jastrzebie-zdroj': ['Jastrzębie-Zdrój'],
    rybnik: ['Rybnik'],
  },
  cs: {
    katowice: ['Katovice', 'v Katovicích', 'Katowice'],
    gliwice: ['Gliwice', 'v Gliwicích'],
    tychy: ['Tychy', 'v Tychách'],
    jaworzno: ['Jaworzno', 'v Jaworznu'],
    'jastrzebie-zdroj': ['Jastrzębie-Zdrój'],
    rybnik: ['Rybnik', 'v Rybniku'],
  },
};

/**
 * Title words of three stories in each language; the story's own page must come first, also before the filter page
 * whose title repeats them ("Grubengas": the story, not "Erfolgsgeschichten: Grubengasnutzung").
 */
const storyQueries: Record<Locale, Record<string, string>> = {
  pl: {
    'autobusy-elektryczne-jaworzno': 'elektryczne autobusy',
    'muzeum-slaskie-kopalnia-katowice': 'Muzeum Śląskie',
    'trolejbusy-tychy': 'trolejbusy',
  },
  en: {
    'autobusy-elektryczne-jaworzno': 'electric buses',
    'muzeum-slaskie-kopalnia-katowice': 'Silesian Museum',
    'trolejbusy-tychy': 'trolleybuses',
  },
  de: {
    'autobusy-elektryczne-jaworzno': 'Elektrobusse',
    'muzeum-slaskie-kopalnia-katowice': 'Schlesisches Museum',
    'metan-z-kopaln-jsw': 'Grubengas',
  },
  cs: {
    'autobusy-elektryczne-jaworzno': 'elektrobusy',
    'muzeum-slaskie-kopalnia-katowice': 'Slezské muzeum',
    'trolejbusy-tychy': 'trolejbusy',
  },
};

describe('search ranking', () => {
  for (const locale of localeCodes) {
    it(`puts a city's own page first for its name, exonyms and inflected forms (${locale})`, async () => {
      const cases = cityOrder.flatMap((city) => cityQueries[locale][city].map((query) => [city, query] as const));
      expect(cases.length).toBeGreaterThanOrEqual(cityOrder.length);
      const misses: string[] = [];
      for (const [city, query] of cases) {
        const expected = entryPath(locale, 'cities', city);
        const top = await topResults(locale, query);
        if (top[0] !== expected) misses.push(`${query} → ${top.join(', ') || 'nothing'} (expected ${expected} first)`);
      }
      expect(misses).toStrictEqual([]);
    });

    it(`puts a story's own page first for its title words (${locale})`, async () => {
      const cases = Object.entries(storyQueries[locale]);
      expect(cases.length).toBe(3);
      const misses: string[] = [];
      for (const [story, query] of cases) {
        const expected = entryPath(locale, 'stories', story);
        const top = await topResults(locale, query);
        if (top[0] !== expected) misses.push(`${query} → ${top.join(', ') || 'nothing'} (expected ${expected} first)`);
      }
      expect(misses).toStrictEqual([]);
    });
  }

  it("puts a story first for its title words with its city's name, although the city's page ranks first for the name alone", async () => {
    for (const [locale, query, story] of [
      ['pl', 'trolejbusy Tychy', 'trolejbusy-tychy'],
      ['cs', 'trolejbusy v Tychách', 'trolejbusy-tychy'],
      ['de', 'Elektrobusse Jaworzno', 'autobusy-elektryczne-jaworzno'],
    ] as const) {
      const [first] = await topResults(locale, query, 1);
      expect(first, `${locale} ${query}`).toBe(entryPath(locale, 'stories', story));
    }
  });

  it('finds Czech inflected forms of sectors and topics on the pages tagged with them', async () => {
    for (const [query, expected] of [
      ['využitím důlního metanu', entryPath('cs', 'stories', 'metan-z-kopaln-jsw')],
      ['zachytáváním', entryPath('cs', 'stories', 'centrum-czystych-technologii-weglowych')],
      ['průmyslu', entryPath('cs', 'partners', 'jsw')],
      ['rekultivací', entryPath('cs', 'stories', 'muzeum-slaskie-kopalnia-katowice')],
    ] as const) {
      const urls = (await allResults('cs', query)).map((result) => result.url);
      expect(urls, query).toContain(expected);
    }
  });

  it('keeps words apart where the page puts elements side by side (facts, tags, filter labels)', async () => {
    const cases = [
      ['pl', 'metanu', entryPath('pl', 'stories', 'metan-z-kopaln-jsw')],
      ['pl', 'Gliwice', entryPath('pl', 'cities', 'gliwice')],
      ['de', 'Bergbau', entryPath('de', 'partners', 'gig')],
      ['en', 'Silesian Museum', entryPath('en', 'stories', 'muzeum-slaskie-kopalnia-katowice')],
    ] as const;
    for (const [locale, query, url] of cases) {
      const page = (await allResults(locale, query)).find((result) => result.url === url);
      expect(page, `${query} → ${url}`).toBeDefined();
      // A lower-case letter or a digit straight before a capital, or a lower-case letter before a digit, is two words
      // run together: "MiastoGliwice", "Liczba mieszkańców177 049".
      const joined = [...page!.content.matchAll(/[\p{Ll}\d]\p{Lu}|\p{Ll}\d/gu)].map((match) =>
        page!.content.slice(Math.max(0, match.index - 15), match.index + 15),
      );
      expect(joined, url).toStrictEqual([]);
    }
  });
});

describe('search page facets', () => {
  it('offers only options that have results', async () => {
    const page = await shared.context.newPage();
    await page.goto(`${shared.origin}${sectionPath('en', 'search')}?q=trolleybuses`, { waitUntil: 'load' });
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const options = await page.$$eval('[data-search-filters] label', (labels) => labels.map((label) => label.textContent ?? ''));
    expect(options.length).toBeGreaterThan(1);
    expect(options.filter((option) => /\(0\)$/.test(option))).toStrictEqual([]);
    await page.close();
  });
});
