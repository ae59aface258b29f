import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, entryPath } from '../../../i18n';
import { calendarLinks, calendarResponse, eventsCalendar } from '../../../lib/event-calendar';
import { withExampleLabel } from '../../../lib/example-label';
import { textFor } from '../../../lib/queries/entries';
import { getSiteContent, type Event } from '../../../lib/queries/site-content';
import { buildDate, siteUrl, type Locale } from '../../../site.config';
import { entryStaticPaths } from '../../../lib/entry-static-paths';

/** The calendar of one event, `/<lang>/<events>/<slug>.ics`, beside its page (addresses: `src/lib/calendar-paths.ts`). */
export const getStaticPaths = (async () => {
  const { events } = await getSiteContent();
  return entryStaticPaths('events', 'event', events);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event }> = async ({ params, props }) => {
  const locale = params.lang as Locale;
  const { cities } = await getSiteContent();
  const { event } = props;
  return calendarResponse(
    eventsCalendar([event], {
      locale,
      name: withExampleLabel(textFor(event, locale).head.data.title, event.facts.data.example, locale),
      url: absoluteUrl(entryPath(locale, 'events', event.slug)),
      asOf: buildDate,
      siteUrl,
      ...calendarLinks(locale, cities),
    }),
  );
};
