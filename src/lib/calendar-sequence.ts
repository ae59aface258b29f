import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { warsawInstant } from './warsaw-time';

/**
 * iCalendar `SEQUENCE` of each event, from committed content (`content/calendar-sequence.yaml`), so that it is the same
 * in every rebuild and grows whenever an event's date, time, place or status changes: calendar apps then replace the
 * copy they hold. Git history cannot tell (CI clones are shallow), so the table records, per event folder, the
 * fingerprint of those facts, the sequence, and the day the fingerprint was recorded. `npm run calendar:sequence`
 * updates it; `tests/unit/calendar-sequence-content.test.ts` fails, with the exact lines to write, when it is stale.
 */

/** What the table holds for one event. */
export interface SequenceEntry {
  /** Fingerprint of the facts a calendar entry depends on (`calendarFingerprint`). */
  fingerprint: string;
  /** iCalendar SEQUENCE: 0 when first recorded, one more at each change. */
  sequence: number;
  /** The day this fingerprint was recorded (`YYYY-MM-DD`): when the event was announced or last moved. */
  since: string;
}

export type SequenceTable = Record<string, SequenceEntry>;

/** A local date and time as the event schema gives it. */
interface When {
  date: string;
  time?: string | undefined;
}

/** The facts of an event that a calendar entry's time, place and status come from (the event schema's output). */
export interface CalendarFacts {
  start: When;
  end?: When | undefined;
  status: string;
  previousStart?: When | undefined;
  attendance: string;
  city?: string | { id: string } | undefined;
  venue?: { name: string; address?: string | undefined; location?: unknown } | undefined;
}

/**
 * A short, stable fingerprint of an event's date, time, place and status (key order and unset fields do not matter).
 * @example calendarFingerprint({ start: { date: '2027-04-22' }, status: 'scheduled', attendance: 'inPerson' }) // 12 hex digits
 */
