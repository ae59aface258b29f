import { describe, expect, it } from 'vitest';
import {
  calendarFingerprint,
  feedDateOf,
  firstSequenceOf,
  formatSequenceTable,
  parseSequenceTable,
  sequenceFor,
  stampFor,
  staleSequenceLines,
  updateSequenceTable,
  type CalendarFacts,
} from '../../src/lib/calendar-sequence';

const fair: CalendarFacts = {
  start: { date: '2027-04-22', time: '09:30' },
  end: { date: '2027-04-22', time: '15:00' },
  status: 'scheduled',
  attendance: 'inPerson',
  city: { id: 'jaworzno' },
  venue: { name: 'Centrum Kultury', address: 'ul. Grunwaldzka 274' },
};
const print = calendarFingerprint(fair);

describe('calendarFingerprint', () => {
  it('is 12 hex digits, the same for the same facts however written', () => {
    expect(print).toMatch(/^[0-9a-f]{12}$/);
    expect(
      calendarFingerprint({
        venue: { address: 'ul. Grunwaldzka 274', name: 'Centrum Kultury' },
        city: 'jaworzno',
        attendance: 'inPerson',
        status: 'scheduled',
        end: fair.end,
        start: fair.start,
      }),
    ).toBe(print);
  });

  it('changes with the date, the time, the place and the status', () => {
    const changed: CalendarFacts[] = [
      { ...fair, start: { date: '2027-04-23', time: '09:30' } },
      { ...fair, start: { date: '2027-04-22', time: '10:00' } },
      { ...fair, end: undefined },
      { ...fair, status: 'postponed', previousStart: { date: '2027-03-18', time: '09:30' } },
      { ...fair, status: 'cancelled' },
      { ...fair, attendance: 'online' },
      { ...fair, city: { id: 'tychy' } },
      { ...fair, venue: { name: 'Hala Sportowa' } },
      { ...fair, venue: { ...fair.venue!, location: { lat: 50.2, lon: 19.27 } } },
    ];
    const prints = changed.map(calendarFingerprint);
    expect(new Set([print, ...prints]).size).toBe(changed.length + 1);
  });
});

describe('the sequence table', () => {
  const table = parseSequenceTable(
    '# header\nfair: { fingerprint: "' +
      print +
      '", sequence: 2, since: "2026-11-01" }\nold: { fingerprint: "0123456789ab", sequence: 0, since: "2026-01-01" }\n',
  );

  it('reads and writes the committed format', () => {
    expect(table.fair).toEqual({ fingerprint: print, sequence: 2, since: '2026-11-01' });
    expect(parseSequenceTable(formatSequenceTable(table))).toEqual(table);
    expect(
      formatSequenceTable(table)
        .split('\n')
        .filter((line) => !line.startsWith('#')),
    ).toEqual([
      `fair: { fingerprint: "${print}", sequence: 2, since: "2026-11-01" }`,
      'old: { fingerprint: "0123456789ab", sequence: 0, since: "2026-01-01" }',
      '',
    ]);
    expect(() => parseSequenceTable('fair: { fingerprint: "xyz", sequence: 0, since: "2026-11-01" }')).toThrow(/"fair" needs fingerprint/);
    expect(() => parseSequenceTable('fair: { fingerprint: "0123456789ab", sequence: -1, since: "2026-11-01" }')).toThrow(/"fair"/);
  });

  it('keeps an unchanged event, raises a changed one, starts a new one and drops a removed one', () => {
    const moved = calendarFingerprint({ ...fair, start: { date: '2027-05-06', time: '09:30' } });
    expect(updateSequenceTable(table, { fair: print, added: '0123456789ab' }, '2026-12-02')).toEqual({
      fair: table.fair,
      added: { fingerprint: '0123456789ab', sequence: 0, since: '2026-12-02' },
    });
    expect(updateSequenceTable(table, { fair: moved }, '2026-12-02').fair).toEqual({
      fingerprint: moved,
      sequence: 3,
      since: '2026-12-02',
    });
    expect(updateSequenceTable({}, { gone: print }, '2026-12-02', () => firstSequenceOf('cancelled')).gone?.sequence).toBe(1);
  });

  it('names the exact lines to write when the table is out of date, and nothing when it is current', () => {
    expect(staleSequenceLines(table, { fair: print, old: '0123456789ab' }, '2026-12-02')).toEqual([]);
    const moved = calendarFingerprint({ ...fair, status: 'cancelled' });
    expect(staleSequenceLines(table, { fair: moved }, '2026-12-02')).toEqual([
      `fair: { fingerprint: "${moved}", sequence: 3, since: "2026-12-02" }`,
      '(remove the line of old)',
    ]);
  });

  it('gives the build the recorded sequence, one more for facts changed since, and a first one for an event not recorded', () => {
    expect(sequenceFor(table, 'fair', fair)).toBe(2);
    expect(sequenceFor(table, 'fair', { ...fair, status: 'cancelled' })).toBe(3);
    expect(sequenceFor(table, 'new', fair)).toBe(0);
    expect(sequenceFor(table, 'new', { ...fair, status: 'postponed' })).toBe(1);
  });

  it('stamps an event with the day its current facts were recorded, and leaves changed or unknown ones to the calendar', () => {
    expect(stampFor(table, 'fair', fair)?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(stampFor(table, 'fair', { ...fair, status: 'cancelled' })).toBeUndefined();
    expect(stampFor(table, 'new', fair)).toBeUndefined();
  });
});

describe('feedDateOf', () => {
  const entry = { fingerprint: print, sequence: 0, since: '2026-12-02' };

  it('files an upcoming event under the day it was recorded and a past one under its start, never the build date', () => {
    expect(feedDateOf(entry, { date: '2027-04-22', time: '09:30' }).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(feedDateOf(entry, { date: '2006-05-29' }).toISOString()).toBe('2006-05-28T22:00:00.000Z');
    expect(feedDateOf(undefined, { date: '2027-04-22', time: '09:30' }).toISOString()).toBe('2027-04-22T07:30:00.000Z');
  });

  it("lets a later `updated` of the event's facts win", () => {
    expect(feedDateOf(entry, { date: '2006-05-29' }, new Date('2026-12-05T00:00:00Z')).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(feedDateOf(entry, { date: '2027-04-22' }, new Date('2020-01-01T00:00:00Z')).toISOString()).toBe('2026-12-01T23:00:00.000Z');
  });
});
