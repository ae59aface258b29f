import { describe, expect, it } from 'vitest';
import { allEventsCalendarPath, cityEventsCalendarPath, eventCalendarPath } from '../../src/lib/calendar-paths';
import { eventWhen, eventWhenLabel } from '../../src/lib/event-dates';
import {
  eventsForCity,
  isUpcoming,
  lastDay,
  pastEvents,
  shownStatus,
  sortEvents,
  splitEvents,
  storiesForEvent,
  upcomingEvents,
  type EventLike,
} from '../../src/lib/queries/events';
import { isoLocal, nextDay, warsawDay, warsawInstant, warsawOffsetMinutes } from '../../src/lib/warsaw-time';

const event = (slug: string, start: string, end?: string, city?: string): EventLike => {
  const parse = (value: string) => {
    const [date, time] = value.split('T');
    return time ? { date: date!, time } : { date: date! };
  };
  return { slug, facts: { data: { start: parse(start), ...(end ? { end: parse(end) } : {}), ...(city ? { city: { id: city } } : {}) } } };
};

const conference2006 = event('future-eu-energy-mix-2006', '2006-05-29', undefined, 'gliwice');
const congress2009 = event('eec-2009', '2009-04-15', '2009-04-17', 'katowice');
const workshop = event('workshop-2027', '2027-02-16T10:00', '2027-02-16T12:30');
const matchmaking = event('matchmaking-2027', '2027-04-22T09:30', '2027-04-22T15:00', 'jaworzno');
const visit = event('visit-2027', '2027-05-20', undefined, 'gliwice');
const all = [visit, conference2006, matchmaking, congress2009, workshop];

