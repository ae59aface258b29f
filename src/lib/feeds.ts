import { Feed } from 'feed';
import { multiLine, singleLine } from './plain-text';
import { xmlSafe } from './xml-text';

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
  /** Date the feed was last changed: its newest item's date, so rebuilding the same content gives the same feed. */
  updated: Date;
  items: FeedItem[];
  copyright: string;
}

/** A title or name for the feed: one line, only characters XML 1.0 allows. */
const line = (text: string) => xmlSafe(singleLine(text));
/** A summary for the feed: line breaks kept, only characters XML 1.0 allows. */
const block = (text: string) => xmlSafe(multiLine(text));

/**
 * Text for a CDATA section written by `feed`: its XML writer (xml-js) splits only the first `]]>` into two sections,
 * so every later one is split here the same way (`]]` ends a section, `>` starts the next) and none can end the section early.
 * The unit tests pin this behaviour: should xml-js start splitting every `]]>` itself, they fail.
 * @example cdataText('a]]>b]]>c') // 'a]]>b]]]]><![CDATA[>c'
 */
export function cdataText(text: string): string {
  const [first = '', ...rest] = text.split(']]>');
  return rest.length === 0 ? text : `${first}]]>${rest.join(']]]]><![CDATA[>')}`;
}

/**
 * An RSS 2.0 document, newest item first, generated with the `feed` library. Editor text is made safe on the way in:
 * titles on one line, no character XML 1.0 forbids, no `]]>` that could end a CDATA section.
 * @example rssFeed({ title: 'IŚKCTW', …, items: [] }).startsWith('<?xml') // true
 */
export function rssFeed(input: FeedInput): string {
  const feed = new Feed({
    title: line(input.title),
    description: block(input.description),
    id: input.link,
    link: input.link,
    language: line(input.language),
    updated: input.updated,
    generator: 'IŚKCTW site generator (feed)',
    feedLinks: { rss: input.feedUrl },
    copyright: line(input.copyright),
  });
  for (const item of [...input.items].sort((a, b) => b.date.getTime() - a.date.getTime())) {
    feed.addItem({
      title: cdataText(line(item.title)),
      id: item.url,
      link: item.url,
      description: cdataText(block(item.summary)),
      date: item.date,
      ...(item.category ? { category: [{ name: line(item.category) }] } : {}),
    });
  }
  return feed.rss2();
}
