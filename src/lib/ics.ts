import ical, { escape, ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { multiLine, singleLine } from './plain-text';
import { eventTimeZone, localParts, nextDay, type LocalDateTime, type LocalParts } from './warsaw-time';

/** One entry of a calendar: language-resolved text plus the event's facts. */
export interface CalendarEntry {
  /** Stable id, `<slug>@<host>`: calendar apps update an entry they already have instead of adding a copy. */
  uid: string;
  summary: string;
  description?: string | undefined;
  start: LocalDateTime;
  end?: LocalDateTime | undefined;
  status: 'scheduled' | 'postponed' | 'cancelled';
  /** Bumped when the entry changed in a way calendar apps must pick up (a new date, a cancellation). */
  sequence?: number | undefined;
  /** DTSTAMP of this entry (when its facts were last revised); the calendar's `stamp` when not given. */
  stamp?: Date | undefined;
  url?: string | undefined;
  location?: { title: string; address?: string | undefined; geo?: { lat: number; lon: number } | undefined } | undefined;
}

export interface CalendarInput {
  name: string;
  description?: string | undefined;
  /** The page the calendar belongs to. */
  url?: string | undefined;
  /** The calendar's language, for PRODID (e.g. `pl`). */
  language: string;
  /** DTSTAMP of every entry that has none of its own: a fixed date, so that two builds of the same content give the same file. */
  stamp: Date;
  entries: readonly CalendarEntry[];
}

/**
 * Europe/Warsaw as a VTIMEZONE (EU summer time rules, in force since 1996), so that clients which do not
 * know IANA names (Outlook among them) still place `TZID=Europe/Warsaw` times correctly.
 */
export const warsawVTimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${eventTimeZone}`,
  `X-LIC-LOCATION:${eventTimeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const statuses = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/**
 * A local date as ical-generator's Temporal `PlainDate` stand-in: printed as `YYYYMMDD` exactly as given,
 * never shifted through the build machine's time zone.
 */
function plainDate(date: string): {
  year: number;
  month: number;
  day: number;
  toJSON(): string;
  toString(): string;
  toPlainDateTime(): ReturnType<typeof plainDateTime>;
} {
  const { year, month, day } = localParts({ date });
  return { year, month, day, toJSON: () => date, toString: () => date, toPlainDateTime: () => plainDateTime({ date, time: '00:00' }) };
}

interface PlainDateTime extends LocalParts {
  second: number;
  toJSON(): string;
  toString(): string;
  toPlainDate(): ReturnType<typeof plainDate>;
  toZonedDateTime(timeZoneId: string): ZonedDateTime;
}
interface ZonedDateTime extends Omit<PlainDateTime, 'toPlainDate' | 'toZonedDateTime'> {
  timeZoneId: string;
  toPlainDateTime(): PlainDateTime;
  withTimeZone(timeZoneId: string): ZonedDateTime;
  toInstant(): never;
}

/**
 * A local date and time as ical-generator's Temporal `PlainDateTime` stand-in: with `timezone` set it is printed
 * as `TZID=Europe/Warsaw:YYYYMMDDTHHMMSS`, the wall-clock time as written, whatever the build machine's zone.
 */
function plainDateTime(value: LocalDateTime): PlainDateTime {
  const { year, month, day, hour, minute } = localParts(value);
  const text = `${value.date}T${value.time ?? '00:00'}:00`;
  const plain: PlainDateTime = {
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate(value.date),
    toZonedDateTime: (timeZoneId: string) => {
      const zoned: ZonedDateTime = {
        year,
        month,
        day,
        hour,
        minute,
        second: 0,
        timeZoneId,
        toJSON: () => `${text}[${timeZoneId}]`,
        toString: () => `${text}[${timeZoneId}]`,
        toPlainDateTime: () => plain,
        withTimeZone: () => zoned,
        toInstant: () => {
          throw new Error('not needed: times are written as local wall-clock times');
        },
      };
      return zoned;
    },
  };
  return plain;
}

/**
 * A TEXT value escaped as RFC 5545 (3.3.11) asks, for the properties ical-generator writes unescaped:
 * backslash, `;` and `,` get a backslash, a line break becomes `\n`; folding stays ical-generator's job.
 * @example icsText('Gliwice; Zabrze, Rybnik') // 'Gliwice\\; Zabrze\\, Rybnik'
 */
export function icsText(text: string): string {
  return escape(text, false);
}

/** True when an entry has times of day (start and end both, or a start alone). */
function isTimed(entry: Pick<CalendarEntry, 'start' | 'end'>): boolean {
  return Boolean(entry.start.time) && (!entry.end || Boolean(entry.end.time));
}

/**
 * The ical-generator fields of one entry: all-day entries as `VALUE=DATE` with an exclusive end
 * (29 May 2006 → DTSTART 20060529, DTEND 20060530), timed ones in Europe/Warsaw.
 * @example entryData({ uid: 'a@x', summary: 'A', start: { date: '2006-05-29' }, status: 'scheduled' }, stamp).allDay // true
 */
export function entryData(entry: CalendarEntry, stamp: Date): ICalEventData {
  const address = entry.location?.address && singleLine(entry.location.address);
  const common: ICalEventData = {
    // ical-generator escapes SUMMARY, DESCRIPTION, LOCATION and URL itself (RFC 5545 3.3.11), but not UID.
    id: icsText(singleLine(entry.uid)),
    start: plainDate(entry.start.date),
    summary: singleLine(entry.summary),
    description: entry.description === undefined ? null : multiLine(entry.description),
    status: statuses[entry.status],
    sequence: entry.sequence ?? 0,
    stamp: entry.stamp ?? stamp,
    url: entry.url === undefined ? null : singleLine(entry.url),
    location: entry.location
      ? {
          title: singleLine(entry.location.title),
          ...(address ? { address } : {}),
          ...(entry.location.geo ? { geo: entry.location.geo } : {}),
        }
      : null,
  };
  if (!isTimed(entry)) {
    return { ...common, allDay: true, start: plainDate(entry.start.date), end: plainDate(nextDay((entry.end ?? entry.start).date)) };
  }
  return { ...common, timezone: eventTimeZone, start: plainDateTime(entry.start), end: entry.end ? plainDateTime(entry.end) : null };
}

/**
 * An iCalendar (RFC 5545) file: `METHOD:PUBLISH`, a Europe/Warsaw VTIMEZONE when any entry has times (or none exists),
 * every DTSTAMP the given build date.
 * @example buildCalendar({ name: 'Events', language: 'en', stamp, entries: [] }).startsWith('BEGIN:VCALENDAR') // true
 */
export function buildCalendar(input: CalendarInput): string {
  const calendar = ical({
    // ical-generator writes NAME, X-WR-CALNAME, X-WR-CALDESC and the calendar's URL as given (10.2 and 11.1 alike).
    name: icsText(singleLine(input.name)),
    description: input.description === undefined ? null : icsText(multiLine(input.description)),
    url: input.url === undefined ? null : singleLine(input.url),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'iskctw', product: 'events', language: input.language.toUpperCase() },
  });
  for (const entry of input.entries) calendar.createEvent(entryData(entry, input.stamp));
  let text = calendar.toString();
  // ical-generator writes VTIMEZONE only for a calendar-wide zone, which would also shift all-day dates and
  // DTSTAMP through the build machine's zone; so the zone is set per entry and its definition added here.
  // An empty calendar gets it too: RFC 5545 wants at least one component (a city's calendar before its first event).
  if (input.entries.length === 0 || input.entries.some(isTimed)) {
    // Whole lines only: a calendar name may well read "… BEGIN:VEVENT …".
    const first = text.indexOf('\r\nBEGIN:VEVENT\r\n');
    const at = (first === -1 ? text.lastIndexOf('\r\nEND:VCALENDAR') : first) + 2;
    text = `${text.slice(0, at)}X-WR-TIMEZONE:${eventTimeZone}\r\n${warsawVTimezone}\r\n${text.slice(at)}`;
  }
  return text;
}
