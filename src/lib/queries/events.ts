import type { eventStatuses } from '../../data/vocabularies';
import { memoPerObject } from '../memo';
import { warsawDay, warsawInstant, type LocalDateTime } from '../warsaw-time';
import type { Event, Story } from './site-content';

/**
 * Query helpers for events: sorting, upcoming vs past, per city. Pure (no content loading): pass them
 * `getSiteContent().events` and, for "as of", `buildDate` from `src/site.config.ts`.
 *
 * @example
 * const { events } = await getSiteContent();
 * const next = upcomingEvents(eventsForCity(events, 'gliwice'), buildDate, 3);
 */

/** The fields these helpers read; a joined `Event` has them. */
export interface EventLike {
  slug: string;
  facts: { data: { start: LocalDateTime; end?: LocalDateTime | undefined; city?: { id: string } | undefined } };
}

/** Sort key of a local date or time: its instant (a date-only value is local midnight). */
const startTime = (event: EventLike) => warsawInstant(event.facts.data.start).getTime();

/**
 * The day an event is last "on": its end date, or its start date when it has no end.
 * @example lastDay({ slug: 'a', facts: { data: { start: { date: '2009-04-15' }, end: { date: '2009-04-17' } } } }) // '2009-04-17'
 */
export function lastDay(event: EventLike): string {
  return (event.facts.data.end ?? event.facts.data.start).date;
}

/**
 * Whether an event is upcoming as of an instant: its end (or start) date is that day or later,
 * days counted in Europe/Warsaw. An event stays upcoming for the whole of its last day.
 * @example isUpcoming(event2006, new Date('2006-05-29T21:00:00Z')) // true (still 29 May in Warsaw until 22:00 UTC)
 */
export function isUpcoming(event: EventLike, asOf: Date): boolean {
  return lastDay(event) >= warsawDay(asOf);
}

/** The status an event is shown with: its own, or "held" for a scheduled event that is over. */
export type ShownEventStatus = (typeof eventStatuses)[number] | 'held';

/**
 * The status an event is shown with as of an instant: a scheduled event no longer upcoming (`isUpcoming`) "took place".
 * @example shownStatus(scheduledIn2006, buildDate) // 'held'
 */
export function shownStatus(
  event: EventLike & { facts: { data: { status: (typeof eventStatuses)[number] } } },
  asOf: Date,
): ShownEventStatus {
  const { status } = event.facts.data;
  return status === 'scheduled' && !isUpcoming(event, asOf) ? 'held' : status;
}

/**
 * Events sorted by start, earliest first (ties by slug, so the order is stable).
 * @example sortEvents(events).map((e) => e.slug) // ['future-eu-energy-mix-2006', …]
 */
export function sortEvents<E extends EventLike>(events: readonly E[]): E[] {
  // Each start worked out once, not once per comparison.
  return events
    .map((event) => ({ event, time: startTime(event) }))
    .sort((a, b) => a.time - b.time || a.event.slug.localeCompare(b.event.slug))
    .map(({ event }) => event);
}

/**
 * Events split as of an instant: `upcoming` soonest first, `past` most recent first.
 * @example splitEvents(events, buildDate).upcoming[0]?.slug // the next event
 */
export function splitEvents<E extends EventLike>(events: readonly E[], asOf: Date): { upcoming: E[]; past: E[] } {
  const sorted = sortEvents(events);
  return {
    upcoming: sorted.filter((event) => isUpcoming(event, asOf)),
    past: sorted.filter((event) => !isUpcoming(event, asOf)).reverse(),
  };
}

/**
 * Events held in a member city (by the city's folder name), earliest first.
 * @example eventsForCity(events, 'gliwice').every((e) => e.facts.data.city?.id === 'gliwice') // true
 */
export function eventsForCity<E extends EventLike>(events: readonly E[], citySlug: string): E[] {
  return sortEvents(events.filter((event) => event.facts.data.city?.id === citySlug));
}

/**
 * The next `n` upcoming events as of an instant, soonest first (for the home page and city pages).
 * @example upcomingEvents(events, buildDate, 3).length // at most 3
 */
export function upcomingEvents<E extends EventLike>(events: readonly E[], asOf: Date, n: number): E[] {
  return splitEvents(events, asOf).upcoming.slice(0, Math.max(0, n));
}

/**
 * The most recent `n` past events as of an instant, latest first.
 * @example pastEvents(events, buildDate, 3)[0]?.slug // the latest event that is over
 */
export function pastEvents<E extends EventLike>(events: readonly E[], asOf: Date, n: number): E[] {
  return splitEvents(events, asOf).past.slice(0, Math.max(0, n));
}

/**
 * Every event in the order of the events list: upcoming soonest first, then past most recent first (the list's pages
 * are slices of it, so the first page starts with what comes next).
 * @example eventsTimeline(events, buildDate)[0] // the next event, or the latest past one when none is announced
 */
export function eventsTimeline<E extends EventLike>(events: readonly E[], asOf: Date): E[] {
  const { upcoming, past } = splitEvents(events, asOf);
  return [...upcoming, ...past];
}

/**
 * What a calendar subscription carries: upcoming events and those whose last day is at most `pastDays` days before
 * the build day, earliest first. Older events stay on the events list's later pages and as single-event calendars.
 * @example calendarWindow(events, new Date('2026-06-01T12:00:00Z'), 366).every((e) => lastDay(e) >= '2025-05-31') // true
 */
export function calendarWindow<E extends EventLike>(events: readonly E[], asOf: Date, pastDays: number): E[] {
  const today = new Date(`${warsawDay(asOf)}T00:00:00Z`);
  const cutoff = new Date(today.getTime() - pastDays * 86_400_000).toISOString().slice(0, 10);
  return sortEvents(events.filter((event) => lastDay(event) >= cutoff));
}

/** The parts of a story `storiesForEvent` reads. */
type StoryOfEvent = Pick<Story, 'slug'> & { facts: { data: { date: Date; relatedEvents: readonly { id: string }[] } } };

/**
 * Stories that name an event in their `relatedEvents`, newest first.
 * @example storiesForEvent(stories, 'future-eu-energy-mix-2006').length // 0 or more
 */
export function storiesForEvent<S extends StoryOfEvent>(stories: readonly S[], eventSlug: string): S[] {
  return [...((storiesByEvent(stories, 'relatedEvents').get(eventSlug) ?? []) as S[])];
}

/** Stories by the events they name, each list newest first: made once per stories array, not once per event page. */
const storiesByEvent = memoPerObject((stories: readonly StoryOfEvent[], _field: 'relatedEvents') => {
  const index = new Map<string, StoryOfEvent[]>();
  for (const story of stories) {
    for (const slug of new Set(story.facts.data.relatedEvents.map((reference) => reference.id))) {
      const list = index.get(slug);
      if (list) list.push(story);
      else index.set(slug, [story]);
    }
  }
  for (const list of index.values())
    list.sort((a, b) => b.facts.data.date.getTime() - a.facts.data.date.getTime() || a.slug.localeCompare(b.slug));
  return index;
});

/** A joined event, re-exported for callers of these helpers. */
export type { Event };