export function calendarFingerprint(facts: CalendarFacts): string {
  const when = (value: When | undefined) => (value ? `${value.date}T${value.time ?? ''}` : '');
  const city = typeof facts.city === 'string' ? facts.city : (facts.city?.id ?? '');
  const canonical = [
    when(facts.start),
    when(facts.end),
    facts.status,
    when(facts.previousStart),
    facts.attendance,
    city,
    facts.venue?.name ?? '',
    facts.venue?.address ?? '',
    JSON.stringify(facts.venue?.location ?? null),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}

const entryPattern = { fingerprint: /^[0-9a-f]{12}$/, since: /^\d{4}-\d{2}-\d{2}$/ };

/**
 * Reads the committed table; a malformed entry is an error naming the event.
 * @example parseSequenceTable('a: { fingerprint: 0123456789ab, sequence: 0, since: 2026-12-02 }\n').a?.sequence // 0
 */
export function parseSequenceTable(text: string): SequenceTable {
  const data: unknown = parse(text) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('calendar-sequence.yaml: expected event folders as keys');
  const table: SequenceTable = {};
  for (const [slug, value] of Object.entries(data as Record<string, unknown>)) {
    const entry = value as Partial<Record<keyof SequenceEntry, unknown>>;
    const fingerprint = String(entry?.fingerprint ?? '');
    const since = String(entry?.since ?? '');
    if (
      !entryPattern.fingerprint.test(fingerprint) ||
      !Number.isInteger(entry?.sequence) ||
      (entry.sequence as number) < 0 ||
      !entryPattern.since.test(since)
    ) {
      throw new Error(
        `calendar-sequence.yaml: the entry of "${slug}" needs fingerprint (12 hex digits), sequence (0 or more) and since (YYYY-MM-DD).`,
      );
    }
    table[slug] = { fingerprint, sequence: entry.sequence as number, since };
  }
  return table;
}

/** One table line, as `formatSequenceTable` writes it. */
export function sequenceLine(slug: string, entry: SequenceEntry): string {
  return `${slug}: { fingerprint: "${entry.fingerprint}", sequence: ${entry.sequence}, since: "${entry.since}" }`;
}

/** The table as committed: a header, then one line per event folder in alphabetical order. */
export function formatSequenceTable(table: SequenceTable): string {
  const header = [
    "# iCalendar SEQUENCE of each event (src/lib/calendar-sequence.ts): grows whenever the event's date, time, place or",
    '# status changes, so subscribed calendars update. Written by `npm run calendar:sequence`; do not edit by hand.',
  ];
  const lines = Object.keys(table)
    .sort()
    .map((slug) => sequenceLine(slug, table[slug]!));
  return `${[...header, ...lines].join('\n')}\n`;
}

/**
 * The table brought up to date with the events' current fingerprints on `today`: a new event starts at
 * `firstSequence(slug)` (0 unless told), a changed one goes up by one, a removed one leaves. Unchanged entries stay.
 */
export function updateSequenceTable(
  table: SequenceTable,
  fingerprints: Readonly<Record<string, string>>,
  today: string,
  firstSequence: (slug: string) => number = () => 0,
): SequenceTable {
  const next: SequenceTable = {};
  for (const [slug, fingerprint] of Object.entries(fingerprints)) {
    const known = table[slug];
    if (!known) next[slug] = { fingerprint, sequence: firstSequence(slug), since: today };
    else if (known.fingerprint === fingerprint) next[slug] = known;
    else next[slug] = { fingerprint, sequence: known.sequence + 1, since: today };
  }
  return next;
}

/**
 * The lines that differ between the committed table and the content, as "event: write <line>" / "remove <slug>";
 * empty when the table is current. Used by the content test, which prints them with the command that writes them.
 */
export function staleSequenceLines(
  table: SequenceTable,
  fingerprints: Readonly<Record<string, string>>,
  today: string,
  firstSequence: (slug: string) => number = () => 0,
): string[] {
  const next = updateSequenceTable(table, fingerprints, today, firstSequence);
  const out: string[] = [];
  for (const slug of Object.keys(next).sort()) {
    if (table[slug]?.fingerprint !== next[slug]!.fingerprint) out.push(sequenceLine(slug, next[slug]!));
  }
  for (const slug of Object.keys(table).sort()) if (!(slug in next)) out.push(`(remove the line of ${slug})`);
  return out;
}

/**
 * Where a newly recorded event starts: 0 when scheduled; 1 when already postponed or cancelled, as the calendars
 * published before this table existed said (and as a change it is).
 */
export const firstSequenceOf = (status: string): number => (status === 'scheduled' ? 0 : 1);

/**
 * The SEQUENCE of an event in a build: the recorded one while the facts match, one more when they changed since (the
 * table was not updated yet; the content test fails then), 0 for an event not recorded.
 */
export function sequenceFor(table: SequenceTable, slug: string, facts: CalendarFacts): number {
  const entry = table[slug];
  if (!entry) return firstSequenceOf(facts.status);
  return entry.fingerprint === calendarFingerprint(facts) ? entry.sequence : entry.sequence + 1;
}

/**
 * The DTSTAMP of an event in a build: midnight UTC of the day its current facts were recorded, so a calendar file
 * changes only when an event does; undefined (the calendar's own stamp) when the facts are not the recorded ones.
 * @example stampFor({ fair: { fingerprint, sequence: 0, since: '2026-12-02' } }, 'fair', facts)?.toISOString() // '2026-12-02T00:00:00.000Z'
 */
export function stampFor(table: SequenceTable, slug: string, facts: CalendarFacts): Date | undefined {
  const entry = table[slug];
  return entry && entry.fingerprint === calendarFingerprint(facts) ? new Date(`${entry.since}T00:00:00Z`) : undefined;
}

/**
 * The date an event is filed under in feeds: the day it was announced or last moved (`since`, Warsaw midnight), or
 * its start when that came earlier (an archive entry about a past event); `updated` in the event's facts wins when
 * later. Never the build date, so an item's date does not move between rebuilds unless its content changes.
 * @example feedDateOf({ fingerprint, sequence: 0, since: '2026-12-02' }, { date: '2006-05-29' }).toISOString() // '2006-05-28T22:00:00.000Z'
 */
export function feedDateOf(entry: SequenceEntry | undefined, start: When, updated?: Date): Date {
  const filed = entry && entry.since < start.date ? warsawInstant({ date: entry.since }) : warsawInstant(start);
  return updated && updated.getTime() > filed.getTime() ? updated : filed;
}
