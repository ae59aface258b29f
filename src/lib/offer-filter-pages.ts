import { offerKinds } from '../data/vocabularies';
import { sectionPath } from '../i18n/paths';
import { translate } from '../i18n/translate';
import type { UiKey } from '../i18n/ui';
import { filterValueSlug } from './filter-value-slugs';
import { memoPerObject } from './memo';
import { cityOrder, type Locale } from '../site.config';

/** The static filter pages of the investment offers: one per city and one per kind of offer that has offers. */
export const offerFilterKinds = ['city', 'kind'] as const;
export type OfferFilterKind = (typeof offerFilterKinds)[number];

/**
 * Translated sub-slugs of the offers' filter pages, per locale (`/pl/oferty-inwestycyjne/miasto/gliwice/`,
 * `/en/investment-offers/kind/hall/`). City portals may link to them: never rename one without a redirect.
 * The values after them (city slugs, offer-kind keys) are shared by all locales.
 */
export const offerFilterSlugs: Record<Locale, Record<OfferFilterKind, string>> = {
  pl: { city: 'miasto', kind: 'rodzaj' },
  en: { city: 'city', kind: 'kind' },
  de: { city: 'stadt', kind: 'art' },
  cs: { city: 'mesto', kind: 'druh' },
};

/** An offer as far as its filter pages are concerned. */
export interface OfferFilterable {
  slug: string;
  facts: { data: { city: { id: string }; kind: string } };
}

/**
 * Site path of a filter page of the offers.
 * @example offerFilterPath('pl', 'city', 'gliwice') // '/pl/oferty-inwestycyjne/miasto/gliwice/'
 */
export function offerFilterPath(locale: Locale, kind: OfferFilterKind, value: string): string {
  return `${sectionPath(locale, 'offers')}${offerFilterSlugs[locale][kind]}/${kind === 'kind' ? filterValueSlug(locale, value) : value}/`;
}

/**
 * A filter value as visitors read it: the city's name (its slug when `cityNames` lacks it) or the kind's label in `locale`.
 * @example offerFilterLabel('en', 'kind', 'hall', new Map()) // 'hall'
 */
export function offerFilterLabel(locale: Locale, kind: OfferFilterKind, value: string, cityNames: ReadonlyMap<string, string>): string {
  return kind === 'city' ? (cityNames.get(value) ?? value) : translate(locale, `offerKinds.${value}` as UiKey);
}

/**
 * The offers grouped by city or by kind, in the configured order (cities as in `cityOrder`, kinds as in the vocabulary),
 * each group keeping the order of `offers`; values without offers are left out. Worked out once per offers array and
 * kind (the filter navigation of every list page asks again): treat the result as read-only.
 * @example groupOffers(offers, 'city').get('gliwice') // the offers in Gliwice
 */
export function groupOffers<O extends OfferFilterable>(offers: readonly O[], kind: OfferFilterKind): ReadonlyMap<string, readonly O[]> {
  return groupedOffers(offers, kind) as ReadonlyMap<string, readonly O[]>;
}

const groupedOffers = memoPerObject(
  (offers: readonly OfferFilterable[], kind: OfferFilterKind): ReadonlyMap<string, readonly OfferFilterable[]> => {
    const order: readonly string[] = kind === 'city' ? cityOrder : offerKinds;
    const valueOf = (offer: OfferFilterable) => (kind === 'city' ? offer.facts.data.city.id : offer.facts.data.kind);
    const groups = new Map<string, OfferFilterable[]>();
    for (const value of order) {
      const matching = offers.filter((offer) => valueOf(offer) === value);
      if (matching.length > 0) groups.set(value, matching);
    }
    return groups;
  },
);
