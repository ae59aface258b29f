import { absoluteUrl, entryPath, homePath } from '../../i18n/paths';
import { langTag } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import { cluster, listBounds, type Locale } from '../../site.config';
import { feedPath, jsonFeedPath } from '../feed-paths';
import { latestDate } from '../format';
import type { FeedInput } from '../feeds';
import { memoPerObject } from '../memo';
import { textFor } from './entries';
import { feedItems } from './feed-items';
import type { SiteContent } from './site-content';

/** The two formats every feed is published in. */
export type FeedFormat = 'rss' | 'json';

/**
 * What the RSS feed and the JSON Feed of a locale (or of one member city in it) say: the same title, items and dates,
 * only the feed's own URL differs by format. The newest `listBounds.feedItems` stories and events only.
 * @example feedInput(content, 'pl', 'json', 'gliwice').feedUrl // 'https://…/pl/miasta/gliwice/feed.json'
 */
export function feedInput(content: SiteContent, locale: Locale, format: FeedFormat, citySlug?: string): FeedInput {
  const ownPath = format === 'rss' ? feedPath(locale, citySlug) : jsonFeedPath(locale, citySlug);
  const sections = `${translate(locale, 'section.stories')} · ${translate(locale, 'section.events')}`;
  const city = citySlug === undefined ? undefined : content.cities.find((candidate) => candidate.slug === citySlug);
  if (citySlug !== undefined && !city) throw new Error(`No city "${citySlug}" for its feed.`);
  const name = city ? textFor(city, locale).head.data.title : undefined;
  const items = [...newestFeedItems(content, `${locale} ${city?.slug ?? ''}`)];
  return {
    title: name ? `${name} – ${cluster.shortName}` : cluster.name[locale],
    description: name ? `${sections}: ${name}` : sections,
    link: absoluteUrl(city ? entryPath(locale, 'cities', city.slug) : homePath(locale)),
    feedUrl: absoluteUrl(ownPath),
    language: langTag(locale),
    // The newest item's date, not the build date: a rebuild of the same content gives the same feed. A feed without
    // items is dated by nothing in it: the Unix epoch.
    updated: latestDate(items.map((item) => item.date)) ?? new Date(0),
    copyright: cluster.name[locale],
    items,
  };
}

/**
 * The items of a locale's feed (key `<locale> <city slug or nothing>`), made once per build for both formats: the RSS
 * feed and the JSON Feed of a locale or city carry the same items.
 */
const newestFeedItems = memoPerObject((content: SiteContent, key: string) => {
  const [locale, city] = key.split(' ') as [Locale, string];
  return newestItems(feedItems(content, locale, city || undefined), listBounds.feedItems);
});

/**
 * The newest `n` items, newest first (ties by URL, so the cut is stable): a feed reader polls a feed often, so it carries
 * what is new, not the archive (the lists' pages do).
 * @example newestItems(items, 30).length // at most 30
 */
export function newestItems<I extends { date: Date; url: string }>(items: readonly I[], n: number): I[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.url.localeCompare(b.url)).slice(0, Math.max(0, n));
}
