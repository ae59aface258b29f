import type { Locale } from '../../site.config';
import { offerFacets } from '../offers/filter';
import { isStale } from '../offers/stale';
import { textFor } from './entries';
import { cityOfOffer } from './offers';
import type { City, Offer } from './site-content';

/**
 * What a list of offers shows per offer, in the reader's language: the offer's text, its city's text, its filter facets
 * and whether its facts are stale at `asOf`. Shared by the offers table and the offer cards of narrow screens.
 */
export function offerRows(offers: readonly Offer[], cities: readonly City[], locale: Locale, asOf: Date) {
  return offers.map((offer) => ({
    offer,
    data: offer.facts.data,
    text: textFor(offer, locale),
    city: textFor(cityOfOffer(offer, cities), locale),
    facets: offerFacets(offer.slug, offer.facts.data),
    stale: isStale(offer.facts.data.lastVerified, asOf),
  }));
}

export type OfferRow = ReturnType<typeof offerRows>[number];
