import { translate } from '../i18n/translate';
import type { UiKey } from '../i18n/ui';
import { cityAliases, sectorAliases, topicAliases } from '../data/search-aliases';
import type { CitySlug, Locale } from '../site.config';
import type { SearchMeta } from './page-meta';

/**
 * A city's other names in `locale` (exonyms, Czech inflected forms), for its own page's search index; none for a
 * city the table does not know.
 * @example cityAliasesFor('katowice', 'de') // ['Kattowitz']
 */
export function cityAliasesFor(city: string, locale: Locale): string[] {
  return [...((cityAliases as Partial<Record<string, (typeof cityAliases)[CitySlug]>>)[city]?.[locale] ?? [])];
}

/**
 * The inflected forms of the sectors and topics a page is tagged with, found from their labels in `locale`
 * (the filter values of `SearchMeta` are labels in the page's language).
 * @example filterAliasesFor('cs', { topic: ['Využití důlního metanu'] }) // ['využitím důlního metanu', 'důlní metan', …]
 */
export function filterAliasesFor(locale: Locale, filters: SearchMeta['filters']): string[] {
  const forms = (
    labels: readonly string[] | undefined,
    table: Partial<Record<string, Partial<Record<Locale, readonly string[]>>>>,
    prefix: 'sector' | 'topic',
  ) =>
    Object.entries(table).flatMap(([key, aliases]) =>
      labels?.includes(translate(locale, `${prefix}.${key}` as UiKey)) ? (aliases?.[locale] ?? []) : [],
    );
  return [...new Set([...forms(filters?.sector, sectorAliases, 'sector'), ...forms(filters?.topic, topicAliases, 'topic')])];
}
