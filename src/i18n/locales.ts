import { defaultLocale, localeCodes, locales, type Locale } from '../site.config';
import { displayNames } from '../lib/intl-cache';

/** All locale codes, default first. */
export const allLocales: readonly Locale[] = localeCodes;

/** Type guard: is `value` one of the configured locale codes? @example isLocale('pl') // true */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

/** BCP 47 tag for `lang`/`hreflang`/`Intl`. @example langTag('cs') // 'cs' */
export function langTag(locale: Locale): string {
  return locales[locale].lang;
}

/**
 * Open Graph locale (`language_TERRITORY`), from the locale's `Intl` tag.
 * @example ogLocale('pl') // 'pl_PL'
 */
export function ogLocale(locale: Locale): string {
  const [language, region] = locales[locale].intl.split('-');
  return region ? `${language}_${region.toUpperCase()}` : `${language}`;
}

/**
 * The locales whose text may stand in for `locale`, best first, starting with `locale` itself
 * and always ending with the default locale.
 * @example fallbackChain('de') // ['de', 'en', 'pl']
 */
export function fallbackChain(locale: Locale): Locale[] {
  const chain = [locale, ...locales[locale].fallback];
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}

/**
 * Choose which available translation to show in `locale`.
 * Returns `undefined` only when nothing is available.
 * @example pickLocale(['pl', 'en'], 'de') // 'en'
 */
export function pickLocale(available: readonly Locale[], locale: Locale): Locale | undefined {
  return fallbackChain(locale).find((candidate) => available.includes(candidate)) ?? available[0];
}

/**
 * The name of a language, written in the reader's language, via `Intl.DisplayNames`.
 * @example languageName('pl', 'en') // 'Polish'
 */
export function languageName(of: Locale, inLocale: Locale): string {
  const names = displayNames(langTag(inLocale), { type: 'language' });
  return names.of(langTag(of)) ?? of;
}
