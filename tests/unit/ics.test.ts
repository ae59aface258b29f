import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEntry } from '../../src/lib/ics';

const stamp = new Date('2026-06-01T00:00:00Z');
const conference2006: CalendarEntry = {
  uid: 'future-eu-energy-mix-2006@iskctw.example.org',
  summary: 'Future EU Energy Mix',
  start: { date: '2006-05-29' },
  status: 'scheduled',
  url: 'https://iskctw.example.org/en/events/future-eu-energy-mix-2006/',
};
/** A timed event the day after summer time begins, and one the day after it ends (2027: 28 March, 31 October). */
const spring: CalendarEntry = {
  uid: 'spring@x',
  summary: 'Spring workshop',
  start: { date: '2027-03-29', time: '10:00' },
  end: { date: '2027-03-29', time: '13:30' },
  status: 'postponed',
  sequence: 1,
};
const autumn: CalendarEntry = {
  uid: 'autumn@x',
  summary: 'Autumn workshop',
  start: { date: '2027-11-01', time: '10:00' },
  end: { date: '2027-11-01', time: '13:30' },
  status: 'cancelled',
};

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { component, events: component.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)) };
}

describe('buildCalendar', () => {
  it('writes a date-only event as an all-day DATE with an exclusive end, whatever the build machine’s zone', () => {
    const text = buildCalendar({ name: 'Events', language: 'en', stamp, entries: [conference2006] });
    expect(text).toContain('DTSTART;VALUE=DATE:20060529');
    expect(text).toContain('DTEND;VALUE=DATE:20060530');
    expect(text).not.toContain('VTIMEZONE');
    const [event] = parse(text).events;
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2006-05-29');
    expect(event!.endDate.toString()).toBe('2006-05-30');
  });

  it('stamps every entry with the build date in UTC and keeps UIDs, URL and status', () => {
    const text = buildCalendar({ name: 'Events', language: 'en', stamp, entries: [conference2006, spring, autumn] });
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20260601T000000Z', 'DTSTAMP:20260601T000000Z', 'DTSTAMP:20260601T000000Z']);
    expect(text.match(/^UID:.*$/gm)).toEqual(['UID:future-eu-energy-mix-2006@iskctw.example.org', 'UID:spring@x', 'UID:autumn@x']);
    expect(text.match(/^STATUS:.*$/gm)).toEqual(['STATUS:CONFIRMED', 'STATUS:TENTATIVE', 'STATUS:CANCELLED']);
    expect(parse(text).events[0]!.component.getFirstPropertyValue('url')).toBe(conference2006.url);
    expect(text).toContain('METHOD:PUBLISH');
    expect(text).toMatch(/^SEQUENCE:1$/m);
  });

  it('writes timed events in Europe/Warsaw with a VTIMEZONE, right on both sides of a DST change', () => {
    const text = buildCalendar({ name: 'Events', language: 'pl', stamp, entries: [spring, autumn] });
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20270329T100000');
    expect(text).toContain('DTEND;TZID=Europe/Warsaw:20270329T133000');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20271101T100000');
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
    expect(text).toContain('TZID:Europe/Warsaw');
    const { events } = parse(text);
    // 10:00 CEST (UTC+2) after the spring change, 10:00 CET (UTC+1) after the autumn one.
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-03-29T08:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2027-03-29T11:30:00.000Z');
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2027-11-01T09:00:00.000Z');
  });

  it('gives the same text for the same input (reproducible builds)', () => {
    const input = { name: 'Events', language: 'de', stamp, entries: [conference2006, spring] };
    expect(buildCalendar(input)).toBe(buildCalendar(input));
  });

  it('folds long lines and escapes text as RFC 5545 asks', () => {
    const long: CalendarEntry = {
      ...conference2006,
      summary: 'Konferencja „Rola i miejsce węgla w polityce energetycznej Polski do roku 2030”; Gliwice, 2009',
    };
    const text = buildCalendar({ name: 'Wydarzenia', language: 'pl', stamp, entries: [long] });
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).events[0]!.summary).toBe(long.summary);
  });
});

