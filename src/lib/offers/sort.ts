import { cityOrder } from '../../site.config';
import { offerStatuses } from '../../data/vocabularies';
import type { OfferStatus } from './vocabulary';

/** What sorting and per-city lists need of an offer (a joined `Offer` from the site content fits). */
export interface SortableOffer {
  slug: string;
  facts: { data: { status: OfferStatus; city: { id: string }; lastVerified: Date } };
}

const rank = (list: readonly string[], value: string) => (list.includes(value) ? list.indexOf(value) : list.length);

/**
 * Offers in the order visitors see them: available first, then reserved, then sold; within a status
 * by the cities' order in `site.config.ts`, then most recently verified first, then by slug.
 * @example sortOffers(offers).map((o) => o.slug) // ['a-katowice-available', 'b-rybnik-available', 'c-gliwice-sold']
 */
export function sortOffers<O extends SortableOffer>(offers: readonly O[]): O[] {
  return [...offers].sort((a, b) => {
    const x = a.facts.data;
    const y = b.facts.data;
    return (
      rank(offerStatuses, x.status) - rank(offerStatuses, y.status) ||
      rank(cityOrder, x.city.id) - rank(cityOrder, y.city.id) ||
      y.lastVerified.getTime() - x.lastVerified.getTime() ||
      a.slug.localeCompare(b.slug)
    );
  });
}

/**
 * The offers in one city, sorted as everywhere else.
 * @example offersForCity(offers, 'rybnik').every((o) => o.facts.data.city.id === 'rybnik') // true
 */
export function offersForCity<O extends SortableOffer>(offers: readonly O[], citySlug: string): O[] {
  return sortOffers(offers.filter((offer) => offer.facts.data.city.id === citySlug));
}
