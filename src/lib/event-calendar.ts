import type { z } from 'astro/zod';
import { absoluteUrl, entryPath } from '../i18n/paths';
import { translate } from '../i18n/translate';
import type { eventSchema } from '../schemas/event';
import type { Locale } from '../site.config';
import { eventWhenLabel } from './event-dates';
import { withExampleLabel } from './example-label';
import { sequenceFor, stampFor } from './calendar-sequence';
import { buildCalendar, type CalendarEntry } from './ics';
import { calendarSequences } from './queries/calendar-sequence';
import { sortEvents } from './queries/events';
import { warsawDay } from './warsaw-time';
import { textFor, type Joined, type TextEntry } from './queries/entries';

type EventData = z.output<ReturnType<typeof eventSchema>>;

/** What a calendar entry needs of an event: its facts and its texts (title and summary per locale). */
export type CalendarEvent = Joined<
  { data: Pick<EventData, 'start' | 'end' | 'status' | 'previousStart' | 'venue' | 'attendance' | 'example'> },
  TextEntry & { data: { title: string; summary: string } }
>;

export interface CalendarEntryContext {
  /** Language of the calendar (its URL's locale); missing texts come through the fallback chain. */
  locale: Locale;
  /** Host of the site's address, for UIDs `<slug>@<host>`. */
  host: string;
  /** Absolute URL of the event's page in this locale. */
  pageUrl: string;
  /** The event's city, named in this locale. */
  cityName?: string | undefined;
  /** iCalendar SEQUENCE (src/lib/calendar-sequence.ts); 0 when not given. */
  sequence?: number | undefined;
  /** DTSTAMP: when the event's date, time, place or status were recorded; the calendar's stamp when not given. */
  stamp?: Date | undefined;
}

/**
 * One event as a calendar entry in a locale: title (with "(example)" for example entries), summary, status note,
 * place and a link back to the page; UID `<slug>@<host>` is the same in every locale and every calendar.
 * @example eventCalendarEntry(event, { locale: 'en', host: 'iskctw.example.org', pageUrl }).uid // 'future-eu-energy-mix-2006@iskctw.example.org'
 */
export function eventCalendarEntry(event: CalendarEvent, context: CalendarEntryContext): CalendarEntry {
  const { locale } = context;
  const data = event.facts.data;
  const text = textFor(event, locale).head.data;
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) => translate(locale, key, vars);
  const notes: string[] = [];
  if (data.status === 'postponed') {
    notes.push(
      data.previousStart
        ? t('events.postponedNotice', { date: eventWhenLabel(data.previousStart, undefined, locale) })
        : t('events.postponedNoticePlain'),
    );
  }
  if (data.status === 'cancelled') notes.push(t('events.cancelledNotice', { date: eventWhenLabel(data.start, data.end, locale) }));
  if (data.example) notes.push(t('example.banner'));
  const description = [text.summary, ...notes, t('events.more', { url: context.pageUrl })].join('\n\n');
  const place = [data.venue?.address, context.cityName].filter((part): part is string => Boolean(part)).join(', ');
  const location = data.venue
    ? { title: data.venue.name, address: place || undefined, geo: data.venue.location }
    : context.cityName
      ? { title: context.cityName }
      : data.attendance === 'online'
        ? { title: t('events.attendance.online') }
        : undefined;
  return {
    uid: `${event.slug}@${context.host}`,
    summary: withExampleLabel(text.title, data.example, locale),
    description,
    start: data.start,
    end: data.end,
    status: data.status,
    // Grows with every change of date, time, place or status, so calendar apps replace what they hold.
    sequence: context.sequence ?? 0,
    stamp: context.stamp,
    url: context.pageUrl,
    location,
  };
}

export interface EventsCalendarInput {
  locale: Locale;
  /** Calendar name, e.g. "IŚKCTW – events". */
  name: string;
  /** Absolute URL of the page the calendar belongs to. */
  url: string;
  /** The build date: the DTSTAMP of an event the committed table does not record (see `stampOf`). */
  asOf: Date;
  /** The site's origin, for UIDs and links. */
  siteUrl: string;
  /** Absolute URL of an event's page in `locale`. */
  pageUrl: (slug: string) => string;
  /** A city's name in `locale`. */
  cityName: (slug: string) => string | undefined;
  /** An event's iCalendar SEQUENCE (from content/calendar-sequence.yaml); 0 for every event when not given. */
  sequenceOf?: ((event: CalendarEvent & { facts: { data: { city?: { id: string } | undefined } } }) => number) | undefined;
  /** An event's DTSTAMP: the day its facts were recorded (content/calendar-sequence.yaml); `asOf` when undefined. */
  stampOf?: ((event: CalendarEvent & { facts: { data: { city?: { id: string } | undefined } } }) => Date | undefined) | undefined;
}

/**
 * A calendar (iCalendar text) of some events in one locale, sorted by start.
 * @example eventsCalendar(events, { locale: 'pl', name: 'IŚKCTW – wydarzenia', … }).includes('BEGIN:VEVENT') // true
 */
export function eventsCalendar(
  events: readonly (CalendarEvent & { facts: { data: { city?: { id: string } | undefined } } })[],
  input: EventsCalendarInput,
): string {
  const host = new URL(input.siteUrl).host;
  const stamp = new Date(`${warsawDay(input.asOf)}T00:00:00Z`);
  const entries = sortEvents(events).map((event) =>
    eventCalendarEntry(event, {
      locale: input.locale,
      host,
      pageUrl: input.pageUrl(event.slug),
      cityName: event.facts.data.city ? input.cityName(event.facts.data.city.id) : undefined,
      sequence: input.sequenceOf?.(event),
      stamp: input.stampOf?.(event),
    }),
  );
  return buildCalendar({ name: input.name, url: input.url, language: input.locale, stamp, entries });
}

/**
 * Links, city names and sequences for the calendars of one locale: event pages on the production origin, cities named
 * in that locale, each event's SEQUENCE from the committed table (content/calendar-sequence.yaml).
 * @example calendarLinks('en', cities).pageUrl('future-eu-energy-mix-2006') // 'https://…/en/events/future-eu-energy-mix-2006/'
 */
export function calendarLinks(
  locale: Locale,
  cities: readonly Joined<unknown, TextEntry & { data: { title: string } }>[],
): Pick<EventsCalendarInput, 'pageUrl' | 'cityName' | 'sequenceOf' | 'stampOf'> {
  return {
    sequenceOf: (event) => sequenceFor(calendarSequences, event.slug, event.facts.data),
    stampOf: (event) => stampFor(calendarSequences, event.slug, event.facts.data),
    pageUrl: (slug) => absoluteUrl(entryPath(locale, 'events', slug)),
    cityName: (slug) => {
      const city = cities.find((candidate) => candidate.slug === slug);
      return city && textFor(city, locale).head.data.title;
    },
  };
}

/** An iCalendar file as an endpoint's response. */
export function calendarResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
