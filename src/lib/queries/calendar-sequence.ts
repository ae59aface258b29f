import tableText from '../../../content/calendar-sequence.yaml?raw';
import { parseSequenceTable, type SequenceTable } from '../calendar-sequence';

/** The committed table of calendar sequences (content/calendar-sequence.yaml), read once per build. */
export const calendarSequences: SequenceTable = parseSequenceTable(tableText);
