import { XMLParser } from 'fast-xml-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath } from '../../src/i18n';
import { parseSequenceTable } from '../../src/lib/calendar-sequence';
import { feedPath } from '../../src/lib/feed-paths';
import { cityOrder, localeCodes } from '../../src/site.config';
import { fileOf, page, testOrigin, testSiteDir } from '../helpers/site';
import { elements, strictXml } from '../helpers/xml';

interface RssItem {
  title: string;
  link: string;
  pubDate: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const parser = new XMLParser({ ignoreAttributes: false });
function items(path: string): RssItem[] {
  const rss = parser.parse(readFileSync(fileOf(path), 'utf8')).rss;
  expect(rss['@_version']).toBe('2.0');
  const list = rss.channel.item ?? [];
  return Array.isArray(list) ? list : [list];
}

/** Every `rss.xml` file of the built site. */
function feedFiles(folder = testSiteDir): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const full = join(folder, name);
      return statSync(full).isDirectory() ? feedFiles(full) : name === 'rss.xml' ? [full] : [];
    })
    .sort();
}

describe('RSS feeds', () => {
  it('are all well-formed XML 1.0 for a strict parser (no control characters, no stray "]]>")', () => {
    const files = feedFiles();
    // One feed per locale, plus one per member city in every locale.
    expect(files).toHaveLength(localeCodes.length * (1 + cityOrder.length));
    for (const file of files) {
      const root = strictXml(readFileSync(file, 'utf8'));
      expect(root.name, file).toBe('rss');
      expect(elements(root, 'channel'), file).toHaveLength(1);
    }
  });

  it.each(localeCodes)(
    'the %s feed is valid RSS 2.0 holding stories and events in that language, none dated after its content was recorded',
    (locale) => {
      const list = items(feedPath(locale));
      expect(list.length).toBeGreaterThan(10);
      // Dates come from content (an event is filed under the day content/calendar-sequence.yaml recorded it, or its start
      // when earlier), never from the build date, so the pinned build date of the test build is no limit.
      const recorded = Object.values(parseSequenceTable(readFileSync(join(root, 'content/calendar-sequence.yaml'), 'utf8'))).map(
        (entry) => entry.since,
      );
      expect(recorded.length).toBeGreaterThan(5);
      const limit = new Date(`${[...recorded].sort().at(-1)}T23:59:59Z`).getTime();
      for (const item of list) {
        expect(item.link.startsWith(`${testOrigin}/${locale}/`), item.link).toBe(true);
        expect(new Date(item.pubDate).getTime(), item.link).toBeLessThanOrEqual(limit);
      }
      expect(list.some((item) => item.link.includes(sectionPath(locale, 'stories')))).toBe(true);
      expect(list.some((item) => item.link.includes(sectionPath(locale, 'events')))).toBe(true);
    },
  );

  it('dates a past event by its start and an upcoming one by the day it was recorded, and the feed by its newest item', () => {
    const table = parseSequenceTable(readFileSync(join(root, 'content/calendar-sequence.yaml'), 'utf8'));
    const list = items(feedPath('en'));
    const dateOf = (slug: string) => list.find((item) => item.link === `${testOrigin}${entryPath('en', 'events', slug)}`)?.pubDate;
    // 29 May 2006, midnight in Warsaw.
    expect(new Date(dateOf('future-eu-energy-mix-2006')!).toISOString()).toBe('2006-05-28T22:00:00.000Z');
    const since = table['przyklad-warsztaty-dla-msp-2027']!.since;
    expect(new Date(dateOf('przyklad-warsztaty-dla-msp-2027')!).toISOString().slice(0, 10) <= since).toBe(true);
    expect(new Date(dateOf('przyklad-warsztaty-dla-msp-2027')!).getTime()).toBeLessThan(new Date('2027-01-01').getTime());
    const channel = parser.parse(readFileSync(fileOf(feedPath('en')), 'utf8')).rss.channel as { lastBuildDate: string };
    expect(new Date(channel.lastBuildDate).getTime()).toBe(Math.max(...list.map((item) => new Date(item.pubDate).getTime())));
  });

  it('marks example entries in feed titles', () => {
    const titles = items(feedPath('en')).map((item) => item.title);
    expect(titles.some((title) => title.endsWith('(example)'))).toBe(true);
  });

  it('has a feed per city with only that city’s items, linked from the city page', () => {
    for (const city of cityOrder) {
      const path = feedPath('pl', city);
      const list = items(path);
      const all = items(feedPath('pl'));
      expect(list.length).toBeLessThanOrEqual(all.length);
      expect(page(entryPath('pl', 'cities', city))(`link[rel="alternate"][type="application/rss+xml"][href="${path}"]`).length).toBe(1);
    }
    const gliwice = items(feedPath('en', 'gliwice')).map((item) => item.link);
    expect(gliwice).toContain(`${testOrigin}${entryPath('en', 'events', 'fixture-all-day-event')}`);
    expect(items(feedPath('en', 'rybnik')).map((item) => item.link)).not.toContain(
      `${testOrigin}${entryPath('en', 'events', 'fixture-all-day-event')}`,
    );
  });
});

describe('city and home pages list related content', () => {
  it('a city page lists its stories, events calendar, offers and partners', () => {
    // Rybnik has a fixture story and a fixture partner (tests/fixtures/site-content/).
    const $ = page(entryPath('en', 'cities', 'rybnik'));
    expect($('#city-stories').length).toBe(1);
    expect(
      $('section[aria-labelledby="city-stories"] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain(entryPath('en', 'stories', 'fixture-pl-en-story'));
    expect($('#city-events').length).toBe(1);
    expect($('#city-partners-here').length).toBe(1);
    expect(
      $('section[aria-labelledby="city-partners-here"] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain(entryPath('en', 'partners', 'fixture-merged-company'));
    expect($('a[href$=".ics"]').length).toBeGreaterThan(0);
  });

  it('the home page shows the latest stories and the map', () => {
    const $ = page('/de/');
    expect($('#latest-stories').length).toBe(1);
    expect($('section[aria-labelledby="latest-stories"] li').length).toBe(3);
    expect($('section[aria-labelledby="home-map-heading"] svg.region-map__svg').length).toBe(1);
  });
});
