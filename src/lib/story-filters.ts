import { sectionPath } from '../i18n/paths';
import { translate } from '../i18n/translate';
import { filterValueSlug } from './filter-value-slugs';
import type { UiKey } from '../i18n/ui';
import type { Locale } from '../site.config';
import { groupStories, storyFilterKinds, type StoryFilterKind, type StoryLike } from './queries/stories';

export { storyFilterKinds, type StoryFilterKind };

/**
 * Translated sub-slugs of the filter pages, per locale (`/pl/historie-sukcesu/miasto/gliwice/`,
 * `/en/success-stories/city/gliwice/`). Like section slugs, city portals may link to them:
 * never rename one without a redirect. The values after them (city, sector, topic) are shared by all locales.
 */
export const storyFilterSlugs: Record<Locale, Record<StoryFilterKind, string>> = {
  pl: { city: 'miasto', sector: 'sektor', topic: 'temat' },
  en: { city: 'city', sector: 'sector', topic: 'topic' },
  de: { city: 'stadt', sector: 'sektor', topic: 'thema' },
  cs: { city: 'mesto', sector: 'sektor', topic: 'tema' },
};

/**
 * Site path of a filter page of the success stories.
 * @example storyFilterPath('pl', 'city', 'gliwice') // '/pl/historie-sukcesu/miasto/gliwice/'
 */
export function storyFilterPath(locale: Locale, kind: StoryFilterKind, value: string): string {
  return `${sectionPath(locale, 'stories')}${storyFilterSlugs[locale][kind]}/${filterValueSlug(locale, value)}/`;
}

/** Names of the member cities in one language, by city slug. */
export type CityNames = ReadonlyMap<string, string>;

/**
 * A filter value as visitors read it: the city's name, the sector's or the topic's label in `locale`.
 * @example storyFilterLabel('en', 'topic', 'methane-use', new Map()) // 'Use of coal-mine methane'
 */
export function storyFilterLabel(locale: Locale, kind: StoryFilterKind, value: string, cityNames: CityNames): string {
  if (kind === 'city') return cityNames.get(value) ?? value;
  return translate(locale, kind === 'sector' ? (`sector.${value}` as UiKey) : (`topic.${value}` as UiKey));
}

/** One link of the filter navigation. */
export interface StoryFilterLink {
  kind: StoryFilterKind;
  value: string;
  label: string;
  path: string;
  count: number;
}

/**
 * The filter links of one kind: only values that have stories, in the configured order, with how many each has.
 * @example storyFilterLinks(stories, 'pl', 'city', names)[0].path // '/pl/historie-sukcesu/miasto/katowice/'
 */
export function storyFilterLinks(
  stories: readonly StoryLike[],
  locale: Locale,
  kind: StoryFilterKind,
  cityNames: CityNames,
): StoryFilterLink[] {
  return [...groupStories(stories, kind)].map(([value, group]) => ({
    kind,
    value,
    label: storyFilterLabel(locale, kind, value, cityNames),
    path: storyFilterPath(locale, kind, value),
    count: group.length,
  }));
}
