import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendarEntry, eventsCalendar, type CalendarEvent } from '../../src/lib/event-calendar';
import { eventJsonLd } from '../../src/lib/event-json-ld';

type Data = CalendarEvent['facts']['data'];
const text = (id: string, title: string, summary: string) => ({ id, body: '', data: { title, summary } });
const calendarEvent = (
  slug: string,
  data: Partial<Data>,
  texts: CalendarEvent['texts'],
): CalendarEvent & { facts: { data: { city?: { id: string } } } } => ({
  slug,
  facts: { data: { start: { date: '2006-05-29' }, status: 'scheduled', attendance: 'inPerson', example: false, ...data } },
  texts,
});

const conference = calendarEvent(
  'future-eu-energy-mix-2006',
  { venue: undefined },
  {
    pl: text('future-eu-energy-mix-2006/pl', 'Konferencja', 'Konferencja w Gliwicach.'),
    en: text('future-eu-energy-mix-2006/en', 'Conference', 'A conference in Gliwice.'),
  },
);
const postponed = calendarEvent(
  'gielda-2027',
  {
    start: { date: '2027-04-22', time: '09:30' },
    end: { date: '2027-04-22', time: '15:00' },
    previousStart: { date: '2027-03-18', time: '09:30' },
    status: 'postponed',
    attendance: 'mixed',
    example: true,
  },
  { pl: text('gielda-2027/pl', 'Giełda kooperacyjna', 'Spotkania B2B w Jaworznie.') },
);
const context = { host: 'iskctw.example.org', pageUrl: 'https://iskctw.example.org/x/' };

describe('eventCalendarEntry', () => {
  it('uses the text of the URL’s locale, falling back along the chain', () => {
    expect(eventCalendarEntry(conference, { ...context, locale: 'en' }).summary).toBe('Conference');
    expect(eventCalendarEntry(conference, { ...context, locale: 'de' }).summary).toBe('Conference');
    expect(eventCalendarEntry(conference, { ...context, locale: 'pl' }).summary).toBe('Konferencja');
  });

  it('gives the same UID in every locale', () => {
    const uids = (['pl', 'en', 'de', 'cs'] as const).map((locale) => eventCalendarEntry(conference, { ...context, locale }).uid);
    expect(new Set(uids)).toEqual(new Set(['future-eu-energy-mix-2006@iskctw.example.org']));
  });

  it('marks example entries, tells about a postponement and names the city', () => {
    const entry = eventCalendarEntry(postponed, { ...context, locale: 'en', cityName: 'Jaworzno', sequence: 1 });
    expect(entry.summary).toBe('Giełda kooperacyjna (example)');
    expect(entry.status).toBe('postponed');
    expect(entry.sequence).toBe(1);
    expect(entry.description).toContain('It was first announced for 18 March 2027');
    expect(entry.description).toContain('More: https://iskctw.example.org/x/');
    expect(entry.location).toStrictEqual({ title: 'Jaworzno' });
  });
});

describe('eventsCalendar', () => {
  it('builds a parseable calendar stamped with the build day', () => {
    const ics = eventsCalendar([postponed, conference], {
      locale: 'pl',
      name: 'IŚKCTW – wydarzenia',
      url: 'https://iskctw.example.org/pl/wydarzenia/',
      asOf: new Date('2026-06-01T12:00:00Z'),
      siteUrl: 'https://iskctw.example.org',
      pageUrl: (slug) => `https://iskctw.example.org/pl/wydarzenia/${slug}/`,
      cityName: () => undefined,
    });
    const component = new ICAL.Component(ICAL.parse(ics));
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(['future-eu-energy-mix-2006@iskctw.example.org', 'gielda-2027@iskctw.example.org']);
    expect(ics).toContain('DTSTAMP:20260601T000000Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20060529');
    expect(ics).toContain('DTSTART;TZID=Europe/Warsaw:20270422T093000');
  });

  it('gives each event the SEQUENCE and DTSTAMP it is given, the build day only where none is', () => {
    const ics = eventsCalendar([postponed, conference], {
      locale: 'pl',
      name: 'IŚKCTW – wydarzenia',
      asOf: new Date('2026-06-01T12:00:00Z'),
      url: 'https://iskctw.example.org/pl/wydarzenia/',
      siteUrl: 'https://iskctw.example.org',
      pageUrl: (slug) => `https://iskctw.example.org/pl/wydarzenia/${slug}/`,
      cityName: () => undefined,
      sequenceOf: (event) => (event.slug === 'gielda-2027' ? 3 : 0),
      stampOf: (event) => (event.slug === 'gielda-2027' ? new Date('2026-12-02T00:00:00Z') : undefined),
    });
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(
      events.map((event) => [event.uid.split('@')[0], event.sequence, event.component.getFirstPropertyValue('dtstamp')?.toString()]),
    ).toEqual([
      ['future-eu-energy-mix-2006', 0, '2026-06-01T00:00:00Z'],
      ['gielda-2027', 3, '2026-12-02T00:00:00Z'],
    ]);
  });
});

