/**
 * Filtering of investment offers: one pure function shared by the build and the browser island
 * on the offers index. It must not import `site.config.ts` (which reads `process.env`).
 */
import { utilityKinds } from '../../data/vocabularies';
import type { OfferKind, OfferStatus, UtilityAvailability, UtilityKind } from './vocabulary';

/** What the filters look at in one offer: plain data, also written into the index page's rows. */
export interface OfferFacets {
  slug: string;
  /** City slug. */
  city: string;
  kind: OfferKind;
  status: OfferStatus;
  /** Total area in hectares. */
  areaHa: number;
  /** Utilities available on the site itself, in vocabulary order. */
  utilitiesOnSite: UtilityKind[];
}

/**
 * The data attributes that carry an offer's facets on each element listing it (a table row, a card), read back by the
 * filter island of the offers index.
 * @example facetAttributes({ slug: 's', city: 'tychy', kind: 'hall', status: 'available', areaHa: 2, utilitiesOnSite: ['gas'] })['data-utilities'] // 'gas'
 */
export function facetAttributes(facets: OfferFacets): Record<string, string | number | boolean> {
  return {
    'data-offer-row': true,
    'data-slug': facets.slug,
    'data-city': facets.city,
    'data-kind': facets.kind,
    'data-status': facets.status,
    'data-area': facets.areaHa,
    'data-utilities': facets.utilitiesOnSite.join(' '),
  };
}

/** A visitor's filter choices; an absent field does not filter. */
export interface OfferFilters {
  city?: string | undefined;
  kind?: OfferKind | undefined;
  status?: OfferStatus | undefined;
  /** Smallest and largest total area in hectares, inclusive. */
  areaMin?: number | undefined;
  areaMax?: number | undefined;
  /** Every one of these must be on site. */
  utilities: UtilityKind[];
}

/** Filters that let every offer through. */
export const noFilters: Readonly<OfferFilters> = Object.freeze({ utilities: [] });

/**
 * The facets of an offer from its facts (`offer.yaml` data).
 * @example offerFacets('x', { city: { id: 'rybnik' }, kind: 'hall', status: 'available', areaHa: 2, utilities: { water: { availability: 'onSite' } } }).utilitiesOnSite // ['water']
 */
export function offerFacets(
  slug: string,
  data: {
    city: { id: string };
    kind: OfferKind;
    status: OfferStatus;
    areaHa: number;
    utilities: Partial<Record<UtilityKind, { availability: UtilityAvailability }>>;
  },
): OfferFacets {
  return {
    slug,
    city: data.city.id,
    kind: data.kind,
    status: data.status,
    areaHa: data.areaHa,
    utilitiesOnSite: utilityKinds.filter((kind) => data.utilities[kind]?.availability === 'onSite'),
  };
}

/**
 * True when an offer passes every filter that is set.
 * @example matchesFilters({ slug: 'x', city: 'rybnik', kind: 'hall', status: 'available', areaHa: 2, utilitiesOnSite: [] }, { city: 'gliwice', utilities: [] }) // false
 */
export function matchesFilters(offer: OfferFacets, filters: OfferFilters): boolean {
  if (filters.city && offer.city !== filters.city) return false;
  if (filters.kind && offer.kind !== filters.kind) return false;
  if (filters.status && offer.status !== filters.status) return false;
  if (filters.areaMin !== undefined && offer.areaHa < filters.areaMin) return false;
  if (filters.areaMax !== undefined && offer.areaHa > filters.areaMax) return false;
  return filters.utilities.every((utility) => offer.utilitiesOnSite.includes(utility));
}

/**
 * The offers that pass the filters, in their original order.
 * @example filterOffers(all, { kind: 'hall', utilities: ['electricity'] }).map((o) => o.slug) // ['hall-with-power']
 */
export function filterOffers<O extends OfferFacets>(offers: readonly O[], filters: OfferFilters): O[] {
  return offers.filter((offer) => matchesFilters(offer, filters));
}

/**
 * True when at least one filter is set.
 * @example isFiltered({ utilities: [] }) // false
 */
export function isFiltered(filters: OfferFilters): boolean {
  return Boolean(
    filters.city ||
    filters.kind ||
    filters.status ||
    filters.areaMin !== undefined ||
    filters.areaMax !== undefined ||
    filters.utilities.length > 0,
  );
}