describe('Warsaw time', () => {
  it('knows the offset in winter and summer', () => {
    expect(warsawOffsetMinutes(new Date('2027-01-15T12:00:00Z'))).toBe(60);
    expect(warsawOffsetMinutes(new Date('2027-07-15T12:00:00Z'))).toBe(120);
  });

  it('turns local times into instants on both sides of the DST changes (28 March and 31 October 2027)', () => {
    expect(warsawInstant({ date: '2027-03-27', time: '10:00' }).toISOString()).toBe('2027-03-27T09:00:00.000Z');
    expect(warsawInstant({ date: '2027-03-28', time: '01:30' }).toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(warsawInstant({ date: '2027-03-28', time: '03:30' }).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(warsawInstant({ date: '2027-03-29', time: '10:00' }).toISOString()).toBe('2027-03-29T08:00:00.000Z');
    expect(warsawInstant({ date: '2027-10-30', time: '10:00' }).toISOString()).toBe('2027-10-30T08:00:00.000Z');
    expect(warsawInstant({ date: '2027-11-01', time: '10:00' }).toISOString()).toBe('2027-11-01T09:00:00.000Z');
    expect(warsawInstant({ date: '2006-05-29' }).toISOString()).toBe('2006-05-28T22:00:00.000Z');
  });

  it('names the Warsaw calendar day of an instant', () => {
    expect(warsawDay(new Date('2026-05-31T21:59:00Z'))).toBe('2026-05-31');
    expect(warsawDay(new Date('2026-05-31T22:00:00Z'))).toBe('2026-06-01');
    expect(warsawDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('writes ISO 8601 with the local offset, or a bare date', () => {
    expect(isoLocal({ date: '2006-05-29' })).toBe('2006-05-29');
    expect(isoLocal({ date: '2027-02-16', time: '10:00' })).toBe('2027-02-16T10:00:00+01:00');
    expect(isoLocal({ date: '2027-04-22', time: '09:30' })).toBe('2027-04-22T09:30:00+02:00');
  });

  it('finds the next day across months and years', () => {
    expect(nextDay('2006-05-29')).toBe('2006-05-30');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('eventWhen', () => {
  it('shows a date-only event as its calendar day in every locale', () => {
    expect(eventWhen({ date: '2006-05-29' }, undefined, 'en')).toStrictEqual({ text: '29 May 2006' });
    expect(eventWhen({ date: '2006-05-29' }, undefined, 'pl').text).toBe('29 maja 2006');
    expect(eventWhen({ date: '2006-05-29' }, undefined, 'de').text).toBe('29. Mai 2006');
    expect(eventWhen({ date: '2006-05-29' }, undefined, 'cs').text).toContain('29. května 2006');
  });

  it('shows a range of days', () => {
    const text = eventWhen({ date: '2009-04-15' }, { date: '2009-04-17' }, 'en').text;
    expect(text).toMatch(/^15\s?–\s?17 April 2009$/);
  });

  it('shows a timed event in Warsaw time and names the zone (winter and summer)', () => {
    const winter = eventWhen({ date: '2027-02-16', time: '10:00' }, { date: '2027-02-16', time: '12:30' }, 'en');
    expect(winter.text).toContain('16 February 2027');
    expect(winter.text).toMatch(/10:00\s?–\s?12:30/);
    expect(winter.zone).toBe('CET');
    const summer = eventWhen({ date: '2027-04-22', time: '09:30' }, { date: '2027-04-22', time: '15:00' }, 'de');
    expect(summer.text).toContain('22. April 2027');
    expect(summer.text).toMatch(/09:30\s?–\s?15:00/);
    expect(summer.zone).toBe('MESZ');
  });
});

describe('eventWhenLabel', () => {
  it('adds the zone to timed events in the reader’s language, and nothing to date-only ones', () => {
    expect(eventWhenLabel({ date: '2027-02-16', time: '10:00' }, undefined, 'en')).toMatch(
      /^16 February 2027(,| at) 10:00 Polish time \(CET\)$/,
    );
    expect(eventWhenLabel({ date: '2027-04-22', time: '09:30' }, { date: '2027-04-22', time: '15:00' }, 'pl')).toMatch(
      /^22 kwietnia 2027, 09:30\s?–\s?15:00 czasu polskiego \(CEST\)$/,
    );
    expect(eventWhenLabel({ date: '2006-05-29' }, undefined, 'de')).toBe('29. Mai 2006');
  });
});

describe('event queries', () => {
  const asOf = new Date('2026-06-01T12:00:00Z');

  it('sorts by start, earliest first', () => {
    expect(sortEvents(all).map((e) => e.slug)).toEqual([
      'future-eu-energy-mix-2006',
      'eec-2009',
      'workshop-2027',
      'matchmaking-2027',
      'visit-2027',
    ]);
  });

  it('splits into upcoming (soonest first) and past (latest first)', () => {
    const { upcoming, past } = splitEvents(all, asOf);
    expect(upcoming.map((e) => e.slug)).toEqual(['workshop-2027', 'matchmaking-2027', 'visit-2027']);
    expect(past.map((e) => e.slug)).toEqual(['eec-2009', 'future-eu-energy-mix-2006']);
  });

  it('keeps an event upcoming through its last day, counted in Warsaw', () => {
    expect(lastDay(congress2009)).toBe('2009-04-17');
    expect(isUpcoming(congress2009, new Date('2009-04-17T21:00:00Z'))).toBe(true); // 23:00 in Warsaw
    expect(isUpcoming(congress2009, new Date('2009-04-17T22:00:00Z'))).toBe(false); // midnight in Warsaw
    expect(isUpcoming(conference2006, new Date('2006-05-29T21:59:00Z'))).toBe(true);
    expect(isUpcoming(conference2006, new Date('2006-05-28T23:00:00Z'))).toBe(true); // 29 May, 01:00 in Warsaw
    expect(isUpcoming(conference2006, new Date('2006-05-29T22:00:00Z'))).toBe(false);
  });

  it('shows a scheduled event that is over as held, and any other status as it is', () => {
    const withStatus = (status: 'scheduled' | 'postponed' | 'cancelled') => ({
      ...congress2009,
      facts: { data: { ...congress2009.facts.data, status } },
    });
    expect(shownStatus(withStatus('scheduled'), new Date('2009-04-17T21:00:00Z'))).toBe('scheduled');
    expect(shownStatus(withStatus('scheduled'), new Date('2009-04-17T22:00:00Z'))).toBe('held');
    expect(shownStatus(withStatus('postponed'), new Date('2009-04-17T22:00:00Z'))).toBe('postponed');
    expect(shownStatus(withStatus('cancelled'), new Date('2009-04-10T00:00:00Z'))).toBe('cancelled');
  });

  it('lists a city’s events and the next or latest few', () => {
    expect(eventsForCity(all, 'gliwice').map((e) => e.slug)).toEqual(['future-eu-energy-mix-2006', 'visit-2027']);
    expect(eventsForCity(all, 'tychy')).toEqual([]);
    expect(upcomingEvents(all, asOf, 2).map((e) => e.slug)).toEqual(['workshop-2027', 'matchmaking-2027']);
    expect(upcomingEvents(all, asOf, 0)).toEqual([]);
    expect(pastEvents(all, asOf, 1).map((e) => e.slug)).toEqual(['eec-2009']);
    expect(upcomingEvents(eventsForCity(all, 'gliwice'), asOf, 3).map((e) => e.slug)).toEqual(['visit-2027']);
  });

  it('finds the stories that name an event, newest first', () => {
    const story = (slug: string, date: string, related: string[]) => ({
      slug,
      facts: { data: { date: new Date(date), relatedEvents: related.map((id) => ({ id })) } },
    });
    const stories = [
      story('a', '2010-01-01', ['future-eu-energy-mix-2006']),
      story('b', '2020-01-01', ['future-eu-energy-mix-2006', 'eec-2009']),
      story('c', '2021-01-01', []),
    ];
    expect(storiesForEvent(stories, 'future-eu-energy-mix-2006').map((s) => s.slug)).toEqual(['b', 'a']);
    expect(storiesForEvent(stories, 'visit-2027')).toEqual([]);
  });
});

describe('calendar addresses', () => {
  it('are translated and stable', () => {
    expect(allEventsCalendarPath('pl')).toBe('/pl/wydarzenia.ics');
    expect(allEventsCalendarPath('cs')).toBe('/cs/akce.ics');
    expect(eventCalendarPath('en', 'future-eu-energy-mix-2006')).toBe('/en/events/future-eu-energy-mix-2006.ics');
    expect(cityEventsCalendarPath('pl', 'gliwice')).toBe('/pl/wydarzenia/miasta/gliwice.ics');
    expect(cityEventsCalendarPath('de', 'gliwice')).toBe('/de/veranstaltungen/staedte/gliwice.ics');
  });
});

describe('values worked out once per build', () => {
  it('gives a fresh Date for each call, so a caller changing its Date changes no one else’s', () => {
    const first = warsawInstant({ date: '2027-06-01', time: '09:00' });
    first.setTime(0);
    expect(warsawInstant({ date: '2027-06-01', time: '09:00' }).toISOString()).toBe('2027-06-01T07:00:00.000Z');
    const day = new Date('2026-05-31T22:30:00Z');
    expect(warsawDay(day)).toBe('2026-06-01');
    expect(warsawDay(day)).toBe('2026-06-01');
  });

  it('gives the same date label again, as a copy, and tells locales and values apart', () => {
    const first = eventWhen({ date: '2027-02-16', time: '10:00' }, undefined, 'en');
    first.text = 'changed';
    expect(eventWhen({ date: '2027-02-16', time: '10:00' }, undefined, 'en')).toStrictEqual({
      text: '16 February 2027 at 10:00',
      zone: 'CET',
    });
    expect(eventWhen({ date: '2027-02-16', time: '10:00' }, undefined, 'de').zone).toBe('MEZ');
    expect(eventWhen({ date: '2027-02-16' }, undefined, 'en')).toStrictEqual({ text: '16 February 2027' });
  });

  it('lists stories per event from one index: each story once, newest first, a new array per call', () => {
    const story = (slug: string, date: string, events: string[]) => ({
      slug,
      facts: { data: { date: new Date(date), relatedEvents: events.map((id) => ({ id })) } },
    });
    const stories = [story('a', '2020-01-01', ['x', 'x']), story('b', '2021-01-01', ['x', 'y']), story('c', '2021-01-01', ['y'])];
    const forX = storiesForEvent(stories, 'x');
    expect(forX.map((s) => s.slug)).toEqual(['b', 'a']);
    forX.pop();
    expect(storiesForEvent(stories, 'x').map((s) => s.slug)).toEqual(['b', 'a']);
    expect(storiesForEvent(stories, 'y').map((s) => s.slug)).toEqual(['b', 'c']);
    expect(storiesForEvent(stories, 'z')).toEqual([]);
  });
});
