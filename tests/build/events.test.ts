import ICAL from 'ical.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPath, sectionPath, translate } from '../../src/i18n';
import { allEventsCalendarPath, cityEventsCalendarPath, eventCalendarPath } from '../../src/lib/calendar-paths';
import { parseSequenceTable } from '../../src/lib/calendar-sequence';
import { cityOrder, listBounds, localeCodes } from '../../src/site.config';
import { testContentDir, testEntryFacts, testEntrySlugs } from '../helpers/test-project';
import { exists, fileOf, isNoindex, listPages, page, pagefindData, testBuildDate, testOrigin, testSiteDir } from '../helpers/site';

/** Every event of the test build: the sample content's and the tests' fixtures (tests/fixtures/site-content/). */
const slugs = testEntrySlugs('events');
const facts = (slug: string) => testEntryFacts('events', slug);
const isExample = (slug: string) => /^example: true$/m.test(facts(slug));
const startOf = (slug: string) => /^start: "?([\d-]+)/m.exec(facts(slug))![1]!;
/** A real all-day event in the past, without a venue, in all four languages (tests/fixtures/site-content/). */
const allDay = 'fixture-all-day-event';
const endOf = (slug: string) => /^end: "?([\d-]+)/m.exec(facts(slug))?.[1];
/** The day the calendars' window starts: `listBounds.calendarPastDays` before the test build date. */
const calendarCutoff = new Date(Date.parse(`${testBuildDate}T00:00:00Z`) - listBounds.calendarPastDays * 86_400_000)
  .toISOString()
  .slice(0, 10);
/** Events the subscription calendars carry: those whose last day is on or after the cutoff. */
const inCalendarWindow = (slug: string) => (endOf(slug) ?? startOf(slug)).slice(0, 10) >= calendarCutoff;
const statusOf = (slug: string) => /^status: (\w+)$/m.exec(facts(slug))?.[1] ?? 'scheduled';
const host = new URL(testOrigin).host;

/** Every `.ics` file of the built site, as a site path. */
function calendarPaths(): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ics')) out.push(`/${relative(testSiteDir, full).split(sep).join('/')}`);
    }
  };
  walk(testSiteDir);
  return out.sort();
}

function parseCalendar(path: string) {
  const text = readFileSync(fileOf(path), 'utf8');
  const component = new ICAL.Component(ICAL.parse(text));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { text, component, events };
}

const calendars = calendarPaths();

