/** Set by `scripts/build.mjs` once it has validated the content, so Astro's integration does not run the same checks again. */
export const validatedFlag = 'ISKCTW_CONTENT_VALIDATED';
