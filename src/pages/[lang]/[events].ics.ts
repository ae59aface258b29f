import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, allLocales, sectionPath, translate } from '../../i18n';
import { calendarLinks, calendarResponse, eventsCalendar } from '../../lib/event-calendar';
import { calendarWindow } from '../../lib/queries/events';
import { getSiteContent } from '../../lib/queries/site-content';
import { buildDate, cluster, listBounds, locales, siteUrl, type Locale } from '../../site.config';

/**
 * The calendar of the cluster's events, `/<lang>/<events>.ics` (addresses: `src/lib/calendar-paths.ts`): upcoming events
 * and those of the last year (`listBounds.calendarPastDays`); older ones stay on the events list and in their own calendar files.
 */
export const getStaticPaths = (() =>
  allLocales.map((lang) => ({ params: { lang, events: locales[lang].slugs.events } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const { events, cities } = await getSiteContent();
  return calendarResponse(
    eventsCalendar(calendarWindow(events, buildDate, listBounds.calendarPastDays), {
      locale,
      name: translate(locale, 'events.calendarName', { cluster: cluster.shortName }),
      url: absoluteUrl(sectionPath(locale, 'events')),
      asOf: buildDate,
      siteUrl,
      ...calendarLinks(locale, cities),
    }),
  );
};
