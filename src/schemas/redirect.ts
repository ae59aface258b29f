import { z } from 'astro/zod';
import { dateSchema } from './common';
import { message } from './messages';

/**
 * A path of this site as a portal links to it, without the base path: `/pl/miasta/gliwice/` (a page, ending in `/`)
 * or `/pl/rss.xml` (a file). Only lower-case letters, digits, `.`, `_`, `-` in each segment: the paths are written
 * into `_redirects` and an nginx configuration, so nothing an editor writes here can add a rule or a directive there.
 */
export const sitePathPattern = /^\/(?:[a-z0-9][a-z0-9._-]*\/)+$|^\/(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9_-]*\.[a-z0-9]+$/;

/** A site path (see `sitePathPattern`), with a message that says how to write one. */
export const sitePathSchema = z
  .string({
    error: (issue) =>
      message(issue.input === undefined ? 'field.missing' : 'redirect.path', { expected: '/pl/…/', value: String(issue.input) }),
  })
  .refine((path) => sitePathPattern.test(path) && !path.includes('..'), {
    error: (issue) => message('redirect.path', { value: String(issue.input) }),
  });

/**
 * One redirect in `content/redirects.yaml`: a published address that moved (a renamed entry folder or section slug)
 * and the page that replaces it. Redirects are kept for ever: city portals keep their links for years.
 */
export const redirectSchema = z.strictObject({
  /** The old path, as it was published (in `content/published-urls.txt`). */
  from: sitePathSchema,
  /** The page that replaces it now. */
  to: sitePathSchema,
  /** When the old path stopped being a page (`YYYY-MM-DD`). */
  since: dateSchema,
});
export type Redirect = z.infer<typeof redirectSchema>;

/** The whole file: a list of redirects (an empty file means none). */
export const redirectsSchema = z.preprocess((value) => value ?? [], z.array(redirectSchema));
