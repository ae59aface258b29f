import { describe, expect, it } from 'vitest';
import { facetAttributes, filterOffers, isFiltered, matchesFilters, offerFacets, type OfferFacets } from '../../src/lib/offers/filter';
import { areaLabel, priceLabel } from '../../src/lib/offers/labels';
import { hasMiningCategory } from '../../src/lib/offers/mining';
import { filtersFromQuery, filtersToQuery } from '../../src/lib/offers/query';
import { offersForCity, sortOffers } from '../../src/lib/offers/sort';
import { addMonthsUtc, isStale, longestStale } from '../../src/lib/offers/stale';
import { offersUpdated } from '../../src/lib/queries/offers';

const asOf = new Date('2026-06-01T12:00:00Z');

describe('isStale (not verified for more than 6 months as of the build date)', () => {
  it('is current up to and including six months to the day, stale from the day after', () => {
    expect(isStale(new Date('2025-12-01'), asOf)).toBe(false);
    expect(isStale(new Date('2025-11-30'), asOf)).toBe(true);
    expect(isStale(new Date('2026-05-31'), asOf)).toBe(false);
    expect(isStale(new Date('2024-01-01'), asOf)).toBe(true);
  });

  it('never flags a date after the build date', () => {
    expect(isStale(new Date('2026-10-01'), asOf)).toBe(false);
  });

  it('clamps month ends', () => {
    expect(addMonthsUtc(new Date('2025-08-31'), 6).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(addMonthsUtc(new Date('2023-08-31'), 6).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(isStale(new Date('2025-08-31'), new Date('2026-02-28T12:00:00Z'))).toBe(false);
    expect(isStale(new Date('2025-08-31'), new Date('2026-03-01T00:00:00Z'))).toBe(true);
  });
});

describe('longestStale (the stale offers the translation status page lists)', () => {
  const offer = (slug: string, lastVerified: string) => ({ slug, facts: { data: { lastVerified: new Date(lastVerified) } } });
  const offers = [
    offer('fresh', '2026-05-01'),
    offer('b-old', '2024-03-01'),
    offer('recent-stale', '2025-11-30'),
    offer('oldest', '2023-01-15'),
    offer('a-old', '2024-03-01'),
  ];

  it('keeps stale offers only, those verified longest ago first, ties by slug', () => {
    const { shown, more } = longestStale(offers, asOf, 10);
    expect(shown.map((o) => o.slug)).toStrictEqual(['oldest', 'a-old', 'b-old', 'recent-stale']);
    expect(more).toBe(0);
  });

  it('shows at most the limit and counts the stale offers left out', () => {
    const { shown, more } = longestStale(offers, asOf, 2);
    expect(shown.map((o) => o.slug)).toStrictEqual(['oldest', 'a-old']);
    expect(more).toBe(2);
    expect(longestStale([offer('fresh', '2026-05-01')], asOf, 2)).toStrictEqual({ shown: [], more: 0 });
  });
});

const entry = (slug: string, city: string, status: 'available' | 'reserved' | 'sold', lastVerified = '2026-01-01') => ({
  slug,
  facts: { data: { city: { id: city }, status, lastVerified: new Date(lastVerified) } },
});

describe('offersUpdated', () => {
  const dated = (lastVerified: string, updated?: string) => ({
    facts: { data: { lastVerified: new Date(lastVerified), updated: updated === undefined ? undefined : new Date(updated) } },
  });

  it('takes the latest of the offers’ updates and checks', () => {
    expect(offersUpdated([dated('2026-01-10', '2026-02-01'), dated('2026-03-05')])).toStrictEqual(new Date('2026-03-05'));
    expect(offersUpdated([dated('2026-01-10', '2026-04-01'), dated('2026-03-05')])).toStrictEqual(new Date('2026-04-01'));
    expect(offersUpdated([])).toBeUndefined();
  });
});

describe('sortOffers and offersForCity', () => {
  const offers = [
    entry('sold-katowice', 'katowice', 'sold'),
    entry('avail-rybnik', 'rybnik', 'available'),
    entry('reserved-gliwice', 'gliwice', 'reserved'),
    entry('avail-katowice-old', 'katowice', 'available', '2025-01-01'),
    entry('avail-katowice-new', 'katowice', 'available', '2026-05-01'),
    entry('avail-nowhere', 'nowhere', 'available'),
  ];

  it('lists available offers first, then reserved, then sold; by city order, then newest verification', () => {
    expect(sortOffers(offers).map((offer) => offer.slug)).toEqual([
      'avail-katowice-new',
      'avail-katowice-old',
      'avail-rybnik',
      'avail-nowhere',
      'reserved-gliwice',
      'sold-katowice',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...offers];
    sortOffers(offers);
    expect(offers).toEqual(copy);
  });

  it('gives one city’s offers in the same order', () => {
    expect(offersForCity(offers, 'katowice').map((offer) => offer.slug)).toEqual([
      'avail-katowice-new',
      'avail-katowice-old',
      'sold-katowice',
    ]);
    expect(offersForCity(offers, 'tychy')).toEqual([]);
  });
});

describe('filtering', () => {
  const facets: OfferFacets[] = [
    offerFacets('hall', {
      city: { id: 'tychy' },
      kind: 'hall',
      status: 'reserved',
      areaHa: 1.8,
      utilities: { electricity: { availability: 'onSite' }, gas: { availability: 'onSite' } },
    }),
    offerFacets('green', {
      city: { id: 'gliwice' },
      kind: 'greenfield',
      status: 'available',
      areaHa: 12.5,
      utilities: { electricity: { availability: 'onSite' }, gas: { availability: 'nearby' } },
    }),
    offerFacets('brown', { city: { id: 'rybnik' }, kind: 'brownfield', status: 'available', areaHa: 4.2, utilities: {} }),
  ];

  it('takes only utilities on site, in vocabulary order', () => {
    expect(facets[0]!.utilitiesOnSite).toEqual(['electricity', 'gas']);
    expect(facets[1]!.utilitiesOnSite).toEqual(['electricity']);
  });

  it('lets everything through with no filters', () => {
    expect(filterOffers(facets, { utilities: [] })).toEqual(facets);
    expect(isFiltered({ utilities: [] })).toBe(false);
  });

  it('filters by city, kind, status, area range (inclusive) and utilities on site', () => {
    const slugs = (filters: Parameters<typeof filterOffers>[1]) => filterOffers(facets, filters).map((offer) => offer.slug);
    expect(slugs({ city: 'rybnik', utilities: [] })).toEqual(['brown']);
    expect(slugs({ kind: 'hall', utilities: [] })).toEqual(['hall']);
    expect(slugs({ status: 'available', utilities: [] })).toEqual(['green', 'brown']);
    expect(slugs({ areaMin: 4.2, utilities: [] })).toEqual(['green', 'brown']);
    expect(slugs({ areaMax: 4.2, utilities: [] })).toEqual(['hall', 'brown']);
    expect(slugs({ areaMin: 2, areaMax: 5, utilities: [] })).toEqual(['brown']);
    expect(slugs({ utilities: ['electricity'] })).toEqual(['hall', 'green']);
    expect(slugs({ utilities: ['electricity', 'gas'] })).toEqual(['hall']);
    expect(slugs({ city: 'gliwice', kind: 'hall', utilities: [] })).toEqual([]);
    expect(isFiltered({ areaMin: 0, utilities: [] })).toBe(true);
  });

  it('matches one offer', () => {
    expect(matchesFilters(facets[2]!, { city: 'rybnik', status: 'available', utilities: [] })).toBe(true);
    expect(matchesFilters(facets[2]!, { utilities: ['water'] })).toBe(false);
  });
});

describe('filter state in the URL query', () => {
  it('reads what the form sends (repeated utilities) and what the island writes', () => {
    expect(filtersFromQuery('?city=rybnik&kind=hall&status=sold&areaMin=1&areaMax=10&utilities=water&utilities=electricity')).toStrictEqual(
      {
        city: 'rybnik',
        kind: 'hall',
        status: 'sold',
        areaMin: 1,
        areaMax: 10,
        utilities: ['electricity', 'water'],
      },
    );
    expect(filtersFromQuery('utilities=gas,water')).toStrictEqual({ utilities: ['gas', 'water'] });
  });

  it('treats empty fields (a form submitted as it is) as no filter', () => {
    expect(filtersFromQuery('city=&kind=&status=&areaMin=&areaMax=')).toStrictEqual({ utilities: [] });
    expect(filtersFromQuery('')).toStrictEqual({ utilities: [] });
  });

  it('ignores unknown and malformed values, accepts a decimal comma and swaps a reversed range', () => {
    expect(filtersFromQuery('kind=castle&status=maybe&utilities=wifi&areaMin=-3&city=<script>')).toStrictEqual({ utilities: [] });
    expect(filtersFromQuery('areaMin=2,5')).toStrictEqual({ areaMin: 2.5, utilities: [] });
    expect(filtersFromQuery('areaMin=10&areaMax=2')).toStrictEqual({ areaMin: 2, areaMax: 10, utilities: [] });
    expect(filtersFromQuery('city=Rybnik')).toStrictEqual({ city: 'rybnik', utilities: [] });
  });

  it('writes a stable query and reads it back unchanged', () => {
    const filters = {
      city: 'jastrzebie-zdroj',
      kind: 'brownfield' as const,
      areaMin: 0.5,
      utilities: ['water' as const, 'electricity' as const],
    };
    const query = filtersToQuery(filters);
    expect(query).toBe('city=jastrzebie-zdroj&kind=brownfield&areaMin=0.5&utilities=electricity&utilities=water');
    expect(filtersFromQuery(query)).toStrictEqual({ ...filters, utilities: ['electricity', 'water'] });
    expect(filtersToQuery({ utilities: [] })).toBe('');
  });
});

describe('labels', () => {
  it('says "to negotiate" or gives a net price per m² in the reader’s language', () => {
    expect(priceLabel('negotiable', 'en')).toBe('to negotiate');
    expect(priceLabel('negotiable', 'pl')).toBe('do negocjacji');
    expect(priceLabel(120, 'en')).toBe('PLN 120/m² net');
    expect(priceLabel(12500.5, 'pl').replace(/\s/g, ' ')).toBe('12 500,5 zł/m² netto');
    expect(areaLabel(4.2, 'de')).toBe('4,2\u00a0ha');
  });

  it('cites the category sources only for numbered mining-area categories', () => {
    expect(hasMiningCategory('0')).toBe(true);
    expect(hasMiningCategory('IV')).toBe(true);
    expect(hasMiningCategory('unknown')).toBe(false);
    expect(hasMiningCategory('notMiningArea')).toBe(false);
  });
});

describe('facetAttributes', () => {
  it('writes every facet the filter island reads back as a data attribute', () => {
    expect(
      facetAttributes({
        slug: 'hala',
        city: 'tychy',
        kind: 'hall',
        status: 'reserved',
        areaHa: 1.8,
        utilitiesOnSite: ['electricity', 'gas'],
      }),
    ).toStrictEqual({
      'data-offer-row': true,
      'data-slug': 'hala',
      'data-city': 'tychy',
      'data-kind': 'hall',
      'data-status': 'reserved',
      'data-area': 1.8,
      'data-utilities': 'electricity gas',
    });
  });
});
