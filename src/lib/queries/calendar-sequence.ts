import { parseSequenceTable, type SequenceTable } from '../calendar-sequence';

/** The committed table (at most one file; none in a fresh content folder, then every event counts as not recorded). */
const files = import.meta.glob<string>('../../../content/calendar-sequence.yaml', { query: '?raw', import: 'default', eager: true });

/** The committed table of calendar sequences (content/calendar-sequence.yaml), read once per build. */
export const calendarSequences: SequenceTable = parseSequenceTable(Object.values(files)[0] ?? '');
