import { absoluteUrl, entryPath } from '../../i18n/paths';
import { translate } from '../../i18n/translate';
import { eventWhenLabel } from '../event-dates';
import { withExampleLabel } from '../example-label';
import type { FeedItem } from '../feeds';
import { feedDateOf } from '../calendar-sequence';
import type { Locale } from '../../site.config';
import { calendarSequences } from './calendar-sequence';
import { textFor } from './entries';
import { eventsForCity } from './events';
import type { SiteContent } from './site-content';
import { storiesForCity } from './stories';

/**
 * Feed items for a locale: every success story and event, optionally of one city.
 * Example entries carry "(example)" in their titles (DESIGN §9). An event is filed under the day it was announced or
 * last moved (content/calendar-sequence.yaml), or its start when earlier: dates come from content only, so an item's
 * date never changes between rebuilds unless its content does (src/lib/calendar-sequence.ts).
 */
export function feedItems(content: SiteContent, locale: Locale, city?: string): FeedItem[] {
  const stories = city ? storiesForCity(content.stories, city) : content.stories;
  const events = city ? eventsForCity(content.events, city) : content.events;
  return [
    ...stories.map((story) => {
      const text = textFor(story, locale);
      return {
        url: absoluteUrl(entryPath(locale, 'stories', story.slug)),
        title: withExampleLabel(text.head.data.title, story.facts.data.example, locale),
        summary: text.head.data.summary,
        // When the site published the story, not the date of what it tells (DESIGN §10); from content only, like events.
        date: story.facts.data.published,
        category: translate(locale, 'search.type.story'),
      };
    }),
    ...events.map((event) => {
      const text = textFor(event, locale);
      return {
        url: absoluteUrl(entryPath(locale, 'events', event.slug)),
        title: withExampleLabel(text.head.data.title, event.facts.data.example, locale),
        summary: `${eventWhenLabel(event.facts.data.start, event.facts.data.end, locale)}. ${text.head.data.summary}`,
        date: feedDateOf(calendarSequences[event.slug], event.facts.data.start, event.facts.data.updated),
        category: translate(locale, 'search.type.event'),
      };
    }),
  ];
}
