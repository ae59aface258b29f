import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl, allLocales, entryPath, translate } from '../../../../i18n';
import { calendarLinks, calendarResponse, eventsCalendar } from '../../../../lib/event-calendar';
import { textFor } from '../../../../lib/queries/entries';
import { calendarWindow, eventsForCity } from '../../../../lib/queries/events';
import { getSiteContent, type City } from '../../../../lib/queries/site-content';
import { buildDate, cluster, listBounds, locales, siteUrl, type Locale } from '../../../../site.config';

/**
 * The calendar of all events in one member city, `/<lang>/<events>/<cities>/<city>.ics`
 * (e.g. `/pl/wydarzenia/miasta/gliwice.ics`; addresses: `src/lib/calendar-paths.ts`). Every city has one, even while empty,
 * so that a city portal can subscribe before its first event. Upcoming events and those of the last year
 * (`listBounds.calendarPastDays`); older ones stay on the events list and in their own calendar files.
 */
export const getStaticPaths = (async () => {
  const { cities } = await getSiteContent();
  return allLocales.flatMap((lang) =>
    cities.map((city) => ({
      params: { lang, events: locales[lang].slugs.events, cities: locales[lang].slugs.cities, city: city.slug },
      props: { city },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ city: City }> = async ({ params, props }) => {
  const locale = params.lang as Locale;
  const { events, cities } = await getSiteContent();
  const { city } = props;
  return calendarResponse(
    eventsCalendar(calendarWindow(eventsForCity(events, city.slug), buildDate, listBounds.calendarPastDays), {
      locale,
      name: translate(locale, 'events.calendarCityName', { cluster: cluster.shortName, city: textFor(city, locale).head.data.title }),
      url: absoluteUrl(entryPath(locale, 'cities', city.slug)),
      asOf: buildDate,
      siteUrl,
      ...calendarLinks(locale, cities),
    }),
  );
};
