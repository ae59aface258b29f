import { z } from 'astro/zod';
import type { reference as astroReference, SchemaContext } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '../site.config';
import { dayOfYamlDate, readDate, type DateReading } from './dates';
import { message, shownValue, typeName, type MessageId } from './messages';

/**
 * A zod `error` that says "missing" when there is no value, and the message `id` (with the value) otherwise.
 * @example z.email({ error: valueError('email') })
 */
export function valueError(id: MessageId, expected = 'string') {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? message('field.missing', { expected: typeName(expected) })
      : (wrongKind(issue.input, typeName(expected)) ?? message(id, { value: String(issue.input) }));
}

/**
 * For a list or a mapping where one value belongs: "expected …, found a list", never “[object Object]”.
 * @example wrongKind({ href: 'x' }, 'a web address') // 'expected a web address, found a group of fields → …'
 */
function wrongKind(input: unknown, expected: string): string | undefined {
  if (input === null || typeof input !== 'object' || input instanceof Date) return undefined;
  return message('field.type', { expected, found: shownValue(input) });
}

/**
 * What a schema needs from its caller: Astro's `image()` and `reference()` in the build (`src/content.config.ts`),
 * stand-ins that keep the file name and the referenced id in `npm run validate`, which runs without Astro.
 */
export interface SchemaTools extends SchemaContext {
  reference: typeof astroReference;
}

/** An absolute http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, error: valueError('url', 'url') });

/**
 * A calendar date written `YYYY-MM-DD` (DESIGN §10): a real day of the calendar, never `12.05.2027` read month-first
 * nor `2027-02-30` rolled over into March. Becomes a `Date` at 00:00 UTC. (Astro's YAML parser turns an unquoted
 * date into a `Date` itself, rolling impossible days over: `npm run validate`, which the build runs first, reads the
 * text as written and catches those.)
 */
export const dateSchema = z
  .union([z.date(), z.string()], {
    error: (issue) =>
      issue.input === undefined
        ? message('field.missing', { expected: 'YYYY-MM-DD' })
        : (wrongKind(issue.input, 'YYYY-MM-DD') ?? message('date.format', { value: String(issue.input) })),
  })
  .transform((value, ctx) => {
    const text = value instanceof Date ? dayOfYamlDate(value) : value;
    const reading: DateReading = text === undefined ? { ok: false, reason: 'format' } : readDate(text);
    if (reading.ok) return new Date(`${reading.date}T00:00:00Z`);
    const shown = value instanceof Date ? value.toISOString() : value;
    ctx.addIssue({
      code: 'custom',
      message:
        reading.reason === 'impossible'
          ? message('date.impossible', { value: shown })
          : message('date.format', { value: shown, suggestion: reading.suggestion }),
    });
    return z.NEVER;
  });

/** Characters a one-line field may not hold: line breaks (also U+2028/2029) and other control characters. */
const controlCharacters = /[\p{Cc}\u2028\u2029]/u;

/**
 * A one-line text (a title, a name, a place, an alt text): trimmed, within its length, no line breaks or control
 * characters, which would break calendars, feeds and CSV cells.
 */
export function lineSchema(min = 1, max = 200) {
  return z
    .string({
      error: (issue) =>
        message(issue.input === undefined ? 'field.missing' : 'field.type', {
          expected: typeName('string'),
          found: shownValue(issue.input),
        }),
    })
    .trim()
    .min(min, {
      error: (issue) =>
        message(String(issue.input ?? '').length === 0 ? 'text.empty' : 'text.tooShort', { min, length: String(issue.input ?? '').length }),
    })
    .max(max, { error: (issue) => message('text.tooLong', { max, length: String(issue.input ?? '').length }) })
    .refine((text) => !controlCharacters.test(text), { error: () => message('text.singleLine') });
}

/** A year, e.g. of a statistic. */
export const yearSchema = z.number().int().min(1800).max(2100);

/** Where a fact comes from: a named document or page, optionally with its address and the date it was read. */
/**
 * Is `tag` a well-formed language code that `Intl` knows (`en`, `de`, `cs`, `pt-BR`)?
 * @example isLanguageTag('de') // true
 * @example isLanguageTag('xx') // false
 */
export function isLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return false;
  try {
    return englishLanguageNames.of(tag) !== undefined;
  } catch {
    return false;
  }
}

/** Made once: every language field of every entry asks it. */
const englishLanguageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The language of a name or title that is not in the facts' language (Polish): a two-letter code, e.g. `en`. */
export const languageTagSchema = z
  .string({ error: valueError('source.lang') })
  .refine(isLanguageTag, { error: (issue) => message('source.lang', { value: String(issue.input) }) });

export const sourceSchema = z.strictObject({
  /** Name of the document, register or page. */
  title: lineSchema(3, 300),
  /**
   * Language of the title when it is not the facts' language (Polish), e.g. `en`, `de`, `cs`: the title is then
   * marked with it on every page, and Polish titles are marked as Polish on the other languages' pages.
   */
  lang: languageTagSchema.optional(),
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
  Object.fromEntries(localeCodes.map((code) => [code, code === defaultLocale ? lineSchema(1, 300) : lineSchema(1, 300).optional()])) as {
    [K in Locale]: K extends typeof defaultLocale ? ReturnType<typeof lineSchema> : z.ZodOptional<ReturnType<typeof lineSchema>>;
  },
);
export type LocalizedString = z.infer<typeof localizedStringSchema>;

/** A contact person or office. Unknown parts are left out, never invented. */
export const contactSchema = z.strictObject({
  name: lineSchema().optional(),
  unit: lineSchema().optional(),
  email: z.email({ error: valueError('email', 'email') }).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{6,}$/, { error: (issue) => message('phone', { value: String(issue.input) }) })
    .optional(),
  url: urlSchema.optional(),
});

/**
 * Fields every translation file (`<locale>.md` / `<locale>.mdx`) carries. Translations hold text only:
 * facts live in the entry's YAML file, so a translation cannot contradict them (unknown keys are errors).
 */
export const translationBase = {
  /** Page title in this language. */
  title: lineSchema(3, 160),
  /** One or two sentences for lists, search results and link previews. */
  summary: lineSchema(10, 300),
  /**
   * For a translation: the locale it was translated from and the source text's hash at the time
   * (see CONTRIBUTING.md). A different hash today marks the translation outdated.
   */
  translatedFrom: z
    .strictObject({
      locale: z.enum(localeCodes),
      hash: z.string().regex(/^[0-9a-f]{8,64}$/, { error: (issue) => message('sourceHash', { value: String(issue.input) }) }),
    })
    .optional(),
  /** When this text last changed meaningfully. */
  updated: dateSchema.optional(),
};
