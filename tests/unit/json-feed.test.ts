import { describe, expect, it } from 'vitest';
import { jsonFeedPath } from '../../src/lib/feed-paths';
import { jsonFeed, jsonFeedVersion, type JsonFeedDocument } from '../../src/lib/json-feed';

describe('jsonFeed', () => {
  const text = jsonFeed({
    title: 'IŚKCTW –\r\nGliwice',
    description: 'Stories & events',
    link: 'https://x.org/en/cities/gliwice/',
    feedUrl: 'https://x.org/en/cities/gliwice/feed.json',
    language: 'en',
    updated: new Date('2026-06-01T00:00:00Z'),
    copyright: 'CC BY 4.0',
    items: [
      {
        url: 'https://x.org/en/events/a/',
        title: 'Older <event>\u0007',
        summary: 'A & B\r\n</script>',
        date: new Date('2006-05-29'),
        category: 'Event',
      },
      { url: 'https://x.org/en/success-stories/b/', title: 'Newer story', summary: 'Text', date: new Date('2020-01-14') },
    ],
  });
  const feed = JSON.parse(text) as JsonFeedDocument;

  it('is JSON Feed 1.1 with the top-level fields the specification asks for', () => {
    expect(feed.version).toBe(jsonFeedVersion);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('IŚKCTW – Gliwice');
    expect(feed.home_page_url).toBe('https://x.org/en/cities/gliwice/');
    expect(feed.feed_url).toBe('https://x.org/en/cities/gliwice/feed.json');
    expect(feed.language).toBe('en');
  });

  it('lists items newest first, as plain text, with ids, RFC 3339 dates and the category as a tag', () => {
    expect(feed.items.map((item) => item.id)).toEqual(['https://x.org/en/success-stories/b/', 'https://x.org/en/events/a/']);
    const older = feed.items[1]!;
    expect(older.title).toBe('Older <event>');
    expect(older.content_text).toBe('A & B\n</script>');
    expect(older.date_published).toBe('2006-05-29T00:00:00.000Z');
    expect(older.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    expect(older.tags).toEqual(['Event']);
    expect(feed.items[0]!.tags).toBeUndefined();
    expect('content_html' in older).toBe(false);
  });
});

describe('jsonFeedPath', () => {
  it('sits next to the RSS feed, per locale and per city', () => {
    expect(jsonFeedPath('pl')).toBe('/pl/feed.json');
    expect(jsonFeedPath('pl', 'gliwice')).toBe('/pl/miasta/gliwice/feed.json');
    expect(jsonFeedPath('de', 'rybnik')).toBe('/de/staedte/rybnik/feed.json');
  });
});
