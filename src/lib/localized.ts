import { fallbackChain } from '../i18n/locales';
import type { Locale } from '../site.config';

/**
 * Pick a short localized string (alt text, label) along the fallback chain, with the locale it is in.
 * @example localized({ pl: 'Herb', en: 'Coat of arms' }, 'de') // { text: 'Coat of arms', locale: 'en' }
 */
export function localized(value: Partial<Record<Locale, string>>, locale: Locale): { text: string; locale: Locale } {
  for (const candidate of fallbackChain(locale)) {
    const text = value[candidate];
    if (text) return { text, locale: candidate };
  }
  throw new Error(`no text in any language for ${JSON.stringify(value)}`);
}

/**
 * A text given either once for every language or per language (`textOrLocalizedSchema`: a credit, a funding line), as
 * the reader gets it: one string as it stands, in the page's language; a string per language along the fallback chain.
 * @example localizedText('Photo: ACME', 'de') // { text: 'Photo: ACME', locale: 'de' }
 */
export function localizedText(value: string | Partial<Record<Locale, string>>, locale: Locale): { text: string; locale: Locale };
export function localizedText(
  value: string | Partial<Record<Locale, string>> | undefined,
  locale: Locale,
): { text: string; locale: Locale } | undefined;
export function localizedText(
  value: string | Partial<Record<Locale, string>> | undefined,
  locale: Locale,
): { text: string; locale: Locale } | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? { text: value, locale } : localized(value, locale);
}

/**
 * A foreign partner city's name in the reader's language where that language has one of its own (Köln: Kolonia,
 * Cologne, Kolín nad Rýnem), else the city's own name.
 * @example partnerCityName({ name: 'Köln', names: { pl: 'Kolonia', en: 'Cologne', de: 'Köln', cs: 'Kolín nad Rýnem' } }, 'cs') // 'Kolín nad Rýnem'
 */
export function partnerCityName(city: { name: string; names?: Partial<Record<Locale, string>> | undefined }, locale: Locale): string {
  return city.names ? localized(city.names, locale).text : city.name;
}