describe('eventJsonLd', () => {
  const base = {
    organisers: [],
    speakers: [],
    languages: [],
    venue: undefined,
    registration: undefined,
    pricePln: undefined,
    previousStart: undefined,
    end: undefined,
  };

  it('describes a date-only event in person with its city', () => {
    const ld = eventJsonLd({
      data: { ...base, start: { date: '2006-05-29' }, status: 'scheduled', attendance: 'inPerson' },
      name: 'Conference',
      description: 'A conference.',
      url: 'https://x/en/events/a/',
      cityName: 'Gliwice',
    });
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2006-05-29',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Gliwice',
        address: { '@type': 'PostalAddress', addressLocality: 'Gliwice', addressCountry: 'PL' },
      },
      url: 'https://x/en/events/a/',
    });
    expect(ld).not.toHaveProperty('offers');
    expect(ld).not.toHaveProperty('endDate');
  });

  it('describes a postponed, mixed, priced event with offsets, organisers and languages', () => {
    const ld = eventJsonLd({
      data: {
        ...base,
        start: { date: '2027-04-22', time: '09:30' },
        end: { date: '2027-04-22', time: '15:00' },
        previousStart: { date: '2027-03-18', time: '09:30' },
        status: 'postponed',
        attendance: 'mixed',
        venue: { name: 'Hall', location: { lat: 50.2, lon: 19.27 } },
        organisers: [{ name: 'Org' }],
        languages: ['pl', 'en'],
        pricePln: 120,
        registration: { url: 'https://registration.example.com/x' },
      },
      name: 'Matchmaking',
      description: 'B2B.',
      url: 'https://x/',
      cityName: 'Jaworzno',
    });
    expect(ld.startDate).toBe('2027-04-22T09:30:00+02:00');
    expect(ld.endDate).toBe('2027-04-22T15:00:00+02:00');
    expect(ld.previousStartDate).toBe('2027-03-18T09:30:00+01:00');
    expect(ld.eventStatus).toBe('https://schema.org/EventPostponed');
    expect(ld.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(ld.location).toEqual([
      {
        '@type': 'Place',
        name: 'Hall',
        address: { '@type': 'PostalAddress', addressLocality: 'Jaworzno', addressCountry: 'PL' },
        geo: { '@type': 'GeoCoordinates', latitude: 50.2, longitude: 19.27 },
      },
      { '@type': 'VirtualLocation', url: 'https://registration.example.com/x' },
    ]);
    expect(ld.organizer).toEqual([{ '@type': 'Organization', name: 'Org' }]);
    expect(ld.inLanguage).toEqual(['pl', 'en']);
    expect(ld.offers).toStrictEqual({ '@type': 'Offer', price: 120, priceCurrency: 'PLN', url: 'https://registration.example.com/x' });
  });

  it('says cancelled and online', () => {
    const ld = eventJsonLd({
      data: { ...base, start: { date: '2027-05-20' }, status: 'cancelled', attendance: 'online', pricePln: 0 },
      name: 'X',
      description: 'Y',
      url: 'https://x/',
    });
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(ld.location).toStrictEqual({ '@type': 'VirtualLocation', url: 'https://x/' });
    expect(ld.isAccessibleForFree).toBe(true);
  });
});

describe('eventsCalendar with hostile editor text', () => {
  for (const name of ['name', 'x-wr-calname']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

  it('keeps a city name with a line break inside LOCATION and the city calendar’s name', () => {
    const city = 'Gliwice\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected';
    const ics = eventsCalendar([{ ...conference, facts: { data: { ...conference.facts.data, city: { id: 'gliwice' } } } }, postponed], {
      locale: 'pl',
      name: `IŚKCTW – wydarzenia: ${city}`,
      url: 'https://iskctw.example.org/pl/miasta/gliwice/',
      asOf: new Date('2026-06-01T12:00:00Z'),
      siteUrl: 'https://iskctw.example.org',
      pageUrl: (slug) => `https://iskctw.example.org/pl/wydarzenia/${slug}/`,
      cityName: (slug) => (slug === 'gliwice' ? city : undefined),
    });
    expect(ics.match(/^BEGIN:VEVENT\r?$/gm)).toHaveLength(2);
    const component = new ICAL.Component(ICAL.parse(ics));
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.summary)).toEqual(['Konferencja', 'Giełda kooperacyjna (przykład)']);
    expect(events[0]!.location).toBe('Gliwice END:VEVENT BEGIN:VEVENT SUMMARY:injected');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('IŚKCTW – wydarzenia: Gliwice END:VEVENT BEGIN:VEVENT SUMMARY:injected');
  });
});
