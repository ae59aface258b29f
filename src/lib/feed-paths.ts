import { entryPath } from '../i18n/paths';
import type { Locale } from '../site.config';

/**
 * Site path of the RSS feed of a locale, or of one city in it.
 * @example feedPath('en') // '/en/rss.xml'
 * @example feedPath('de', 'rybnik') // '/de/staedte/rybnik/rss.xml'
 */
export function feedPath(locale: Locale, city?: string): string {
  return city ? `${entryPath(locale, 'cities', city)}rss.xml` : `/${locale}/rss.xml`;
}

/**
 * Site path of the JSON Feed of a locale, or of one city in it (next to the RSS feed).
 * @example jsonFeedPath('pl') // '/pl/feed.json'
 * @example jsonFeedPath('pl', 'gliwice') // '/pl/miasta/gliwice/feed.json'
 */
export function jsonFeedPath(locale: Locale, city?: string): string {
  return city ? `${entryPath(locale, 'cities', city)}feed.json` : `/${locale}/feed.json`;
}
