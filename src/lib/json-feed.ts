import type { FeedInput } from './feeds';
import { multiLine, singleLine } from './plain-text';

/** The version URL JSON Feed 1.1 documents carry. */
export const jsonFeedVersion = 'https://jsonfeed.org/version/1.1';

/** One item of a JSON Feed 1.1 document (the fields this site writes). */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_text: string;
  summary: string;
  /** RFC 3339 date-time. */
  date_published: string;
  tags?: string[];
  language: string;
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), the fields this site writes. */
export interface JsonFeedDocument {
  version: typeof jsonFeedVersion;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/**
 * A JSON Feed 1.1 document built from the same input as the RSS feed, newest item first. Editor text is plain text
 * (`content_text`, never HTML); titles on one line, control characters removed; dates as RFC 3339 in UTC.
 * Written here rather than with `feed` because `feed` 6 emits JSON Feed 1.0 only (no `language`, `authors`).
 * @example JSON.parse(jsonFeed({ title: 'IŚKCTW', …, items: [] })).version // 'https://jsonfeed.org/version/1.1'
 */
export function jsonFeed(input: FeedInput): string {
  const language = singleLine(input.language);
  const document: JsonFeedDocument = {
    version: jsonFeedVersion,
    title: singleLine(input.title),
    home_page_url: input.link,
    feed_url: input.feedUrl,
    description: multiLine(input.description),
    language,
    items: [...input.items]
      .sort((a, b) => b.date.getTime() - a.date.getTime())
      .map((item) => {
        const summary = multiLine(item.summary);
        return {
          id: item.url,
          url: item.url,
          title: singleLine(item.title),
          content_text: summary,
          summary,
          date_published: item.date.toISOString(),
          ...(item.category ? { tags: [singleLine(item.category)] } : {}),
          language,
        };
      }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
