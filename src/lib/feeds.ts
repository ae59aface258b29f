import { Feed } from 'feed';

export interface FeedItem {
  /** Stable id: the item's absolute URL. */
  url: string;
  title: string;
  summary: string;
  /** The date the item is filed under (a story's date, an event's announcement or start). */
  date: Date;
  /** A label before the title, e.g. "Event" — optional. */
  category?: string;
}

export interface FeedInput {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** BCP 47 language tag. */
  language: string;
  /** Date the feed describes (the build date), so builds are reproducible. */
  updated: Date;
  items: FeedItem[];
  copyright: string;
}

/**
 * An RSS 2.0 document, newest item first, generated with the `feed` library.
 * @example rssFeed({ title: 'IŚKCTW', …, items: [] }).startsWith('<?xml') // true
 */
export function rssFeed(input: FeedInput): string {
  const feed = new Feed({
    title: input.title,
    description: input.description,
    id: input.link,
    link: input.link,
    language: input.language,
    updated: input.updated,
    generator: 'IŚKCTW site generator (feed)',
    feedLinks: { rss: input.feedUrl },
    copyright: input.copyright,
  });
  for (const item of [...input.items].sort((a, b) => b.date.getTime() - a.date.getTime())) {
    feed.addItem({
      title: item.title,
      id: item.url,
      link: item.url,
      description: item.summary,
      date: item.date,
      ...(item.category ? { category: [{ name: item.category }] } : {}),
    });
  }
  return feed.rss2();
}
