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
const spring: CalendarEntry = { uid: 'spring@x', summary: 'Spring workshop', start: { date: '2027-03-29', time: '10:00' }, end: { date: '2027-03-29', time: '13:30' }, status: 'postponed', sequence: 1 };
const autumn: CalendarEntry = { uid: 'autumn@x', summary: 'Autumn workshop', start: { date: '2027-11-01', time: '10:00' }, end: { date: '2027-11-01', time: '13:30' }, status: 'cancelled' };

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
    const long: CalendarEntry = { ...conference2006, summary: 'Konferencja „Rola i miejsce węgla w polityce energetycznej Polski do roku 2030”; Gliwice, 2009' };
    const text = buildCalendar({ name: 'Wydarzenia', language: 'pl', stamp, entries: [long] });
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).events[0]!.summary).toBe(long.summary);
  });
});