describe('buildCalendar with hostile editor text', () => {
  // ical.js reads the calendar name properties (RFC 7986 NAME, the de-facto X-WR-*) raw unless told they are TEXT.
  for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };
  const injection = 'Konferencja\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected';
  const veventCount = (text: string) => text.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0;

  it('keeps an event title with line breaks in one SUMMARY: one VEVENT, the breaks read as spaces', () => {
    const text = buildCalendar({ name: 'Wydarzenia', language: 'pl', stamp, entries: [{ ...conference2006, summary: injection }] });
    expect(veventCount(text)).toBe(1);
    const { events } = parse(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('Konferencja END:VEVENT BEGIN:VEVENT SUMMARY:injected');
  });

  it('escapes a calendar name and description with ; , \\ and line breaks (the one-event calendar is named after the event)', () => {
    const text = buildCalendar({
      name: `Gliwice; Zabrze, Rybnik \\ ${injection}`,
      description: 'Opis;\r\ndrugi, wiersz \\ END:VCALENDAR',
      language: 'pl',
      stamp,
      entries: [conference2006],
    });
    expect(veventCount(text)).toBe(1);
    const { component, events } = parse(text);
    expect(events.map((event) => event.summary)).toEqual(['Future EU Energy Mix']);
    const name = 'Gliwice; Zabrze, Rybnik \\ Konferencja END:VEVENT BEGIN:VEVENT SUMMARY:injected';
    expect(component.getFirstPropertyValue('name')).toBe(name);
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe(name);
    expect(component.getFirstPropertyValue('x-wr-caldesc')).toBe('Opis;\ndrugi, wiersz \\ END:VCALENDAR');
  });

  it('writes a description’s line breaks (CRLF, CR, LF, U+2028) as \\n and drops control characters', () => {
    const description = 'Zapisy:\r\nlinia 2\rlinia 3\nlinia 4\u2028linia 5\u000B\u0001!\r\nEND:VEVENT';
    const text = buildCalendar({ name: 'Wydarzenia', language: 'pl', stamp, entries: [{ ...conference2006, description }] });
    expect(veventCount(text)).toBe(1);
    expect(parse(text).events[0]!.description).toBe('Zapisy:\nlinia 2\nlinia 3\nlinia 4\nlinia 5!\nEND:VEVENT');
  });

  it('keeps a place with line breaks on one LOCATION line per part', () => {
    const text = buildCalendar({
      name: 'Wydarzenia',
      language: 'pl',
      stamp,
      entries: [{ ...conference2006, location: { title: 'Sala\r\nEND:VEVENT', address: 'ul. Długa 1,\nGliwice' } }],
    });
    expect(veventCount(text)).toBe(1);
    expect(parse(text).events[0]!.location).toBe('Sala END:VEVENT\nul. Długa 1, Gliwice');
  });

  it('puts the time zone of a timed or empty calendar before the first VEVENT line, not inside a name that mentions one', () => {
    const name = 'Plan: BEGIN:VEVENT … END:VCALENDAR';
    for (const entries of [[], [spring]]) {
      const text = buildCalendar({ name, language: 'pl', stamp, entries });
      expect(text.match(/^X-WR-CALNAME:.*$/m)?.[0]).toBe('X-WR-CALNAME:Plan: BEGIN:VEVENT … END:VCALENDAR');
      const { component, events } = parse(text);
      expect(component.getAllSubcomponents('vtimezone')).toHaveLength(1);
      expect(events).toHaveLength(entries.length);
      expect(component.getFirstPropertyValue('x-wr-calname')).toBe(name);
    }
  });

  it('folds long Polish names and descriptions between characters, never inside one, at 75 octets', () => {
    const polish = 'Zażółć gęślą jaźń; ŚLĄSKIE ŹRÓDŁA ĆWICZEŃ, ąęłńóśźż 🏭 '.repeat(4);
    const text = buildCalendar({
      name: polish,
      description: polish,
      language: 'pl',
      stamp,
      entries: [{ ...conference2006, summary: polish, description: polish }],
    });
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { component, events } = parse(text);
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe(polish.trim());
    expect(events[0]!.summary).toBe(polish.trim());
    expect(events[0]!.description).toBe(polish);
  });
});
