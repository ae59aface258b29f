import { z } from 'astro/zod';
import { dateSchema, localizedStringSchema, sourceSchema } from './common';
import { message } from './messages';

/** File formats the documents section lists, by file extension. */
export const documentFormats = ['pdf', 'txt', 'csv', 'pptx', 'docx', 'odt', 'odp', 'xlsx'] as const;

/**
 * A downloadable document (brochure, presentation, report): `content/documents/<slug>/document.yaml`
 * with the file itself beside it. Editors add the file and these few lines.
 */
export const documentSchema = z.strictObject({
  /** File name of the document, in the same folder. */
  file: z.string().regex(new RegExp(`^[a-z0-9][a-z0-9._-]*\\.(${documentFormats.join('|')})$`), {
    error: (issue) => message('documentFileName', { value: String(issue.input), formats: `.${documentFormats.join(', .')}` }),
  }),
  /** Language the document is written in (ISO 639-1). */
  language: z.string().regex(/^[a-z]{2}$/, { error: (issue) => message('languageCode', { value: String(issue.input) }) }),
  /** When the document was published. */
  published: dateSchema,
  title: localizedStringSchema,
  description: localizedStringSchema.optional(),
  source: sourceSchema.optional(),
  example: z.boolean().default(false),
});
export type DocumentData = z.infer<typeof documentSchema>;
