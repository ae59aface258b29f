import { z } from 'astro/zod';
import { partnerRoles, topics } from '../data/vocabularies';
import { dateSchema, lineSchema, localizedStringSchema, sourceSchema, translationBase, type SchemaTools } from './common';
import { message } from './messages';

/** An impact figure with its unit and its source (required on real stories: a figure without a source is not published). */
const figureSchema = z.strictObject({
  /** The figure in the unit its field names (PLN, jobs, tonnes per year). */
  value: z.number(),
  /** The source gives the figure as an approximation ("about PLN 4 billion"): the page says "about". */
  approximate: z.boolean().default(false),
  /** Where the figure comes from. */
  source: sourceSchema.optional(),
});

/** A short text stated with the facts: one string for every language, or a text per language (Polish required). */
const textOrLocalizedSchema = z.union([lineSchema(2, 300), localizedStringSchema]);

/** Facts of one success story: `content/stories/<slug>/story.yaml`. */
export const storySchema = ({ image, reference }: SchemaTools) =>
  z
    .strictObject({
      /** Date of the undertaking's milestone the story reports: what the story tells, not when it was written. */
      date: dateSchema,
      /** When this site first published the story (DESIGN §10); feeds and structured data use it, never `date`. */
      published: dateSchema,
      /** The member cities where it happened. */
      cities: z.array(reference('cities')).min(1, { error: () => message('list.tooShort', { min: 1 }) }),
      /** Who carried it out, each with the sector it acted for. A story never claims for the cluster what others did. */
      partners: z.array(z.strictObject({ partner: reference('partners'), role: z.enum(partnerRoles) })).default([]),
      /** Topics from the controlled list in `src/data/vocabularies.ts`. */
      topics: z.array(z.enum(topics)).min(1, { error: () => message('list.tooShort', { min: 1 }) }),
      /** Impact figures where known; leave out what is not known. */
      impact: z
        .strictObject({
          /** Investment in PLN. */
          investmentPln: figureSchema.optional(),
          /** Jobs created. */
          jobs: figureSchema.optional(),
          /** CO₂ avoided, tonnes per year. */
          co2AvoidedTonnesPerYear: figureSchema.optional(),
          /** Technology readiness level before the undertaking (1–9). */
          trlBefore: z.number().int().min(1).max(9).optional(),
          /** Technology readiness level after it (1–9). */
          trlAfter: z.number().int().min(1).max(9).optional(),
        })
        .default({}),
      /** Funding programme or source, e.g. "EU Cohesion Fund": one string, or a text per language. */
      funding: textOrLocalizedSchema.optional(),
      /** Who is quoted (the quote's words are in each translation). */
      quoteBy: z
        .strictObject({
          /** The person's name. */
          name: lineSchema(2, 200),
          /** Their role at the time, per language, e.g. "prezes zarządu PGE". */
          role: localizedStringSchema.optional(),
          /** Where the words were published. */
          source: sourceSchema.optional(),
        })
        .optional(),
      /** Cover image beside the texts, with alt text per language and, where needed, its credit (one string or per language). */
      cover: z.strictObject({ src: image(), alt: localizedStringSchema, credit: textOrLocalizedSchema.optional() }).optional(),
      /** Who wrote the story (a person or an organisation). */
      author: lineSchema(2, 200).optional(),
      /** Events the story is linked to. */
      relatedEvents: z.array(reference('events')).default([]),
      /** Investment offers the story is linked to. */
      relatedOffers: z.array(reference('offers')).default([]),
      /** Where the story's facts come from. */
      sources: z.array(sourceSchema).default([]),
      /** Invented content: shown with a banner, kept out of search engines and structured data. */
      example: z.boolean().default(false),
      /** A draft stays out of the build. */
      draft: z.boolean().default(false),
      /** A future date keeps the story out of the build until then. */
      publishDate: dateSchema.optional(),
      /** When the facts last changed meaningfully. */
      updated: dateSchema.optional(),
    })
    .superRefine((story, ctx) => {
      // Real figures need their source; an example's invented figures have none to give.
      if (story.example) return;
      for (const [key, figure] of Object.entries(story.impact)) {
        if (typeof figure === 'object' && figure.source === undefined)
          ctx.addIssue({ code: 'custom', message: message('impact.source'), path: ['impact', key, 'source'] });
      }
    });

/** Text of a story in one language: `content/stories/<slug>/<locale>.md(x)`. */
export const storyTextSchema = z.strictObject({
  ...translationBase,
  /** What needed solving. */
  problem: z.string().optional(),
  /** What was done, and by whom. */
  solution: z.string().optional(),
  /** What came of it. */
  result: z.string().optional(),
  /** The words of the person named in the facts' `quoteBy` (translated where the page's language differs). */
  quote: z.string().optional(),
});
