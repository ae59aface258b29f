import { z } from 'astro/zod';
import { reference, type SchemaContext } from 'astro:content';
import { partnerRoles, topics } from '../data/vocabularies';
import { dateSchema, localizedStringSchema, sourceSchema, translationBase } from './common';

/** An impact figure with its unit and, where it has one, its source. */
const figureSchema = z.strictObject({ value: z.number(), source: sourceSchema.optional() });

/** Facts of one success story: `content/stories/<slug>/story.yaml`. */
export const storySchema = ({ image }: SchemaContext) =>
  z.strictObject({
    /** Date of the undertaking's milestone the story reports (or of publication). */
    date: dateSchema,
    /** The member cities where it happened. */
    cities: z.array(reference('cities')).min(1, 'expected at least one city'),
    /** Who carried it out, each with the sector it acted for. A story never claims for the cluster what others did. */
    partners: z.array(z.strictObject({ partner: reference('partners'), role: z.enum(partnerRoles) })).default([]),
    topics: z.array(z.enum(topics)).min(1, 'expected at least one topic'),
    /** Impact figures where known; leave out what is not known. */
    impact: z
      .strictObject({
        /** Investment in PLN. */
        investmentPln: figureSchema.optional(),
        jobs: figureSchema.optional(),
        /** CO₂ avoided, tonnes per year. */
        co2AvoidedTonnesPerYear: figureSchema.optional(),
        trlBefore: z.number().int().min(1).max(9).optional(),
        trlAfter: z.number().int().min(1).max(9).optional(),
      })
      .default({}),
    /** Funding programme or source, e.g. "EU Cohesion Fund". */
    funding: z.string().optional(),
    /** Who is quoted (the quote's words are in each translation). */
    quoteBy: z.strictObject({ name: z.string(), role: localizedStringSchema.optional() }).optional(),
    cover: z.strictObject({ src: image(), alt: localizedStringSchema, credit: z.string().optional() }).optional(),
    author: z.string().optional(),
    relatedEvents: z.array(reference('events')).default([]),
    relatedOffers: z.array(reference('offers')).default([]),
    sources: z.array(sourceSchema).default([]),
    /** Invented content: shown with a banner, kept out of search engines and structured data. */
    example: z.boolean().default(false),
    draft: z.boolean().default(false),
    /** A future date keeps the story out of the build until then. */
    publishDate: dateSchema.optional(),
    updated: dateSchema.optional(),
  });

/** Text of a story in one language: `content/stories/<slug>/<locale>.md(x)`. */
export const storyTextSchema = z.strictObject({
  ...translationBase,
  problem: z.string().optional(),
  solution: z.string().optional(),
  result: z.string().optional(),
  quote: z.string().optional(),
});
