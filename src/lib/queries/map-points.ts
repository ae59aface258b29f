import { langTag } from '../../i18n/locales';
import { entryPath } from '../../i18n/paths';
import type { Locale } from '../../site.config';
import { textFor } from './entries';
import type { Offer } from './site-content';

/** Offers as points for `RegionMap`, labelled in the reader's language (with `lang` when a fallback). */
export function offerMapPoints(offers: readonly Offer[], locale: Locale) {
  return offers.map((offer) => {
    const text = textFor(offer, locale);
    return {
      id: offer.slug,
      label: text.head.data.title,
      lang: text.isFallback ? langTag(text.headLocale) : undefined,
      lat: offer.facts.data.location.lat,
      lon: offer.facts.data.location.lon,
      path: entryPath(locale, 'offers', offer.slug),
      example: offer.facts.data.example,
    };
  });
}
