import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/site.config';
import { htmlPaths, isNoindex, page, testSiteDir } from '../helpers/site';

describe('the search index', () => {
  const entry = JSON.parse(readFileSync(`${testSiteDir}pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

  it('has one index per locale and none for unknown languages', () => {
    expect(Object.keys(entry.languages).sort()).toEqual([...localeCodes].sort());
  });

  it('holds exactly the indexable pages of each locale', () => {
    const indexable = htmlPaths().filter((path) => !isNoindex(page(path)) && page(path)('[data-pagefind-body]').length > 0);
    expect(indexable.length).toBeGreaterThan(localeCodes.length * 10);
    for (const locale of localeCodes) {
      const count = indexable.filter((path) => path.startsWith(`/${locale}/`)).length;
      expect(entry.languages[locale]?.page_count, locale).toBe(count);
    }
  });

  it('marks only indexable pages for indexing, and never their fallback text', () => {
    const paths = htmlPaths();
    expect(paths.length).toBeGreaterThan(100);
    let noindex = 0;
    let fallbackTexts = 0;
    for (const path of paths) {
      const $ = page(path);
      if (isNoindex($)) {
        noindex += 1;
        expect($('[data-pagefind-body]').length, path).toBe(0);
      }
      $('[data-pagefind-body] [lang]').each((_, element) => {
        const lang = $(element).attr('lang');
        if (lang && lang !== $('html').attr('lang') && $(element).text().length > 200) {
          fallbackTexts += 1;
          if ($(element).closest('[data-pagefind-ignore]').length === 0)
            throw new Error(`${path}: long text in ${lang} is indexed on a ${$('html').attr('lang')} page`);
        }
      });
    }
    // Both rules were exercised: the sample content has noindex pages and indexable pages with fallback text.
    expect(noindex).toBeGreaterThan(0);
    expect(fallbackTexts).toBeGreaterThan(0);
  });

  it('ships none of Pagefind’s ready-made UI bundles', () => {
    expect(() => readFileSync(`${testSiteDir}pagefind/pagefind-component-ui.js`)).toThrow();
    expect(readFileSync(`${testSiteDir}pagefind/pagefind.js`).length).toBeGreaterThan(1000);
  });
});
