import { z } from 'astro/zod';
import { attendanceModes, audiences, eventKinds, eventStatuses, topics } from '../data/vocabularies';
import {
  contactSchema,
  dateSchema,
  geoPointSchema,
  languageTagSchema,
  lineSchema,
  localizedStringSchema,
  sourceSchema,
  translationBase,
  urlSchema,
  type SchemaTools,
} from './common';
import { dayOfYamlDate, readDateTime, type DateReading } from './dates';
import { message } from './messages';

/**
 * A date or a local date and time in Europe/Warsaw. Write `2006-05-29` for a date-only
 * (all-day) event, or `"2026-03-10T10:00"` (quoted) for a time of day.
 */
export const localDateTimeSchema = z
  .union([z.date(), z.string()], {
    error: (issue) =>
      message(issue.input === undefined ? 'field.missing' : 'datetime.format', { value: String(issue.input), expected: 'YYYY-MM-DD' }),
  })
  .transform((value, ctx): { date: string; time?: string } => {
    const text = value instanceof Date ? dayOfYamlDate(value) : value;
    const reading: DateReading = text === undefined ? { ok: false, reason: 'format' } : readDateTime(text);
    if (reading.ok) return reading.time ? { date: reading.date, time: reading.time } : { date: reading.date };
    const shown = value instanceof Date ? value.toISOString() : value;
    const id = reading.reason === 'impossible' ? 'date.impossible' : reading.reason === 'time' ? 'datetime.time' : 'datetime.format';
    ctx.addIssue({ code: 'custom', message: message(id, { value: shown, suggestion: reading.suggestion }) });
    return z.NEVER;
  });
export type LocalDateTime = z.infer<typeof localDateTimeSchema>;

/** Facts of one event: `content/events/<slug>/event.yaml`. */
export const eventSchema = ({ reference }: Pick<SchemaTools, 'reference'>) =>
  z
    .strictObject({
      /** What kind of event it is (labels in the UI dictionaries under `events.kind.*`). */
      kind: z.enum(eventKinds),
      /** First day, or first day and time (Europe/Warsaw). */
      start: localDateTimeSchema,
      /** Last day, or last day and time; written the same way as `start`. Leave out for a one-day event with no known end time. */
      end: localDateTimeSchema.optional(),
      /** In person, online or both. */
      attendance: z.enum(attendanceModes),
      /** Scheduled, postponed or cancelled. A cancelled event keeps its date; a postponed one keeps the old date in `previousStart`. */
      status: z.enum(eventStatuses).default('scheduled'),
      /** For a postponed or moved event: the date it was first announced for. */
      previousStart: localDateTimeSchema.optional(),
      /** The member city it takes place in (folder name under `content/cities/`). */
      city: reference('cities').optional(),
      /** Venue, when known; never invented. */
      venue: z
        .strictObject({ name: lineSchema(2, 200), address: lineSchema(3, 200).optional(), location: geoPointSchema.optional() })
        .optional(),
      /** Who it is for. */
      audiences: z.array(z.enum(audiences)).default([]),
      /** Topics from the controlled list. */
      topics: z.array(z.enum(topics)).default([]),
      /** Languages spoken, as ISO 639-1 codes. */
      languages: z
        .array(z.string().regex(/^[a-z]{2}$/, { error: (issue) => message('languageCode', { value: String(issue.input) }) }))
        .default([]),
      /** Organisers' names, as they name themselves; `lang` when a name is not Polish (e.g. `en` for EURACOAL). */
      organisers: z.array(z.strictObject({ name: lineSchema(2, 200), lang: languageTagSchema.optional() })).default([]),
      /** Speakers with their affiliation and, per language, their role. */
      speakers: z
        .array(
          z.strictObject({
            name: lineSchema(2, 200),
            affiliation: lineSchema(2, 200).optional(),
            /** The affiliation's language when it is not Polish. */
            affiliationLang: languageTagSchema.optional(),
            role: localizedStringSchema.optional(),
          }),
        )
        .default([]),
      /** Where to register, and until when. */
      registration: z.strictObject({ url: urlSchema, deadline: dateSchema.optional() }).optional(),
      /** Price in PLN gross; 0 for free. Leave out when not stated. */
      pricePln: z.number().min(0).optional(),
      /** Number of places, when stated. */
      capacity: z.number().int().positive().optional(),
      /** Who answers questions about the event. */
      contact: contactSchema.optional(),
      /** Slides, recordings, reports after the event. */
      materials: z.array(z.strictObject({ title: localizedStringSchema, url: urlSchema, format: z.string().optional() })).default([]),
      /** Where the facts come from. */
      sources: z.array(sourceSchema).default([]),
      /** Invented content (every future event in the sample content): banner, "(example)" in calendars, no structured data. */
      example: z.boolean().default(false),
      /** A draft stays out of the build. */
      draft: z.boolean().default(false),
      /** When the facts last changed meaningfully. */
      updated: dateSchema.optional(),
    })
    .refine((event) => !event.end || Boolean(event.end.time) === Boolean(event.start.time), {
      error: () => message('event.endStyle'),
      path: ['end'],
    })
    .refine((event) => !event.end || `${event.end.date}T${event.end.time ?? ''}` >= `${event.start.date}T${event.start.time ?? ''}`, {
      error: () => message('event.endBeforeStart'),
      path: ['end'],
    });

/** Text of an event in one language: `content/events/<slug>/<locale>.md(x)`; the body holds the description. */
export const eventTextSchema = z.strictObject({
  ...translationBase,
  /** Agenda items in order, e.g. "10:00 Opening". */
  agenda: z.array(lineSchema(2, 300)).default([]),
});
