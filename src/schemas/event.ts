import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { attendanceModes, audiences, eventKinds, eventStatuses, topics } from '../data/vocabularies';
import { contactSchema, dateSchema, geoPointSchema, localizedStringSchema, sourceSchema, translationBase, urlSchema } from './common';

/**
 * A date or a local date and time in Europe/Warsaw. Write `2006-05-29` for a date-only
 * (all-day) event, or `"2026-03-10T10:00"` (quoted) for a time of day.
 */
export const localDateTimeSchema = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    if (value instanceof Date) {
      const iso = value.toISOString();
      if (iso.endsWith('T00:00:00.000Z')) return { date: iso.slice(0, 10) };
      ctx.addIssue({ code: 'custom', message: 'expected a date (YYYY-MM-DD) or a quoted local time "YYYY-MM-DDTHH:mm" (Europe/Warsaw)' });
      return z.NEVER;
    }
    const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `expected YYYY-MM-DD or "YYYY-MM-DDTHH:mm" (Europe/Warsaw), got "${value}"` });
      return z.NEVER;
    }
    return match[2] ? { date: match[1]!, time: match[2] } : { date: match[1]! };
  });
export type LocalDateTime = z.infer<typeof localDateTimeSchema>;

/** Facts of one event: `content/events/<slug>/event.yaml`. */
export const eventSchema = z
  .strictObject({
    kind: z.enum(eventKinds),
    start: localDateTimeSchema,
    end: localDateTimeSchema.optional(),
    attendance: z.enum(attendanceModes),
    status: z.enum(eventStatuses).default('scheduled'),
    /** For a postponed or moved event: the date it was first announced for. */
    previousStart: localDateTimeSchema.optional(),
    city: reference('cities').optional(),
    /** Venue, when known; never invented. */
    venue: z.strictObject({ name: z.string(), address: z.string().optional(), location: geoPointSchema.optional() }).optional(),
    audiences: z.array(z.enum(audiences)).default([]),
    topics: z.array(z.enum(topics)).default([]),
    /** Languages spoken, as ISO 639-1 codes. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code such as pl')).default([]),
    organisers: z.array(z.string()).default([]),
    speakers: z.array(z.strictObject({ name: z.string(), affiliation: z.string().optional(), role: localizedStringSchema.optional() })).default([]),
    registration: z.strictObject({ url: urlSchema, deadline: dateSchema.optional() }).optional(),
    /** Price in PLN gross; 0 for free. Leave out when not stated. */
    pricePln: z.number().min(0).optional(),
    capacity: z.number().int().positive().optional(),
    contact: contactSchema.optional(),
    /** Slides, recordings, reports after the event. */
    materials: z.array(z.strictObject({ title: localizedStringSchema, url: urlSchema, format: z.string().optional() })).default([]),
    sources: z.array(sourceSchema).default([]),
    example: z.boolean().default(false),
    draft: z.boolean().default(false),
    updated: dateSchema.optional(),
  })
  .refine((event) => !event.end || event.end.date >= event.start.date, { message: 'expected the end to be on or after the start', path: ['end'] });

/** Text of an event in one language: `content/events/<slug>/<locale>.md(x)`; the body holds the description. */
export const eventTextSchema = z.strictObject({
  ...translationBase,
  /** Agenda items in order, e.g. "10:00 Opening". */
  agenda: z.array(z.string()).default([]),
});
