import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstSequenceOf, parseSequenceTable, staleSequenceLines } from '../../src/lib/calendar-sequence';
import { calendarSequences } from '../../src/lib/queries/calendar-sequence';
import { contentEvents, sequenceFile, warsawToday } from '../../scripts/calendar-sequence';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe(`${sequenceFile} (iCalendar SEQUENCE of every event)`, () => {
  it("records every event's current date, time, place and status", () => {
    const events = contentEvents(root);
    expect(Object.keys(events).length).toBeGreaterThan(5);
    const table = parseSequenceTable(readFileSync(join(root, sequenceFile), 'utf8'));
    const fingerprints = Object.fromEntries(Object.entries(events).map(([slug, event]) => [slug, event.fingerprint]));
    const stale = staleSequenceLines(table, fingerprints, warsawToday(), (slug) => firstSequenceOf(events[slug]?.status ?? 'scheduled'));
    expect(calendarSequences, 'the table the build reads').toEqual(table);
    expect(
      stale,
      `${sequenceFile} is out of date: run \`npm run calendar:sequence\` and commit it; it writes:\n${stale.join('\n')}\n`,
    ).toEqual([]);
  });
});
