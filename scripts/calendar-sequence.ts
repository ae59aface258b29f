/**
 * `npm run calendar:sequence`: brings content/calendar-sequence.yaml up to date with the events in content/events/:
 * a new event is recorded with SEQUENCE 0, an event whose date, time, place or status changed goes up by one (so
 * subscribed calendars replace it), a removed one leaves the table. Run it after changing an event and commit the
 * table with the change; `tests/unit/calendar-sequence-content.test.ts` fails until then, naming the lines.
 *
 *   npm run calendar:sequence             update the table
 *   npm run calendar:sequence -- --check  list what is out of date (exit 1), write nothing
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  calendarFingerprint,
  firstSequenceOf,
  formatSequenceTable,
  parseSequenceTable,
  staleSequenceLines,
  updateSequenceTable,
  type CalendarFacts,
} from '../src/lib/calendar-sequence';
import { scaffoldTools } from '../src/lib/scaffold/schema-tree';
import { parseYaml } from '../src/lib/validation/yaml-source';
import { eventSchema } from '../src/schemas/event';

/** The committed table, relative to the project. */
export const sequenceFile = 'content/calendar-sequence.yaml';

/** The fingerprint and status of every published (non-draft) event under `<root>/content/events/`, by folder name. */
export function contentEvents(root: string): Record<string, { fingerprint: string; status: string }> {
  const folder = join(root, 'content/events');
  const schema = eventSchema(scaffoldTools);
  const out: Record<string, { fingerprint: string; status: string }> = {};
  for (const slug of readdirSync(folder).sort()) {
    const file = join(folder, slug, 'event.yaml');
    if (!existsSync(file)) continue;
    const parsed = schema.safeParse(parseYaml(readFileSync(file, 'utf8')).data);
    if (!parsed.success) throw new Error(`content/events/${slug}/event.yaml is not valid: run npm run validate.`);
    if ((parsed.data as { draft?: boolean }).draft) continue;
    const facts = parsed.data as CalendarFacts;
    out[slug] = { fingerprint: calendarFingerprint(facts), status: facts.status };
  }
  return out;
}

/** Today in Warsaw, `YYYY-MM-DD`: the day a change is recorded. */
export const warsawToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const path = join(root, sequenceFile);
  const table = existsSync(path) ? parseSequenceTable(readFileSync(path, 'utf8')) : {};
  const events = contentEvents(root);
  const fingerprints = Object.fromEntries(Object.entries(events).map(([slug, event]) => [slug, event.fingerprint]));
  const first = (slug: string) => firstSequenceOf(events[slug]?.status ?? 'scheduled');
  const stale = staleSequenceLines(table, fingerprints, warsawToday(), first);
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      console.error(`${sequenceFile} is out of date (run npm run calendar:sequence):\n${stale.map((line) => `  ${line}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`${sequenceFile} is up to date (${Object.keys(fingerprints).length} events).`);
  } else {
    writeFileSync(path, formatSequenceTable(updateSequenceTable(table, fingerprints, warsawToday(), first)));
    console.log(
      stale.length > 0
        ? `${sequenceFile}: ${stale.length} line(s) written:\n${stale.map((line) => `  ${line}`).join('\n')}`
        : `${sequenceFile} was up to date.`,
    );
  }
}
