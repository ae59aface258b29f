import { langTag } from '../i18n/locales';
import { defaultLocale, type Locale } from '../site.config';

/**
 * The `lang` to put on a name or title from the facts files: those are written in Polish (the default locale) unless a
 * `lang` field says otherwise, and the attribute is needed only where that differs from the page's language.
 * @example foreignLang(undefined, 'de') // 'pl'
 * @example foreignLang('en', 'en') // undefined
 */
export function foreignLang(lang: string | undefined, locale: Locale): string | undefined {
  const own = lang ?? langTag(defaultLocale);
  return own === langTag(locale) ? undefined : own;
}
