import { describe, expect, it } from 'vitest';
import { filterValueSlug, translatedValueSlugs } from '../../src/lib/filter-value-slugs';
import { locales, localeCodes } from '../../src/site.config';
import { storyFilterKinds, storyFilterLabel, storyFilterLinks, storyFilterPath, storyFilterSlugs } from '../../src/lib/story-filters';

const names = new Map([
  ['gliwice', 'Gliwice'],
  ['katowice', 'Katowice'],
]);
const story = (slug: string, date: string, city: string, topic: 'methane-use' | 'education', role?: 'industry' | 'localGovernment') => ({
  slug,
  facts: {
    data: { date: new Date(date), cities: [{ id: city }], partners: role ? [{ partner: { id: 'p' }, role }] : [], topics: [topic] },
  },
});

describe('story filter paths', () => {
  it('use a translated sub-slug and value per locale, under the section’s translated slug', () => {
    expect(storyFilterPath('pl', 'city', 'gliwice')).toBe('/pl/historie-sukcesu/miasto/gliwice/');
    expect(storyFilterPath('en', 'city', 'gliwice')).toBe('/en/success-stories/city/gliwice/');
    expect(storyFilterPath('de', 'topic', 'methane-use')).toBe('/de/erfolgsgeschichten/thema/grubengasnutzung/');
    expect(storyFilterPath('cs', 'sector', 'localGovernment')).toBe('/cs/pribehy-uspechu/sektor/samosprava/');
  });

  it('have a sub-slug for every kind in every locale, URL-safe and distinct within a locale', () => {
    for (const locale of localeCodes) {
      const slugs = storyFilterKinds.map((kind) => storyFilterSlugs[locale][kind]);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(locales[locale].slugs.stories).toBeTruthy();
    }
  });

  it('write vocabulary keys in kebab case', () => {
    expect(filterValueSlug('en', 'localGovernment')).toBe('local-government');
    expect(filterValueSlug('pl', 'localGovernment')).toBe('samorzad');
    expect(filterValueSlug('de', 'methane-use')).toBe('grubengasnutzung');
    expect(filterValueSlug('cs', 'jastrzebie-zdroj')).toBe('jastrzebie-zdroj');
  });
});

describe('story filter labels and links', () => {
  it('label cities by name, sectors and topics from the UI dictionary', () => {
    expect(storyFilterLabel('en', 'city', 'gliwice', names)).toBe('Gliwice');
    expect(storyFilterLabel('pl', 'sector', 'industry', names)).toBe('Przemysł');
    expect(storyFilterLabel('de', 'topic', 'methane-use', names)).toBe('Nutzung von Grubengas');
  });

  it('link only values that have stories, with their counts', () => {
    const stories = [
      story('a', '2020-01-01', 'katowice', 'methane-use', 'industry'),
      story('b', '2021-01-01', 'katowice', 'education'),
      story('c', '2022-01-01', 'gliwice', 'education'),
    ];
    expect(storyFilterLinks(stories, 'en', 'city', names)).toEqual([
      { kind: 'city', value: 'katowice', label: 'Katowice', path: '/en/success-stories/city/katowice/', count: 2 },
      { kind: 'city', value: 'gliwice', label: 'Gliwice', path: '/en/success-stories/city/gliwice/', count: 1 },
    ]);
    expect(storyFilterLinks(stories, 'pl', 'sector', names).map((link) => link.value)).toEqual(['industry']);
    expect(storyFilterLinks(stories, 'pl', 'topic', names).map((link) => [link.value, link.count])).toEqual([
      ['methane-use', 1],
      ['education', 2],
    ]);
  });
});

describe('translated filter values', () => {
  it('are unique per language and safe in a URL', () => {
    for (const [locale, slugs] of Object.entries(translatedValueSlugs)) {
      const values = Object.values(slugs);
      expect(new Set(values).size, locale).toBe(values.length);
      for (const slug of values) expect(slug, locale).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
