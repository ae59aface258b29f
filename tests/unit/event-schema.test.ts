import { describe, expect, it } from 'vitest';
import { plainTools } from '../../src/lib/validation/schema-tools';
import { eventSchema as eventFactsSchema } from '../../src/schemas/event';

const eventSchema = eventFactsSchema(plainTools);

const valid = { kind: 'conference', start: new Date('2006-05-29'), attendance: 'inPerson', city: 'gliwice' };
const issues = (value: unknown) => {
  const result = eventSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('event schema: start and end', () => {
  it('accepts a date range and a time range', () => {
    expect(issues({ ...valid, end: new Date('2006-05-30') })).toEqual([]);
    expect(issues({ ...valid, start: '2027-04-22T09:30', end: '2027-04-22T15:00' })).toEqual([]);
  });

  it('asks for the end to be written like the start', () => {
    expect(issues({ ...valid, start: '2027-04-22T09:30', end: new Date('2027-04-23') })).toEqual([
      'end: the end is written differently from the start → write both as dates (YYYY-MM-DD) or both as local times ("YYYY-MM-DDTHH:MM")',
    ]);
  });

  it('rejects an end time before the start time on the same day', () => {
    expect(issues({ ...valid, start: '2027-04-22T15:00', end: '2027-04-22T09:30' })).toEqual([
      'end: the end is before the start → write an end on or after the start',
    ]);
  });

  it('defaults the status to scheduled and keeps a previous start', () => {
    const parsed = eventSchema.parse({ ...valid, start: '2027-04-22T09:30', previousStart: '2027-03-18T09:30', status: 'postponed' });
    expect(parsed.previousStart).toEqual({ date: '2027-03-18', time: '09:30' });
    expect(eventSchema.parse(valid).status).toBe('scheduled');
  });
});
