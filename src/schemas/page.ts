import { z } from 'astro/zod';
import { translationBase } from './common';

/** Text of a free page in one language: `content/pages/<key>/<locale>.md(x)`, `<key>` a section key of `site.config.ts` or `home`. */
export const pageTextSchema = z.strictObject({
  ...translationBase,
  /** Shorter title for navigation and breadcrumbs. */
  navTitle: z.string().optional(),
});
