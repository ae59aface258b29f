import { describe, expect, it } from 'vitest';
import {
  alternateLinks,
  entryPath,
  fallbackChain,
  homePath,
  languageName,
  localizedPaths,
  parsePath,
  pickLocale,
  sectionPath,
} from '../../src/i18n';
import { localeCodes, locales, sectionKeys } from '../../src/site.config';

describe('localized paths', () => {
  it('translates section slugs', () => {
    expect(entryPath('pl', 'cities', 'gliwice')).toBe('/pl/miasta/gliwice/');
    expect(entryPath('en', 'cities', 'gliwice')).toBe('/en/cities/gliwice/');
    expect(entryPath('de', 'cities', 'gliwice')).toBe('/de/staedte/gliwice/');
    expect(entryPath('cs', 'cities', 'gliwice')).toBe('/cs/mesta/gliwice/');
    expect(homePath('cs')).toBe('/cs/');
  });

  it('gives every section a unique, URL-safe slug in every locale', () => {
    for (const code of localeCodes) {
      const slugs = sectionKeys.map((key) => locales[code].slugs[key]);
      expect(new Set(slugs).size, `duplicate slug in ${code}`).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slugs).not.toContain('404');
    }
  });

  it('parses a path back into locale and section', () => {
    expect(parsePath('/de/staedte/rybnik/')).toStrictEqual({ locale: 'de', section: 'cities', rest: ['rybnik'] });
    expect(parsePath('/en/')).toStrictEqual({ locale: 'en', rest: [] });
    expect(parsePath('/xx/cities/')).toBeUndefined();
    for (const key of sectionKeys) expect(parsePath(sectionPath('cs', key))?.section).toBe(key);
  });
});

describe('fallback chain', () => {
  it('follows the locale table and ends with the default locale', () => {
    expect(fallbackChain('pl')).toEqual(['pl']);
    expect(fallbackChain('en')).toEqual(['en', 'pl']);
    expect(fallbackChain('de')).toEqual(['de', 'en', 'pl']);
    expect(fallbackChain('cs')).toEqual(['cs', 'en', 'pl']);
  });

  it('picks the first available translation along the chain', () => {
    expect(pickLocale(['pl', 'en', 'de', 'cs'], 'cs')).toBe('cs');
    expect(pickLocale(['pl', 'en'], 'de')).toBe('en');
    expect(pickLocale(['pl'], 'cs')).toBe('pl');
    expect(pickLocale(['de'], 'pl')).toBe('de');
    expect(pickLocale([], 'pl')).toBeUndefined();
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('pl', 'en')).toBe('Polish');
    expect(languageName('en', 'pl')).toBe('angielski');
    expect(languageName('pl', 'de')).toBe('Polnisch');
  });
});

describe('hreflang alternates', () => {
  const paths = localizedPaths((code) => entryPath(code, 'cities', 'tychy'));

  it('lists every translated locale plus x-default pointing at the default locale', () => {
    const links = alternateLinks(paths, localeCodes);
    expect(links.map((link) => link.hreflang)).toEqual(['pl', 'en', 'de', 'cs', 'x-default']);
    expect(links.at(-1)?.href).toBe(links[0]?.href);
    expect(links[2]?.href).toMatch(/\/de\/staedte\/tychy\/$/);
  });

  it('leaves out untranslated locales, and falls back to the first translated one for x-default', () => {
    expect(alternateLinks(paths, ['pl', 'cs']).map((link) => link.hreflang)).toEqual(['pl', 'cs', 'x-default']);
    const enOnly = alternateLinks(paths, ['en']);
    expect(enOnly.find((link) => link.hreflang === 'x-default')?.href).toMatch(/\/en\/cities\/tychy\/$/);
    expect(alternateLinks(paths, [])).toEqual([]);
  });
});

describe('feed paths', async () => {
  const { feedPath } = await import('../../src/lib/feed-paths');
  it('puts a locale’s feed at its root and a city’s feed under the city page', () => {
    expect(feedPath('en')).toBe('/en/rss.xml');
    expect(feedPath('de', 'rybnik')).toBe('/de/staedte/rybnik/rss.xml');
  });
});
