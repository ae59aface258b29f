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
