import { localeCodes, type Locale } from '../../site.config';
import { latestDate } from '../format';
import { offerRecord, type OfferRecord } from '../offers/open-data';
import { sortOffers } from '../offers/sort';
import type { City, Offer } from './site-content';

/**
 * The city an offer lies in (the reference is checked at build time, so it exists).
 * @example cityOfOffer(offer, cities).slug // 'rybnik'
 */
export function cityOfOffer(offer: Offer, cities: readonly City[]): City {
  const city = cities.find((candidate) => candidate.slug === offer.facts.data.city.id);
  if (!city) throw new Error(`${offer.facts.filePath ?? offer.slug}: city "${offer.facts.data.city.id}" not found`);
  return city;
}

/**
 * All offers as open-data records, in the site's order; `asOf` (the build date) decides `stale`.
 * @example offerRecords(offers, cities, buildDate)[0].id // 'przyklad-teren-inwestycyjny-gliwice'
 */
export function offerRecords(offers: readonly Offer[], cities: readonly City[], asOf: Date): OfferRecord[] {
  return sortOffers(offers).map((offer) =>
    offerRecord(
      {
        slug: offer.slug,
        data: offer.facts.data,
        titles: Object.fromEntries(
          localeCodes.flatMap((code) => (offer.texts[code] ? [[code, offer.texts[code].data.title]] : [])),
        ) as Partial<Record<Locale, string>>,
        cityName: cityOfOffer(offer, cities).facts.data.name,
      },
      asOf,
    ),
  );
}

/**
 * When a list of offers last changed: the latest of their `updated` and `lastVerified` dates (a check is news too).
 * @example offersUpdated(page.items) // the newest of the page's dates
 */
export function offersUpdated(
  offers: readonly { facts: { data: { updated?: Date | undefined; lastVerified: Date } } }[],
): Date | undefined {
  return latestDate(offers.flatMap((offer) => [offer.facts.data.updated, offer.facts.data.lastVerified]));
}
