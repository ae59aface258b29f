import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssFeed } from '../../src/lib/feeds';
import { childText, elements, strictXml } from '../helpers/xml';

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

describe('rssFeed with hostile editor text', () => {
  const base = {
    description: 'Stories & events',
    link: 'https://x.org/pl/',
    feedUrl: 'https://x.org/pl/rss.xml',
    language: 'pl',
    updated: new Date('2026-06-01T00:00:00Z'),
    copyright: 'CC BY 4.0',
  };
  const item = (title: string, summary: string, date: string, category?: string) => ({
    url: `https://x.org/pl/${date}/`,
    title,
    summary,
    date: new Date(date),
    ...(category ? { category } : {}),
  });

  it('removes characters XML 1.0 forbids and collapses line breaks in titles, so a strict parser accepts the feed', () => {
    const xml = rssFeed({
      ...base,
      title: 'Gliwice\u0001\r\nIŚKCTW',
      items: [
        item('A\u0001B\u000BC\uFFFED\uFFFF', 'Opis\u0001 z\u000B\uFFFEznakami\uFFFF\r\ni nowym wierszem', '2026-05-01', 'Wyda\u0001rzenie'),
        item('Konferencja\r\nDrugi wiersz', 'Zwykły opis', '2026-04-01'),
      ],
    });
    expect(() => new XMLParser().parse(xml)).not.toThrow(); // the lenient parser accepted it before, too
    const root = strictXml(xml);
    const channel = elements(root, 'channel')[0]!;
    expect(childText(channel, 'title')).toBe('Gliwice IŚKCTW');
    const items = elements(root, 'item');
    expect(items.map((entry) => childText(entry, 'title'))).toEqual(['A B CD', 'Konferencja Drugi wiersz']);
    expect(childText(items[0]!, 'description')).toBe('Opis zznakami\ni nowym wierszem');
    expect(childText(items[0]!, 'category')).toBe('Wyda rzenie');
  });

  it('keeps every "]]>" of a title or summary as text instead of ending the CDATA section', () => {
    const title = 'a]]>b]]><evil>x</evil>]]>';
    const summary = ']]>]]]]>>';
    const xml = rssFeed({ ...base, title: 'Feed', items: [item(title, summary, '2026-05-01')] });
    const root = strictXml(xml);
    const [entry] = elements(root, 'item');
    expect(elements(root, 'evil')).toEqual([]);
    expect(childText(entry!, 'title')).toBe(title);
    expect(childText(entry!, 'description')).toBe(summary);
  });
});
