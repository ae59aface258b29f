/**
 * Event dates and times are local to Europe/Warsaw (DESIGN §3). These helpers turn a local date or time
 * (`{ date: 'YYYY-MM-DD', time?: 'HH:mm' }`, as the event schema gives it) into instants and back,
 * independent of the time zone of the machine that builds the site.
 */

/** The time zone event times are written in and shown in. */
export const eventTimeZone = 'Europe/Warsaw';

/** A local date, or a local date and time, in Europe/Warsaw. */
export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` (24-hour); absent for a date-only (all-day) value. */
  time?: string | undefined;
}

/** The parts of a local date and time as numbers (month 1–12). */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * Split a local value into numbers; a date-only value is midnight.
 * @example localParts({ date: '2006-05-29' }) // { year: 2006, month: 5, day: 29, hour: 0, minute: 0 }
 */
export function localParts(value: LocalDateTime): LocalParts {
  const [year, month, day] = value.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = (value.time ?? '00:00').split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: eventTimeZone, timeZoneName: 'longOffset' });

/**
 * Europe/Warsaw's offset from UTC at an instant, in minutes (60 in winter, 120 in summer).
 * @example warsawOffsetMinutes(new Date('2026-07-01T12:00:00Z')) // 120
 */
export function warsawOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant a Europe/Warsaw local time names (a date-only value: local midnight).
 * @example warsawInstant({ date: '2027-04-22', time: '09:30' }).toISOString() // '2027-04-22T07:30:00.000Z'
 */
export function warsawInstant(value: LocalDateTime): Date {
  const key = value.time ? `${value.date}T${value.time}` : value.date;
  let time = instants.get(key);
  if (time === undefined) {
    const { year, month, day, hour, minute } = localParts(value);
    const asUtc = Date.UTC(year, month - 1, day, hour, minute);
    // First guess with the offset at that moment in UTC, then correct once with the offset at the guess:
    // right on both sides of a DST change (a local time skipped in spring resolves to the later offset).
    const guess = asUtc - warsawOffsetMinutes(new Date(asUtc)) * 60_000;
    time = asUtc - warsawOffsetMinutes(new Date(guess)) * 60_000;
    instants.set(key, time);
  }
  // A new Date each time: callers may change theirs.
  return new Date(time);
}

/**
 * Instants already worked out, by local value (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`): each costs two time-zone
 * lookups, and sorting events asks for the same ones over and over. A build has a few thousand distinct values.
 */
const instants = new Map<string, number>();

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: eventTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in Europe/Warsaw.
 * @example warsawDay(new Date('2026-05-31T22:30:00Z')) // '2026-06-01'
 */
export function warsawDay(instant: Date): string {
  const time = instant.getTime();
  let day = days.get(time);
  if (day === undefined) {
    const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((part) => [part.type, part.value]));
    day = `${parts.year}-${parts.month}-${parts.day}`;
    days.set(time, day);
  }
  return day;
}

/** Days already worked out, by instant: "upcoming or past" asks for the build date's day once per event. */
const days = new Map<number, string>();

/**
 * ISO 8601 text of a local value: the date alone for a date-only value, otherwise the local time with its offset.
 * @example isoLocal({ date: '2027-01-12', time: '10:00' }) // '2027-01-12T10:00:00+01:00'
 */
export function isoLocal(value: LocalDateTime): string {
  if (!value.time) return value.date;
  const offset = warsawOffsetMinutes(warsawInstant(value));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${value.date}T${value.time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The day after a `YYYY-MM-DD` date (for the exclusive end of all-day calendar entries).
 * @example nextDay('2006-05-29') // '2006-05-30'
 */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
