import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedPath, jsonFeedPath } from '../../src/lib/feed-paths';
import { cityOrder, localeCodes, locales } from '../../src/site.config';
import { fileOf, page, pathOf, testOrigin, testSiteDir } from '../helpers/site';

/** Every `feed.json` of the built site. */
function feedFiles(folder = testSiteDir): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const full = join(folder, name);
      return statSync(full).isDirectory() ? feedFiles(full) : name === 'feed.json' ? [full] : [];
    })
    .sort();
}

/** RFC 3339 date-time (what JSON Feed 1.1 requires for dates). */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a document by the JSON Feed 1.1 specification's required and typed fields, as lines. */
function specProblems(feed: unknown): string[] {
  if (!isObject(feed)) return ['not a JSON object'];
  const problems: string[] = [];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push(`version ${String(feed.version)}`);
  for (const key of ['title', 'home_page_url', 'feed_url', 'language'])
    if (typeof feed[key] !== 'string' || feed[key] === '') problems.push(`${key} missing`);
  if (!Array.isArray(feed.items)) return [...problems, 'items is not an array'];
  feed.items.forEach((item: unknown, index) => {
    if (!isObject(item)) return problems.push(`item ${index} is not an object`);
    if (typeof item.id !== 'string' || item.id === '') problems.push(`item ${index}: no id`);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
      problems.push(`item ${index}: neither content_html nor content_text`);
    for (const key of ['date_published', 'date_modified'])
      if (key in item && !rfc3339.test(String(item[key]))) problems.push(`item ${index}: ${key} ${String(item[key])} is not RFC 3339`);
    return undefined;
  });
  return problems;
}

const rssLinks = (path: string) => {
  const items = new XMLParser().parse(readFileSync(fileOf(path), 'utf8')).rss.channel.item ?? [];
  return (Array.isArray(items) ? items : [items]).map((item: { link: string }) => item.link);
};
const json = (path: string) =>
  JSON.parse(readFileSync(fileOf(path), 'utf8')) as {
    feed_url: string;
    home_page_url: string;
    language: string;
    items: { id: string; title: string }[];
  };

describe('JSON Feeds', () => {
  it('exist per locale and per city and locale, each valid JSON Feed 1.1', () => {
    const files = feedFiles();
    expect(files).toHaveLength(localeCodes.length * (1 + cityOrder.length));
    for (const file of files) expect(specProblems(JSON.parse(readFileSync(file, 'utf8'))), file).toEqual([]);
  });

  it.each(localeCodes)('in %s hold the same items as the RSS feeds, in the same order, with their own address and language', (locale) => {
    for (const city of [undefined, ...cityOrder]) {
      const feed = json(jsonFeedPath(locale, city));
      expect(feed.feed_url).toBe(`${testOrigin}${jsonFeedPath(locale, city)}`);
      expect(feed.language).toBe(locales[locale].lang);
      expect(feed.items.map((item) => item.id)).toEqual(rssLinks(feedPath(locale, city)));
    }
    expect(json(jsonFeedPath(locale)).items.length).toBeGreaterThan(10);
  });

  it('mark example entries in titles, as the RSS feeds do', () => {
    expect(json(jsonFeedPath('en')).items.some((item) => item.title.endsWith('(example)'))).toBe(true);
  });

  it('are linked from pages next to the RSS feed: the locale’s on every page, the city’s on its city page', () => {
    const home = page('/de/');
    expect(pathOf(home('link[rel="alternate"][type="application/feed+json"]').attr('href')!)).toBe(jsonFeedPath('de'));
    const city = page('/pl/miasta/gliwice/');
    const hrefs = city('link[rel="alternate"][type="application/feed+json"]')
      .map((_, link) => city(link).attr('href'))
      .get();
    expect(hrefs).toEqual([jsonFeedPath('pl'), jsonFeedPath('pl', 'gliwice')]);
  });
});
