import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../site.config';

/** An absolute http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'expected an absolute URL starting with https:// or http://' });

/** A calendar date written as YAML `2026-05-29` (or a quoted string). Becomes a `Date` at 00:00 UTC. */
export const dateSchema = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' });

/** A year, e.g. of a statistic. */
export const yearSchema = z.number().int().min(1800).max(2100);

/** Where a fact comes from: a named document or page, optionally with its address and the date it was read. */
export const sourceSchema = z.strictObject({
  /** Name of the document, register or page. */
  title: z.string().min(3),
  /** Address of the source, if it is online. */
  url: urlSchema.optional(),
  /** When the source was consulted. */
  accessed: dateSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A point on the map (WGS 84). */
export const geoPointSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/**
 * A short text that varies by language but belongs with the facts (alt text, a label):
 * the default locale is required, others optional and shown through the fallback chain.
 */
export const localizedStringSchema = z.strictObject(
  Object.fromEntries(localeCodes.map((code) => [code, code === defaultLocale ? z.string().min(1) : z.string().min(1).optional()])) as {
    [K in Locale]: K extends typeof defaultLocale ? z.ZodString : z.ZodOptional<z.ZodString>;
  },
);
export type LocalizedString = z.infer<typeof localizedStringSchema>;

/** A contact person or office. Unknown parts are left out, never invented. */
export const contactSchema = z.strictObject({
  name: z.string().optional(),
  unit: z.string().optional(),
  email: z.email({ error: 'expected an e-mail address' }).optional(),
  phone: z.string().regex(/^\+?[0-9 ()-]{6,}$/, 'expected a phone number such as +48 32 123 45 67').optional(),
  url: urlSchema.optional(),
});

/**
 * Fields every translation file (`<locale>.md` / `<locale>.mdx`) carries. Translations hold text only:
 * facts live in the entry's YAML file, so a translation cannot contradict them (unknown keys are errors).
 */
export const translationBase = {
  /** Page title in this language. */
  title: z.string().min(3, 'expected a title of at least 3 characters'),
  /** One or two sentences for lists, search results and link previews. */
  summary: z.string().min(10, 'expected a summary of at least 10 characters').max(300, 'expected a summary of at most 300 characters'),
  /**
   * For a translation: the locale it was translated from and the source text's hash at the time
   * (see CONTRIBUTING.md). A different hash today marks the translation outdated.
   */
  translatedFrom: z
    .strictObject({ locale: z.enum(localeCodes), hash: z.string().regex(/^[0-9a-f]{8,64}$/, 'expected a hex hash of the source text') })
    .optional(),
  /** When this text last changed meaningfully. */
  updated: dateSchema.optional(),
};
