import { translate } from '../../i18n/translate';
import { formatNumber } from '../format';
import type { Locale } from '../../site.config';

/**
 * An offer's price for people: "PLN 120/m² net" or "to negotiate", in the reader's language.
 * @example priceLabel('negotiable', 'en') // 'to negotiate'
 */
export function priceLabel(price: number | 'negotiable', locale: Locale): string {
  return price === 'negotiable'
    ? translate(locale, 'offers.negotiable')
    : translate(locale, 'offers.price', { price: formatNumber(price, locale) });
}

/**
 * An area in hectares with its unit. @example areaLabel(4.2, 'pl') // '4,2 ha'
 */
export function areaLabel(hectares: number, locale: Locale): string {
  return `${formatNumber(hectares, locale)}\u00a0ha`;
}

/**
 * A distance in km or m with its unit. @example distanceLabel(1.5, 'km', 'de') // '1,5 km'
 */
export function distanceLabel(value: number, unit: 'km' | 'm' | 'm²', locale: Locale): string {
  return `${formatNumber(value, locale)}\u00a0${unit}`;
}