describe('event calendars (.ics)', () => {
  it('has sample events to check: real and example ones, scheduled, postponed and cancelled', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    expect(slugs.filter(isExample).length).toBeGreaterThan(0);
    expect(slugs.filter((slug) => !isExample(slug)).length).toBeGreaterThan(0);
  });

  it('exist for all events, each event and each city, in every locale', () => {
    for (const locale of localeCodes) {
      expect(calendars, locale).toContain(allEventsCalendarPath(locale));
      for (const slug of slugs) expect(calendars, `${locale} ${slug}`).toContain(eventCalendarPath(locale, slug));
      for (const city of cityOrder) expect(calendars, `${locale} ${city}`).toContain(cityEventsCalendarPath(locale, city));
    }
  });

  it('all parse with ical.js, with unique UIDs <slug>@<host> and a DTSTAMP fixed to the day the event was recorded', () => {
    // The sample content's events are recorded in the table; the tests' own fixture events are not (they start at
    // SEQUENCE 0, or 1 when already postponed or cancelled, and carry the calendar's own stamp).
    const table = parseSequenceTable(readFileSync(join(testContentDir, 'calendar-sequence.yaml'), 'utf8'));
    let recorded = 0;
    expect(calendars.length).toBeGreaterThan(0);
    for (const path of calendars) {
      const { text, component, events } = parseCalendar(path);
      expect(component.name, path).toBe('vcalendar');
      expect(component.getFirstPropertyValue('version'), path).toBe('2.0');
      const uids = events.map((event) => event.uid);
      expect(new Set(uids).size, path).toBe(uids.length);
      for (const uid of uids)
        expect(
          slugs.map((slug) => `${slug}@${host}`),
          path,
        ).toContain(uid);
      const stamps = text.split('\r\n').filter((l) => l.startsWith('DTSTAMP'));
      expect(stamps.length, path).toBe(events.length);
      // Not the build date: a rebuild of the same content gives the same file (content/calendar-sequence.yaml).
      for (const event of events) {
        const entry = table[event.uid.split('@')[0]!];
        if (!entry) {
          const status = String(event.component.getFirstPropertyValue('status') ?? 'CONFIRMED');
          expect(event.sequence, `${path} ${event.uid} SEQUENCE of an unrecorded event`).toBe(status === 'CONFIRMED' ? 0 : 1);
          continue;
        }
        recorded++;
        const since = entry.since;
        expect(since, event.uid).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(event.component.getFirstPropertyValue('dtstamp')?.toString(), `${path} ${event.uid}`).toBe(`${since}T00:00:00Z`);
        expect(event.sequence, `${path} ${event.uid} SEQUENCE`).toBe(table[event.uid.split('@')[0]!]!.sequence);
      }
      expect(text.endsWith('END:VCALENDAR\r\n') || text.endsWith('END:VCALENDAR'), path).toBe(true);
    }
    expect(recorded, 'events recorded in calendar-sequence.yaml checked').toBeGreaterThan(0);
  });

  it('carry upcoming events and those of the last year in the all-events and city calendars, older ones in their own', () => {
    const recent = slugs.filter(inCalendarWindow);
    // The fixtures hold both: the all-day event of 2005 is older than the window, the postponed one of 2027 inside it.
    expect(recent).toContain('fixture-postponed-event');
    expect(recent).not.toContain(allDay);
    for (const locale of localeCodes) {
      const { events } = parseCalendar(allEventsCalendarPath(locale));
      expect(events.map((event) => event.uid).sort(), locale).toStrictEqual(recent.map((slug) => `${slug}@${host}`).sort());
      const gliwice = parseCalendar(cityEventsCalendarPath(locale, 'gliwice')).events.map((event) => event.uid.split('@')[0]!);
      expect(gliwice.every(inCalendarWindow), locale).toBe(true);
      expect(gliwice, locale).not.toContain(allDay);
      expect(exists(eventCalendarPath(locale, allDay)), locale).toBe(true);
    }
  });

  it('give every event the same UID in every calendar and locale (stable)', () => {
    for (const locale of localeCodes) {
      const { events } = parseCalendar(allEventsCalendarPath(locale));
      expect(events.length, locale).toBeGreaterThan(0);
      for (const event of events) expect(slugs.map((slug) => `${slug}@${host}`)).toContain(event.uid);
      for (const slug of slugs)
        expect(parseCalendar(eventCalendarPath(locale, slug)).events.map((event) => event.uid)).toEqual([`${slug}@${host}`]);
    }
  });

  it('keep an all-day event (the fixture on 30 May 2005 in Gliwice) as an all-day DATE in every locale', () => {
    for (const locale of localeCodes) {
      // Only its own calendar carries it: the all-events and city calendars keep the last year (see above).
      for (const path of [eventCalendarPath(locale, allDay)]) {
        const { text, events } = parseCalendar(path);
        const event = events.find((candidate) => candidate.uid === `${allDay}@${host}`)!;
        expect(event, path).toBeDefined();
        expect(event.startDate.isDate, path).toBe(true);
        expect(event.startDate.toString(), path).toBe('2005-05-30');
        expect(event.endDate.toString(), path).toBe('2005-05-31');
        expect(text, path).toContain('DTSTART;VALUE=DATE:20050530');
        expect(text, path).toContain('DTEND;VALUE=DATE:20050531');
      }
    }
  });

  it('carry each event’s status, and "(example)" on example entries, in the calendar’s language', () => {
    const expected = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as Record<string, string>;
    for (const locale of localeCodes) {
      for (const slug of slugs) {
        const event = parseCalendar(eventCalendarPath(locale, slug)).events[0]!;
        expect(event.component.getFirstPropertyValue('status'), `${locale} ${slug}`).toBe(expected[statusOf(slug)]);
        expect(event.summary.endsWith(` ${translate(locale, 'example.label')}`), `${locale} ${slug}`).toBe(isExample(slug));
        expect(event.component.getFirstPropertyValue('url'), `${locale} ${slug}`).toBe(`${testOrigin}${entryPath(locale, 'events', slug)}`);
      }
    }
    expect(slugs.map(statusOf)).toEqual(expect.arrayContaining(['scheduled', 'postponed', 'cancelled']));
  });

  it('write timed events in Europe/Warsaw with a VTIMEZONE that places them right', () => {
    const { text, events } = parseCalendar(eventCalendarPath('en', 'fixture-postponed-event'));
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20270422T093000');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-04-22T07:30:00.000Z');
    const winter = parseCalendar(eventCalendarPath('pl', 'fixture-cancelled-winter-event')).events[0]!;
    expect(winter.startDate.toJSDate().toISOString()).toBe('2027-02-16T09:00:00.000Z');
  });

  it('are linked from the events index and each event page', () => {
    for (const locale of localeCodes) {
      expect(page(sectionPath(locale, 'events'))('link[rel="alternate"][type="text/calendar"]').attr('href')).toBe(
        allEventsCalendarPath(locale),
      );
      const $ = page(entryPath(locale, 'events', allDay));
      expect($('link[rel="alternate"][type="text/calendar"]').attr('href')).toBe(eventCalendarPath(locale, allDay));
      expect($(`a[href="${eventCalendarPath(locale, allDay)}"]`).length).toBe(1);
    }
  });
});

