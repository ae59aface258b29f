import { langTag } from '../i18n/locales';
import type { Locale } from '../site.config';

/**
 * The `lang` attribute for an entry's title or summary: the language tag of the translation shown when it is a fallback
 * (WCAG 3.1.2), `undefined` when it is in the page's own language.
 * @example headLang({ isFallback: true, headLocale: 'en' }) // 'en'
 */
export function headLang(text: { isFallback: boolean; headLocale: Locale }): string | undefined {
  return text.isFallback ? langTag(text.headLocale) : undefined;
}

/**
 * The `lang` attributes for a page's title/summary and body when they come from a fallback translation
 * (WCAG 3.1.2); `undefined` where the text is in the page's own language.
 * @example translationLangs({ isFallback: true, headLocale: 'en', bodyLocale: 'en' }, 'de') // { headLang: 'en', bodyLang: 'en' }
 */
export function translationLangs(
  text: { isFallback: boolean; headLocale: Locale; bodyLocale: Locale },
  locale: Locale,
): { headLang?: string | undefined; bodyLang?: string | undefined } {
  return {
    headLang: headLang(text),
    bodyLang: text.bodyLocale !== locale ? langTag(text.bodyLocale) : undefined,
  };
}
