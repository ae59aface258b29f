import ICAL from 'ical.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath, translate } from '../../src/i18n';
import { allEventsCalendarPath, eventCalendarPath } from '../../src/lib/calendar-paths';
import { feedPath } from '../../src/lib/feed-paths';
import { exampleLabelIn } from '../../src/lib/validation/example-title';
import { cityOrder, localeCodes as locales, type Locale } from '../../src/site.config';
import { fileOf, listPages, page, testOrigin } from '../helpers/site';
import { testContentDir } from '../helpers/test-project';

/**
 * DESIGN §9 and the editors' guide: an editor writes a plain title and `example: true`, and the site adds the label
 * once, wherever it shows an example entry's title, in every language.
 */
/** The content the test build was made of: the sample content and the tests' own entries (examples among them). */
const contentDir = testContentDir;
const factsFiles = { stories: 'story.yaml', events: 'event.yaml', offers: 'offer.yaml' } as const;
type Collection = keyof typeof factsFiles;
const examples = new Set<string>();
for (const [collection, file] of Object.entries(factsFiles)) {
  for (const slug of readdirSync(join(contentDir, collection))) {
    const facts = join(contentDir, collection, slug, file);
    if (existsSync(facts) && /^example: true$/m.test(readFileSync(facts, 'utf8'))) examples.add(`${collection}/${slug}`);
  }
}
if (examples.size === 0) throw new Error(`no example entry in ${contentDir}: the labels would be checked on real entries only`);
const slugOf = (href: string | undefined) => (href ?? '').split('/').filter(Boolean).pop() ?? '';
/** `stories/<slug>`, `events/<slug>` or `offers/<slug>` for a link to an entry page. */
const keyOf = (href: string | undefined, locale: Locale) => {
  const collection = (Object.keys(factsFiles) as Collection[]).find((name) => (href ?? '').startsWith(sectionPath(locale, name)));
  return collection ? `${collection}/${slugOf(href)}` : '';
};
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The title as shown carries the label exactly once (at its end, after a space) for an example, never for a real entry. */
function expectLabel(shown: string, example: boolean, locale: Locale, where: string) {
  const label = translate(locale, 'example.label');
  expect(shown.split(label).length - 1, `${where}: “${shown}”`).toBe(example ? 1 : 0);
  if (example) expect(shown.endsWith(` ${label}`), `${where}: “${shown}”`).toBe(true);
  expect(exampleLabelIn(shown.replace(label, '')), `${where}: another label in “${shown}”`).toBeUndefined();
}

/** Checks every item `selector` finds on a page (each holding a link to an entry); returns how many were examples. */
function checkItems($: CheerioAPI, selector: string, locale: Locale, where: string): number {
  let found = 0;
  $(selector).each((_, element) => {
    const key = keyOf($(element).find('a').first().attr('href'), locale);
    expect(key, `${where}: an entry link`).not.toBe('');
    const example = examples.has(key);
    if (example) found += 1;
    expectLabel(text($(element).text()), example, locale, where);
  });
  return found;
}

describe('example entries are labelled exactly once wherever their title is shown', () => {
  it('has example stories, events and offers to check', () => {
    for (const collection of Object.keys(factsFiles))
      expect(
        [...examples].some((key) => key.startsWith(`${collection}/`)),
        collection,
      ).toBe(true);
  });

  it.each(locales)('in the offers table, the offer cards and the list beside the map (%s)', (locale) => {
    const $ = page(sectionPath(locale, 'offers'));
    expect(checkItems($, 'tr[data-offer-row] th', locale, 'offers table')).toBeGreaterThan(0);
    expect(checkItems($, '.offer-card__title', locale, 'offer cards')).toBeGreaterThan(0);
    expect(checkItems($, 'li[data-offer-mark]', locale, 'map list')).toBeGreaterThan(0);
  });

  it.each(locales)('in story cards, event cards and city pages (%s)', (locale) => {
    const onAllPages = (list: string, selector: string, where: string) =>
      listPages(list).reduce((sum, path) => sum + checkItems(page(path), selector, locale, `${where} ${path}`), 0);
    expect(onAllPages(sectionPath(locale, 'stories'), '.story-card__title', 'story cards')).toBeGreaterThan(0);
    expect(onAllPages(sectionPath(locale, 'events'), '.event-card__title', 'event cards')).toBeGreaterThan(0);
    let onCityPages = 0;
    for (const city of cityOrder) {
      const $ = page(entryPath(locale, 'cities', city));
      onCityPages += checkItems($, '.story-card__title', locale, `${city} stories`);
      onCityPages += checkItems($, '.event-card__title', locale, `${city} events`);
      onCityPages += checkItems($, 'tr[data-offer-row] th', locale, `${city} offers`);
      onCityPages += checkItems($, '.offer-card__title', locale, `${city} offer cards`);
      onCityPages += checkItems($, 'li[data-offer-mark]', locale, `${city} map`);
    }
    expect(onCityPages).toBeGreaterThan(0);
  });

  it.each(locales)('in a story’s related events and offers (%s)', (locale) => {
    let found = 0;
    for (const key of examples) {
      if (!key.startsWith('stories/')) continue;
      const $ = page(entryPath(locale, 'stories', key.slice('stories/'.length)));
      found += checkItems($, '[aria-labelledby="story-related"] li:has(a[href*="/"])', locale, `${key} related`);
    }
    expect(found).toBeGreaterThan(0);
  });

  it.each(locales)('in the RSS feed and the calendars (%s)', (locale) => {
    const rss = new XMLParser().parse(readFileSync(fileOf(feedPath(locale)), 'utf8')).rss;
    const items = ([] as { title: string; link: string }[]).concat(rss.channel.item ?? []);
    let found = 0;
    for (const item of items) {
      const path = item.link.slice(testOrigin.length);
      const key = keyOf(path, locale);
      if (examples.has(key)) found += 1;
      expectLabel(String(item.title), examples.has(key), locale, `feed ${path}`);
    }
    expect(found).toBeGreaterThan(0);

    const calendar = new ICAL.Component(ICAL.parse(readFileSync(fileOf(allEventsCalendarPath(locale)), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events)
      expectLabel(event.summary, examples.has(`events/${event.uid.split('@')[0]}`), locale, `calendar ${event.uid}`);

    for (const key of examples) {
      if (!key.startsWith('events/')) continue;
      const single = new ICAL.Component(ICAL.parse(readFileSync(fileOf(eventCalendarPath(locale, key.slice('events/'.length))), 'utf8')));
      expectLabel(String(single.getFirstPropertyValue('x-wr-calname')), true, locale, `${key}.ics name`);
      expectLabel(new ICAL.Event(single.getFirstSubcomponent('vevent')!).summary, true, locale, `${key}.ics event`);
    }
  });
});