describe('event pages', () => {
  it('exist in all four locales: index and every event', () => {
    for (const locale of localeCodes) {
      expect(exists(sectionPath(locale, 'events')), locale).toBe(true);
      for (const slug of slugs) expect(exists(entryPath(locale, 'events', slug)), `${locale} ${slug}`).toBe(true);
    }
  });

  it('split the index into upcoming and past as of the build date (2026-06-01), across the list’s pages', () => {
    for (const locale of localeCodes) {
      const pagesOfList = listPages(sectionPath(locale, 'events'));
      expect(pagesOfList.length, locale).toBeGreaterThan(1);
      const $ = page(sectionPath(locale, 'events'));
      const listed = (id: string) =>
        pagesOfList.flatMap((path) =>
          page(path)(`section[aria-labelledby="${id}"] .event-card a`)
            .map((_, a) => page(path)(a).attr('href'))
            .get(),
        );
      const upcoming = listed('events-upcoming');
      const past = listed('events-past');
      expect(upcoming.length + past.length, locale).toBe(slugs.length);
      // Past events newest first: the oldest start last.
      const oldest = slugs
        .filter((slug) => past.includes(entryPath(locale, 'events', slug)))
        .sort((a, b) => startOf(a).localeCompare(startOf(b)))[0]!;
      expect(past, locale).toContain(entryPath(locale, 'events', allDay));
      expect(past[past.length - 1], locale).toBe(entryPath(locale, 'events', oldest));
      for (const slug of slugs.filter(isExample)) expect(upcoming, `${locale} ${slug}`).toContain(entryPath(locale, 'events', slug));
      const headings = pagesOfList.flatMap((path) =>
        page(path)('h2')
          .map((_, h) => page(path)(h).text())
          .get(),
      );
      expect(headings).toEqual(expect.arrayContaining([translate(locale, 'events.upcoming'), translate(locale, 'events.past')]));
      // The first page always says what is coming up.
      expect($('#events-upcoming').text()).toBe(translate(locale, 'events.upcoming'));
    }
  });

  it('list each event with one row for its kind and, when it has one, a row naming its city', () => {
    const cityOf = (slug: string) => /^city: (?:\{ id: )?"?([a-z-]+)/m.exec(facts(slug))?.[1];
    expect(slugs.filter((slug) => cityOf(slug) !== undefined).length).toBeGreaterThan(0);
    for (const locale of localeCodes) {
      const cards = listPages(sectionPath(locale, 'events')).flatMap((path) => {
        const $ = page(path);
        return $('.event-card')
          .map((_, card) => {
            const href = $(card).find('.event-card__title a').attr('href') ?? '';
            const rows = $(card)
              .find('.event-card__meta > div')
              .map((_, row) => ({ term: $(row).find('dt').text().trim(), value: $(row).find('dd').text().trim() }))
              .get();
            return { slug: href.split('/').filter(Boolean).pop()!, rows };
          })
          .get();
      });
      expect(cards.length, locale).toBe(slugs.length);
      for (const { slug, rows } of cards) {
        const terms = rows.map((row) => row.term);
        expect(
          terms.filter((term) => term === translate(locale, 'events.kind')),
          `${locale} ${slug}`,
        ).toHaveLength(1);
        const city = cityOf(slug);
        const cityRows = rows.filter((row) => row.term === translate(locale, 'events.city'));
        if (city === undefined) expect(cityRows, `${locale} ${slug}`).toStrictEqual([]);
        else
          expect(cityRows, `${locale} ${slug}`).toStrictEqual([
            {
              term: translate(locale, 'events.city'),
              value: page(entryPath(locale, 'cities', city))('h1')
                .first()
                .text()
                .trim(),
            },
          ]);
      }
    }
  });

  it('give real events JSON-LD Event data and example entries none', () => {
    for (const locale of localeCodes) {
      for (const slug of slugs) {
        const $ = page(entryPath(locale, 'events', slug));
        const blocks = $('script[type="application/ld+json"]')
          .map((_, script) => JSON.parse($(script).text()) as Record<string, unknown>)
          .get() as Record<string, unknown>[];
        const events = blocks.filter((block) => block['@type'] === 'Event');
        if (isExample(slug)) {
          expect(events, `${locale} ${slug}`).toEqual([]);
          expect(isNoindex($), `${locale} ${slug}`).toBe(true);
          expect($('.notice--example').length, `${locale} ${slug}`).toBe(1);
        } else {
          expect(events.length, `${locale} ${slug}`).toBe(1);
          const event = events[0]!;
          expect(event.url, `${locale} ${slug}`).toBe(`${testOrigin}${entryPath(locale, 'events', slug)}`);
          expect(String(event.eventStatus)).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Postponed|Cancelled)$/);
          expect(String(event.eventAttendanceMode)).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
          expect(typeof event.name).toBe('string');
        }
      }
    }
    const $ = page(entryPath('en', 'events', allDay));
    const event = JSON.parse($('script[type="application/ld+json"]').first().text()) as Record<string, unknown>;
    expect(event.startDate).toBe('2005-05-30');
    expect(event.location).toMatchObject({ '@type': 'Place', address: { addressLocality: 'Gliwice', addressCountry: 'PL' } });
  });

  it('show the date of an all-day event as its day in every language, and "not stated" for a venue not given', () => {
    const dates = { pl: '30 maja 2005', en: '30 May 2005', de: '30. Mai 2005', cs: '30. května 2005' } as const;
    for (const locale of localeCodes) {
      const $ = page(entryPath(locale, 'events', allDay));
      expect($('.event-facts time').first().attr('datetime')).toBe('2005-05-30');
      expect($('.event-facts time').first().text()).toContain(dates[locale]);
      expect($('.event-facts').text()).toContain(translate(locale, 'site.notStated'));
    }
  });

  it('state times in Warsaw time with the zone, and keep a postponed event’s first date', () => {
    const $ = page(entryPath('en', 'events', 'fixture-postponed-event'));
    expect($('.event-status').text()).toContain('It was first announced for 18 March 2027');
    expect($('.event-facts time').first().attr('datetime')).toBe('2027-04-22T09:30:00+02:00');
    expect($('.event-facts time').first().text()).toMatch(/09:30\s?–\s?15:00 Polish time \(CEST\)/);
    expect($('.event-facts s time').attr('datetime')).toBe('2027-03-18T09:30:00+01:00');
    const cancelled = page(entryPath('pl', 'events', 'fixture-cancelled-winter-event'));
    expect(cancelled('.event-status--cancelled').text()).toContain('16 lutego 2027');
  });

  it('carry search metadata: type event, filters in the page’s language and the start date', () => {
    const { filters, meta } = pagefindData(page(entryPath('de', 'events', allDay)));
    expect(filters.type).toStrictEqual(['event']);
    expect(filters.kind).toStrictEqual([translate('de', 'events.kind.conference')]);
    expect(filters.city).toStrictEqual(['Gliwice']);
    expect(meta.date).toBe('2005-05-30');
  });

  it('follow the fallback pattern: a partly translated page says so and marks the fallback text’s language', () => {
    // A fixture (tests/fixtures/site-content/): German text with a title and summary only.
    const $ = page(entryPath('de', 'events', 'fixture-partly-translated-event'));
    expect($('.notice--fallback').length).toBe(1);
    expect($('.notice--fallback').text()).toContain('Der Haupttext dieser Seite');
    expect($('h1').attr('lang')).toBeUndefined();
    expect($('h1').text()).toBe('Teilweise übersetzte Testkonferenz');
    expect($('.prose').text()).toContain('This event exists only in the test build of the site.');
    expect($('.prose').attr('lang')).toBe('en');
    expect($('.prose').attr('data-pagefind-ignore')).toBeDefined();
  });
});
