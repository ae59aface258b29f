import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/site.config';
import { htmlPaths, isNoindex, page } from '../helpers/site';

/** The JSON-LD type each kind of page carries (DESIGN §5). */
const expectedType = (path: string): string | undefined => {
  const [locale, section, slug] = path.split('/').filter(Boolean);
  if (!locale || !localeCodes.includes(locale as never)) return undefined;
  const slugs = locales[locale as keyof typeof locales].slugs;
  if (section === undefined) return 'Organization';
  if (slug === undefined || path.split('/').filter(Boolean).length !== 3) return undefined;
  return {
    [slugs.cities]: 'City',
    [slugs.stories]: 'Article',
    [slugs.events]: 'Event',
    [slugs.offers]: 'Place',
    [slugs.partners]: 'Organization',
  }[section];
};

describe('structured data', () => {
  const blocks = htmlPaths().map((path) => ({
    path,
    example: page(path)('.notice--example').length > 0,
    data: page(path)('script[type="application/ld+json"]')
      .map((_, element) => page(path)(element).text())
      .get() as string[],
  }));

  it('every JSON-LD block parses, uses schema.org and absolute URLs', () => {
    expect(blocks.flatMap(({ data }) => data).length).toBeGreaterThan(100);
    for (const { path, data } of blocks) {
      for (const text of data) {
        const json = JSON.parse(text) as Record<string, unknown>;
        expect(json['@context'], path).toBe('https://schema.org');
        for (const match of text.matchAll(/"(?:url|mainEntityOfPage|image)":"([^"]+)"/g)) expect(match[1], path).toMatch(/^https?:\/\//);
      }
    }
  });

  it('each kind of page carries its type, and example entries carry none', () => {
    let checked = 0;
    for (const { path, example, data } of blocks) {
      const type = expectedType(path);
      if (example) {
        expect(data, `${path} is an example entry`).toEqual([]);
        continue;
      }
      if (!type || isNoindex(page(path))) continue;
      const types = data.map((text) => (JSON.parse(text) as { '@type': string })['@type']);
      expect(types, path).toContain(type);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
