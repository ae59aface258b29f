import { entryPath } from '../../i18n/paths';
import { cityOrder, listBounds, type Locale } from '../../site.config';
import { offerFilterPath } from '../offer-filter-pages';
import { textFor } from './entries';
import type { City, Offer } from './site-content';
import { headLang } from '../translation-langs';

/** Offers as points for `RegionMap`, labelled in the reader's language (with `lang` when a fallback). */
export function offerMapPoints(offers: readonly Offer[], locale: Locale) {
  return offers.map((offer) => {
    const text = textFor(offer, locale);
    return {
      id: offer.slug,
      label: text.head.data.title,
      lang: headLang(text),
      lat: offer.facts.data.location.lat,
      lon: offer.facts.data.location.lon,
      path: entryPath(locale, 'offers', offer.slug),
      example: offer.facts.data.example,
    };
  });
}

/**
 * How many of some offers are in each city, in the cities' order (`cityOrder`, then others by name); cities without
 * offers left out.
 * @example countByCity([{ facts: { data: { city: { id: 'rybnik' } } } }, { facts: { data: { city: { id: 'gliwice' } } } }]) // Map { 'gliwice' => 1, 'rybnik' => 1 }
 */
export function countByCity(offers: readonly { facts: { data: { city: { id: string } } } }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const offer of offers) counts.set(offer.facts.data.city.id, (counts.get(offer.facts.data.city.id) ?? 0) + 1);
  const order: readonly string[] = cityOrder;
  const rank = (city: string) => (order.includes(city) ? order.indexOf(city) : order.length);
  return new Map([...counts].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

/**
 * The markers of a map of offers, bounded (`listBounds.mapMarkers`): one per offer while there are at most `limit`,
 * otherwise one per city at the city's place, carrying the number of its offers and linking to the city's offers
 * page. However many offers the cluster lists, the map's SVG and its list keep the size of a few dozen markers.
 * @example offerMapMarkers(offers, cities, 'pl', 2).every((point) => point.count !== undefined) // true for 3 offers or more
 */
export function offerMapMarkers(offers: readonly Offer[], cities: readonly City[], locale: Locale, limit: number = listBounds.mapMarkers) {
  if (offers.length <= limit) return offerMapPoints(offers, locale);
  return [...countByCity(offers)].flatMap(([slug, count]) => {
    const city = cities.find((candidate) => candidate.slug === slug);
    if (!city) return [];
    const text = textFor(city, locale);
    return [
      {
        id: `city-${slug}`,
        label: text.head.data.title,
        lang: headLang(text),
        lat: city.facts.data.location.lat,
        lon: city.facts.data.location.lon,
        path: offerFilterPath(locale, 'city', slug),
        count,
      },
    ];
  });
}
