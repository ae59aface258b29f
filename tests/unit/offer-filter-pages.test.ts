import { describe, expect, it } from 'vitest';
import { groupOffers, offerFilterLabel, offerFilterPath, offerFilterSlugs } from '../../src/lib/offer-filter-pages';
import { allLocales } from '../../src/i18n';

const offer = (slug: string, city: string, kind: string) => ({ slug, facts: { data: { city: { id: city }, kind } } });
const offers = [
  offer('a', 'rybnik', 'hall'),
  offer('b', 'katowice', 'office'),
  offer('c', 'rybnik', 'greenfield'),
  offer('d', 'gliwice', 'hall'),
];

describe('offer filter pages', () => {
  it('builds translated paths under the offers section', () => {
    expect(offerFilterPath('pl', 'city', 'gliwice')).toBe('/pl/oferty-inwestycyjne/miasto/gliwice/');
    expect(offerFilterPath('en', 'kind', 'hall')).toBe('/en/investment-offers/kind/hall/');
  });

  it('labels a filter value by the city’s name or the kind’s translation', () => {
    const names = new Map([['gliwice', 'Gliwice (en)']]);
    expect(offerFilterLabel('en', 'city', 'gliwice', names)).toBe('Gliwice (en)');
    expect(offerFilterLabel('en', 'city', 'tychy', names)).toBe('tychy');
    expect(offerFilterLabel('en', 'kind', 'greenfield', names)).toBe('greenfield site');
    expect(offerFilterLabel('pl', 'kind', 'hall', names)).toBe('hala');
  });

  it('has a distinct slug per kind in every locale', () => {
    for (const locale of allLocales) expect(new Set(Object.values(offerFilterSlugs[locale])).size).toBe(2);
  });

  it('groups by city in the configured city order, keeping the offers’ order, leaving out cities without offers', () => {
    const groups = groupOffers(offers, 'city');
    expect([...groups.keys()]).toStrictEqual(['katowice', 'gliwice', 'rybnik']);
    expect(groups.get('rybnik')!.map((found) => found.slug)).toStrictEqual(['a', 'c']);
  });

  it('groups by kind in the vocabulary’s order', () => {
    const groups = groupOffers(offers, 'kind');
    expect([...groups.keys()]).toStrictEqual(['greenfield', 'hall', 'office']);
    expect(groups.get('hall')!.map((found) => found.slug)).toStrictEqual(['a', 'd']);
  });
});
