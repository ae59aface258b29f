import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssFeed } from '../../src/lib/feeds';

describe('rssFeed', () => {
  const xml = rssFeed({
    title: 'IŚKCTW – Gliwice',
    description: 'Stories & events',
    link: 'https://x.org/en/cities/gliwice/',
    feedUrl: 'https://x.org/en/cities/gliwice/rss.xml',
    language: 'en',
    updated: new Date('2026-06-01T00:00:00Z'),
    copyright: 'CC BY 4.0',
    items: [
      { url: 'https://x.org/en/events/a/', title: 'Older <event>', summary: 'A & B', date: new Date('2006-05-29'), category: 'Event' },
      { url: 'https://x.org/en/success-stories/b/', title: 'Newer story', summary: 'Text', date: new Date('2020-01-14') },
    ],
  });
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);

  it('is valid RSS 2.0 with the channel’s language and link', () => {
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(parsed.rss.channel.language).toBe('en');
    expect(parsed.rss.channel.link).toBe('https://x.org/en/cities/gliwice/');
  });

  it('lists items newest first, escaped, with stable guids and dates', () => {
    const items = parsed.rss.channel.item;
    expect(items.map((item: { title: string }) => item.title)).toEqual(['Newer story', 'Older <event>']);
    expect(items[1].guid['#text']).toBe('https://x.org/en/events/a/');
    expect(new Date(items[1].pubDate).toISOString().slice(0, 10)).toBe('2006-05-29');
    expect(items[1].description).toBe('A & B');
  });
});

describe('withExampleLabel', async () => {
  const { withExampleLabel } = await import('../../src/lib/example-label');
  it('marks example entries in the reader’s language and leaves others alone', () => {
    expect(withExampleLabel('Warsztaty', true, 'pl')).toBe('Warsztaty (przykład)');
    expect(withExampleLabel('Workshop', true, 'de')).toBe('Workshop (Beispiel)');
    expect(withExampleLabel('Workshop', false, 'en')).toBe('Workshop');
  });
});
