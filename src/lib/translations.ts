import { allLocales, pickLocale } from '../i18n/locales';
import type { Locale } from '../site.config';

/** The texts of one entry, by locale (a locale without a file is absent). */
export type TextsByLocale<T> = Partial<Record<Locale, T>>;

export interface ResolvedTranslation<T> {
  /** The locale the page is shown in. */
  locale: Locale;
  /** Text used for the title and summary, and its locale. */
  head: T;
  headLocale: Locale;
  /** Text whose body is shown (may differ from `head` when a translation has only a title and summary). */
  body: T;
  bodyLocale: Locale;
  /** Locales with a translation of their own: these pages are indexable (DESIGN §9). */
  translatedIn: Locale[];
  /** True when the page shows another locale's title and summary. */
  isFallback: boolean;
  /** True when the title is translated but the body comes from another locale. */
  isPartial: boolean;
}

/**
 * Choose which texts to show for `locale` along its fallback chain (DESIGN §9).
 * `hasBody` tells whether a text carries a main text of its own.
 * @example resolveTranslation({ pl: a, en: b }, 'de', hasBody).headLocale // 'en'
 */
export function resolveTranslation<T>(
  texts: TextsByLocale<T>,
  locale: Locale,
  hasBody: (text: T) => boolean,
): ResolvedTranslation<T> | undefined {
  const translatedIn = allLocales.filter((code) => texts[code] !== undefined);
  const headLocale = pickLocale(translatedIn, locale);
  if (!headLocale) return undefined;
  const withBody = translatedIn.filter((code) => hasBody(texts[code]!));
  const bodyLocale = texts[locale] !== undefined && hasBody(texts[locale]) ? locale : (pickLocale(withBody, locale) ?? headLocale);
  return {
    locale,
    head: texts[headLocale]!,
    headLocale,
    body: texts[bodyLocale]!,
    bodyLocale,
    translatedIn,
    isFallback: headLocale !== locale,
    isPartial: headLocale === locale && bodyLocale !== locale,
  };
}

/**
 * Group text entries with ids `<slug>/<locale>` by slug, then by locale.
 * @example groupTexts([{ id: 'gliwice/pl' }]) // Map { 'gliwice' => { pl: {...} } }
 */
export function groupTexts<T extends { id: string }>(entries: readonly T[]): Map<string, TextsByLocale<T>> {
  const groups = new Map<string, TextsByLocale<T>>();
  for (const entry of entries) {
    const slash = entry.id.lastIndexOf('/');
    const slug = entry.id.slice(0, slash);
    const locale = entry.id.slice(slash + 1) as Locale;
    const group = groups.get(slug) ?? {};
    group[locale] = entry;
    groups.set(slug, group);
  }
  return groups;
}
