import { sectionPath } from '../i18n/paths';
import { locales, type Locale } from '../site.config';

/*
 * Addresses of the events' iCalendar files. They are permanent (calendar apps and city portals subscribe to them),
 * translated like every other address, and the calendar's text is in the language of its address
 * (through the fallback chain where an event is not translated):
 *
 *   all events   /<lang>/<events>.ics                      /pl/wydarzenia.ics, /en/events.ics, /de/veranstaltungen.ics, /cs/akce.ics
 *   one event    /<lang>/<events>/<slug>.ics               /pl/wydarzenia/future-eu-energy-mix-2006.ics (beside its page …/<slug>/)
 *   one city     /<lang>/<events>/<cities>/<city>.ics      /pl/wydarzenia/miasta/gliwice.ics, /en/events/cities/gliwice.ics
 *
 * UIDs are `<slug>@<host>` in all of them, so an event subscribed to twice is one entry, not two.
 */

/** The calendar of all events. @example allEventsCalendarPath('pl') // '/pl/wydarzenia.ics' */
export function allEventsCalendarPath(locale: Locale): string {
  return `/${locale}/${locales[locale].slugs.events}.ics`;
}

/** The calendar of one event. @example eventCalendarPath('en', 'future-eu-energy-mix-2006') // '/en/events/future-eu-energy-mix-2006.ics' */
export function eventCalendarPath(locale: Locale, slug: string): string {
  return `${sectionPath(locale, 'events')}${slug}.ics`;
}

/** The calendar of all events in one member city. @example cityEventsCalendarPath('de', 'gliwice') // '/de/veranstaltungen/staedte/gliwice.ics' */
export function cityEventsCalendarPath(locale: Locale, city: string): string {
  return `${sectionPath(locale, 'events')}${locales[locale].slugs.cities}/${city}.ics`;
}
