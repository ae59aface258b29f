import { describe, expect, it } from 'vitest';
import type { Sector, Topic } from '../../src/data/vocabularies';
import {
  cityNames,
  groupStories,
  latestStories,
  storiesForCity,
  storiesForPartner,
  storiesNewestFirst,
  storiesUpdated,
  storyFilterValues,
  storyHasBody,
  storySectors,
} from '../../src/lib/queries/stories';

/** A story as the helpers see it. */
function story(slug: string, date: string, cities: string[], partners: [string, Sector][] = [], topics: Topic[] = ['education']) {
  return {
    slug,
    facts: {
      data: {
        date: new Date(date),
        cities: cities.map((id) => ({ collection: 'cities', id })),
        partners: partners.map(([id, role]) => ({ partner: { collection: 'partners', id }, role })),
        topics,
      },
    },
  };
}

const cctw = story(
  'cctw',
  '2020-01-14',
  ['katowice'],
  [
    ['gig', 'science'],
    ['itpe', 'science'],
  ],
  ['research-infrastructure', 'gasification'],
);
const bzie = story('bzie', '2019-09-25', ['jastrzebie-zdroj'], [['jsw', 'industry']], ['entrepreneurship', 'methane-use']);
const methane = story('methane', '2020-12-31', ['jastrzebie-zdroj'], [['jsw', 'industry']], ['methane-use']);
const mixed = story(
  'mixed',
  '2020-12-31',
  ['gliwice', 'katowice'],
  [
    ['gig', 'science'],
    ['jsw', 'industry'],
    ['gig', 'science'],
  ],
  ['methane-use'],
);
const all = [bzie, cctw, methane, mixed];

describe('storiesNewestFirst', () => {
  it('orders by date, newest first, and same-day stories by slug', () => {
    expect(storiesNewestFirst(all).map((s) => s.slug)).toEqual(['methane', 'mixed', 'cctw', 'bzie']);
  });

  it('does not change the list it is given', () => {
    const input = [bzie, cctw];
    storiesNewestFirst(input);
    expect(input.map((s) => s.slug)).toEqual(['bzie', 'cctw']);
  });
});

describe('storiesForCity and storiesForPartner', () => {
  it('keep only the matching stories, newest first', () => {
    expect(storiesForCity(all, 'katowice').map((s) => s.slug)).toEqual(['mixed', 'cctw']);
    expect(storiesForCity(all, 'tychy')).toEqual([]);
    expect(storiesForPartner(all, 'jsw').map((s) => s.slug)).toEqual(['methane', 'mixed', 'bzie']);
    expect(storiesForPartner(all, 'gig').map((s) => s.slug)).toEqual(['mixed', 'cctw']);
  });
});

describe('latestStories', () => {
  it('returns at most n stories, newest first', () => {
    expect(latestStories(all, 2).map((s) => s.slug)).toEqual(['methane', 'mixed']);
    expect(latestStories(all, 10)).toHaveLength(4);
    expect(latestStories(all, 0)).toEqual([]);
    expect(latestStories(all, -1)).toEqual([]);
  });
});

describe('storiesUpdated', () => {
  const dated = (published: string, updated?: string) => ({
    facts: { data: { published: new Date(published), updated: updated === undefined ? undefined : new Date(updated) } },
  });

  it('takes the latest update, a story never updated counting from its publication', () => {
    expect(storiesUpdated([dated('2026-01-10', '2026-02-01'), dated('2026-03-05')])).toStrictEqual(new Date('2026-03-05'));
    expect(storiesUpdated([dated('2026-01-10', '2026-04-01'), dated('2026-03-05')])).toStrictEqual(new Date('2026-04-01'));
    expect(storiesUpdated([dated('2026-05-01', '2026-01-01')])).toStrictEqual(new Date('2026-01-01'));
    expect(storiesUpdated([])).toBeUndefined();
  });
});

describe('storySectors', () => {
  it('lists the partners’ roles once each, in vocabulary order', () => {
    expect(storySectors(mixed)).toEqual(['industry', 'science']);
    expect(storySectors(cctw)).toEqual(['science']);
    expect(storySectors(story('none', '2020-01-01', ['rybnik']))).toEqual([]);
  });
});

describe('groupStories', () => {
  it('groups by city in the configured city order, only cities that have stories', () => {
    const groups = groupStories(all, 'city');
    expect([...groups.keys()]).toEqual(['katowice', 'gliwice', 'jastrzebie-zdroj']);
    expect(groups.get('katowice')!.map((s) => s.slug)).toEqual(['mixed', 'cctw']);
    expect(groups.has('tychy')).toBe(false);
  });

  it('groups by sector, a story’s sectors being its partners’ roles', () => {
    const groups = groupStories(all, 'sector');
    expect([...groups.keys()]).toEqual(['industry', 'science']);
    expect(groups.get('industry')!.map((s) => s.slug)).toEqual(['methane', 'mixed', 'bzie']);
    expect(groups.get('science')!.map((s) => s.slug)).toEqual(['mixed', 'cctw']);
  });

  it('groups by topic in vocabulary order, each story once per group', () => {
    const groups = groupStories(all, 'topic');
    expect([...groups.keys()]).toEqual(['gasification', 'methane-use', 'research-infrastructure', 'entrepreneurship']);
    expect(groups.get('methane-use')!.map((s) => s.slug)).toEqual(['methane', 'mixed', 'bzie']);
  });

  it('reads a story’s values for each kind', () => {
    expect(storyFilterValues(mixed, 'city')).toEqual(['gliwice', 'katowice']);
    expect(storyFilterValues(mixed, 'sector')).toEqual(['industry', 'science']);
    expect(storyFilterValues(bzie, 'topic')).toEqual(['entrepreneurship', 'methane-use']);
  });
});

describe('storyHasBody', () => {
  it('counts a Markdown body or any of problem, solution, result as main text', () => {
    expect(storyHasBody({ id: 'a/pl', body: 'Text', data: {} })).toBe(true);
    expect(storyHasBody({ id: 'a/pl', body: '', data: { result: 'R' } })).toBe(true);
    expect(storyHasBody({ id: 'a/de', body: '  ', data: {} })).toBe(false);
  });
});

describe('cityNames', () => {
  it('names cities in the reader’s language along the fallback chain', () => {
    const cities = [
      { slug: 'katowice', texts: { pl: { data: { title: 'Katowice' } }, cs: { data: { title: 'Katovice' } } } },
      { slug: 'rybnik', texts: { pl: { data: { title: 'Rybnik' } } } },
    ];
    expect(cityNames(cities, 'cs').get('katowice')).toBe('Katovice');
    expect(cityNames(cities, 'de').get('katowice')).toBe('Katowice');
    expect(cityNames(cities, 'cs').get('rybnik')).toBe('Rybnik');
  });
});
